import DiplographModel

/// Turns graph events into the triples every RDF export writes: RDF/XML, N-Triples and Turtle
/// are three spellings of this one stream, so they always hold the same triples.
///
/// Per event, in order (`dg:` is the ontology, every subject an IRI from `RDFIRIMinter`):
/// - `source`: the file (`dg:Source`: path, title, encoding, size) and each of its sentences
///   (`dg:Sentence`: text, position, paragraph, span);
/// - `entity`: `rdf:type` its most specific class, `rdfs:label` and `skos:prefLabel` `@zh`,
///   `skos:altLabel` `@zh` per alias, the names in other languages as labels in their language,
///   attributes as typed literals; then one `dg:Mention` per mention;
/// - `relation`: the fact as a direct triple `<subject> dg:predicate <object>`, then its
///   provenance beside it, never instead of it: a `dg:Assertion` (an `rdf:Statement` with
///   `dg:weight`, `dg:confidence` and `prov:wasDerivedFrom` each sentence) qualified by one
///   `dg:Evidence` (a `prov:Derivation`: sentence, rule, confidence, byte span) per attestation.
///
/// With `includeStatisticalEdges` off, `mentionedIn` and `coOccursWith` facts are left out;
/// mentions stay, as provenance.
public struct RDFTripleStream {
  private enum Stage { case waiting, open, ended }

  let options: ExportOptions
  let iris: RDFIRIMinter
  let literals: RDFLiteralChecks
  private var stage = Stage.waiting
  /// Each confidence's `xsd:decimal` spelling: a corpus has a handful of values and millions of
  /// facts.
  private var confidences: [UInt64: String] = [:]

  /// - Parameter format: the exporter's name, for error messages.
  public init(format: String, options: ExportOptions) {
    self.options = options
    iris = RDFIRIMinter(format: format)
    literals = RDFLiteralChecks(format: format)
  }

  /// The descriptions one event adds, in writing order; none for `begin` and `end`.
  public mutating func descriptions(for event: GraphEvent) throws -> [RDFDescription] {
    var collector = RDFDescriptionCollector()
    try write(event, to: &collector)
    return collector.descriptions
  }

  /// Writes the triples one event adds, in order; none for `begin` and `end`, which the caller
  /// writes its header and footer for.
  mutating func write<Writer: RDFStatementWriter>(_ event: GraphEvent, to writer: inout Writer) throws {
    switch (stage, event) {
    case (.waiting, .begin): stage = .open
    case (.open, .source(let source)): try describe(source, to: &writer)
    case (.open, .entity(let entity)): try describe(entity, to: &writer)
    case (.open, .relation(let relation)): try describe(relation, to: &writer)
    case (.open, .end): stage = .ended
    case (.waiting, _): throw ExportError.protocolViolation("an event came before begin")
    case (.open, .begin): throw ExportError.protocolViolation("begin came twice")
    case (.ended, _): throw ExportError.protocolViolation("an event came after end")
    }
  }

  // Shared spellings.

  /// A predicate made from the model's names, refused unless RDF/XML can write it as a QName:
  /// checked here rather than only in the RDF/XML writer, so no syntax holds a triple another
  /// could not.
  func predicate(_ iri: RDFIRI, item: @autoclosure () -> String) throws -> RDFIRI {
    guard iri.xmlName != nil else {
      throw ExportError.unrepresentable(
        format: iris.format, item: item(), reason: "predicate <\(iri.value)> cannot be written as an XML QName")
    }
    return iri
  }

  func value(of literal: Literal, item: @autoclosure () -> String) throws -> RDFValue {
    switch literal {
    case .date(let date): return .typed(date.description, RDFVocabulary.datatype(of: date))
    case .integer(let number): return .integer(number)
    case .string(let text): return .text(try literals.text(text, item: item()))
    }
  }

  /// `RDFLiteralChecks.confidence`, spelled once per distinct value.
  mutating func confidence(_ value: Double, item: @autoclosure () -> String) throws -> RDFValue {
    if let spelled = confidences[value.bitPattern] { return .typed(spelled, RDFVocabulary.xsdDecimal) }
    let spelled = try literals.confidence(value, item: item())
    confidences[value.bitPattern] = spelled
    return .typed(spelled, RDFVocabulary.xsdDecimal)
  }

  /// `dg:startByte`, `dg:endByte`, `dg:line`, `dg:column`: where the text lies in its file.
  func addSpan<Writer: RDFStatementWriter>(_ span: SourceSpan, to writer: inout Writer) throws {
    try writer.add(RDFVocabulary.startByte, .integer(span.startByte))
    try writer.add(RDFVocabulary.endByte, .integer(span.endByte))
    try writer.add(RDFVocabulary.line, .integer(span.line))
    try writer.add(RDFVocabulary.column, .integer(span.column))
  }
}

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

  /// - Parameter format: the exporter's name, for error messages.
  public init(format: String, options: ExportOptions) {
    self.options = options
    iris = RDFIRIMinter(format: format)
    literals = RDFLiteralChecks(format: format)
  }

  /// The descriptions one event adds, in writing order; none for `begin` and `end`.
  public mutating func descriptions(for event: GraphEvent) throws -> [RDFDescription] {
    switch (stage, event) {
    case (.waiting, .begin):
      stage = .open
      return []
    case (.open, .source(let source)): return try describe(source)
    case (.open, .entity(let entity)): return try describe(entity)
    case (.open, .relation(let relation)): return try describe(relation)
    case (.open, .end):
      stage = .ended
      return []
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
    guard RDFXMLNames.qualifiedName(iri, declared: Self.declared) != nil else {
      throw ExportError.unrepresentable(
        format: iris.format, item: item(), reason: "predicate <\(iri.value)> cannot be written as an XML QName")
    }
    return iri
  }

  private static let declared = Set(RDFVocabulary.namespaces)

  func integer(_ value: Int) -> RDFLiteral {
    RDFLiteral(String(value), .datatype(RDFVocabulary.xsdInteger))
  }

  func literal(_ value: Literal, item: @autoclosure () -> String) throws -> RDFLiteral {
    switch value {
    case .date(let date): return RDFLiteral(date.description, .datatype(RDFVocabulary.datatype(of: date)))
    case .integer(let number): return integer(number)
    case .string(let text): return RDFLiteral(try literals.text(text, item: item()))
    }
  }

  /// `dg:startByte`, `dg:endByte`, `dg:line`, `dg:column`: where the text lies in its file.
  func addSpan(_ span: SourceSpan, to description: inout RDFDescription) {
    description.add(RDFVocabulary.startByte, integer(span.startByte))
    description.add(RDFVocabulary.endByte, integer(span.endByte))
    description.add(RDFVocabulary.line, integer(span.line))
    description.add(RDFVocabulary.column, integer(span.column))
  }
}

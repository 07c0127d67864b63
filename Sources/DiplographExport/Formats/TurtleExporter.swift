import DiplographModel

/// Turtle: the triple stream shared with RDF/XML and N-Triples, one block per description,
/// with prefixes, for people reading the graph.
///
///     dgid:document-… a dg:Treaty ;
///       rdfs:label "中华人民共和国和俄罗斯联邦睦邻友好合作条约"@zh ;
///       skos:altLabel "中俄睦邻友好合作条约"@zh .
///
/// Every string is written in the `"…"` form with N-Triples escapes and an explicit language or
/// datatype, integers and decimals as bare numbers (`27`, `0.95`), so each lexical form is
/// exactly the one the other two formats write.
public struct TurtleExporter: Exporter {
  public static let format = ExportFormat(
    name: "turtle", fileExtension: "ttl", mediaType: "text/turtle",
    summary: "Turtle (graph.ttl): the RDF graph with prefixes, for reading and rdflib")

  private var stream: RDFTripleStream
  private var writer: TurtleWriter

  public init(output: any OutputDirectory, options: ExportOptions) throws {
    writer = TurtleWriter(buffer: RDFOutputBuffer(sink: try output.create(Self.format.defaultFileName)))
    stream = RDFTripleStream(format: Self.format.name, options: options)
  }

  public mutating func consume(_ event: GraphEvent) throws {
    try stream.write(event, to: &writer)
    switch event {
    case .begin:
      for namespace in RDFVocabulary.namespaces {
        writer.buffer.bytes.append(utf8: "@prefix " + namespace.prefix + ": <" + namespace.iri + "> .\n")
      }
    case .end:
      try writer.buffer.finish()
    case .source, .entity, .relation:
      break
    }
  }

  /// True when Turtle's bare `INTEGER` (`27`) or `DECIMAL` (`0.95`) token reads back as this very
  /// lexical form and datatype, so it can stand for `"27"^^xsd:integer`.
  static func isBareNumber(_ lexical: String, _ datatype: RDFIRI) -> Bool {
    let digits = lexical.utf8.first == UInt8(ascii: "-") ? lexical.utf8.dropFirst() : lexical.utf8[...]
    let isDigit = { (byte: UInt8) in (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
    if datatype == RDFVocabulary.xsdInteger {
      return !digits.isEmpty && digits.allSatisfy(isDigit)
    }
    if datatype == RDFVocabulary.xsdDecimal {
      let parts = digits.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
      return parts.count == 2 && !parts[1].isEmpty && parts.allSatisfy { $0.allSatisfy(isDigit) }
    }
    return false
  }

  /// A conservative subset of Turtle's `PN_LOCAL`: ASCII letters, digits, `_` and `-`, not
  /// starting with `-`. Anything else (`.`, `~`, or an empty name) is written as a full IRI.
  static func isPrefixable(_ localName: String) -> Bool {
    guard let first = localName.utf8.first, first != UInt8(ascii: "-") else { return false }
    return localName.utf8.allSatisfy { byte in
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
        return true
      default:
        return false
      }
    }
  }
}

/// Spells each description as one block: the subject, then its pairs separated by ` ;`.
private struct TurtleWriter: RDFStatementWriter {
  var buffer: RDFOutputBuffer
  private var isFirstPair = true

  init(buffer: RDFOutputBuffer) { self.buffer = buffer }

  mutating func startDescription(_ subject: RDFResource, type: RDFIRI?) {
    buffer.bytes.append(UInt8(ascii: "\n"))
    if subject.isPrefixable {
      buffer.bytes.append(utf8: RDFVocabulary.id.prefix)
      buffer.bytes.append(UInt8(ascii: ":"))
      subject.appendLocalName(to: &buffer.bytes)
    } else {
      buffer.bytes.append(UInt8(ascii: "<"))
      subject.appendIRI(to: &buffer.bytes)
      buffer.bytes.append(UInt8(ascii: ">"))
    }
    isFirstPair = true
    if let type { add(RDFVocabulary.type, .iri(type)) }
  }

  mutating func add(_ predicate: RDFIRI, _ object: RDFValue) {
    buffer.bytes.append(utf8: isFirstPair ? " " : " ;\n  ")
    isFirstPair = false
    if predicate == RDFVocabulary.type {
      buffer.bytes.append(UInt8(ascii: "a"))
    } else {
      buffer.bytes.append(utf8: predicate.turtle)
    }
    buffer.bytes.append(UInt8(ascii: " "))
    switch object {
    case .resource(let resource):
      if resource.isPrefixable {
        buffer.bytes.append(utf8: RDFVocabulary.id.prefix)
        buffer.bytes.append(UInt8(ascii: ":"))
        resource.appendLocalName(to: &buffer.bytes)
      } else {
        buffer.bytes.append(UInt8(ascii: "<"))
        resource.appendIRI(to: &buffer.bytes)
        buffer.bytes.append(UInt8(ascii: ">"))
      }
    case .iri(let iri): buffer.bytes.append(utf8: iri.turtle)
    case .text(let text): appendString(text)
    case .tagged(let text, let language):
      appendString(text)
      buffer.bytes.append(UInt8(ascii: "@"))
      buffer.bytes.append(utf8: language)
    // `String(Int)` is always a bare `INTEGER` token.
    case .integer(let number): buffer.bytes.append(decimal: number)
    case .typed(let lexical, let datatype):
      if TurtleExporter.isBareNumber(lexical, datatype) {
        buffer.bytes.append(utf8: lexical)
      } else {
        appendString(lexical)
        buffer.bytes.append(utf8: "^^")
        buffer.bytes.append(utf8: datatype.turtle)
      }
    }
  }

  mutating func endDescription() throws {
    buffer.bytes.append(utf8: " .\n")
    try buffer.flushIfFull()
  }

  private mutating func appendString(_ text: String) {
    buffer.bytes.append(UInt8(ascii: "\""))
    buffer.appendEscaped(text)
    buffer.bytes.append(UInt8(ascii: "\""))
  }
}

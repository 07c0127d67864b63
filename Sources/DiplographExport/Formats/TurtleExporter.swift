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
    summary: "Turtle (graph.ttl): the RDF graph with prefixes, for reading and rdflib", expectedWork: 4)

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
        writer.buffer.append(utf8: "@prefix " + namespace.prefix + ": <" + namespace.iri + "> .\n")
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
    let isInteger = datatype == RDFVocabulary.xsdInteger
    guard isInteger || datatype == RDFVocabulary.xsdDecimal else { return false }
    var digits = lexical.utf8[...]
    if digits.first == UInt8(ascii: "-") { digits = digits.dropFirst() }
    var dots = 0
    var digitsAfterDot = 0
    for byte in digits {
      if byte == UInt8(ascii: ".") {
        dots += 1
      } else if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
        if dots > 0 { digitsAfterDot += 1 }
      } else {
        return false
      }
    }
    // An integer is digits; a decimal has one dot and digits after it (`.5` too, not `1.`).
    return isInteger ? (dots == 0 && !digits.isEmpty) : (dots == 1 && digitsAfterDot > 0)
  }

  /// A conservative subset of Turtle's `PN_LOCAL`: ASCII letters, digits, `_` and `-`, not
  /// starting with `-`. Anything else (`.`, `~`, or an empty name) is written as a full IRI.
  /// Minted resources know it already (`RDFResource.isPrefixable`); this is for the vocabulary.
  static func isPrefixable(_ localName: String) -> Bool {
    guard let first = localName.utf8.first, first != UInt8(ascii: "-") else { return false }
    return localName.utf8.allSatisfy(isLocalNameByte)
  }

  /// `[A-Za-z0-9_-]`, the bytes a prefixed name's local part is written with.
  static func isLocalNameByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
      return true
    default:
      return false
    }
  }
}

/// Spells each description as one block: the subject, then its pairs separated by ` ;`.
private struct TurtleWriter: RDFStatementWriter {
  let buffer: RDFOutputBuffer
  private var isFirstPair = true
  private static let idPrefix = Array((RDFVocabulary.id.prefix + ":").utf8)

  init(buffer: RDFOutputBuffer) { self.buffer = buffer }

  mutating func startDescription(_ subject: RDFResource, type: RDFIRI?) {
    buffer.append(UInt8(ascii: "\n"))
    append(subject)
    isFirstPair = true
    if let type { add(RDFVocabulary.type, .iri(type)) }
  }

  mutating func add(_ predicate: RDFIRI, _ object: RDFValue) {
    buffer.append(utf8: isFirstPair ? " " : " ;\n  ")
    isFirstPair = false
    if predicate == RDFVocabulary.type {
      buffer.append(UInt8(ascii: "a"))
    } else {
      buffer.append(predicate.turtle)
    }
    buffer.append(UInt8(ascii: " "))
    switch object {
    case .resource(let resource): append(resource)
    case .iri(let iri): buffer.append(iri.turtle)
    case .text(let text): appendString(text)
    case .tagged(let text, let language):
      appendString(text)
      buffer.append(UInt8(ascii: "@"))
      buffer.append(utf8: language)
    // `String(Int)` is always a bare `INTEGER` token.
    case .integer(let number): buffer.append(decimal: number)
    case .typed(let lexical, let datatype):
      if TurtleExporter.isBareNumber(lexical, datatype) {
        buffer.append(utf8: lexical)
      } else {
        appendString(lexical)
        buffer.append(utf8: "^^")
        buffer.append(datatype.turtle)
      }
    }
  }

  mutating func endDescription() throws {
    buffer.append(utf8: " .\n")
    try buffer.flushIfFull()
  }

  private func append(_ resource: RDFResource) {
    if resource.isPrefixable {
      buffer.append(Self.idPrefix)
      resource.appendLocalName(to: buffer)
    } else {
      buffer.append(UInt8(ascii: "<"))
      resource.appendIRI(to: buffer)
      buffer.append(UInt8(ascii: ">"))
    }
  }

  private func appendString(_ text: String) {
    buffer.append(UInt8(ascii: "\""))
    buffer.appendEscaped(text)
    buffer.append(UInt8(ascii: "\""))
  }
}

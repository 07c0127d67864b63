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
  private let buffer: RDFOutputBuffer

  public init(output: any OutputDirectory, options: ExportOptions) throws {
    buffer = RDFOutputBuffer(sink: try output.create(Self.format.defaultFileName))
    stream = RDFTripleStream(format: Self.format.name, options: options)
  }

  public mutating func consume(_ event: GraphEvent) throws {
    let descriptions = try stream.descriptions(for: event)
    switch event {
    case .begin:
      for namespace in RDFVocabulary.namespaces {
        buffer.append("@prefix " + namespace.prefix + ": <" + namespace.iri + "> .\n")
      }
    case .end:
      try buffer.finish()
    case .source, .entity, .relation:
      for description in descriptions {
        write(description)
        try buffer.flushIfFull()
      }
    }
  }

  private func write(_ description: RDFDescription) {
    buffer.append(byte: UInt8(ascii: "\n"))
    writeTerm(description.subject)
    for (index, property) in description.properties.enumerated() {
      buffer.append(index == 0 ? " " : " ;\n  ")
      if property.predicate == RDFVocabulary.type {
        buffer.append(byte: UInt8(ascii: "a"))
      } else {
        writeTerm(property.predicate)
      }
      buffer.append(byte: UInt8(ascii: " "))
      switch property.object {
      case .iri(let iri): writeTerm(iri)
      case .literal(let literal): writeLiteral(literal)
      }
    }
    buffer.append(" .\n")
  }

  /// `dg:party` where the local name is safe as a Turtle `PN_LOCAL`, else the full `<IRI>`.
  private func writeTerm(_ iri: RDFIRI) {
    if Self.isPrefixable(iri.localName) {
      buffer.append(iri.namespace.prefix)
      buffer.append(byte: UInt8(ascii: ":"))
      buffer.append(iri.localName)
    } else {
      buffer.append(byte: UInt8(ascii: "<"))
      buffer.append(iri.value)
      buffer.append(byte: UInt8(ascii: ">"))
    }
  }

  private func writeLiteral(_ literal: RDFLiteral) {
    if case .datatype(let datatype) = literal.annotation, Self.isBareNumber(literal.lexicalForm, datatype) {
      buffer.append(literal.lexicalForm)
      return
    }
    buffer.append(byte: UInt8(ascii: "\""))
    buffer.appendEscaped(literal.lexicalForm)
    buffer.append(byte: UInt8(ascii: "\""))
    switch literal.annotation {
    case .none: break
    case .language(let tag):
      buffer.append(byte: UInt8(ascii: "@"))
      buffer.append(tag)
    case .datatype(let datatype):
      buffer.append("^^")
      writeTerm(datatype)
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

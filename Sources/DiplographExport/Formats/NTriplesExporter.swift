import DiplographModel

/// N-Triples: one triple a line, full IRIs, no prefixes — what every RDF store bulk-loads.
///
/// Written from the same triple stream as RDF/XML and Turtle, so the three hold the same triples.
/// With `ExportOptions.shardSize` N, the triples go into `graph-00001.nt`, `graph-00002.nt`, …
/// of N lines each (the last may be shorter). Every shard is a complete N-Triples document on
/// its own: there are no prefixes to share and no blank nodes to clash, and every IRI is derived
/// from content, so shards load in parallel (`tdb2.xloader`, `oxigraph load`) in any order, even
/// shards of different corpus parts exported on different machines.
///
///     <https://w3id.org/diplograph/id/document-…> <https://w3id.org/diplograph/ontology#signedOn> "2001-07-16"^^<http://www.w3.org/2001/XMLSchema#date> .
public struct NTriplesExporter: Exporter {
  public static let format = ExportFormat(
    name: "ntriples", fileExtension: "nt", mediaType: "application/n-triples",
    summary: "N-Triples (graph.nt) for bulk loading; --shard-size splits it into graph-00001.nt, …")

  /// The name of shard `number` (from 1): `graph-00001.nt`.
  public static func shardFileName(_ number: Int) -> String {
    let digits = String(number)
    return "graph-" + String(repeating: "0", count: max(0, 5 - digits.count)) + digits + "." + format.fileExtension
  }

  private var stream: RDFTripleStream
  private let output: any OutputDirectory
  private let shardSize: Int?
  private let buffer: RDFOutputBuffer
  private var linesInShard = 0
  private var shardCount = 1

  public init(output: any OutputDirectory, options: ExportOptions) throws {
    if let size = options.shardSize, size < 1 {
      throw ExportError.unrepresentable(format: Self.format.name, item: "shard size", reason: "\(size) is less than 1")
    }
    self.output = output
    shardSize = options.shardSize
    let name = shardSize == nil ? Self.format.defaultFileName : Self.shardFileName(1)
    buffer = RDFOutputBuffer(sink: try output.create(name))
    stream = RDFTripleStream(format: Self.format.name, options: options)
  }

  public mutating func consume(_ event: GraphEvent) throws {
    for description in try stream.descriptions(for: event) {
      for property in description.properties {
        try startLine()
        writeTerm(description.subject)
        buffer.append(byte: UInt8(ascii: " "))
        writeTerm(property.predicate)
        buffer.append(byte: UInt8(ascii: " "))
        switch property.object {
        case .iri(let iri): writeTerm(iri)
        case .literal(let literal): writeLiteral(literal)
        }
        buffer.append(" .\n")
      }
      try buffer.flushIfFull()
    }
    if case .end = event { try buffer.finish() }
  }

  /// Opens the next shard when the current one is full; a shard is only opened for a line, so
  /// no empty shard trails the last.
  private mutating func startLine() throws {
    if let shardSize, linesInShard == shardSize {
      shardCount += 1
      try buffer.switchSink(to: try output.create(Self.shardFileName(shardCount)))
      linesInShard = 0
    }
    linesInShard += 1
  }

  private func writeTerm(_ iri: RDFIRI) {
    buffer.append(byte: UInt8(ascii: "<"))
    buffer.append(iri.namespace.iri)
    buffer.append(iri.localName)
    buffer.append(byte: UInt8(ascii: ">"))
  }

  private func writeLiteral(_ literal: RDFLiteral) {
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
}

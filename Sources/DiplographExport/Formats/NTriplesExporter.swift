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
    summary: "N-Triples (graph.nt) for bulk loading; --shard-size splits it into graph-00001.nt, …", expectedWork: 7)

  /// The name of shard `number` (from 1): `graph-00001.nt`.
  public static func shardFileName(_ number: Int) -> String {
    let digits = String(number)
    return "graph-" + String(repeating: "0", count: max(0, 5 - digits.count)) + digits + "." + format.fileExtension
  }

  private var stream: RDFTripleStream
  private var writer: NTriplesWriter

  public init(output: any OutputDirectory, options: ExportOptions) throws {
    if let size = options.shardSize, size < 1 {
      throw ExportError.unrepresentable(format: Self.format.name, item: "shard size", reason: "\(size) is less than 1")
    }
    let name = options.shardSize == nil ? Self.format.defaultFileName : Self.shardFileName(1)
    writer = NTriplesWriter(
      output: output, shardSize: options.shardSize, buffer: RDFOutputBuffer(sink: try output.create(name)))
    stream = RDFTripleStream(format: Self.format.name, options: options)
  }

  public mutating func consume(_ event: GraphEvent) throws {
    try stream.write(event, to: &writer)
    if case .end = event { try writer.buffer.finish() }
  }
}

/// Spells each pair of a description as one line, the subject written once per description
/// and copied into each of its lines.
private struct NTriplesWriter: RDFStatementWriter {
  let output: any OutputDirectory
  let shardSize: Int?
  let buffer: RDFOutputBuffer
  private var linesInShard = 0
  private var shardCount = 1
  /// `<subject> `, the start of every line of the current description (scratch space, never
  /// written to its sink).
  private let subject = RDFOutputBuffer(sink: BufferSink())
  private static let integerSuffix = Array("\"^^".utf8) + RDFVocabulary.xsdInteger.ntriples

  init(output: any OutputDirectory, shardSize: Int?, buffer: RDFOutputBuffer) {
    self.output = output
    self.shardSize = shardSize
    self.buffer = buffer
  }

  mutating func startDescription(_ subject: RDFResource, type: RDFIRI?) throws {
    self.subject.removeAll()
    self.subject.append(UInt8(ascii: "<"))
    subject.appendIRI(to: self.subject)
    self.subject.append(utf8: "> ")
    if let type { try add(RDFVocabulary.type, .iri(type)) }
  }

  mutating func add(_ predicate: RDFIRI, _ object: RDFValue) throws {
    try startLine()
    subject.withBytes { buffer.append($0) }
    buffer.append(predicate.ntriples)
    buffer.append(UInt8(ascii: " "))
    switch object {
    case .resource(let resource):
      buffer.append(UInt8(ascii: "<"))
      resource.appendIRI(to: buffer)
      buffer.append(UInt8(ascii: ">"))
    case .iri(let iri): buffer.append(iri.ntriples)
    case .text(let text): appendString(text)
    case .tagged(let text, let language):
      appendString(text)
      buffer.append(UInt8(ascii: "@"))
      buffer.append(utf8: language)
    case .integer(let number):
      buffer.append(UInt8(ascii: "\""))
      buffer.append(decimal: number)
      buffer.append(Self.integerSuffix)
    case .typed(let lexical, let datatype):
      appendString(lexical)
      buffer.append(utf8: "^^")
      buffer.append(datatype.ntriples)
    }
    buffer.append(utf8: " .\n")
  }

  mutating func endDescription() throws {
    try buffer.flushIfFull()
  }

  /// Opens the next shard when the current one is full; a shard is only opened for a line, so
  /// no empty shard trails the last.
  private mutating func startLine() throws {
    if let shardSize, linesInShard == shardSize {
      shardCount += 1
      try buffer.switchSink(to: try output.create(NTriplesExporter.shardFileName(shardCount)))
      linesInShard = 0
    }
    linesInShard += 1
  }

  private func appendString(_ text: String) {
    buffer.append(UInt8(ascii: "\""))
    buffer.appendEscaped(text)
    buffer.append(UInt8(ascii: "\""))
  }
}

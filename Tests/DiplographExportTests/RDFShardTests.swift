import DiplographExport
import DiplographModel
import DiplographTestSupport
import Testing

/// `--shard-size N` splits the N-Triples into files of N lines that together are the unsharded
/// file, line for line.
@Suite struct RDFShardTests {
  let graph = SampleGraphs.treaty()

  private func shards(size: Int, of graph: Graph) throws -> [(name: String, text: String)] {
    let directory = try RDFTestExport.files(graph, NTriplesExporter.self, options: ExportOptions(shardSize: size))
    return directory.files.keys.sorted().map { ($0, directory.text($0) ?? "") }
  }

  @Test(arguments: [1, 7, 10, 117, 118, 119, 1000])
  func shardsAreFullExceptTheLastAndJoinToTheWholeFile(size: Int) throws {
    let whole = try RDFTestExport.ntriples(graph)
    let lineCount = RDFExportTests.sampleTripleCount
    let parts = try shards(size: size, of: graph)
    let expectedCount = (lineCount + size - 1) / size
    #expect(parts.map(\.name) == (1...expectedCount).map(NTriplesExporter.shardFileName))
    for (index, part) in parts.enumerated() {
      let lines = part.text.split(separator: "\n").count
      #expect(lines == (index == parts.count - 1 ? lineCount - size * (parts.count - 1) : size), "\(part.name)")
      #expect(part.text.hasSuffix(" .\n"), "\(part.name) ends mid-triple")
      _ = try RDFNTriplesTestReader.read(part.text)
    }
    #expect(parts.map(\.text).joined() == whole)
  }

  @Test func anEmptyGraphStillWritesOneShard() throws {
    let parts = try shards(size: 10, of: Graph())
    #expect(parts.map(\.name) == ["graph-00001.nt"])
    #expect(parts.first?.text == "")
  }

  @Test func shardNamesSortInLoadingOrder() {
    #expect(NTriplesExporter.shardFileName(1) == "graph-00001.nt")
    #expect(NTriplesExporter.shardFileName(42) == "graph-00042.nt")
    #expect(NTriplesExporter.shardFileName(123_456) == "graph-123456.nt")
  }

  @Test func aShardSizeBelowOneIsRefused() {
    #expect(throws: ExportError.self) {
      _ = try NTriplesExporter(output: MemoryOutputDirectory(), options: ExportOptions(shardSize: 0))
    }
  }

  /// Shards built apart (here: two halves of a graph) hold IRIs that agree, so loading both
  /// gives the graph built whole, minus nothing and with no clash.
  @Test func graphsExportedApartMergeIntoTheWholeGraph() throws {
    var first = Graph()
    var second = Graph()
    let whole = SampleGraphs.treaty()
    for source in whole.sources.values { first.add(source) }
    for (index, entity) in whole.entities.values.sorted(by: { $0.id < $1.id }).enumerated() {
      if index % 2 == 0 { first.add(entity) } else { second.add(entity) }
    }
    for relation in whole.relations.values { second.add(relation) }
    let merged = Set(try RDFTestExport.ntriplesTriples(first)).union(try RDFTestExport.ntriplesTriples(second))
    #expect(merged == Set(try RDFTestExport.ntriplesTriples(whole)))
  }
}

import DiplographModel
import DiplographTestSupport
import Testing

@testable import DiplographExport

/// The Cypher script on `SampleGraphs`: batching, determinism, and the dialect differences as
/// golden snippets checked against each engine's documentation (docs/cypher.md cites them).
@Suite struct CypherExporterTests {
  func script(
    _ graph: Graph, dialect: CypherDialect, rows: Int = CypherScriptWriter.defaultRowsPerStatement,
    statistical: Bool = true
  ) throws -> String {
    let output = MemoryOutputDirectory()
    let options = ExportOptions(includeStatisticalEdges: statistical, cypherDialect: dialect)
    var exporter = try CypherExporter(output: output, options: options, rowsPerStatement: rows)
    try graph.stream(into: &exporter)
    return try #require(output.text("graph.cypher"))
  }

  @Test func neo4jUsesNamedConstraintsAwaitsIndexesAndWrapsDataInTransactions() throws {
    let lines = try script(SampleGraphs.treaty(), dialect: .neo4j).split(separator: "\n").map(String.init)
    #expect(lines.contains("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;"))
    #expect(lines.contains("CREATE CONSTRAINT literal_id IF NOT EXISTS FOR (n:Literal) REQUIRE n.id IS UNIQUE;"))
    #expect(lines.contains("CALL db.awaitIndexes(300);"))
    let begin = try #require(lines.firstIndex(of: ":begin"))
    #expect(lines[..<begin].allSatisfy { !$0.hasPrefix("UNWIND") })
    #expect(lines.filter { $0 == ":begin" }.count == lines.filter { $0 == ":commit" }.count)
    #expect(lines.last(where: { !$0.hasPrefix("//") }) == ":commit")
  }

  @Test func memgraphIndexesAndConstrainsWithoutTransactionCommands() throws {
    let text = try script(SampleGraphs.treaty(), dialect: .memgraph)
    #expect(text.contains("CREATE INDEX ON :Entity(id);\nCREATE CONSTRAINT ON (n:Entity) ASSERT n.id IS UNIQUE;\n"))
    #expect(!text.contains(":begin") && !text.contains("IF NOT EXISTS"))
  }

  @Test func falkordbOnlyIndexes() throws {
    let text = try script(SampleGraphs.treaty(), dialect: .falkordb)
    #expect(text.contains("CREATE INDEX FOR (n:Entity) ON (n.id);\n"))
    #expect(!text.contains("CONSTRAINT") && !text.contains(":begin"))
  }

  @Test func theSampleTreatyIsWrittenAsDocumented() throws {
    let text = try script(SampleGraphs.treaty(), dialect: .neo4j)
    #expect(text.contains("MERGE (n:Entity {id: row.id}) SET n += row.props, n:Document:Treaty;"))
    #expect(text.contains("aliases: ['中俄睦邻友好合作条约'], name_en: 'Treaty of Good-Neighborliness'"))
    #expect(text.contains("{id: 'date-2001-07-16', props: {value: '2001-07-16', date: date('2001-07-16'), year: 2001, month: 7, day: 16, precision: 'day'}}"))
    #expect(text.contains("MERGE (a)-[r:SIGNED_ON {id: row.id}]->(b) SET r += row.props;"))
    #expect(text.contains("rules: ['title-signing-date'], confidences: [0.95]"))
    #expect(text.contains("MERGE (a)-[r:MENTIONED_IN {id: row.id}]->(b)"))
    #expect(text.contains("// summary: nodes=6 relationships=6\n"))
  }

  @Test func statisticalEdgesFollowTheOption() throws {
    let text = try script(SampleGraphs.treaty(), dialect: .neo4j, statistical: false)
    #expect(!text.contains("MENTIONED_IN"))
    #expect(text.contains("[r:MENTIONS {id: row.id}]"))
    #expect(text.contains("// summary: nodes=6 relationships=5\n"))
  }

  @Test func batchesHoldAtMostTheRowLimitAndEveryRowOnce() throws {
    let text = try script(SampleGraphs.treaty(), dialect: .memgraph, rows: 1)
    let statements = text.split(separator: "\n").filter { $0.hasPrefix("UNWIND") }
    let rows = statements.map { $0.components(separatedBy: "{id: '").count - 1 + $0.components(separatedBy: "{start: '").count - 1 }
    #expect(rows.allSatisfy { $0 == 1 })
    #expect(rows.reduce(0, +) == 12)
    let unbatched = try script(SampleGraphs.treaty(), dialect: .memgraph)
    #expect(unbatched.split(separator: "\n").filter { $0.hasPrefix("UNWIND") }.count < statements.count)
  }

  @Test func theSameGraphGivesTheSameBytes() throws {
    for dialect in CypherDialect.allCases {
      #expect(try script(SampleGraphs.treaty(), dialect: dialect) == script(SampleGraphs.treaty(), dialect: dialect))
    }
  }

  @Test func eventsOutOfOrderAreRefused() throws {
    var exporter = try CypherExporter(output: MemoryOutputDirectory(), options: ExportOptions())
    #expect(throws: ExportError.self) { try exporter.consume(.source(SampleGraphs.treaty().sources.values.first!)) }
  }
}

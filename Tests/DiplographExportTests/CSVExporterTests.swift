import DiplographModel
import DiplographTestSupport
import Testing

@testable import DiplographExport

/// The neo4j-admin CSV files for `SampleGraphs.treaty()`: headers apart, typed columns, shards,
/// the argument file; expected lines written by hand from the import tool's header format.
@Suite struct CSVExporterTests {
  func export(shardSize: Int? = nil) throws -> MemoryOutputDirectory {
    let output = MemoryOutputDirectory()
    var exporter = try Neo4jCSVExporter(output: output, options: ExportOptions(shardSize: shardSize))
    try SampleGraphs.treaty().stream(into: &exporter)
    return output
  }

  @Test func entityHeaderAndRowAreTyped() throws {
    let output = try export()
    #expect(
      output.text("graph.nodes.Entity-Document-Treaty.header.csv")
        == "id:ID,:LABEL,name,kind,aliases:string[],name_en,name_ru,otherNames:string[],wikidata,isoCode,ordinal:long,acronym\n")
    let row = try #require(output.text("graph.nodes.Entity-Document-Treaty.0001.csv"))
    #expect(row.hasSuffix(
      ",\"Entity\u{1F}Document\u{1F}Treaty\",\"中华人民共和国和俄罗斯联邦睦邻友好合作条约\",\"Treaty\",\"中俄睦邻友好合作条约\",\"Treaty of Good-Neighborliness\",,,,,,\n"))
    #expect(output.text("graph.nodes.Literal-Date.0001.csv") == "\"date-2001-07-16\",\"Literal\u{1F}Date\",\"2001-07-16\",2001-07-16,2001,7,16,\"day\"\n")
  }

  @Test func argumentFileListsEveryGroupHeaderFirst() throws {
    let output = try export()
    let arguments = try #require(output.text("graph.import.args")).split(separator: "\n")
    #expect(arguments.contains("--array-delimiter=U+001F"))
    #expect(!arguments.contains("--multiline-fields=true"))
    let groups = arguments.filter { $0.hasPrefix("--nodes=") || $0.hasPrefix("--relationships=") }
    let listed = groups.flatMap { $0.split(separator: "=", maxSplits: 1)[1].split(separator: ",").map(String.init) }
    #expect(Set(listed) == Set(output.files.keys).subtracting(["graph.import.args"]))
    #expect(groups.allSatisfy { $0.split(separator: "=", maxSplits: 1)[1].split(separator: ",")[0].hasSuffix(".header.csv") })
    #expect(arguments.contains("# Run in the directory holding these files. nodes=6 relationships=6"))
  }

  @Test func shardsSplitDataFilesAfterShardSizeRecords() throws {
    let output = try export(shardSize: 1)
    #expect(output.text("graph.relationships.PARTY.0001.csv")?.split(separator: "\n").count == 1)
    #expect(output.text("graph.relationships.PARTY.0002.csv")?.split(separator: "\n").count == 1)
    #expect(output.text("graph.relationships.PARTY.0003.csv") == nil)
    #expect(output.files.keys.filter { $0.hasPrefix("graph.relationships.PARTY.header") }.count == 1)
  }

  @Test func quotesAreDoubledAndLineBreaksReported() throws {
    var out: [UInt8] = []
    #expect(try CSVEscaping.appendQuoted("say \"hi\"\\", to: &out, insideArray: false) == false)
    #expect(String(decoding: out, as: UTF8.self) == "\"say \"\"hi\"\"\\\"")
    #expect(try CSVEscaping.appendQuoted("a\r\nb", to: &out, insideArray: false))
    #expect(throws: ExportError.self) { try CSVEscaping.appendQuoted("a\u{1F}b", to: &out, insideArray: true) }
  }
}

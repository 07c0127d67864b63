import CLibXML2
import DiplographModel
import DiplographTestSupport
import Foundation
import Testing

@testable import DiplographExport

/// Exports `graph` as DOT into memory.
func dot(_ graph: Graph, _ options: ExportOptions = ExportOptions()) throws -> String {
  let output = MemoryOutputDirectory()
  var exporter = try DOTExporter(output: output, options: options)
  try graph.stream(into: &exporter)
  return try #require(output.text("graph.dot"))
}

@Suite struct DOTExporterTests {
  let treaty = SampleGraphs.treaty()
  var treatyID: String { treaty.entities.values.first { $0.kind == .treaty }!.id.rawValue }
  var chinaID: String { treaty.entities.values.first { $0.label == "中国" }!.id.rawValue }

  @Test func sampleDrawsNodesInClassColorsFactsAndDates() throws {
    let text = try dot(treaty)
    let place = ClassStyle.of(.country)
    #expect(
      text.contains(
        "  \"\(chinaID)\" [label=\"中国\", fillcolor=\"\(place.fillColor)\", color=\"\(place.strokeColor)\", tooltip=\"中国 · Country · China\"];"
      ))
    #expect(
      text.contains("  \"\(treatyID)\" -> \"\(chinaID)\" [label=\"party\", color=\"#5A5A5A\", fontcolor=\"#5A5A5A\"];"))
    // The date joins the treaty's label when its node is restated; two facts make it bigger.
    #expect(text.contains("  \"\(treatyID)\" [label=\"中华人民共和国\\n和俄罗斯联邦睦\\n邻友好合作条约\\n2001-07-16\", fontsize=15];"))
    #expect(text.contains("\"\(SampleGraphs.sourceID.rawValue)\" [label=\"样例\", shape=note"))
    #expect(text.contains("-> \"\(SampleGraphs.sourceID.rawValue)\" [dir=none, style=dashed"))
    #expect(text.contains("<b>3 entities, 2 facts</b>"))
    #expect(text.contains("Document (1)</td>"))
    #expect(text.contains("Place (2)</td>"))
    #expect(text.contains("SourceDocument (1)</td>"))
    #expect(text.hasPrefix("// diplograph"))
    #expect(text.hasSuffix("}\n"))
  }

  @Test func factsOnlyDrawsNoSourcesOrMentions() throws {
    let text = try dot(treaty, ExportOptions(includeStatisticalEdges: false))
    #expect(!text.contains(SampleGraphs.sourceID.rawValue))
    #expect(!text.contains("dashed"))
    #expect(!text.contains("SourceDocument"))
  }

  @Test func sameGraphSameBytes() throws {
    #expect(try dot(treaty) == dot(SampleGraphs.treaty()))
  }

  @Test func forbiddenCharacterIsRefusedNamingTheEntity() throws {
    var graph = Graph()
    let entity = Entity(kind: .country, label: "中\u{1}国")
    graph.add(entity)
    let error = try #require(throws: ExportError.self) { try dot(graph) }
    #expect(
      error
        == .unrepresentable(
          format: "dot", item: "entity \(entity.id) (中\u{FFFD}国) label", reason: "character U+1 is not allowed"))
  }

  /// Graphviz itself reads the exported DOT back: each hostile name comes out of the SVG as the
  /// tooltip it was given, so the escaping loses nothing Graphviz can show.
  @Test(arguments: GraphMLHostileTextTests.hostile)
  func graphvizReadsHostileNamesBackExactly(_ hostile: HostileText) throws {
    let graph = GraphMLHostileTextTests.graph(hostile.text)
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dot-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try dot(graph).write(toFile: directory + "/graph.dot", atomically: true, encoding: .utf8)
    try Graphviz().render(directory + "/graph.dot", layout: .dot, outputs: [("svg", directory + "/graph.svg")])
    let tooltips = try svgTooltips(String(contentsOfFile: directory + "/graph.svg", encoding: .utf8))
    // Graphviz shows a carriage return nowhere and a tab as a space; the exporter does the same.
    let expected = hostile.text.replacingOccurrences(of: "\r", with: "").replacingOccurrences(of: "\t", with: " ")
    #expect(tooltips.contains(expected + " · Treaty · " + expected))
  }
}

@Suite struct DOTStyleTests {
  @Test func longNamesWrapIntoEvenLines() {
    #expect(DOTStyle.wrapped("中华人民共和国和俄罗斯联邦睦邻友好合作条约") == "中华人民共和国\n和俄罗斯联邦睦\n邻友好合作条约")
    #expect(DOTStyle.wrapped("习近平对俄罗斯联邦国事访问") == "习近平对俄罗斯\n联邦国事访问")
    #expect(DOTStyle.wrapped("上海合作组织") == "上海合作组织")
  }

  @Test func latinAndDigitRunsAreNeverCut() {
    #expect(DOTStyle.wrapped("2020—2021中俄科技创新年") == "2020—2021中\n俄科技创新年")
    #expect(DOTStyle.wrapped("美英澳三边安全伙伴关系AUKUS机制") == "美英澳三边安全伙\n伴关系AUKUS机制")
  }

  @Test func overlongNamesEndWithAnEllipsis() {
    let wrapped = DOTStyle.wrapped(String(repeating: "条约", count: 5_000))
    #expect(wrapped.split(separator: "\n").count == 4)
    #expect(wrapped.hasSuffix("条约…"))
    #expect(wrapped.count == 4 * 10 + 3 + 1)
  }

  @Test func quotingEscapesWhatGraphvizReads() {
    #expect(DOTEscaping.quoted("a\"b\\c\nd\r\ne&f") == "\"a\\\"b\\\\c\\nd\\ne&amp;f\"")
    #expect(DOTEscaping.quoted("\\N") == "\"\\\\N\"")
    #expect(DOTEscaping.quoted("中\u{0}") == nil)
  }

  @Test func longTextIsSplitIntoJoinedPieces() throws {
    let quoted = try #require(DOTEscaping.quoted(String(repeating: "约", count: 10_000)))
    let pieces = quoted.components(separatedBy: "\" + \"")
    #expect(pieces.count == 4)
    #expect(pieces.allSatisfy { $0.utf8.count <= DOTEscaping.pieceLimit + 4 })
    #expect(pieces.joined().filter { $0 != "\"" }.count == 10_000)
  }

  /// Pen widths are spelled from tenths; they must read as `String(Double)` wrote them.
  @Test func penWidthsSpellAsDoublesDo() {
    for weight in [-3, 0, 1, 2, 3, 7, 10, 24, 25, 26, 99, 100, 1_000, 1_000_000] + Array(1...400) {
      let width = 0.6 + min(3.0, Double(max(1, weight)).squareRoot() * 0.6)
      #expect(DOTStyle.penWidth(weight: weight) == String((width * 10).rounded() / 10), "weight \(weight)")
    }
  }

  /// Short names are not wrapped, whatever they hold: combining marks and wide emoji count once.
  @Test func namesOfTenCharactersOrFewerStayWhole() {
    for name in ["中俄", "上海合作组织中国俄罗", "e\u{301}e\u{301}", "🇨🇳🇷🇺", String(repeating: "A", count: 20)] {
      #expect(DOTStyle.wrapped(name) == name)
    }
    #expect(DOTStyle.wrapped("上海合作组织中国俄罗斯") == "上海合作组织\n中国俄罗斯")
  }

  @Test func hubsGetBiggerNames() {
    #expect(DOTStyle.fontSize(degree: 0) == 11)
    #expect(DOTStyle.fontSize(degree: 1) < DOTStyle.fontSize(degree: 9))
    #expect(DOTStyle.fontSize(degree: 10_000) == 22)
  }
}

/// Every `xlink:title` in an SVG, as libxml2 reads it.
func svgTooltips(_ svg: String) throws -> [String] {
  let bytes = Array(svg.utf8)
  let doc = try #require(
    bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) {
        xmlReadMemory(
          $0.baseAddress, Int32($0.count), "picture.svg", nil, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_HUGE.rawValue)
        )
      }
    })
  defer { xmlFreeDoc(doc) }
  var titles: [String] = []
  func visit(_ node: xmlNodePtr?) {
    var current = node
    while let element = current {
      if element.pointee.type == XML_ELEMENT_NODE,
        let value = xmlGetNsProp(element, "title", "http://www.w3.org/1999/xlink")
      {
        titles.append(String(cString: value))
        free(value)
      }
      visit(element.pointee.children)
      current = element.pointee.next
    }
  }
  visit(xmlDocGetRootElement(doc))
  return titles
}

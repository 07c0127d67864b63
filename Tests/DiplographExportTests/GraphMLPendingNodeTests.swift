import Testing

@testable import DiplographExport

@Suite struct GraphMLPendingNodeTests {
  @Test func recordReadsBackAsWritten() throws {
    let values = ["<data key=\"n.label\">中国</data>\n", "", "<data key=\"n.mentionCount\">3</data>\n"]
    let drawing = "      <data key=\"n.graphics\">…</data>\n"
    let body = Array((values.joined() + drawing).utf8)
    let record =
      PendingNode.header(id: "place-1", label: "中国🇨🇳", values: zip([0, 7, 16], values).map { ($0, $1.utf8.count) })
      + body
    try record.withUnsafeBytes { bytes in
      let node = try PendingNode(decoding: bytes)
      #expect(String(decoding: node.id, as: UTF8.self) == "place-1")
      #expect(node.label == "中国🇨🇳")
      #expect(node.values.map(\.order) == [0, 7, 16])
      #expect(node.values.map { String(decoding: $0.bytes, as: UTF8.self) } == values)
      #expect(Array(node.body) == body)
      #expect(String(decoding: node.drawing, as: UTF8.self) == drawing)
    }
  }

  @Test func nodeWithoutValuesOrDrawingHasAnEmptyBody() throws {
    try PendingNode.header(id: "x", label: "", values: []).withUnsafeBytes { bytes in
      let node = try PendingNode(decoding: bytes)
      #expect(node.values.isEmpty && node.body.isEmpty && node.drawing.isEmpty)
    }
  }

  @Test(arguments: [0, 3, 4, 11, 20, 35])
  func truncatedRecordIsRefused(keeping count: Int) throws {
    let record = PendingNode.header(id: "place-1", label: "中国", values: [(0, 4)]) + Array("abcd".utf8)
    try Array(record.prefix(count)).withUnsafeBytes { bytes in
      #expect(throws: ExportError.self) { try PendingNode(decoding: bytes) }
    }
  }
}

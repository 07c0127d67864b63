import DiplographTestSupport
import Testing

@testable import DiplographExport

/// `XMLMarkupWriter` must escape exactly as `XMLTextWriter` does: GraphML switched from one to
/// the other and its bytes must not change.
@Suite struct XMLMarkupWriterTests {
  static let values = [
    "", "plain", "中俄睦邻友好合作条约", "\"\n<>&'", "]]>", "a]]>b<![CDATA[c", "🇨🇳 中俄 👍🏽", "tab\there",
    "crlf\r\nend", "&amp; &#1; not escapes", "，。《》“”", "\u{FFFD}\u{FFFC}\u{EFFF}", String(repeating: "条约&", count: 3_000),
  ]

  /// `<a v="value">value</a>` through the text writer, without indentation.
  static func textWriterElement(_ value: String) throws -> [UInt8] {
    let sink = BufferSink()
    let writer = try XMLTextWriter(sink: sink, format: "test", indent: false)
    try writer.element("a", attributes: ["v": value], text: value)
    try writer.endDocument()
    return Array(sink.bytes.dropLast())  // the newline endDocument adds without indentation
  }

  static func markupElement(_ value: String) throws -> [UInt8] {
    let sink = BufferSink()
    let writer = try XMLMarkupWriter(sink: sink, format: "test")
    try writer.raw("<a v=\"")
    try writer.attributeValue(value)
    try writer.raw("\">")
    try writer.text(value)
    try writer.raw("</a>")
    try writer.flush()
    return sink.bytes
  }

  @Test(arguments: values)
  func escapesAsTheTextWriterDoes(_ value: String) throws {
    #expect(try Self.markupElement(value) == Self.textWriterElement(value))
  }

  /// The escapes themselves, as libxml2 documents them: `"` and CR in content; also tab and line
  /// feed, and characters beyond ASCII as references, in attribute values.
  @Test func escapesWhatLibxml2Escapes() throws {
    #expect(
      String(decoding: try Self.markupElement("\"\n<>&'\r\t"), as: UTF8.self)
        == "<a v=\"&quot;&#10;&lt;&gt;&amp;'&#13;&#9;\">&quot;\n&lt;&gt;&amp;'&#13;\t</a>")
    #expect(String(decoding: try Self.markupElement("中"), as: UTF8.self) == "<a v=\"&#x4E2D;\">中</a>")
  }

  @Test func textReportsTheBytesItWrote() throws {
    let writer = try XMLMarkupWriter(sink: BufferSink(), format: "test")
    #expect(try writer.text("中国") == 6)
    #expect(try writer.text("a<b") == 6)
    #expect(try writer.text("") == 0)
  }

  @Test(arguments: ["\u{1}", "\u{0}", "a\u{B}", "\u{1F}", "中\u{FFFE}", "\u{FFFF}"])
  func forbiddenCharactersAreRefusedNamingTheItem(_ value: String) throws {
    let writer = try XMLMarkupWriter(sink: BufferSink(), format: "graphml")
    let writes: [() throws -> Void] = [
      { try writer.text(value, item: "entity x label") }, { try writer.attributeValue(value, item: "entity x label") },
    ]
    for write in writes {
      let error = try #require(throws: ExportError.self) { try write() }
      guard case .unrepresentable(let format, let item, let reason) = error else {
        Issue.record("expected unrepresentable, got \(error)")
        continue
      }
      #expect(format == "graphml")
      #expect(item == "entity x label")
      #expect(reason.contains("is not allowed in XML 1.0"))
    }
  }

  @Test func failingSinkSurfacesItsOwnError() throws {
    let writer = try XMLMarkupWriter(sink: FailingSink(name: "out.xml"), format: "test")
    let error = try #require(throws: ExportError.self) {
      for _ in 0..<1_000 { try writer.text("中俄睦邻友好合作条约") }
      try writer.flush()
    }
    #expect(error == .io(path: "out.xml", reason: "no space left on device"))
  }
}

import DiplographModel
import DiplographTestSupport
import Testing

@testable import DiplographExport

/// Text that breaks naive XML writers, read back exactly — or refused with the entity named.
@Suite struct GraphMLHostileTextTests {
  static let hostile: [HostileText] = [
    .init("quotes, line break, markup", "\"\n<>&'"), .init("CDATA end", "]]>"),
    .init("CDATA both ends", "a]]>b<![CDATA[c"), .init("emoji", "🇨🇳 中俄 👍🏽"), .init("tab", "tab\there"),
    .init("CR LF", "crlf\r\nend"), .init("entity lookalikes", "&amp; &#1; not escapes"),
    .init("10,000 characters", String(repeating: "条约", count: 5_000)),
  ]

  /// One source whose sentence is `text`, and two entities named `text` (and a variant) linked
  /// by a fact stated in that sentence.
  static func graph(_ text: String, alias: String = "别名") -> Graph {
    var graph = Graph()
    let source = SourceID(rawValue: "source-00000000000000aa")
    let sentence = SentenceID(source: source, ordinal: 0)
    let span = SampleGraphs.span(0, 10)
    graph.add(
      SourceDocument(
        id: source, path: "hostile/\(text.prefix(20)).txt", title: text, encoding: "UTF-8", byteCount: 10,
        sentences: [Sentence(id: sentence, text: text, span: span, paragraph: 0)]))
    let mention = Mention(sentence: sentence, span: span, surface: text, rule: "test")
    let first = Entity(
      kind: .treaty, label: text, aliases: [alias], names: [LocalizedName(language: "en", text: text)],
      mentions: [mention])
    let second = Entity(kind: .country, label: text + "国", mentions: [mention])
    graph.add(first)
    graph.add(second)
    let provenance = Provenance(sentence: sentence, span: span, rule: text, confidence: 0.5)
    graph.add(Relation(subject: first.id, predicate: .party, object: .entity(second.id), provenance: [provenance]))
    graph.add(Relation(subject: first.id, predicate: .mentionedIn, object: .source(source), provenance: [provenance]))
    return graph
  }

  @Test(arguments: hostile)
  func hostileTextRoundTripsAndValidates(_ hostile: HostileText) throws {
    let text = hostile.text
    let graph = Self.graph(text)
    let exported = try graphML(graph)
    #expect(try GraphMLDocument.schemaErrors(exported, schema: GraphMLDocument.graphMLSchema) == [])
    let doc = try GraphMLDocument(exported)
    let treaty = try #require(doc.nodes.first { $0.data["type"] == "Treaty" })
    #expect(treaty.data["label"] == text)
    #expect(treaty.data["nameEn"] == text)
    #expect(treaty.data["evidence"] == text)
    #expect(doc.nodes.first { $0.data["type"] == "Country" }?.data["label"] == text + "国")
    #expect(doc.edges.first { $0.data["type"] == "party" }?.data["rule"] == text)
    #expect(doc.node("source-00000000000000aa")?.data["label"] == text)
  }

  @Test(arguments: hostile)
  func hostileTextRoundTripsInTheYEdFlavour(_ hostile: HostileText) throws {
    let text = hostile.text
    let exported = try graphML(Self.graph(text), ExportOptions(yEdGraphics: true))
    #expect(try GraphMLDocument.schemaErrors(exported, schema: GraphMLDocument.yEdSchema) == [])
    let doc = try GraphMLDocument(exported)
    #expect(doc.nodes.first { $0.data["type"] == "Treaty" }?.graphics["label"] == text)
  }

  @Test(arguments: ["\u{1}", "\u{0}", "\u{B}", "\u{1F}", "\u{FFFE}", "\u{FFFF}"])
  func forbiddenCharacterInALabelIsRefusedNamingTheEntity(_ bad: String) throws {
    let graph = Self.graph("中国" + bad)
    // Facts only, so no source node (whose title holds the character too) is written first.
    let error = try #require(throws: ExportError.self) {
      try graphML(graph, ExportOptions(includeStatisticalEdges: false))
    }
    guard case .unrepresentable(let format, let item, let reason) = error else {
      Issue.record("expected unrepresentable, got \(error)")
      return
    }
    #expect(format == "graphml")
    #expect(item.hasPrefix("entity "), "\(item)")
    #expect(graph.entities.keys.contains { item.contains($0.rawValue) }, "\(item)")
    #expect(reason.contains("not allowed in XML 1.0"))
  }

  @Test func forbiddenCharacterInEvidenceIsRefusedNamingTheFact() throws {
    var graph = Self.graph("正常")
    let source = graph.sources.values.first!
    let sentence = Sentence(id: source.sentences[0].id, text: "坏\u{8}句", span: source.sentences[0].span, paragraph: 0)
    graph.add(
      SourceDocument(
        id: source.id, path: source.path, title: nil, encoding: "UTF-8", byteCount: 10, sentences: [sentence]))
    let error = try #require(throws: ExportError.self) { try graphML(graph) }
    #expect("\(error)".contains("evidence"), "\(error)")
    #expect("\(error)".contains("entity ") || "\(error)".contains("relation "), "\(error)")
  }

  @Test func aliasHoldingTheSeparatorIsRefused() throws {
    let graph = Self.graph("中国", alias: "中|俄")
    let error = try #require(throws: ExportError.self) { try graphML(graph) }
    #expect("\(error)".contains("separator '|'"))
    #expect("\(error)".contains(graph.entities.values.first { $0.kind == .treaty }!.id.rawValue))
  }

  @Test func nameInALanguageWithoutAKeyIsRefused() throws {
    var graph = Self.graph("中国")
    var entity = graph.entities.values.first { $0.kind == .treaty }!
    entity.setName(LocalizedName(language: "fr", text: "Chine"))
    graph.add(Entity(kind: .treaty, label: entity.label, names: entity.names))
    let error = try #require(throws: ExportError.self) { try graphML(graph) }
    #expect("\(error)".contains("'fr'"))
  }

  @Test func nonIntegerOrdinalIsRefused() throws {
    var graph = Graph()
    graph.add(Entity(kind: .meeting, label: "会晤", attributes: [Attribute(key: .ordinal, value: .string("二十五"))]))
    let error = try #require(throws: ExportError.self) { try graphML(graph) }
    #expect("\(error)".contains("ordinal '二十五' is not an integer"))
  }
}

/// A test string with a short name for the test log (one of them is 10,000 characters long).
struct HostileText: Sendable, CustomTestStringConvertible {
  let name: String
  let text: String

  init(_ name: String, _ text: String) {
    self.name = name
    self.text = text
  }

  var testDescription: String { name }
}

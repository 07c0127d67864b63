import DiplographModel

/// Small graphs every exporter test runs through.
public enum SampleGraphs {
  public static let sourceID = SourceID(rawValue: "source-0000000000000001")

  public static func span(_ start: Int, _ end: Int) -> SourceSpan {
    SourceSpan(startByte: start, endByte: end, line: 1, column: start + 1)
  }

  /// Two documents, a treaty signed on a date by two countries, mentioned in one sentence.
  public static func treaty() -> Graph {
    var graph = Graph()
    let sentenceID = SentenceID(source: sourceID, ordinal: 0)
    let sentenceText = "双方重申遵循2001年7月16日签署的《中华人民共和国和俄罗斯联邦睦邻友好合作条约》。"
    graph.add(
      SourceDocument(
        id: sourceID, path: "corpus/sample.txt", title: "样例", encoding: "UTF-8", byteCount: 120,
        sentences: [Sentence(id: sentenceID, text: sentenceText, span: span(0, 120), paragraph: 0)]))
    let mention = Mention(sentence: sentenceID, span: span(40, 100), surface: "中华人民共和国和俄罗斯联邦睦邻友好合作条约", rule: "title")
    let treaty = Entity(
      kind: .treaty, label: "中华人民共和国和俄罗斯联邦睦邻友好合作条约", aliases: ["中俄睦邻友好合作条约"],
      names: [LocalizedName(language: "en", text: "Treaty of Good-Neighborliness")], mentions: [mention])
    let china = Entity(
      kind: .country, label: "中国", aliases: ["中华人民共和国", "中方"],
      names: [LocalizedName(language: "en", text: "China")],
      attributes: [Attribute(key: .wikidata, value: .string("Q148")), Attribute(key: .isoCode, value: .string("CN"))])
    let russia = Entity(
      kind: .country, label: "俄罗斯", aliases: ["俄罗斯联邦", "俄方"],
      names: [LocalizedName(language: "en", text: "Russia"), LocalizedName(language: "ru", text: "Россия")],
      attributes: [Attribute(key: .wikidata, value: .string("Q159"))])
    [treaty, china, russia].forEach { graph.add($0) }
    let provenance = Provenance(sentence: sentenceID, span: span(0, 120), rule: "title-signing-date", confidence: 0.95)
    graph.add(Relation(subject: treaty.id, predicate: .signedOn, object: .literal(.date(CalendarDate(year: 2001, month: 7, day: 16)!)), provenance: [provenance]))
    for party in [china, russia] {
      graph.add(Relation(subject: treaty.id, predicate: .party, object: .entity(party.id), provenance: [provenance]))
    }
    graph.add(Relation(subject: treaty.id, predicate: .mentionedIn, object: .source(sourceID), provenance: [provenance]))
    return graph
  }
}

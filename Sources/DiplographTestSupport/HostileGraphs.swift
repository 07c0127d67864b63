import DiplographModel

/// Strings that break naive writers: markup, quotes, escapes, comment markers, injection attempts.
public enum HostileStrings {
  public static let all: [String] = [
    "\"\n<>&",
    "]]>",
    "'}) MATCH (n) DETACH DELETE n //",
    "\\'",
    "\"",
    "`",
    "*/ /* // --",
    "\\u0041\\n",
    "line one\nline two\r\nline three\ttab",
    "《中俄〈条约〉》“引号”",
    "\u{2028}\u{2029}\u{85}",
    "emoji 🇨🇳🇷🇺 and 𠀀",
    "<!-- x --> <![CDATA[ y ]]> &amp; &#0;",
    "_:b0 <http://x> \"lit\"@en .",
    String(repeating: "长", count: 10_000),
  ]
}

extension SampleGraphs {
  /// Entities named by hostile strings, linked to each other and described by a hostile sentence.
  public static func hostile() -> Graph {
    var graph = Graph()
    let sentenceID = SentenceID(source: sourceID, ordinal: 0)
    graph.add(
      SourceDocument(
        id: sourceID, path: "corpus/<&\"'>.txt", title: HostileStrings.all[0], encoding: "UTF-8",
        byteCount: 1, sentences: [Sentence(id: sentenceID, text: HostileStrings.all.joined(separator: " "), span: span(0, 1), paragraph: 0)]))
    var previous: Entity?
    for (index, name) in HostileStrings.all.enumerated() {
      let entity = Entity(
        kind: EntityKind.allCases[index % EntityKind.allCases.count], label: name,
        aliases: [name + " alias", "\\"], names: [LocalizedName(language: "en", text: name)],
        attributes: [Attribute(key: .acronym, value: .string(name))],
        mentions: [Mention(sentence: sentenceID, span: span(0, 1), surface: name, rule: "rule \"\(index)\"")])
      graph.add(entity)
      if let previous {
        let provenance = Provenance(sentence: sentenceID, span: span(0, 1), rule: name, confidence: 0.5)
        graph.add(Relation(subject: previous.id, predicate: .partOf, object: .entity(entity.id), provenance: [provenance]))
        graph.add(Relation(subject: entity.id, predicate: .signedOn, object: .literal(.date(CalendarDate(year: 2000 + index)!)), provenance: [provenance]))
      }
      previous = entity
    }
    return graph
  }

  /// One entity whose label holds a character XML 1.0 forbids.
  public static func withForbiddenCharacter() -> Graph {
    var graph = Graph()
    graph.add(Entity(kind: .organization, label: "bad\u{1}name"))
    return graph
  }
}

import DiplographModel

// The model's types as their synthesized `Codable` conformances encode them: every stored
// property under its own name, keys in UTF-8 order, `nil` optionals left out, ids as their raw
// string, raw-value enums as the raw value, and an enum case with a payload as
// `{"case":{"_0":payload}}`. `JSONWriterTests` holds each against `JSONEncoder`.

extension JSONWriter {
  mutating func write(_ source: SourceDocument) {
    open()
    key("byteCount"); integer(source.byteCount)
    key("encoding"); string(source.encoding)
    key("id"); string(source.id.rawValue)
    key("path"); string(source.path)
    key("sentences"); openArray()
    for sentence in source.sentences { write(sentence) }
    closeArray()
    if let title = source.title { key("title"); string(title) }
    close()
  }

  mutating func write(_ sentence: Sentence) {
    open()
    key("id"); write(sentence.id)
    key("paragraph"); integer(sentence.paragraph)
    if let repeatOf = sentence.repeatOf { key("repeatOf"); write(repeatOf) }
    key("span"); write(sentence.span)
    key("text"); string(sentence.text)
    close()
  }

  mutating func write(_ entity: Entity) {
    open()
    key("aliases"); openArray()
    for alias in entity.aliases { string(alias) }
    closeArray()
    key("attributes"); openArray()
    for attribute in entity.attributes {
      open()
      key("key"); string(attribute.key.rawValue)
      key("value"); write(attribute.value)
      close()
    }
    closeArray()
    key("id"); string(entity.id.rawValue)
    key("kind"); string(entity.kind.rawValue)
    key("label"); string(entity.label)
    key("mentions"); openArray()
    for mention in entity.mentions { write(mention) }
    closeArray()
    key("names"); openArray()
    for name in entity.names {
      open()
      key("language"); string(name.language)
      key("text"); string(name.text)
      close()
    }
    closeArray()
    close()
  }

  mutating func write(_ mention: Mention) {
    open()
    key("rule"); string(mention.rule)
    key("sentence"); write(mention.sentence)
    key("span"); write(mention.span)
    key("surface"); string(mention.surface)
    close()
  }

  /// Throws for a confidence JSON cannot hold (NaN, infinity), as `JSONEncoder` does.
  mutating func write(_ relation: Relation) throws {
    open()
    key("id"); string(relation.id.rawValue)
    key("object"); write(relation.object)
    key("predicate"); string(relation.predicate.rawValue)
    key("provenance"); openArray()
    for provenance in relation.provenance {
      open()
      key("confidence")
      guard number(provenance.confidence) else {
        throw ExportError.unrepresentable(
          format: "jsonl", item: relation.id.rawValue,
          reason: "confidence \(provenance.confidence) is not a finite number")
      }
      key("rule"); string(provenance.rule)
      key("sentence"); write(provenance.sentence)
      key("span"); write(provenance.span)
      close()
    }
    closeArray()
    key("subject"); string(relation.subject.rawValue)
    key("weight"); integer(relation.weight)
    close()
  }

  mutating func write(_ summary: GraphSummary) {
    open()
    key("entities"); integer(summary.entities)
    key("entitiesByKind"); write(summary.entitiesByKind)
    key("mentions"); integer(summary.mentions)
    key("relations"); integer(summary.relations)
    key("relationsByPredicate"); write(summary.relationsByPredicate)
    key("sentences"); integer(summary.sentences)
    key("sources"); integer(summary.sources)
    close()
  }

  private mutating func write(_ counts: [String: Int]) {
    open()
    for name in counts.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
      key(name); integer(counts[name]!)
    }
    close()
  }

  private mutating func write(_ object: RelationObject) {
    open()
    switch object {
    case .entity(let id): key("entity"); payload { $0.string(id.rawValue) }
    case .literal(let literal): key("literal"); payload { $0.write(literal) }
    case .source(let id): key("source"); payload { $0.string(id.rawValue) }
    }
    close()
  }

  private mutating func write(_ literal: Literal) {
    open()
    switch literal {
    case .date(let date): key("date"); payload { $0.write(date) }
    case .integer(let value): key("integer"); payload { $0.integer(value) }
    case .string(let text): key("string"); payload { $0.string(text) }
    }
    close()
  }

  private mutating func write(_ date: CalendarDate) {
    open()
    if let day = date.day { key("day"); integer(day) }
    if let month = date.month { key("month"); integer(month) }
    key("year"); integer(date.year)
    close()
  }

  private mutating func write(_ span: SourceSpan) {
    open()
    key("column"); integer(span.column)
    key("endByte"); integer(span.endByte)
    key("line"); integer(span.line)
    key("startByte"); integer(span.startByte)
    close()
  }

  /// A sentence id as its raw string, `source-…-s12`, without building that string.
  private mutating func write(_ id: SentenceID) {
    string(id.source.rawValue, suffix: "-s", id.ordinal)
  }

  /// The unlabeled payload of an enum case: `{"_0":…}`.
  private mutating func payload(_ value: (inout JSONWriter) -> Void) {
    open()
    key("_0")
    value(&self)
    close()
  }
}

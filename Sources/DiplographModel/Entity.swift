/// A real thing the texts speak of, with every name it goes by and every place it is named.
public struct Entity: Hashable, Sendable, Codable {
  public let id: EntityID
  /// The most specific class known; its top class is fixed by the id.
  public var kind: EntityKind
  /// The canonical name, as printed in the source (original widths), in Chinese.
  public var label: String
  /// Every other surface form, sorted by UTF-8 bytes, without `label`.
  public var aliases: [String]
  /// Names in other languages where a gazetteer knows them (`en`, `ru`), sorted by language.
  public var names: [LocalizedName]
  /// Typed values beside the name, sorted by key.
  public var attributes: [Attribute]
  /// Every mention, sorted by sentence and span.
  public var mentions: [Mention]

  /// An entity whose id derives from its label.
  public init(
    kind: EntityKind, label: String, aliases: [String] = [], names: [LocalizedName] = [],
    attributes: [Attribute] = [], mentions: [Mention] = []
  ) {
    self.init(
      id: EntityID(kind: kind, canonicalName: label), kind: kind, label: label, aliases: aliases,
      names: names, attributes: attributes, mentions: mentions)
  }

  /// An entity whose id derives from a key other than its label — a gazetteer id, or a matching
  /// key shared by every spelling — so the id does not change with the spelling a corpus happens
  /// to use first. `id` must have been made from a class with the same top class as `kind`.
  public init(
    id: EntityID, kind: EntityKind, label: String, aliases: [String] = [], names: [LocalizedName] = [],
    attributes: [Attribute] = [], mentions: [Mention] = []
  ) {
    self.id = id
    self.kind = kind
    self.label = label
    self.aliases = []
    self.names = []
    self.attributes = []
    self.mentions = []
    addAliases(aliases)
    names.forEach { setName($0) }
    attributes.forEach { setAttribute($0.key, $0.value) }
    addMentions(mentions)
  }

  /// Adds surface forms, keeping `aliases` sorted, unique and free of the label.
  public mutating func addAliases(_ forms: some Sequence<String>) {
    var set = Set(aliases)
    for form in forms where form != label && !form.isEmpty { set.insert(form) }
    aliases = set.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }

  public mutating func setName(_ name: LocalizedName) {
    names.removeAll { $0.language == name.language }
    names.append(name)
    names.sort { $0.language < $1.language }
  }

  public mutating func setAttribute(_ key: AttributeKey, _ value: Literal) {
    attributes.removeAll { $0.key == key }
    attributes.append(Attribute(key: key, value: value))
    attributes.sort { $0.key.rawValue < $1.key.rawValue }
  }

  public func attribute(_ key: AttributeKey) -> Literal? {
    attributes.first { $0.key == key }?.value
  }

  /// Adds mentions, keeping `mentions` sorted and unique. Mentions gathered document by
  /// document come sorted per source and are only put in order by source, as attestations are
  /// in `Relation.merge`.
  @inlinable
  public mutating func addMentions(_ more: some Sequence<Mention>) {
    mentions = (mentions + more).sortedUnique(groupedBy: { $0.source })
  }
}

/// A name in a language other than Chinese: `LocalizedName(language: "en", text: "Russia")`.
public struct LocalizedName: Hashable, Sendable, Codable {
  /// A BCP 47 tag: `en`, `ru`.
  public let language: String
  public let text: String

  public init(language: String, text: String) {
    self.language = language
    self.text = text
  }
}

/// The typed values an entity may carry besides names. A closed set, so every export can declare
/// its keys up front and the ontology names each one.
public enum AttributeKey: String, CaseIterable, Sendable, Codable {
  /// The Wikidata item, `Q148`.
  case wikidata
  /// ISO 3166-1 alpha-2 code of a country, `CN`.
  case isoCode
  /// The ordinal of a recurring event or session: 27 for 第二十七次.
  case ordinal
  /// The English abbreviation a text gives in parentheses: `AUKUS`.
  case acronym
}

public struct Attribute: Hashable, Sendable, Codable {
  public let key: AttributeKey
  public let value: Literal

  public init(key: AttributeKey, value: Literal) {
    self.key = key
    self.value = value
  }
}

/// One place where an entity is named.
public struct Mention: Hashable, Comparable, Sendable, Codable {
  public let sentence: SentenceID
  public let span: SourceSpan
  /// The text as it stands in the source (original widths, line breaks removed).
  public let surface: String
  /// The rule that found it, e.g. `title`, `org-suffix`, `gazetteer`.
  public let rule: String

  public var source: SourceID { sentence.source }

  public init(sentence: SentenceID, span: SourceSpan, surface: String, rule: String) {
    self.sentence = sentence
    self.span = span
    self.surface = surface
    self.rule = rule
  }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    // What comparing the tuples (sentence, span, rule) means, without building them: the tuples
    // copied both sentence ids and rules, a retain and a release each, on every comparison of
    // every sort of mentions and attestations.
    if lhs.sentence != rhs.sentence { return lhs.sentence < rhs.sentence }
    if lhs.span != rhs.span { return lhs.span < rhs.span }
    return lhs.rule < rhs.rule
  }
}

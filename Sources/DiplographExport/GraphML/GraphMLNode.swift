import DiplographModel

/// A node ready to be written: its id, its `<data>` values in key order and what yEd draws for
/// it. Building one is pure; `GraphMLExporter` decides when to write it. (Edges are written
/// as they are built: `GraphMLEdge`.)
struct GraphMLNode: Equatable {
  var id: String
  var data: [Datum] = []
  /// The legend class yEd colors the node by (`ClassStyle.name`).
  var styleName: String

  struct Datum: Equatable {
    let key: GraphMLKey
    let value: String
  }

  init(id: String, styleName: String) {
    self.id = id
    self.styleName = styleName
    data.reserveCapacity(16)
  }

  mutating func add(_ key: GraphMLKey, _ value: String) {
    if !value.isEmpty { data.append(Datum(key: key, value: value)) }
  }

  mutating func add(_ key: GraphMLKey, _ value: Int) { add(key, String(value)) }

  /// The value written for `label`, which yEd draws inside the node.
  var label: String { data.first { $0.key.name == "label" }?.value ?? "" }

  /// How error messages name it: `entity document-… (中俄睦邻友好合作条约)`. Built only when
  /// needed, since almost every node is written without error.
  var description: String {
    if styleName == ClassStyle.source.name { return "source \(id) (\(GraphMLItems.shortened(label)))" }
    return GraphMLItems.entityDescription(id: id, label: label)
  }
}

/// Turns model values into `GraphMLNode`s; what nodes and edges share.
enum GraphMLItems {
  /// Joins `aliases` and multi-valued literal facts (two `date`s of one event). The same bar the
  /// gazetteers use between surface forms; a value that contains it is refused, since a reader
  /// splitting on it would get the wrong list.
  static let separator = "|"

  static func node(_ source: SourceDocument) -> GraphMLNode {
    var item = GraphMLNode(id: source.id.rawValue, styleName: ClassStyle.source.name)
    let label = source.title ?? source.path
    item.add(GraphMLKeys.label, label)
    item.add(GraphMLKeys.name, label)
    item.add(GraphMLKeys.type, ClassStyle.source.name)
    item.add(GraphMLKeys.topClass, ClassStyle.source.name)
    item.add(GraphMLKeys.path, source.path)
    item.add(GraphMLKeys.sentenceTotal, source.sentences.count)
    return item
  }

  static func node(_ entity: Entity, sentences: SentenceIndex) throws -> GraphMLNode {
    let description = { entityDescription(id: entity.id.rawValue, label: entity.label) }
    var item = GraphMLNode(id: entity.id.rawValue, styleName: styleNames[entity.kind]!)
    item.add(GraphMLKeys.label, entity.label)
    item.add(GraphMLKeys.name, entity.label)
    item.add(GraphMLKeys.type, entity.kind.rawValue)
    item.add(GraphMLKeys.topClass, entity.kind.top.rawValue)
    item.add(GraphMLKeys.aliases, try joined(entity.aliases, what: "alias", of: description()))
    for name in entity.names {
      guard let key = GraphMLKeys.nameKeys[name.language] else {
        throw unrepresentable(description(), "a name in '\(name.language)'; GraphML has keys for en and ru only")
      }
      item.add(key, name.text)
    }
    for attribute in entity.attributes {
      let key = GraphMLKeys.attribute(attribute.key)
      if key.type == .int {
        guard case .integer = attribute.value else {
          throw unrepresentable(
            description(), "\(attribute.key.rawValue) '\(attribute.value.lexicalForm)' is not an integer")
        }
      }
      item.add(key, attribute.value.lexicalForm)
    }
    item.add(GraphMLKeys.mentionCount, entity.mentions.count)
    item.add(GraphMLKeys.sourceCount, distinctSourceCount(entity.mentions))
    if let first = entity.mentions.first {
      guard let sentence = sentences.lookup(first.sentence) else {
        throw missingSentence(first.sentence, citedBy: description())
      }
      item.add(GraphMLKeys.nodeEvidence, sentence.text)
      item.add(GraphMLKeys.nodeEvidenceSource, sentence.path)
      item.add(GraphMLKeys.nodeEvidenceLine, first.span.line)
      item.add(GraphMLKeys.nodeRule, first.rule)
    }
    return item
  }

  /// `ClassStyle.of(kind).name` for every kind, looked up once.
  private static let styleNames = Dictionary(
    uniqueKeysWithValues: EntityKind.allCases.map { ($0, ClassStyle.of($0).name) })

  /// How error messages name an entity's node: `entity document-… (中俄睦邻友好合作条约)`.
  static func entityDescription(id: String, label: String) -> String {
    "entity \(id) (\(shortened(label)))"
  }

  /// How many files mention the entity. Mentions come grouped by file, so only a change of file
  /// is looked up in the set.
  static func distinctSourceCount(_ mentions: [Mention]) -> Int {
    var sources: Set<SourceID> = []
    var previous: SourceID?
    for mention in mentions where mention.source != previous {
      sources.insert(mention.source)
      previous = mention.source
    }
    return sources.count
  }

  /// How many sentences state the fact. Nearly every fact has one or two, so they are compared
  /// pairwise rather than hashed into a set.
  static func distinctSentenceCount(_ provenance: [Provenance]) -> Int {
    if provenance.count < 2 { return provenance.count }
    if provenance.count > 8 { return Set(provenance.map(\.sentence)).count }
    var count = 0
    for (index, item) in provenance.enumerated()
    where !provenance[..<index].contains(where: { $0.sentence == item.sentence }) {
      count += 1
    }
    return count
  }

  /// Joins values with `separator`, refusing one that contains it.
  static func joined(_ values: [String], what: String, of description: @autoclosure () -> String) throws -> String {
    if let bad = values.first(where: { $0.contains(separator) }) {
      throw unrepresentable(description(), "\(what) '\(shortened(bad))' contains the separator '\(separator)'")
    }
    return values.joined(separator: separator)
  }

  /// At most 40 characters, with characters XML forbids shown as U+FFFD, for error messages.
  static func shortened(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars.prefix(40) {
      scalars.append(XMLCharacters.isAllowed(scalar) && scalar.value >= 0x20 ? scalar : "\u{FFFD}")
    }
    return String(scalars) + (text.unicodeScalars.count > 40 ? "…" : "")
  }

  private static func unrepresentable(_ item: String, _ reason: String) -> ExportError {
    .unrepresentable(format: "graphml", item: item, reason: reason)
  }

  static func missingSentence(_ sentence: SentenceID, citedBy item: String) -> ExportError {
    .protocolViolation("\(item) cites sentence \(sentence.rawValue), which no source event carried")
  }
}

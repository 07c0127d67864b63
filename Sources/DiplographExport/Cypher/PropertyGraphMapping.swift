import DiplographModel

/// Turns the model's sources, entities and relations into property-graph nodes and
/// relationships; pure, one item at a time, so exporters stream.
///
/// - A source is `(:Source {id, path, title, encoding, byteCount})`; each sentence is
///   `(:Sentence {id, source, ordinal, paragraph, text, startByte, endByte, line, column,
///   repeatOf})` with `(:Sentence)-[:IN_SOURCE]->(:Source)`.
/// - An entity is `(:Entity:<Top>:<Kind> {id, name, kind, aliases, name_en, name_ru,
///   otherNames, <attributes>})`; each mention is `(:Sentence)-[:MENTIONS {id, surface, rule,
///   startByte, endByte, line, column}]->(:Entity)`.
/// - A fact is `-[:<Predicate.cypherType> {id, weight, confidence, sentences, sources,
///   startBytes, endBytes, lines, columns, rules, confidences}]->`, the lists parallel, one entry
///   per supporting sentence; its object is an entity, a source, or a literal node
///   `(:Literal:Date {id: "date-2021-06-28", value, date, year, month, day, precision})`,
///   `(:Literal:Number {id, value})` or `(:Literal:Text {id, value})`.
///
/// Empty lists and absent values are left out (bulk import cannot tell an empty list from none).
enum PropertyGraphMapping {
  /// Localized names with a property of their own; others go to `otherNames` as `lang:text`.
  static let nameLanguages = ["en", "ru"]

  static func node(for source: SourceDocument) -> PropertyNode {
    var properties: [Property] = [Property("path", .string(source.path))]
    if let title = source.title { properties.append(Property("title", .string(title))) }
    properties.append(Property("encoding", .string(source.encoding)))
    properties.append(Property("byteCount", .integer(source.byteCount)))
    return PropertyNode(key: .source, id: source.id.rawValue, extraLabels: [], properties: properties)
  }

  static func node(for sentence: Sentence) -> PropertyNode {
    var properties: [Property] = [
      Property("source", .string(sentence.id.source.rawValue)),
      Property("ordinal", .integer(sentence.id.ordinal)),
      Property("paragraph", .integer(sentence.paragraph)),
      Property("text", .string(sentence.text)),
    ]
    appendSpanProperties(sentence.span, to: &properties)
    if let repeatOf = sentence.repeatOf { properties.append(Property("repeatOf", .string(repeatOf.rawValue))) }
    return PropertyNode(key: .sentence, id: sentence.id.rawValue, extraLabels: [], properties: properties)
  }

  static func inSource(_ sentence: Sentence) -> PropertyRelationship {
    PropertyRelationship(
      type: StructuralType.inSource, start: NodeReference(key: .sentence, id: sentence.id.rawValue),
      end: NodeReference(key: .source, id: sentence.id.source.rawValue), id: nil, properties: [])
  }

  static func node(for entity: Entity) -> PropertyNode {
    var properties: [Property] = [
      Property("name", .string(entity.label)), Property("kind", .string(entity.kind.rawValue)),
    ]
    if !entity.aliases.isEmpty { properties.append(Property("aliases", .strings(entity.aliases))) }
    var otherNames: [String] = []
    for name in entity.names {
      if nameLanguages.contains(name.language) {
        properties.append(Property("name_" + name.language, .string(name.text)))
      } else {
        otherNames.append(name.language + ":" + name.text)
      }
    }
    if !otherNames.isEmpty { properties.append(Property("otherNames", .strings(otherNames))) }
    for attribute in entity.attributes {
      properties.append(Property(attribute.key.rawValue, value(of: attribute.value)))
    }
    let lineage = entity.kind.lineage.reversed().map(\.rawValue)
    return PropertyNode(key: .entity, id: entity.id.rawValue, extraLabels: lineage, properties: properties)
  }

  static func mention(_ mention: Mention, of entity: EntityID) -> PropertyRelationship {
    let span = mention.span
    let sentence = mention.sentence.rawValue
    // StableHash.hex(entity, sentence, startByte, endByte, rule), without spelling the fields.
    var hash = StableHash()
    hash.combine(entity.rawValue)
    hash.separate()
    hash.combine(sentence: mention.sentence, span: span, rule: mention.rule)
    let id = "mention-" + StableHash.hex(hash.value)
    var properties: [Property] = [Property("surface", .string(mention.surface)), Property("rule", .string(mention.rule))]
    appendSpanProperties(span, to: &properties)
    return PropertyRelationship(
      type: StructuralType.mentions, start: NodeReference(key: .sentence, id: sentence),
      end: NodeReference(key: .entity, id: entity.rawValue), id: id, properties: properties)
  }

  /// The relationship for a fact, and the literal node it points to when its object is a value.
  static func relationship(for relation: Relation) throws -> (PropertyRelationship, literal: PropertyNode?) {
    let end: NodeReference
    var literalNode: PropertyNode?
    switch relation.object {
    case .entity(let id): end = NodeReference(key: .entity, id: id.rawValue)
    case .source(let id): end = NodeReference(key: .source, id: id.rawValue)
    case .literal(let literal):
      let node = self.node(for: literal)
      end = NodeReference(key: .literal, id: node.id)
      literalNode = node
    }
    var properties: [Property] = [
      Property("weight", .integer(relation.weight)), Property("confidence", .double(try confidence(relation.confidence, relation))),
    ]
    let provenance = relation.provenance
    if !provenance.isEmpty {
      for entry in provenance { _ = try confidence(entry.confidence, relation) }
      properties.reserveCapacity(properties.count + ProvenanceColumn.allCases.count)
      for column in ProvenanceColumn.allCases { properties.append(Property(column.rawValue, .provenance(column, provenance))) }
    }
    let relationship = PropertyRelationship(
      type: relationshipTypes[relation.predicate]!, start: NodeReference(key: .entity, id: relation.subject.rawValue),
      end: end, id: relation.id.rawValue, properties: properties)
    return (relationship, literalNode)
  }

  /// Literal ids are readable and safe in every index: `date-2021-06-28`, `number-27`, and
  /// `text-<hash>` for text, which may hold anything.
  static func node(for literal: Literal) -> PropertyNode {
    switch literal {
    case .date(let date):
      var properties: [Property] = [Property("value", .string(date.description))]
      if date.precision == .day { properties.append(Property("date", .date(date))) }
      properties.append(Property("year", .integer(date.year)))
      if let month = date.month { properties.append(Property("month", .integer(month))) }
      if let day = date.day { properties.append(Property("day", .integer(day))) }
      properties.append(Property("precision", .string(precisionName(date.precision))))
      return PropertyNode(key: .literal, id: "date-" + date.description, extraLabels: ["Date"], properties: properties)
    case .integer(let value):
      return PropertyNode(
        key: .literal, id: "number-" + String(value), extraLabels: ["Number"], properties: [Property("value", .integer(value))])
    case .string(let text):
      return PropertyNode(
        key: .literal, id: "text-" + StableHash.hex(text), extraLabels: ["Text"], properties: [Property("value", .string(text))])
    }
  }

  /// Day-precision dates become date values; a year or a month stays a string, because every
  /// engine's `date('2021')` would invent January the first.
  static func value(of literal: Literal) -> PropertyValue {
    switch literal {
    case .date(let date): return date.precision == .day ? .date(date) : .string(date.description)
    case .integer(let value): return .integer(value)
    case .string(let text): return .string(text)
    }
  }

  /// `Predicate.cypherType` spells its type scalar by scalar; it is looked up once per predicate.
  private static let relationshipTypes = Dictionary(uniqueKeysWithValues: Predicate.allCases.map { ($0, $0.cypherType) })

  private static func appendSpanProperties(_ span: SourceSpan, to properties: inout [Property]) {
    properties.append(Property("startByte", .integer(span.startByte)))
    properties.append(Property("endByte", .integer(span.endByte)))
    properties.append(Property("line", .integer(span.line)))
    properties.append(Property("column", .integer(span.column)))
  }

  private static func precisionName(_ precision: CalendarDate.Precision) -> String {
    switch precision {
    case .day: return "day"
    case .month: return "month"
    case .year: return "year"
    }
  }

  /// Confidences are probabilities; NaN or infinity has no literal in Cypher or CSV.
  private static func confidence(_ value: Double, _ relation: Relation) throws -> Double {
    guard value.isFinite else {
      throw ExportError.unrepresentable(
        format: "cypher", item: relation.id.rawValue, reason: "confidence \(value) is not a finite number")
    }
    return value
  }
}

/// An in-memory graph: sources, entities and relations, keyed by their ids.
///
/// Adding the same fact twice merges its provenance, so builders can add as they read.
public struct Graph: Sendable {
  public private(set) var sources = IDTable<SourceDocument>()
  public private(set) var entities = IDTable<Entity>()
  public private(set) var relations = IDTable<Relation>()

  public init() {}

  /// A graph of values already merged, each id once (checked): a builder hands over its lists
  /// without a copy.
  public init(sources: [SourceDocument], entities: [Entity], relations: [Relation]) {
    self.sources = IDTable(uniqueValues: sources)
    self.entities = IDTable(uniqueValues: entities)
    self.relations = IDTable(uniqueValues: relations)
  }

  public mutating func add(_ source: SourceDocument) { sources.insert(source) { $0 = $1 } }

  /// Adds an entity, or merges aliases, names, attributes and mentions into the one with its id.
  public mutating func add(_ entity: Entity) {
    entities.insert(entity) { existing, entity in
      existing.addAliases(entity.aliases)
      if existing.label != entity.label { existing.addAliases([entity.label]) }
      for name in entity.names where !existing.names.contains(where: { $0.language == name.language }) {
        existing.setName(name)
      }
      for attribute in entity.attributes where existing.attribute(attribute.key) == nil {
        existing.setAttribute(attribute.key, attribute.value)
      }
      existing.addMentions(entity.mentions)
    }
  }

  /// Adds a relation, or merges its weight and provenance into the same fact.
  public mutating func add(_ relation: Relation) { relations.insert(relation) { $0.merge($1) } }

  // The schema and the summary read the tables' storage field by field: iterating the values
  // copied every entity and relation whole, a retain and a release for each of their fields.

  public var schema: GraphSchema {
    var kinds: Set<EntityKind> = []
    var attributeKeys: Set<AttributeKey> = []
    for index in entities.storage.indices {
      kinds.insert(entities.storage[index].kind)
      for attribute in entities.storage[index].attributes { attributeKeys.insert(attribute.key) }
    }
    var predicates: Set<Predicate> = []
    for index in relations.storage.indices { predicates.insert(relations.storage[index].predicate) }
    return GraphSchema(
      kinds: kinds.sorted { $0.rawValue < $1.rawValue },
      predicates: predicates.sorted { $0.rawValue < $1.rawValue },
      attributeKeys: attributeKeys.sorted { $0.rawValue < $1.rawValue })
  }

  public var summary: GraphSummary {
    var summary = GraphSummary()
    summary.sources = sources.count
    summary.entities = entities.count
    summary.relations = relations.count
    for index in sources.storage.indices { summary.sentences += sources.storage[index].sentences.count }
    var kinds: [EntityKind: Int] = [:]
    for index in entities.storage.indices {
      summary.mentions += entities.storage[index].mentions.count
      kinds[entities.storage[index].kind, default: 0] += 1
    }
    var predicates: [Predicate: Int] = [:]
    for index in relations.storage.indices { predicates[relations.storage[index].predicate, default: 0] += 1 }
    for (kind, count) in kinds { summary.entitiesByKind[kind.rawValue] = count }
    for (predicate, count) in predicates { summary.relationsByPredicate[predicate.rawValue] = count }
    return summary
  }

  /// Hands the graph to a sink in the order `GraphEvent` promises: same graph, same events.
  public func stream(into sink: inout some GraphSink) throws {
    try stream(into: &sink, order: streamOrder())
  }

  /// Streams in an order computed once by `streamOrder()`, for a graph that several sinks read.
  public func stream(into sink: inout some GraphSink, order: StreamOrder) throws {
    try sink.consume(.begin(order.schema))
    for position in order.sources { try sink.consume(.source(sources.storage[position])) }
    for position in order.entities { try sink.consume(.entity(entities.storage[position])) }
    for position in order.relations { try sink.consume(.relation(relations.storage[position])) }
    try sink.consume(.end(order.summary))
  }

  /// The values' places sorted by id, with the schema and summary: what every stream of this
  /// graph begins with. Sorting a large graph's ids costs seconds; writing eight formats should
  /// pay it once. Places, not ids, so that no format looks a value up by its id again.
  public func streamOrder() -> StreamOrder {
    StreamOrder(
      sources: Self.placesByID(sources), entities: Self.placesByID(entities), relations: Self.placesByID(relations),
      schema: schema, summary: summary)
  }

  private static func placesByID<Value>(_ table: IDTable<Value>) -> [Int] where Value.ID: Comparable {
    let ids = table.storage.map(\.id)
    return ids.indices.sorted { ids[$0] < ids[$1] }
  }

  /// The order of one graph's stream; only meaningful for the graph that made it.
  public struct StreamOrder: Sendable {
    let sources: [Int]
    let entities: [Int]
    let relations: [Int]
    let schema: GraphSchema
    let summary: GraphSummary
  }
}

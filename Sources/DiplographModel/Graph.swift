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

  public var schema: GraphSchema {
    GraphSchema(
      kinds: Set(entities.values.map(\.kind)).sorted { $0.rawValue < $1.rawValue },
      predicates: Set(relations.values.map(\.predicate)).sorted { $0.rawValue < $1.rawValue },
      attributeKeys: Set(entities.values.flatMap { $0.attributes.map(\.key) }).sorted { $0.rawValue < $1.rawValue })
  }

  public var summary: GraphSummary {
    var summary = GraphSummary()
    summary.sources = sources.count
    summary.sentences = sources.values.reduce(0) { $0 + $1.sentences.count }
    summary.entities = entities.count
    summary.relations = relations.count
    for entity in entities.values {
      summary.mentions += entity.mentions.count
      summary.entitiesByKind[entity.kind.rawValue, default: 0] += 1
    }
    for relation in relations.values {
      summary.relationsByPredicate[relation.predicate.rawValue, default: 0] += 1
    }
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

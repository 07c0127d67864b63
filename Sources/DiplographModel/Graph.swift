/// An in-memory graph: sources, entities and relations, keyed by their ids.
///
/// Adding the same fact twice merges its provenance, so builders can add as they read.
public struct Graph: Sendable {
  public private(set) var sources: [SourceID: SourceDocument] = [:]
  public private(set) var entities: [EntityID: Entity] = [:]
  public private(set) var relations: [RelationID: Relation] = [:]

  public init() {}

  /// Room for this many of each, so a graph built at once does not grow its tables step by step:
  /// each growth holds the old table and the new one, twice the size, at the same time.
  public mutating func reserveCapacity(sources: Int, entities: Int, relations: Int) {
    self.sources.reserveCapacity(sources)
    self.entities.reserveCapacity(entities)
    self.relations.reserveCapacity(relations)
  }

  public mutating func add(_ source: SourceDocument) { sources[source.id] = source }

  /// Adds an entity, or merges aliases, names, attributes and mentions into the one with its id.
  public mutating func add(_ entity: Entity) {
    guard var existing = entities[entity.id] else {
      entities[entity.id] = entity
      return
    }
    existing.addAliases(entity.aliases)
    if existing.label != entity.label { existing.addAliases([entity.label]) }
    for name in entity.names where !existing.names.contains(where: { $0.language == name.language }) {
      existing.setName(name)
    }
    for attribute in entity.attributes where existing.attribute(attribute.key) == nil {
      existing.setAttribute(attribute.key, attribute.value)
    }
    existing.addMentions(entity.mentions)
    entities[entity.id] = existing
  }

  /// Adds a relation, or merges its weight and provenance into the same fact.
  public mutating func add(_ relation: Relation) {
    if var existing = relations[relation.id] {
      existing.merge(relation)
      relations[relation.id] = existing
    } else {
      relations[relation.id] = relation
    }
  }

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
    for id in order.sources { try sink.consume(.source(sources[id]!)) }
    for id in order.entities { try sink.consume(.entity(entities[id]!)) }
    for id in order.relations { try sink.consume(.relation(relations[id]!)) }
    try sink.consume(.end(order.summary))
  }

  /// The ids sorted, with the schema and summary: what every stream of this graph begins with.
  /// Sorting a large graph's ids costs seconds; writing eight formats should pay it once.
  public func streamOrder() -> StreamOrder {
    StreamOrder(
      sources: sources.keys.sorted(), entities: entities.keys.sorted(), relations: relations.keys.sorted(),
      schema: schema, summary: summary)
  }

  /// The order of one graph's stream; only meaningful for the graph that made it.
  public struct StreamOrder: Sendable {
    let sources: [SourceID]
    let entities: [EntityID]
    let relations: [RelationID]
    let schema: GraphSchema
    let summary: GraphSummary
  }
}

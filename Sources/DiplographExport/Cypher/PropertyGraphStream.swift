import DiplographModel

/// Receives the property graph one node or relationship at a time.
protocol PropertyGraphWriter {
  mutating func add(_ node: PropertyNode) throws
  mutating func add(_ relationship: PropertyRelationship) throws
}

/// Turns `GraphEvent`s into property-graph items in the order a loader needs them: a source,
/// then its sentences and their `IN_SOURCE` links; an entity, then its mentions; a fact, after
/// the literal node it points to (each literal once). Shared by the Cypher and CSV exporters, so
/// both hold the same graph.
struct PropertyGraphStream {
  private let includeStatisticalEdges: Bool
  private var stage = Stage.start
  /// Literal nodes already written; few (one per distinct date), so kept.
  private var literalIDs: Set<String> = []

  init(includeStatisticalEdges: Bool) {
    self.includeStatisticalEdges = includeStatisticalEdges
  }

  /// Checks the event's place in the stream and hands its items to `writer`.
  mutating func feed(_ event: GraphEvent, into writer: inout some PropertyGraphWriter) throws {
    try stage.advance(to: event)
    switch event {
    case .begin, .end: break
    case .source(let source):
      try writer.add(PropertyGraphMapping.node(for: source))
      for sentence in source.sentences {
        try writer.add(PropertyGraphMapping.node(for: sentence))
        try writer.add(PropertyGraphMapping.inSource(sentence))
      }
    case .entity(let entity):
      try writer.add(PropertyGraphMapping.node(for: entity))
      for mention in entity.mentions { try writer.add(PropertyGraphMapping.mention(mention, of: entity.id)) }
    case .relation(let relation):
      guard includeStatisticalEdges || !relation.predicate.isStatistical else { return }
      let (relationship, literal) = try PropertyGraphMapping.relationship(for: relation)
      if let literal, literalIDs.insert(literal.id).inserted { try writer.add(literal) }
      try writer.add(relationship)
    }
  }
}

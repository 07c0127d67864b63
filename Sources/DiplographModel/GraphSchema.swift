/// What a stream will contain, told before the first node so a writer can declare it up front:
/// GraphML's `<key>`s, RDF/XML's namespaces, Cypher's labels and indexes.
public struct GraphSchema: Hashable, Sendable {
  /// Classes used by at least one entity, with every ancestor, in declaration order.
  public let kinds: [EntityKind]
  /// Predicates used by at least one relation, in declaration order.
  public let predicates: [Predicate]
  /// Attribute keys used by at least one entity, in declaration order.
  public let attributeKeys: [AttributeKey]

  public init(kinds: [EntityKind], predicates: [Predicate], attributeKeys: [AttributeKey]) {
    let kindSet = Set(kinds.flatMap(\.lineage))
    self.kinds = EntityKind.allCases.filter(kindSet.contains)
    let predicateSet = Set(predicates)
    self.predicates = Predicate.allCases.filter(predicateSet.contains)
    let keySet = Set(attributeKeys)
    self.attributeKeys = AttributeKey.allCases.filter(keySet.contains)
  }

  /// Everything the model can express.
  public static let complete = GraphSchema(
    kinds: EntityKind.allCases, predicates: Predicate.allCases, attributeKeys: AttributeKey.allCases)
}

/// Counts a stream ends with, so a sink can report what it wrote and a test can compare.
public struct GraphSummary: Hashable, Sendable, Codable {
  public var sources = 0
  public var sentences = 0
  public var entities = 0
  public var mentions = 0
  public var relations = 0
  /// Relations per predicate raw value.
  public var relationsByPredicate: [String: Int] = [:]
  /// Entities per class raw value.
  public var entitiesByKind: [String: Int] = [:]

  public init() {}
}

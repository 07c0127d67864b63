/// A directed fact `subject predicate object`, with every sentence that states it.
public struct Relation: Hashable, Sendable, Codable {
  public let id: RelationID
  public let subject: EntityID
  public let predicate: Predicate
  public let object: RelationObject
  /// How many times the fact is attested: sentences for a fact or co-occurrence, mentions for
  /// `mentionedIn`.
  public var weight: Int
  /// One entry per supporting sentence and rule, sorted; the first is the earliest.
  public var provenance: [Provenance]

  public init(
    subject: EntityID, predicate: Predicate, object: RelationObject, weight: Int = 1,
    provenance: [Provenance] = []
  ) {
    self.id = RelationID(subject: subject, predicate: predicate, object: object)
    self.subject = subject
    self.predicate = predicate
    self.object = object
    self.weight = weight
    self.provenance = provenance.sortedUnique()
  }

  /// Folds another attestation of the same fact into this one.
  public mutating func merge(_ other: Relation) {
    precondition(other.id == id, "merging different facts")
    merge(weight: other.weight, provenance: other.provenance)
  }

  /// Folds in the weight and attestations of later statements of this fact, gathered apart.
  public mutating func merge(weight more: Int, provenance attestations: [Provenance]) {
    weight += more
    provenance = (provenance + attestations).sortedUnique(groupedBy: { $0.source })
  }

  /// The highest confidence among the rules that produced it.
  public var confidence: Double { provenance.map(\.confidence).max() ?? 1 }
}

/// What a fact points at: another entity, a typed literal, or a source file.
public enum RelationObject: Hashable, Comparable, Sendable, Codable {
  case entity(EntityID)
  case literal(Literal)
  case source(SourceID)

  /// A string that tells objects apart, used to derive relation ids.
  public var key: String {
    switch self {
    case .entity(let id): return "e:" + id.rawValue
    case .source(let id): return "s:" + id.rawValue
    case .literal(.date(let date)): return "d:" + date.description
    case .literal(.integer(let value)): return "i:" + String(value)
    case .literal(.string(let text)): return "t:" + text
    }
  }

  public var entity: EntityID? {
    if case .entity(let id) = self { return id }
    return nil
  }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.key.utf8.lexicographicallyPrecedes(rhs.key.utf8) }
}

/// Counts for one type: what the extractor found, what the gold holds, what they share.
public struct Score: Sendable {
  public var predicted = 0
  public var gold = 0
  public var matchedPredicted = 0
  public var matchedGold = 0

  public init() {}

  public var precision: Double { predicted == 0 ? (gold == 0 ? 1 : 0) : Double(matchedPredicted) / Double(predicted) }
  public var recall: Double { gold == 0 ? (predicted == 0 ? 1 : 0) : Double(matchedGold) / Double(gold) }
  public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

  public static func + (lhs: Score, rhs: Score) -> Score {
    var sum = Score()
    sum.predicted = lhs.predicted + rhs.predicted
    sum.gold = lhs.gold + rhs.gold
    sum.matchedPredicted = lhs.matchedPredicted + rhs.matchedPredicted
    sum.matchedGold = lhs.matchedGold + rhs.matchedGold
    return sum
  }
}

/// Scores per type for entities and relations, with the misses for `--errors`.
public struct EvaluationReport: Sendable {
  public var entities: [String: Score] = [:]
  public var relations: [String: Score] = [:]
  /// `missing: …` (in the gold, not found) and `spurious: …` (found, not in the gold).
  public var errors: [String] = []

  public init() {}

  public mutating func merge(_ other: EvaluationReport) {
    entities.merge(other.entities, uniquingKeysWith: +)
    relations.merge(other.relations, uniquingKeysWith: +)
    errors += other.errors
  }

  public static func total(_ scores: [String: Score]) -> Score { scores.values.reduce(Score(), +) }
}

/// Why the graph holds a fact: the sentence it was read from and the rule that read it.
///
/// A user goes from any edge to `sentence` (whose text and span the stream carries in its
/// `SourceDocument`) and to `span`, the exact characters of the evidence in the source file.
public struct Provenance: Hashable, Comparable, Sendable, Codable {
  public let sentence: SentenceID
  public let span: SourceSpan
  /// The name of the rule that produced the fact, e.g. `title-signing-date`.
  public let rule: String
  /// How often this rule is right, from 0 to 1, where rules differ in reliability.
  public let confidence: Double

  public var source: SourceID { sentence.source }

  public init(sentence: SentenceID, span: SourceSpan, rule: String, confidence: Double) {
    self.sentence = sentence
    self.span = span
    self.rule = rule
    self.confidence = confidence
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

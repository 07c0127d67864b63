import DiplographModel
import DiplographText

/// A name in a sentence with the entity it was resolved to.
struct ResolvedMention {
  let candidate: Candidate
  let id: EntityID
  let kind: EntityKind

  var range: Range<Int> { candidate.range }
}

extension Array where Element == ResolvedMention {
  /// The mentions no other mention holds: the title, not the names in it.
  var outermost: [ResolvedMention] {
    filter { m in !contains { $0.range != m.range && $0.range.contains(m.range) } }
  }
}

/// One sentence with what was found in it, ready for the relation rules.
///
/// A class: the rules pass sentences around and loop over them dozens of times per document, and
/// copying the struct retained each of its arrays every time.
final class ResolvedSentence {
  let sentence: SentenceText
  let text: ScalarText
  let mentions: [ResolvedMention]
  let raw: SentenceMentions

  init(sentence: SentenceText, text: ScalarText, mentions: [ResolvedMention], raw: SentenceMentions) {
    self.sentence = sentence
    self.text = text
    self.mentions = mentions
    self.raw = raw
  }

  func mention(_ index: Int) -> ResolvedMention? {
    let candidate = raw.candidates[index]
    return mentions.first { $0.range == candidate.range }
  }

  /// The source span covering `range`, for provenance.
  func span(_ range: Range<Int>) -> SourceSpan { sentence.span(of: range) }

  func span(covering mentions: ResolvedMention...) -> SourceSpan {
    let lower = mentions.map(\.range.lowerBound).min() ?? 0
    let upper = mentions.map(\.range.upperBound).max() ?? 0
    return sentence.span(of: lower..<upper)
  }
}

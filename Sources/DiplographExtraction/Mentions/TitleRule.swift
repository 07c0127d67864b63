import DiplographModel

/// `《…》` titles, with `〈…〉` titles nested in them as documents of their own.
enum TitleRule {
  static func candidates(in text: ScalarText) -> [Candidate] {
    var found: [Candidate] = []
    var open: [(scalar: Unicode.Scalar, index: Int)] = []
    for index in 0..<text.count {
      switch text[index] {
      case "《", "〈":
        open.append((text[index], index))
      case "》", "〉":
        let opener: Unicode.Scalar = text[index] == "》" ? "《" : "〈"
        // An unbalanced mark closes nothing: drop openers until the matching one.
        guard let position = open.lastIndex(where: { $0.scalar == opener }) else { continue }
        let start = open[position].index + 1
        open.removeSubrange(position...)
        guard index - start >= 2, index - start <= 200 else { continue }
        let kind = documentKind(text, start..<index)
        found.append(Candidate(range: start..<index, kind: kind, rule: "title", isContainer: true))
      default:
        continue
      }
    }
    return found
  }

  /// The class a title's head noun gives: 条约 → Treaty; a trailing `（2018—2024年）` or
  /// `（草案）` is not the head.
  static func documentKind(_ text: ScalarText, _ range: Range<Int>) -> EntityKind {
    var end = range.upperBound
    while end > range.lowerBound, text[end - 1] == ")",
      let open = (range.lowerBound..<end).last(where: { text[$0] == "(" })
    {
      end = open
    }
    for (head, kind) in Grammar.documentHeads where text.has(head, endingAt: end) && end - head.count >= range.lowerBound {
      return kind
    }
    return .document
  }
}

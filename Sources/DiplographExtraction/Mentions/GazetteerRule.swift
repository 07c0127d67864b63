import DiplographModel

/// Every gazetteer name in a sentence, longest first and without overlaps among themselves.
enum GazetteerRule {
  static func candidates(in text: ScalarText) -> [Candidate] {
    var found: [Candidate] = []
    // 在华, 访华, 对华: 华 alone is China after a verb or preposition.
    if let china {
      for index in 1..<max(1, text.count) where text[index] == "华" && chinaCues.contains(text[index - 1]) {
        if index + 1 < text.count, ["人", "侨", "裔", "语", "文", "为"].contains(text[index + 1]) { continue }
        found.append(Candidate(range: index..<(index + 1), kind: .country, rule: "short-form", entry: china))
      }
    }
    var index = 0
    while index < text.count {
      if let (length, entry) = text.knownName(at: index), !isPartOfLongerWord(text, index, length, entry) {
        found.append(Candidate(range: index..<(index + length), kind: entry.kind, rule: "gazetteer", entry: entry))
        index += length
      } else {
        index += 1
      }
    }
    return found
  }

  private static let china = Gazetteer.bundled.entry(labelled: "中国")
  private static let chinaCues = ScalarSet(["在", "访", "对", "来", "赴", "驻", "输", "援", "侵"] as [Unicode.Scalar])

  /// `中国` is a state, but `中国人` or `中国家` is not the state's name: a state name
  /// followed by a character that turns it into another word is skipped.
  private static func isPartOfLongerWord(_ text: ScalarText, _ index: Int, _ length: Int, _ entry: GazetteerEntry) -> Bool {
    let end = index + length
    guard end < text.count else { return false }
    if entry.kind == .country, ["人", "籍", "家", "话", "语", "式"].contains(text[end]) { return true }
    // 俄方 is a side; 俄罗斯方面 too, but 美方案 is not 美方.
    if text[end - 1] == "方", ["案", "面", "式", "向", "法", "针"].contains(text[end]) { return true }
    return false
  }
}

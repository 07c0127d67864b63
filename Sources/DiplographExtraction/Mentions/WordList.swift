/// Words indexed by their last scalar, so "does a word end here?" costs one lookup, and most
/// positions, where no word ends, a bit test.
struct WordList {
  private let byLast: [Unicode.Scalar: [(word: [Unicode.Scalar], number: Int)]]
  private let lastScalars: ScalarSet

  /// `number` of a word (see `number(in:endingAt:)`) is its first position in `words`.
  init(_ words: [[Unicode.Scalar]]) {
    var byLast: [Unicode.Scalar: [(word: [Unicode.Scalar], number: Int)]] = [:]
    for (number, word) in words.enumerated() where !word.isEmpty {
      guard !(byLast[word.last!]?.contains { $0.word == word } ?? false) else { continue }
      byLast[word.last!, default: []].append((word, number))
    }
    for key in byLast.keys { byLast[key]!.sort { $0.word.count > $1.word.count } }
    self.byLast = byLast
    lastScalars = ScalarSet(byLast.keys)
  }

  /// The longest word ending just before `index`.
  func word(in text: ScalarText, endingAt index: Int) -> [Unicode.Scalar]? { match(in: text, endingAt: index)?.word }

  /// The position in the list of the longest word ending just before `index`.
  func number(in text: ScalarText, endingAt index: Int) -> Int? { match(in: text, endingAt: index)?.number }

  @inline(__always)
  private func match(in text: ScalarText, endingAt index: Int) -> (word: [Unicode.Scalar], number: Int)? {
    guard index > 0, lastScalars.contains(text[index - 1]), let words = byLast[text[index - 1]] else { return nil }
    return words.first { text.has($0.word, endingAt: index) }
  }
}

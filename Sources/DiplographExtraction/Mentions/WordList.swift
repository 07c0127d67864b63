/// Words indexed by their last scalar, so "does a word end here?" costs one lookup.
struct WordList {
  private let byLast: [Unicode.Scalar: [[Unicode.Scalar]]]

  init(_ words: [[Unicode.Scalar]]) {
    var byLast: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
    for word in words where !word.isEmpty { byLast[word.last!, default: []].append(word) }
    for key in byLast.keys { byLast[key]!.sort { $0.count > $1.count } }
    self.byLast = byLast
  }

  /// The longest word ending just before `index`.
  func word(in text: ScalarText, endingAt index: Int) -> [Unicode.Scalar]? {
    guard index > 0, let words = byLast[text[index - 1]] else { return nil }
    return words.first { text.has($0, endingAt: index) }
  }
}

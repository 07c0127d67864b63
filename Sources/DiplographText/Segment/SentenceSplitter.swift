/// Splits a paragraph into sentences.
///
/// A sentence ends at 。！？； (full or half width) and takes the closing quotes and brackets
/// after it (`。”`), but never inside a 《…》 title. A sentence that runs past `maxLength` scalars
/// without an end (a hostile single line) is cut at its last comma, or hard at the limit, so no
/// later stage sees an unbounded sentence.
enum SentenceSplitter {
  static let maxLength = 4_096

  /// A paragraph kept whole (a heading, a signature line), in pieces of at most `maxLength`
  /// like any sentence, so a hostile heading cannot give an unbounded sentence.
  static func whole(count: Int) -> [Range<Int>] {
    stride(from: 0, to: count, by: maxLength).map { $0..<min($0 + maxLength, count) }
  }

  /// Ranges into `indices`.
  static func split(_ indices: [Int32], in scalars: [Unicode.Scalar]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    var titleDepth = 0
    var lastComma: Int?
    var index = 0
    func close(at end: Int) {
      if end > start { ranges.append(start..<end) }
      start = end
      lastComma = nil
    }
    while index < indices.count {
      let scalar = scalars[Int(indices[index])]
      switch scalar {
      case "《", "〈": titleDepth += 1
      case "》", "〉": titleDepth = max(0, titleDepth - 1)
      case "，", ",", "、": lastComma = index
      default: break
      }
      index += 1
      if ScalarClass.isSentenceEnd(scalar) && titleDepth == 0 {
        // Closers join the sentence only up to the limit: a run of quotes after one `!` is text too.
        while index < indices.count, index - start < maxLength, ScalarClass.isCloser(scalars[Int(indices[index])]) {
          index += 1
        }
        close(at: index)
      } else if index - start >= maxLength {
        close(at: lastComma.map { $0 + 1 } ?? index)
        titleDepth = 0
      }
    }
    close(at: indices.count)
    return ranges.filter { range in !indices[range].allSatisfy { ScalarClass.isSpace(scalars[Int($0)]) } }
  }
}

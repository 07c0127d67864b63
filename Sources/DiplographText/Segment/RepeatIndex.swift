import DiplographModel

/// Finds sentences a document repeats (newspaper pages printed twice, fragments overlapping), so
/// their facts are counted once, from the first copy.
///
/// Sentences are compared by their matching text without spaces and without a list dash. A long
/// sentence (`independentLength` scalars or more) that occurred before is a repeat on its own; a
/// shorter one only inside a paragraph that also repeats a long one, since documents
/// legitimately say short things (`为此，双方商定：`) many times.
struct RepeatIndex {
  static let independentLength = 20
  static let minimumLength = 4
  private var firstByKey: [String: SentenceID] = [:]

  /// For each sentence of a paragraph (its folded scalars and id), the first copy it repeats.
  mutating func repeats(in paragraph: [(scalars: ArraySlice<Unicode.Scalar>, id: SentenceID)]) -> [SentenceID?] {
    let keys = paragraph.map { Self.key($0.scalars) }
    let earlier = keys.map { $0.count >= Self.minimumLength ? firstByKey[$0] : nil }
    let hasLongRepeat = zip(keys, earlier).contains { $0.count >= Self.independentLength && $1 != nil }
    var result: [SentenceID?] = []
    for (index, key) in keys.enumerated() {
      let isRepeat = earlier[index] != nil && (key.count >= Self.independentLength || hasLongRepeat)
      result.append(isRepeat ? earlier[index] : nil)
      if !isRepeat, key.count >= Self.minimumLength, firstByKey[key] == nil { firstByKey[key] = paragraph[index].id }
    }
    return result
  }

  private static func key(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var key = String.UnicodeScalarView()
    for scalar in scalars where !ScalarClass.isSpace(scalar) { key.append(scalar) }
    while key.first == "—" { key.removeFirst() }
    return String(key)
  }
}

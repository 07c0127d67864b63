import DiplographModel

/// Finds sentences a document repeats (newspaper pages printed twice, fragments overlapping), so
/// their facts are counted once, from the first copy.
///
/// Sentences are compared by their matching text without spaces and without a list dash, as
/// strings: canonically equivalent spellings are one sentence. A long sentence
/// (`independentLength` characters or more) that occurred before is a repeat on its own; a
/// shorter one only inside a paragraph that also repeats a long one, since documents
/// legitimately say short things (`为此，双方商定：`) many times.
struct RepeatIndex {
  static let independentLength = 20
  static let minimumLength = 4
  /// First copies by their bytes, while every key is a `PlainKey`.
  private var firstByPlainKey: [PlainKey: SentenceID] = [:]
  /// First copies by string, once a key that is not plain has come: from then on the document's
  /// keys are compared as strings.
  private var firstByKey: [String: SentenceID]?

  /// For each sentence of a paragraph (its folded scalars and id), the first copy it repeats.
  mutating func repeats(in paragraph: [(scalars: ArraySlice<Unicode.Scalar>, id: SentenceID)]) -> [SentenceID?] {
    if firstByKey == nil {
      let keys = paragraph.map { PlainKey($0.scalars) }
      if keys.allSatisfy({ $0 != nil }) {
        return Self.repeats(keys.map { $0! }, ids: paragraph.map(\.id), length: \.count, in: &firstByPlainKey)
      }
      firstByKey = Dictionary(uniqueKeysWithValues: firstByPlainKey.map { (String(decoding: $0.key.bytes, as: UTF8.self), $0.value) })
      firstByPlainKey = [:]
    }
    return Self.repeats(paragraph.map { Self.key($0.scalars) }, ids: paragraph.map(\.id), length: \.count, in: &firstByKey!)
  }

  private static func repeats<Key: Hashable>(
    _ keys: [Key], ids: [SentenceID], length: (Key) -> Int, in firstByKey: inout [Key: SentenceID]
  ) -> [SentenceID?] {
    let lengths = keys.map(length)
    let earlier = keys.indices.map { lengths[$0] >= minimumLength ? firstByKey[keys[$0]] : nil }
    let hasLongRepeat = keys.indices.contains { lengths[$0] >= independentLength && earlier[$0] != nil }
    var result: [SentenceID?] = []
    for index in keys.indices {
      let isRepeat = earlier[index] != nil && (lengths[index] >= independentLength || hasLongRepeat)
      result.append(isRepeat ? earlier[index] : nil)
      if !isRepeat, lengths[index] >= minimumLength, firstByKey[keys[index]] == nil { firstByKey[keys[index]] = ids[index] }
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

/// A sentence's key when every scalar in it is plain: printable ASCII and Latin-1, general
/// punctuation, CJK punctuation and ideographs, full-width forms. Such a scalar has no canonical
/// decomposition, combines with nothing and is a character of its own, so a string of them is
/// already in normalization form C (equal strings have equal bytes) and counts one character per
/// scalar: the bytes stand for the string without Unicode's comparison rules.
struct PlainKey: Hashable {
  private(set) var bytes: [UInt8] = []
  /// Characters, which here are scalars.
  private(set) var count = 0

  /// The key of `scalars` (spaces and leading list dashes dropped), nil when one is not plain.
  init?(_ scalars: ArraySlice<Unicode.Scalar>) {
    bytes.reserveCapacity(scalars.count * 3)
    for scalar in scalars where !ScalarClass.isSpace(scalar) {
      guard Self.isPlain(scalar) else { return nil }
      if count == 0, scalar == "—" { continue }
      bytes.appendUTF8(scalar)
      count += 1
    }
  }

  static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20...0x7E, 0xA0...0xFF, 0x2010...0x2027, 0x2030...0x205E, 0x3000...0x3029, 0x3030...0x303F, 0x3400...0x4DBF,
      0x4E00...0x9FFF, 0xFF01...0xFF65:
      return true
    default:
      return false
    }
  }

  static func == (lhs: Self, rhs: Self) -> Bool { lhs.bytes == rhs.bytes }

  func hash(into hasher: inout Hasher) { bytes.withUnsafeBytes { hasher.combine(bytes: $0) } }
}

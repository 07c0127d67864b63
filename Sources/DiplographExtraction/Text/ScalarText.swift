import DiplographText

/// A sentence as an array of Unicode scalars, so rules index in O(1) and never touch `Character`.
struct ScalarText {
  let scalars: [Unicode.Scalar]
  let display: [Unicode.Scalar]
  /// The gazetteer's names and the states at every position, looked up once.
  let known: KnownNames

  init(_ sentence: SentenceText) {
    scalars = sentence.matchScalars
    display = sentence.displayScalars
    known = KnownNames(scalars)
  }

  var count: Int { scalars.count }

  subscript(_ index: Int) -> Unicode.Scalar { scalars[index] }

  /// True when `word` stands at `index`.
  func has(_ word: [Unicode.Scalar], at index: Int) -> Bool { scalars.has(word, at: index) }

  /// True when `word` ends just before `index`.
  func has(_ word: [Unicode.Scalar], endingAt index: Int) -> Bool { has(word, at: index - word.count) }

  func firstIndex(of word: [Unicode.Scalar], from start: Int = 0, before end: Int? = nil) -> Int? {
    let limit = (end ?? scalars.count) - word.count
    guard !word.isEmpty, start <= limit else { return nil }
    for index in max(start, 0)...limit where scalars[index] == word[0] && has(word, at: index) { return index }
    return nil
  }

  /// The printed form of a range (original widths).
  func label(_ range: Range<Int>) -> String { String(scalars: display[range]) }

  /// The folded form of a range, for matching.
  func text(_ range: Range<Int>) -> String { String(scalars: scalars[range]) }
}

extension Unicode.Scalar {
  /// CJK ideographs, the letters of Chinese names.
  var isHan: Bool {
    let v = value
    return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x20000...0x2FA1F).contains(v)
  }

  var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }

  var isASCIILetter: Bool { (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) }

  /// Characters a name may hold besides ideographs: digits, Latin letters, the middle dot of
  /// transliterated names.
  var isNameScalar: Bool { isHan || isASCIIDigit || isASCIILetter || self == "·" || self == "•" }

  /// Dashes that join two ends (黑河—布拉戈维申斯克) or a span of years (2022—2023年).
  var isJoiningDash: Bool { self == "—" || self == "-" || self == "–" || self == "－" }
}

func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

extension String {
  /// The string of `scalars`, written as UTF-8 straight into its storage: appending scalars to a
  /// `String.UnicodeScalarView` one by one costs several times more.
  init(scalars: ArraySlice<Unicode.Scalar>) {
    var length = 0
    for scalar in scalars { length += UTF8.width(scalar) }
    self.init(unsafeUninitializedCapacity: length) { buffer in
      var written = 0
      for scalar in scalars {
        UTF8.encode(scalar) { unit in
          buffer[written] = unit
          written += 1
        }
      }
      return written
    }
  }
}

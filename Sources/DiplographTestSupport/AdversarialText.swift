/// Random strings built to hit the places where text handling goes wrong: control characters and
/// noncharacters, line separators, CJK text and brackets, markup and escape syntax of every
/// output format, astral-plane scalars, combining marks, and long runs.
///
/// Takes any random number generator, so property tests (which bring a seeded one) and plain
/// tests share it without this module depending on a property-testing library.
public enum AdversarialText {
  /// Pieces that are syntax somewhere: XML, CDATA, comments, JSON/Cypher/Turtle escapes, CSV.
  public static let tokens: [String] = [
    "<", ">", "&", "\"", "'", "\\", "`", "]]>", "<![CDATA[", "-->", "<!--", "*/", "/*", "//", "\\u0041",
    "\\n", "&amp;", "&#0;", "&#x1;", "<br>", "<br/>", "|", ",", ";", "\r\n", "\r", "\n", "\t", "${x}",
    "'}) MATCH (n) DETACH DELETE n //", "_:b0", "@en", "^^", "\"\"\"", "# ", "——", "一、", "（一）",
  ]

  /// Single scalars worth drawing often.
  public static let specials: [Unicode.Scalar] = [
    "\u{0}", "\u{1}", "\u{8}", "\u{B}", "\u{C}", "\u{1B}", "\u{1F}", "\u{7F}", "\u{85}", "\u{9F}", "\u{A0}",
    "\u{2028}", "\u{2029}", "\u{3000}", "\u{FEFF}", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "\u{10FFFF}",
    "\u{301}", "\u{200D}", "\u{202E}", "《", "》", "〈", "〉", "“", "”", "‘", "’", "「", "」", "（", "）",
    "。", "！", "？", "；", "：", "，", "、", "…", "—", "·", "１", "Ａ", "〇", "𠀀", "🇨", "🇳",
  ]

  /// A string of up to `maxPieces` pieces; about one in `longRunOdds` strings also holds a run
  /// of one piece repeated up to `maxRun` times.
  public static func string(
    using rng: inout some RandomNumberGenerator, maxPieces: Int = 40, maxRun: Int = 5_000, longRunOdds: Int = 20
  ) -> String {
    var scalars = String.UnicodeScalarView()
    let count = Int.random(in: 0...maxPieces, using: &rng)
    for _ in 0..<count { append(piece(using: &rng), to: &scalars) }
    if longRunOdds > 0, Int.random(in: 0..<longRunOdds, using: &rng) == 0 {
      let run = piece(using: &rng)
      let times = Int.random(in: 1...maxRun, using: &rng)
      let at = Int.random(in: 0...scalars.count, using: &rng)
      var repeated = String.UnicodeScalarView()
      for _ in 0..<times { append(run, to: &repeated) }
      let index = scalars.index(scalars.startIndex, offsetBy: at)
      scalars.insert(contentsOf: repeated, at: index)
    }
    return String(scalars)
  }

  /// The same, with every scalar XML 1.0 forbids left out: text every format must carry exactly.
  public static func xmlSafeString(
    using rng: inout some RandomNumberGenerator, maxPieces: Int = 40, maxRun: Int = 5_000, longRunOdds: Int = 20
  ) -> String {
    let text = string(using: &rng, maxPieces: maxPieces, maxRun: maxRun, longRunOdds: longRunOdds)
    return String(String.UnicodeScalarView(text.unicodeScalars.filter(isXMLChar)))
  }

  /// XML 1.0's `Char` production.
  public static func isXMLChar(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
    default: return false
    }
  }

  private static func piece(using rng: inout some RandomNumberGenerator) -> String {
    switch Int.random(in: 0..<8, using: &rng) {
    case 0: return tokens.randomElement(using: &rng)!
    case 1, 2: return String(specials.randomElement(using: &rng)!)
    case 3: return String(scalar(in: 0x0...0x1F, using: &rng))
    case 4: return String(scalar(in: 0x4E00...0x9FFF, using: &rng))
    case 5: return String(scalar(in: 0x20...0x7E, using: &rng))
    default:
      // Anywhere in Unicode but the surrogates, which are not scalars.
      var value = UInt32.random(in: 0...0x10FFFF, using: &rng)
      if (0xD800...0xDFFF).contains(value) { value -= 0x800 }
      return String(Unicode.Scalar(value)!)
    }
  }

  private static func scalar(in range: ClosedRange<UInt32>, using rng: inout some RandomNumberGenerator) -> Unicode.Scalar {
    Unicode.Scalar(UInt32.random(in: range, using: &rng))!
  }

  private static func append(_ text: String, to scalars: inout String.UnicodeScalarView) {
    scalars.append(contentsOf: text.unicodeScalars)
  }
}

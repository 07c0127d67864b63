/// Character classes the normalization rules are written in.
enum ScalarClass {
  /// Han ideographs (CJK Unified, Extension A–G, Compatibility).
  @inline(__always)
  static func isHan(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: return true
    case 0x3007: return true  // 〇, a numeral written in Han text
    default: return false
    }
  }

  /// Han characters and the punctuation, brackets and full-width forms that stand among them,
  /// around which a space is never meaningful.
  @inline(__always)
  static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
    if isHan(scalar) { return true }
    switch scalar.value {
    case 0x3000...0x303F, 0xFF00...0xFFEF, 0x2014, 0x2026, 0x2018, 0x2019, 0x201C, 0x201D, 0x00B7, 0x30FB: return true
    default: return false
    }
  }

  @inline(__always)
  static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool { (0x30...0x39).contains(scalar.value) }

  @inline(__always)
  static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    isASCIIDigit(scalar) || (0xFF10...0xFF19).contains(scalar.value)
  }

  @inline(__always)
  static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) || (0xFF21...0xFF3A).contains(value)
      || (0xFF41...0xFF5A).contains(value) || (0xC0...0x24F).contains(value) || (0x400...0x4FF).contains(value)
  }

  /// Spaces that only lay text out: ASCII space and tab, no-break space, the ideographic space.
  @inline(__always)
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\t" || scalar == "\u{3000}" || scalar == "\u{A0}"
  }

  /// Marks that end a sentence, full- and half-width.
  @inline(__always)
  static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "。", "！", "？", "；", "!", "?", ";": return true
    default: return false
    }
  }

  /// Marks after which a line may end a paragraph: sentence ends, a colon announcing a list, an
  /// ellipsis.
  @inline(__always)
  static func endsParagraph(_ scalar: Unicode.Scalar) -> Bool {
    isSentenceEnd(scalar) || scalar == "：" || scalar == ":" || scalar == "…"
  }

  /// Closing quotes and brackets that belong to the sentence before them (`。”`).
  @inline(__always)
  static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "”", "’", "」", "』", "）", ")", "】", "〉", "》", "\"", "'": return true
    default: return false
    }
  }

  /// +1 for an opening bracket or quote, -1 for a closing one, 0 otherwise.
  @inline(__always)
  static func bracketDelta(_ scalar: Unicode.Scalar) -> Int {
    switch scalar {
    case "《", "〈", "（", "(", "“", "「", "『", "【": return 1
    case "》", "〉", "）", ")", "”", "」", "』", "】": return -1
    default: return 0
    }
  }

  /// Chinese numerals as written in dates and section numbers.
  @inline(__always)
  static func isChineseNumeral(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "〇", "○", "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "两": return true
    default: return false
    }
  }
}

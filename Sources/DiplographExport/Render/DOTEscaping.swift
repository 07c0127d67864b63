/// Graphviz DOT's quoted strings (`"…"`), spelled byte by byte.
///
/// Inside quotes DOT itself only knows `\"`, but Graphviz then reads labels and tooltips for
/// its own escapes (`\n` line break, `\N` node name, `\\` backslash) and for HTML character
/// entities (`&amp;`, `&#1;`). So a backslash is doubled, `&` becomes `&amp;`, a line break
/// becomes `\n`, a tab a space (Graphviz shows one anyway) and a carriage return is dropped.
/// Graphviz's scanner refuses a quoted string over 16 KiB, so longer text is written as
/// several strings joined with DOT's `+`. Characters XML 1.0 forbids are refused: no picture
/// tool draws them, and refusing keeps every export equally strict.
///
///     DOTEscaping.quoted("a\"b\\c\nd&e")   // "a\"b\\c\nd&amp;e" (with the quotes)
enum DOTEscaping {
  /// Bytes per quoted piece, well under Graphviz's 16 KiB limit.
  static let pieceLimit = 8_000

  /// The quoted string, or nil when `text` holds a character XML 1.0 forbids.
  static func quoted(_ text: String) -> String? {
    var quoted: [UInt8] = []
    guard append(text, to: &quoted) else { return nil }
    return String(decoding: quoted, as: UTF8.self)
  }

  /// Appends the quoted string to `out`; false, with `out` as it was, when `text` holds a
  /// character XML 1.0 forbids.
  static func append(_ text: String, to out: inout [UInt8]) -> Bool {
    // Byte by byte: every character that needs a spelling is ASCII, and what XML forbids is a
    // control byte or EF BF BE/BF (U+FFFE, U+FFFF); everything else is copied as it is.
    let mark = out.count
    var text = text
    let isAllowed = text.withUTF8 { bytes -> Bool in
      out.reserveCapacity(out.count + bytes.count + 2)
      out.append(quote)
      var pieceBytes = 0
      for index in bytes.indices {
        let byte = bytes[index]
        // A new piece starts only where a character starts, never inside one.
        if pieceBytes >= pieceLimit && byte & 0xC0 != 0x80 {
          out += pieceBreak
          pieceBytes = 0
        }
        let before = out.count
        switch byte {
        case quote: out += [backslash, quote]
        case backslash: out += [backslash, backslash]
        case UInt8(ascii: "&"): out += ampersand
        case UInt8(ascii: "\n"): out += [backslash, UInt8(ascii: "n")]
        case UInt8(ascii: "\t"): out.append(UInt8(ascii: " "))
        // A carriage return only ever precedes a line break worth keeping; alone it draws nothing.
        case UInt8(ascii: "\r"): break
        case ..<0x20: return false
        case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE: return false
        default: out.append(byte)
        }
        pieceBytes += out.count - before
      }
      out.append(quote)
      return true
    }
    if !isAllowed { out.removeSubrange(mark...) }
    return isAllowed
  }

  private static let quote = UInt8(ascii: "\"")
  private static let backslash = UInt8(ascii: "\\")
  private static let ampersand = Array("&amp;".utf8)
  /// Ends one quoted piece and starts the next: DOT joins them with `+`.
  private static let pieceBreak = Array("\" + \"".utf8)
}

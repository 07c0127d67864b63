/// XML 1.0's `Char` production, for the checks every XML exporter shares.
public enum XMLCharacters {
  public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
    default: return false
    }
  }

  /// The error for a value that holds a character XML 1.0 forbids, or nil for one that holds
  /// none: every XML writer and every RDF syntax refuses such values in the same words. An
  /// unnamed value is called "text".
  static func refusal(of value: String, format: String, item: @autoclosure () -> String) -> ExportError? {
    guard let bad = firstForbidden(in: value) else { return nil }
    let item = item()
    return ExportError.unrepresentable(
      format: format, item: item.isEmpty ? "text" : item,
      reason: "character U+\(String(bad.value, radix: 16, uppercase: true)) is not allowed in XML 1.0")
  }

  public static func firstForbidden(in text: String) -> Unicode.Scalar? {
    // Over the string's own bytes (native strings always have them) first: only a string that
    // may hold a forbidden character is decoded scalar by scalar.
    if text.utf8.withContiguousStorageIfAvailable(mayHoldForbidden) == false { return nil }
    return text.unicodeScalars.first { !isAllowed($0) }
  }

  /// A control byte other than tab/newline/return, or EF BF BE/BF (U+FFFE/U+FFFF; the bytes are
  /// valid UTF-8, so nothing else XML forbids can occur). A lone EF, which Chinese fullwidth
  /// punctuation (U+FF0C …) starts with, is no sign.
  private static func mayHoldForbidden(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let count = bytes.count
    var index = 0
    while index < count {
      let byte = bytes[index]
      if byte < 0x20 {
        if byte != 0x9 && byte != 0xA && byte != 0xD { return true }
      } else if byte == 0xEF, index + 2 < count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE {
        return true
      }
      index += 1
    }
    return false
  }
}

extension XMLCharacters {
  /// What one pass over a value's bytes tells a writer: whether it may hold a character XML 1.0
  /// forbids (see `mayHoldForbidden`), and whether libxml2's escaping would change it.
  struct Scan {
    var mayHoldForbidden = false
    var needsEscaping = false
  }

  /// Element content needs escaping for `<`, `>`, `&`, `"` and carriage return (what
  /// `xmlEncodeSpecialChars` replaces); an attribute value also for tab, line feed and any byte
  /// above ASCII, which libxml2 writes as character references when it has no document encoding.
  static func scan(_ bytes: UnsafeBufferPointer<UInt8>, attribute: Bool) -> Scan {
    var scan = Scan()
    guard let base = bytes.baseAddress else { return scan }
    let count = bytes.count
    var index = 0
    if !attribute {
      // Eight bytes at a time. Chinese text has no byte below 0x3F, where the control bytes,
      // `"`, `&`, `<` and `>` lie; ASCII is checked for those exactly. 0xEF starts fullwidth
      // punctuation as well as U+FFFE and U+FFFF, so only the bytes after each 0xEF are looked at.
      while index + 8 <= count {
        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
        if hasByte(below: 0x3F, word),
          hasByte(below: 0x20, word) || hasByte(0x22, word) || hasByte(0x26, word) || hasByte(0x3C, word)
            || hasByte(0x3E, word)
        {
          for position in index..<(index + 8) { classify(bytes, position, attribute: false, into: &scan) }
        } else {
          var starts = bytesEqual(to: 0xEF, word)
          while starts != 0 {
            let position = index + starts.trailingZeroBitCount / 8
            if position + 2 < count, bytes[position + 1] == 0xBF, bytes[position + 2] >= 0xBE {
              scan.mayHoldForbidden = true
            }
            starts &= starts - 1
          }
        }
        index += 8
      }
    }
    while index < count {
      classify(bytes, index, attribute: attribute, into: &scan)
      index += 1
    }
    return scan
  }

  private static let lowBits: UInt64 = 0x0101_0101_0101_0101
  private static let highBits: UInt64 = 0x8080_8080_8080_8080

  /// Whether some byte of `word` is below `limit` (at most 0x80): the "has less than" bit trick.
  @inline(__always)
  private static func hasByte(below limit: UInt8, _ word: UInt64) -> Bool {
    (word &- lowBits &* UInt64(limit)) & ~word & highBits != 0
  }

  /// Whether some byte of `word` equals `byte` ("has zero byte" after an exclusive or).
  @inline(__always)
  private static func hasByte(_ byte: UInt8, _ word: UInt64) -> Bool {
    let difference = word ^ (lowBits &* UInt64(byte))
    return (difference &- lowBits) & ~difference & highBits != 0
  }

  /// The top bit of each byte of `word` that equals `byte`, and no other bit.
  @inline(__always)
  private static func bytesEqual(to byte: UInt8, _ word: UInt64) -> UInt64 {
    let difference = word ^ (lowBits &* UInt64(byte))
    let lowSevenBits = ~highBits
    return ~(((difference & lowSevenBits) &+ lowSevenBits) | difference | lowSevenBits)
  }

  @inline(__always)
  private static func classify(
    _ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, attribute: Bool, into scan: inout Scan
  ) {
    let byte = bytes[index]
    if byte >= 0x80 {
      if attribute { scan.needsEscaping = true }
      if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE {
        scan.mayHoldForbidden = true
      }
    } else if byte <= 0x3E {
      switch byte {
      case 0x22, 0x26, 0x3C, 0x3E, 0x0D: scan.needsEscaping = true
      case 0x09, 0x0A: if attribute { scan.needsEscaping = true }
      case ..<0x20: scan.mayHoldForbidden = true
      default: break
      }
    }
  }
}

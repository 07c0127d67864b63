/// Turns a file's bytes into scalars, choosing the encoding, or says why it cannot.
///
/// Order: a byte-order mark decides; otherwise the bytes must not look binary; valid UTF-8 is
/// UTF-8; then GB18030 (GBK, GB2312) — unless the bytes are mostly UTF-8 with a few bad bytes, a
/// damaged UTF-8 file that would decode as GB18030 garbage, which is refused with the offset of
/// the first bad byte.
enum TextDecoder {
  /// The encoding a file declares for itself (an HTML meta charset), when it does.
  enum Declared {
    case utf8, gb18030
  }

  static func decode(_ bytes: [UInt8], file: String, declared: Declared? = nil) throws -> DecodedText {
    if let mark = ByteSniffer.byteOrderMark(bytes) {
      switch mark {
      case .utf32:
        throw TextError.unsupported(file: file, reason: "UTF-32 text")
      case .utf16LittleEndian, .utf16BigEndian:
        do {
          return try UTF16Decoder.decode(bytes, from: 2, bigEndian: mark == .utf16BigEndian)
        } catch .truncated(let offset) {
          throw TextError.undecodable(file: file, offset: offset, reason: "UTF-16 text ends in half a code unit")
        } catch .loneSurrogate(let offset, let value) {
          throw TextError.undecodable(
            file: file, offset: offset, reason: "lone UTF-16 surrogate 0x\(String(value, radix: 16, uppercase: true))")
        }
      case .utf8:
        return try decodeUTF8(bytes, from: 3, file: file)
      }
    }
    if let binary = ByteSniffer.binaryReason(bytes) {
      throw TextError.binary(file: file, offset: binary.offset, reason: binary.reason)
    }
    let check = UTF8Scan.check(bytes, from: 0)
    guard let firstInvalid = check.firstInvalid else { return UTF8Scan.decode(bytes, from: 0) }
    if declared == .utf8 || isDamagedUTF8(check) {
      throw TextError.undecodable(file: file, offset: firstInvalid, reason: "invalid UTF-8 byte 0x\(hexByte(bytes[firstInvalid]))")
    }
    switch GB18030Decoder.decode(bytes, from: 0) {
    case .success(let text): return text
    case .failure(let failure):
      throw TextError.undecodable(
        file: file, offset: min(firstInvalid, failure.offset),
        reason: "neither UTF-8 (invalid byte at \(firstInvalid)) nor GB18030 (\(failure.reason))")
    }
  }

  private static func decodeUTF8(_ bytes: [UInt8], from start: Int, file: String) throws -> DecodedText {
    let check = UTF8Scan.check(bytes, from: start)
    if let offset = check.firstInvalid {
      throw TextError.undecodable(file: file, offset: offset, reason: "invalid UTF-8 byte 0x\(hexByte(bytes[offset]))")
    }
    return UTF8Scan.decode(bytes, from: start)
  }

  /// Mostly valid multi-byte UTF-8 with a few bad bytes: a damaged UTF-8 file, not GB18030. In
  /// GB18030 Chinese text most bytes are invalid UTF-8 (a lead such as D6 followed by D0) and valid
  /// multi-byte sequences are rare accidents, so the two counts tell the cases apart.
  private static func isDamagedUTF8(_ check: UTF8Scan.Result) -> Bool {
    check.multiByteCount >= 4 && check.invalidCount * 4 < check.multiByteCount
  }
}

func hexByte(_ byte: UInt8) -> String {
  let digits = String(byte, radix: 16, uppercase: true)
  return digits.count == 1 ? "0" + digits : digits
}

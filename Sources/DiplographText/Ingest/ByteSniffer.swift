/// First look at a file's bytes: byte-order marks and the signatures of files that are not text.
enum ByteSniffer {
  enum ByteOrderMark: Equatable {
    case utf8, utf16LittleEndian, utf16BigEndian, utf32

    var length: Int {
      switch self {
      case .utf8: return 3
      case .utf16LittleEndian, .utf16BigEndian: return 2
      case .utf32: return 4
      }
    }
  }

  static func byteOrderMark(_ bytes: [UInt8]) -> ByteOrderMark? {
    if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return .utf32 }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8 }
    if bytes.starts(with: [0xFF, 0xFE]) { return .utf16LittleEndian }
    if bytes.starts(with: [0xFE, 0xFF]) { return .utf16BigEndian }
    return nil
  }

  /// Why the bytes are not text, with the offset it applies at; nil when they may be text.
  ///
  /// Known file signatures name the format; otherwise a NUL byte (which no text encoding read
  /// here produces outside UTF-16/32) marks binary data.
  static func binaryReason(_ bytes: [UInt8]) -> (offset: Int, reason: String)? {
    for (signature, name) in signatures where bytes.starts(with: signature) {
      return (0, "looks like a \(name) file")
    }
    if let nul = bytes.firstIndex(of: 0) { return (nul, "NUL byte") }
    return nil
  }

  private static let signatures: [([UInt8], String)] = [
    (Array("%PDF".utf8), "PDF"),
    ([0x89, 0x50, 0x4E, 0x47], "PNG"),
    ([0xFF, 0xD8, 0xFF], "JPEG"),
    (Array("GIF8".utf8), "GIF"),
    ([0x50, 0x4B, 0x03, 0x04], "ZIP (or Office)"),
    ([0x1F, 0x8B], "gzip"),
    ([0xD0, 0xCF, 0x11, 0xE0], "legacy Office"),
    ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
  ]
}

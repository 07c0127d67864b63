/// Validates UTF-8 and decodes it with every scalar's byte offset, in one pass over the bytes.
enum UTF8Scan {
  struct Result {
    /// Offset of the first byte that is not valid UTF-8, nil when all are.
    var firstInvalid: Int?
    var invalidCount = 0
    var multiByteCount = 0
  }

  /// Counts valid multi-byte sequences and invalid bytes, without decoding.
  static func check(_ bytes: [UInt8], from start: Int) -> Result {
    var result = Result()
    var index = start
    while index < bytes.count {
      let length = sequenceLength(bytes, at: index)
      if length == 0 {
        if result.firstInvalid == nil { result.firstInvalid = index }
        result.invalidCount += 1
        index += 1
      } else {
        if length > 1 { result.multiByteCount += 1 }
        index += length
      }
    }
    return result
  }

  /// Decodes bytes already known to be valid UTF-8.
  static func decode(_ bytes: [UInt8], from start: Int) -> DecodedText {
    var scalars: [Unicode.Scalar] = []
    var starts: [Int] = []
    scalars.reserveCapacity((bytes.count - start) / 2)
    starts.reserveCapacity((bytes.count - start) / 2 + 1)
    var index = start
    while index < bytes.count {
      let length = sequenceLength(bytes, at: index)
      var value = UInt32(bytes[index])
      switch length {
      case 2: value = (value & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
      case 3: value = (value & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
      case 4:
        value = (value & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
          | UInt32(bytes[index + 3] & 0x3F)
      default: break
      }
      scalars.append(Unicode.Scalar(value)!)
      starts.append(index)
      index += max(length, 1)
    }
    starts.append(bytes.count)
    return DecodedText(scalars: scalars, byteStarts: starts, encoding: "UTF-8")
  }

  /// The length of the valid sequence at `index`, or 0 when the byte there starts none
  /// (overlong forms, surrogates and values past U+10FFFF are invalid, as RFC 3629 says).
  @inline(__always)
  static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
    let lead = bytes[index]
    if lead < 0x80 { return 1 }
    func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
      index + offset < bytes.count && range.contains(bytes[index + offset])
    }
    switch lead {
    case 0xC2...0xDF: return continuation(1) ? 2 : 0
    case 0xE0: return continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : 0
    case 0xE1...0xEC, 0xEE...0xEF: return continuation(1) && continuation(2) ? 3 : 0
    case 0xED: return continuation(1, 0x80...0x9F) && continuation(2) ? 3 : 0
    case 0xF0: return continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : 0
    case 0xF1...0xF3: return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
    case 0xF4: return continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : 0
    default: return 0
    }
  }
}

/// Decodes UTF-16 after its byte-order mark, refusing lone surrogates and a cut-off last unit.
enum UTF16Decoder {
  enum Failure: Error {
    case truncated(offset: Int)
    case loneSurrogate(offset: Int, value: UInt16)
  }

  static func decode(_ bytes: [UInt8], from start: Int, bigEndian: Bool) throws(Failure) -> DecodedText {
    guard (bytes.count - start) % 2 == 0 else { throw .truncated(offset: bytes.count - 1) }
    func unit(_ offset: Int) -> UInt16 {
      bigEndian
        ? UInt16(bytes[offset]) << 8 | UInt16(bytes[offset + 1])
        : UInt16(bytes[offset + 1]) << 8 | UInt16(bytes[offset])
    }
    var scalars: [Unicode.Scalar] = []
    var starts: [Int] = []
    scalars.reserveCapacity((bytes.count - start) / 2)
    var offset = start
    while offset < bytes.count {
      let first = unit(offset)
      switch first {
      case 0xD800...0xDBFF:
        guard offset + 3 < bytes.count else { throw .loneSurrogate(offset: offset, value: first) }
        let second = unit(offset + 2)
        guard (0xDC00...0xDFFF).contains(second) else { throw .loneSurrogate(offset: offset, value: first) }
        let value = 0x10000 + (UInt32(first - 0xD800) << 10 | UInt32(second - 0xDC00))
        scalars.append(Unicode.Scalar(value)!)
        starts.append(offset)
        offset += 4
      case 0xDC00...0xDFFF:
        throw .loneSurrogate(offset: offset, value: first)
      default:
        scalars.append(Unicode.Scalar(first)!)
        starts.append(offset)
        offset += 2
      }
    }
    starts.append(bytes.count)
    return DecodedText(scalars: scalars, byteStarts: starts, encoding: bigEndian ? "UTF-16BE" : "UTF-16LE")
  }
}

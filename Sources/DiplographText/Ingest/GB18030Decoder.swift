#if canImport(Glibc)
  import Glibc
#endif

/// Decodes GB18030 (and so GBK and GB2312, its subsets) with glibc's iconv.
///
/// Character boundaries come from the encoding's own byte ranges (one byte below 0x80; a lead
/// 0x81–0xFE then 0x40–0x7E/0x80–0xFE for two bytes, or 0x30–0x39, 0x81–0xFE, 0x30–0x39 for
/// four), so every scalar keeps the offset of its bytes; iconv converts, and must give exactly
/// one scalar per character.
enum GB18030Decoder {
  struct Failure: Error {
    let offset: Int
    let reason: String
  }

  /// Offsets of each character's first byte, or the offset of the first byte that starts none.
  static func boundaries(_ bytes: [UInt8], from start: Int) -> Result<[Int], Failure> {
    var starts: [Int] = []
    starts.reserveCapacity((bytes.count - start) / 2 + 1)
    var index = start
    while index < bytes.count {
      let lead = bytes[index]
      starts.append(index)
      if lead < 0x80 {
        index += 1
        continue
      }
      guard (0x81...0xFE).contains(lead), index + 1 < bytes.count else {
        return .failure(Failure(offset: index, reason: "byte 0x\(hexByte(lead)) starts no GB18030 character"))
      }
      let second = bytes[index + 1]
      if (0x40...0x7E).contains(second) || (0x80...0xFE).contains(second) {
        index += 2
      } else if (0x30...0x39).contains(second), index + 3 < bytes.count,
        (0x81...0xFE).contains(bytes[index + 2]), (0x30...0x39).contains(bytes[index + 3])
      {
        index += 4
      } else {
        return .failure(Failure(offset: index, reason: "bytes at \(index) form no GB18030 character"))
      }
    }
    starts.append(bytes.count)
    return .success(starts)
  }

  static func decode(_ bytes: [UInt8], from start: Int) -> Result<DecodedText, Failure> {
    let starts: [Int]
    switch boundaries(bytes, from: start) {
    case .failure(let failure): return .failure(failure)
    case .success(let found): starts = found
    }
    guard let converter = Optional(iconv_open("UTF-32LE", "GB18030")), converter != iconv_t(bitPattern: -1) else {
      return .failure(Failure(offset: start, reason: "iconv has no GB18030 converter"))
    }
    defer { iconv_close(converter) }
    let characterCount = starts.count - 1
    var output = [UInt32](repeating: 0, count: characterCount + 1)
    var input = Array(bytes[start...])
    var inputLeft = input.count
    var outputLeft = output.count * 4
    let status = input.withUnsafeMutableBytes { inputBuffer in
      output.withUnsafeMutableBytes { outputBuffer in
        var inputPointer = inputBuffer.baseAddress?.assumingMemoryBound(to: CChar.self)
        var outputPointer = outputBuffer.baseAddress?.assumingMemoryBound(to: CChar.self)
        return iconv(converter, &inputPointer, &inputLeft, &outputPointer, &outputLeft)
      }
    }
    let produced = output.count - outputLeft / 4
    guard status != -1, inputLeft == 0, produced == characterCount else {
      let offset = bytes.count - inputLeft
      return .failure(Failure(offset: offset, reason: "iconv could not convert GB18030 at byte \(offset)"))
    }
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(characterCount)
    for index in 0..<characterCount {
      guard let scalar = Unicode.Scalar(UInt32(littleEndian: output[index])) else {
        return .failure(Failure(offset: starts[index], reason: "GB18030 character maps to no Unicode scalar"))
      }
      scalars.append(scalar)
    }
    return .success(DecodedText(scalars: scalars, byteStarts: starts, encoding: "GB18030"))
  }
}


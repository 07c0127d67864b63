extension Array where Element == UInt8 {
  /// Appends a literal's UTF-8 bytes. Most are separators of two or three bytes, for which
  /// `append(contentsOf:)`'s generic set-up costs more than appending byte by byte.
  @inline(__always)
  mutating func appendLiteral(_ text: StaticString) {
    let count = text.utf8CodeUnitCount
    if count <= 4 {
      for index in 0..<count { append(text.utf8Start[index]) }
    } else {
      append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: count))
    }
  }

  /// Appends `value` as `value.description` spells it. Confidences and weights are mostly
  /// hundredths between 0 and 1 (`0.95`, `1.0`), spelled here without the general algorithm.
  mutating func appendDouble(_ value: Double) {
    let hundredths = (value * 100).rounded()
    guard hundredths >= 0, hundredths <= 100, hundredths / 100 == value, value != 0 || value.sign == .plus else {
      append(contentsOf: value.description.utf8)
      return
    }
    // The shortest spelling that reads back as k/100 is the decimal k/100 itself.
    let whole = Int(hundredths) / 100
    let tenth = Int(hundredths) / 10 % 10
    let hundredth = Int(hundredths) % 10
    append(UInt8(ascii: "0") &+ UInt8(whole))
    append(UInt8(ascii: "."))
    append(UInt8(ascii: "0") &+ UInt8(tenth))
    if hundredth != 0 { append(UInt8(ascii: "0") &+ UInt8(hundredth)) }
  }

  /// Appends `value` in decimal, as `String(value)` spells it, without making that string.
  ///
  /// The model's `DecimalDigits.with` spells the same digits; called from here, across the
  /// module boundary, it cost the Cypher export 3% more instructions, so the loop stays.
  mutating func appendDecimal(_ value: Int) {
    if value < 0 { append(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    guard magnitude >= 10 else {
      append(UInt8(ascii: "0") &+ UInt8(magnitude))
      return
    }
    // Digits come out last first; 20 places hold any 64-bit magnitude.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
      var start = digits.count
      while magnitude > 0 {
        start -= 1
        digits[start] = UInt8(ascii: "0") &+ UInt8(magnitude % 10)
        magnitude /= 10
      }
      append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
    }
  }
}

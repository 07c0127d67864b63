/// An integer's decimal spelling, as `String(value)` gives it, without making the string: ids,
/// and hashes of ids, spell numbers for every sentence, mention and attestation.
public enum DecimalDigits {
  /// Calls `body` with the spelling.
  @inlinable
  public static func with<Result>(_ value: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows
    -> Result
  {
    // 20 places hold any 64-bit magnitude and its sign.
    try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
      var magnitude = value.magnitude
      var start = digits.count
      repeat {
        start -= 1
        digits[start] = UInt8(ascii: "0") &+ UInt8(magnitude % 10)
        magnitude /= 10
      } while magnitude > 0
      if value < 0 {
        start -= 1
        digits[start] = UInt8(ascii: "-")
      }
      return try body(UnsafeBufferPointer(rebasing: digits[start...]))
    }
  }

  /// Writes the spelling at the start of `buffer`, which has room for 20 bytes, and returns its
  /// length.
  @inlinable
  public static func spell(_ value: Int, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
    with(value) { digits in
      _ = UnsafeMutableBufferPointer(rebasing: buffer[..<digits.count]).initialize(from: digits)
      return digits.count
    }
  }
}

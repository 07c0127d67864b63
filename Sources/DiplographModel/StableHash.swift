/// FNV-1a, 64 bits: a hash that is the same on every machine and in every run.
///
/// Swift's `Hasher` is seeded per process, so ids built on it would change between runs. Ids
/// only need to be stable and collision-free at corpus scale (10⁷ names give a collision chance
/// near 3·10⁻⁶), not secret.
public struct StableHash: Sendable {
  public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  public init() {}

  public mutating func combine(_ bytes: some Sequence<UInt8>) {
    // Callers in other modules reach this generic function unspecialized, a witness call per
    // byte; over a contiguous buffer the loop is concrete.
    if bytes.withContiguousStorageIfAvailable({ combine(contiguous: $0) }) != nil { return }
    for byte in bytes { mix(byte) }
  }

  private mutating func combine(contiguous bytes: UnsafeBufferPointer<UInt8>) {
    for byte in bytes { mix(byte) }
  }

  private mutating func mix(_ byte: UInt8) {
    value ^= UInt64(byte)
    value = value &* 0x0000_0100_0000_01b3
  }

  public mutating func combine(_ text: String) { combine(text.utf8) }

  /// The same as `combine(String(value))`, without making the string.
  public mutating func combine(decimal value: Int) {
    DecimalDigits.with(value) { combine(contiguous: $0) }
  }

  /// The same as `combine(id.rawValue)`, without spelling the id.
  public mutating func combine(_ id: SentenceID) {
    combine(id.source.rawValue)
    combine(SentenceID.ordinalPrefix)
    combine(decimal: id.ordinal)
  }

  /// Where a mention or an attestation stands, as the separated fields `sentence.rawValue`,
  /// `String(span.startByte)`, `String(span.endByte)` and `rule`, without spelling them: mention
  /// and evidence ids in every export are hashed from it.
  public mutating func combine(sentence: SentenceID, span: SourceSpan, rule: String) {
    combine(sentence)
    separate()
    combine(decimal: span.startByte)
    separate()
    combine(decimal: span.endByte)
    separate()
    combine(rule)
  }

  /// A field separator, so ("ab", "c") and ("a", "bc") hash apart.
  public mutating func separate() { combine(CollectionOfOne(0x1f)) }

  /// Sixteen lower-case hex digits.
  public var hex: String { Self.hex(value) }

  /// `value` in sixteen lower-case hex digits.
  public static func hex(_ value: UInt64) -> String {
    // Minted for every id of every mention and fact: spelled straight into the string's storage.
    String(unsafeUninitializedCapacity: 16) { buffer in
      for index in 0..<16 {
        let digit = UInt8((value >> UInt64(60 - 4 * index)) & 0xf)
        buffer[index] = digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10
      }
      return 16
    }
  }

  /// The value of sixteen lower-case hex digits as `hex` spells them, or nil for anything else.
  public static func parseHex(_ digits: some Collection<UInt8>) -> UInt64? {
    guard digits.count == 16 else { return nil }
    var value: UInt64 = 0
    for byte in digits {
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      default: return nil
      }
      value = value << 4 | UInt64(digit)
    }
    return value
  }

  /// The hex digest of the given fields, separated.
  public static func hex(_ fields: String...) -> String { hex(digest(fields)) }

  /// The digest of the given fields, separated.
  public static func digest(_ fields: String...) -> UInt64 { digest(fields) }

  private static func digest(_ fields: [String]) -> UInt64 {
    var hash = StableHash()
    for (index, field) in fields.enumerated() {
      if index > 0 { hash.separate() }
      hash.combine(field)
    }
    return hash.value
  }
}

/// A set of scalars asked about at every position of a sentence: a bit per scalar of the Basic
/// Multilingual Plane, so membership costs a shift and a mask instead of hashing.
struct ScalarSet: Sendable {
  private var plane: [UInt64] = Array(repeating: 0, count: 0x10000 / 64)
  private var astral: Set<UInt32> = []

  init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
    for scalar in scalars { insert(scalar) }
  }

  mutating func insert(_ scalar: Unicode.Scalar) {
    let value = scalar.value
    if value < 0x10000 {
      plane[Int(value >> 6)] |= 1 << UInt64(value & 63)
    } else {
      astral.insert(value)
    }
  }

  @inline(__always)
  func contains(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    guard value < 0x10000 else { return astral.contains(value) }
    return plane[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0
  }
}

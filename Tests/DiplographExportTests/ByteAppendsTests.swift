import Testing

@testable import DiplographExport

/// The byte appenders spell numbers without `description`; what they write must be what
/// `description` writes, or every confidence in the Cypher and CSV exports would change.
@Suite struct ByteAppendsTests {
  @Test func doublesSpellAsDescriptionDoes() {
    var generator = SystemRandomNumberGenerator()
    let hundredths = (-20...120).map { Double($0) / 100 }
    let awkward: [Double] = [
      0.1 + 0.2, 0.855, 0.9 * 0.95, 1 / 3, -0.0, 0, 1e-300, 5e-324, 123_456.789, 1e21, .infinity, -.infinity, .nan,
      0.005, 0.995, 0.9999999999999999, 1.0000000000000002,
    ]
    let random = (0..<2_000).map { _ in Double.random(in: -2...2, using: &generator) }
    for value in hundredths + awkward + random {
      var out: [UInt8] = []
      out.appendDouble(value)
      #expect(String(decoding: out, as: UTF8.self) == value.description, "\(value)")
    }
  }

  @Test func integersSpellAsStringDoes() {
    for value in [0, 7, 10, -1, -10, 99, 100, 65_535, Int.max, Int.min] + (0..<500).map({ $0 * 7_919 - 1_000_000 }) {
      var out: [UInt8] = []
      out.appendDecimal(value)
      #expect(String(decoding: out, as: UTF8.self) == String(value))
    }
  }
}

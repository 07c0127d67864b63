/// The checks and spellings every RDF literal passes through before any writer sees it, so all
/// three syntaxes refuse the same graphs and hold the same triples.
struct RDFLiteralChecks {
  let format: String

  /// A string literal, refused when it holds a character XML 1.0 forbids: RDF/XML cannot carry
  /// it, and N-Triples and Turtle must not hold triples the RDF/XML lacks.
  func text(_ value: String, item: @autoclosure () -> String) throws -> String {
    if let refusal = XMLCharacters.refusal(of: value, format: format, item: item()) { throw refusal }
    return value
  }

  /// A BCP 47 tag as RDF 1.1 allows it (`en`, `zh-hans`), written in lower case, the case every
  /// RDF parser agrees on.
  func language(_ tag: String, item: @autoclosure () -> String) throws -> String {
    let subtags = tag.split(separator: "-", omittingEmptySubsequences: false)
    let wellFormed =
      !tag.isEmpty
      && subtags.enumerated().allSatisfy { index, subtag in
        (1...8).contains(subtag.utf8.count)
          && subtag.utf8.allSatisfy { index == 0 ? $0.isASCIILetter : ($0.isASCIILetter || $0.isASCIIDigit) }
      }
    guard wellFormed else {
      throw ExportError.unrepresentable(format: format, item: item(), reason: "'\(tag)' is not a language tag")
    }
    return tag.lowercased()
  }

  /// A confidence in [0, 1] as an `xsd:decimal` lexical form with at most six decimals:
  /// 0.95 → `0.95`, 1 → `1.0`. A `Double`'s own description would print `1e-05` or `nan`.
  func confidence(_ value: Double, item: @autoclosure () -> String) throws -> String {
    guard value.isFinite, (0...1).contains(value) else {
      throw ExportError.unrepresentable(
        format: format, item: item(), reason: "confidence \(value) is not between 0 and 1")
    }
    let millionths = Int((value * 1_000_000).rounded())
    var fraction = String(millionths % 1_000_000)
    fraction = String(repeating: "0", count: 6 - fraction.count) + fraction
    while fraction.count > 1, fraction.hasSuffix("0") { fraction.removeLast() }
    return String(millionths / 1_000_000) + "." + fraction
  }
}

extension UInt8 {
  fileprivate var isASCIILetter: Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(self) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(self)
  }

  fileprivate var isASCIIDigit: Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) }
}

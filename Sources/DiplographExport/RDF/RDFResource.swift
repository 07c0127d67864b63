/// A resource minted under `dgid:` (`RDFVocabulary.id`), kept as the parts its local name is
/// spelled from: a large export names millions of sentences, mentions and assertions, and none
/// of them needs a string of its own to be written.
///
///     RDFResource(id: "source-00b3…", suffix: .sentence(12))   // dgid:source-00b3…-s12
///     RDFResource(id: "document-8c2f…", suffix: .mention(h))   // dgid:document-8c2f…-m-<h in hex>
///
/// `RDFIRIMinter` makes them and has checked `id`: it holds only RFC 3987's unreserved ASCII
/// characters, so every syntax writes the local name as it is.
struct RDFResource {
  enum Suffix {
    case none
    /// `-s<ordinal>`: sentence `ordinal` of the source `id`.
    case sentence(Int)
    /// `-m-<16 hex digits>`: a mention of the entity `id`.
    case mention(UInt64)
    /// `-ev-<16 hex digits>`: one attestation of the relation `id`.
    case evidence(UInt64)
  }

  let id: String
  let suffix: Suffix

  /// Appends the local name, the part after the namespace.
  func appendLocalName(to bytes: inout [UInt8]) {
    bytes.append(utf8: id)
    switch suffix {
    case .none: break
    case .sentence(let ordinal):
      bytes.append(utf8: "-s")
      bytes.append(decimal: ordinal)
    case .mention(let hash):
      bytes.append(utf8: "-m-")
      bytes.append(hex16: hash)
    case .evidence(let hash):
      bytes.append(utf8: "-ev-")
      bytes.append(hex16: hash)
    }
  }

  /// Appends the full IRI.
  func appendIRI(to bytes: inout [UInt8]) {
    bytes.append(utf8: RDFVocabulary.id.iri)
    appendLocalName(to: &bytes)
  }

  var localName: String {
    var bytes: [UInt8] = []
    appendLocalName(to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The IRI as the other RDF terms hold one, for descriptions collected in memory.
  var iri: RDFIRI { RDFIRI(RDFVocabulary.id, localName) }

  /// Whether Turtle may write it as `dgid:<local name>`: every suffix is spelled from `[a-z0-9-]`
  /// and follows `id`, so the local name is prefixable exactly when `id` is.
  var isPrefixable: Bool { TurtleExporter.isPrefixable(id) }
}

extension [UInt8] {
  /// Appends the string's UTF-8 bytes in one copy.
  @inline(__always)
  mutating func append(utf8 text: String) {
    if text.utf8.withContiguousStorageIfAvailable({ append(contentsOf: $0) }) == nil {
      append(contentsOf: text.utf8)
    }
  }

  /// Appends `value` in decimal, as `String(value)` spells it.
  mutating func append(decimal value: Int) {
    DecimalDigits.with(value) { append(contentsOf: $0) }
  }

  /// Appends sixteen lower-case hex digits, as `StableHash.hex` spells a hash.
  mutating func append(hex16 value: UInt64) {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { digits in
      var rest = value
      for index in stride(from: 15, through: 0, by: -1) {
        let nibble = UInt8(rest & 0xF)
        digits[index] = nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
        rest >>= 4
      }
      append(contentsOf: UnsafeBufferPointer(digits))
    }
  }
}

/// The digits of an integer as `String(value)` spells them, without making the string.
enum DecimalDigits {
  static func with<Result>(_ value: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
      var magnitude = value.magnitude
      var start = digits.count
      repeat {
        start -= 1
        digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
      } while magnitude > 0
      if value < 0 {
        start -= 1
        digits[start] = UInt8(ascii: "-")
      }
      return body(UnsafeBufferPointer(rebasing: digits[start...]))
    }
  }
}

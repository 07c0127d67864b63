import DiplographTestSupport
import PropertyBased
import Testing

@testable import DiplographExport

/// The byte-run escapers of Cypher and CSV against a plain reading of their documented rules,
/// one Unicode scalar at a time, on adversarial text.
@Suite struct EscapingOracleTests {
  static let texts = Generator<String, Shrink.None<String>>(run: { rng in
    AdversarialText.string(using: &rng, maxPieces: 30, maxRun: 200)
  })

  @Test func cypherLiteralsFollowTheRulesScalarByScalar() async {
    await propertyCheck(count: 300, input: Self.texts) { text in
      for dialect in CypherDialect.allCases {
        let expected = Self.cypherLiteral(text, dialect: dialect)
        let actual = try? CypherEscaping.stringLiteral(text, dialect: dialect)
        #expect(actual == expected, "\(dialect) \(text.debugDescription)")
      }
    }
  }

  @Test func csvFieldsFollowTheRulesByteByByte() async {
    await propertyCheck(count: 300, input: Self.texts) { text in
      for insideArray in [false, true] {
        var out: [UInt8] = []
        let holdsLineBreak = try? CSVEscaping.appendEscaped(text, to: &out, insideArray: insideArray)
        if let expected = Self.csvField(text, insideArray: insideArray) {
          #expect(holdsLineBreak == expected.holdsLineBreak, "\(text.debugDescription)")
          #expect(out == expected.bytes, "\(text.debugDescription)")
        } else {
          #expect(holdsLineBreak == nil, "U+001F inside an array must be refused: \(text.debugDescription)")
        }
      }
    }
  }

  /// Named escapes everywhere; Neo4j and Memgraph write other controls, C1 and U+2028/U+2029 as
  /// `\uXXXX`, FalkorDB writes them raw and cannot hold U+0000 (nil).
  static func cypherLiteral(_ text: String, dialect: CypherDialect) -> String? {
    let named: [Unicode.Scalar: String] = [
      "\u{8}": #"\b"#, "\t": #"\t"#, "\n": #"\n"#, "\u{C}": #"\f"#, "\r": #"\r"#, "\"": #"\""#, "'": #"\'"#,
      "\\": #"\\"#,
    ]
    var result = "'"
    for scalar in text.unicodeScalars {
      if let escape = named[scalar] {
        result += escape
      } else if dialect == .falkordb {
        if scalar.value == 0 { return nil }
        result.unicodeScalars.append(scalar)
      } else if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029 {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        result += #"\u"# + String(repeating: "0", count: 4 - hex.count) + hex
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result + "'"
  }

  /// Quotes doubled; U+001F refused inside arrays (nil); line breaks reported.
  static func csvField(_ text: String, insideArray: Bool) -> (bytes: [UInt8], holdsLineBreak: Bool)? {
    var bytes: [UInt8] = []
    var holdsLineBreak = false
    for byte in text.utf8 {
      if byte == 0x1F && insideArray { return nil }
      if byte == 0x22 { bytes.append(0x22) }
      if byte == 0x0A || byte == 0x0D { holdsLineBreak = true }
      bytes.append(byte)
    }
    return (bytes, holdsLineBreak)
  }
}

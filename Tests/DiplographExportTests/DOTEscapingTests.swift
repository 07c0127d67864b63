import DiplographTestSupport
import Testing

@testable import DiplographExport

/// The byte-by-byte escaping against the rule it implements, spelled out scalar by scalar: each
/// character's spelling from a table, pieces split before the character that finds the piece full.
@Suite struct DOTEscapingTests {
  static func byRule(_ text: String) -> String? {
    let spellings: [Unicode.Scalar: String] = ["\"": "\\\"", "\\": "\\\\", "&": "&amp;", "\n": "\\n", "\t": " ", "\r": ""]
    var result = "\""
    var pieceBytes = 0
    for scalar in text.unicodeScalars {
      if pieceBytes >= DOTEscaping.pieceLimit {
        result += "\" + \""
        pieceBytes = 0
      }
      if let spelling = spellings[scalar] {
        result += spelling
        pieceBytes += spelling.utf8.count
      } else if XMLCharacters.isAllowed(scalar) {
        result.unicodeScalars.append(scalar)
        pieceBytes += String(scalar).utf8.count
      } else {
        return nil
      }
    }
    return result + "\""
  }

  @Test func agreesWithTheRuleOnHostileText() {
    var rng = SeededGenerator(seed: 0xD07)
    for _ in 0..<400 {
      let text = AdversarialText.string(using: &rng, maxPieces: 60, maxRun: 9_000, longRunOdds: 4)
      #expect(DOTEscaping.quoted(text) == Self.byRule(text))
    }
  }

  @Test func splitsPiecesOnlyBetweenCharacters() {
    // Widths 1 to 4 bytes around the piece limit, so a split falls beside every kind of character.
    for filler in ["a", "é", "约", "𠀀", "&", "\""] {
      for offset in 0..<5 {
        let text = String(repeating: "a", count: DOTEscaping.pieceLimit - offset) + String(repeating: filler, count: 9)
        #expect(DOTEscaping.quoted(text) == Self.byRule(text))
      }
    }
  }
}

/// SplitMix64: the same strings on every run.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9e37_79b9_7f4a_7c15
    var z = state
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }
}

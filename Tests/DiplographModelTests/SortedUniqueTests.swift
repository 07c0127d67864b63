import DiplographModel
import Testing

@Suite struct SortedUniqueTests {
  @Test func agreesWithASetSortedForATotalOrder() {
    // A fixed pseudo-random walk, so the case is the same on every run.
    var state: UInt64 = 0x9e37_79b9_7f4a_7c15
    for length in [0, 1, 2, 7, 100, 1_000] {
      var values: [Int] = []
      for _ in 0..<length {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        values.append(Int(state >> 58))
      }
      #expect(values.sortedUnique() == Array(Set(values)).sorted())
    }
  }

  @Test func keepsTiedButDifferentValuesInTheOrderTheyCame() {
    let ab = Provenance(sentence: sentence(1), span: span, rule: "r", confidence: 0.9)
    let abSure = Provenance(sentence: sentence(1), span: span, rule: "r", confidence: 0.95)
    let earlier = Provenance(sentence: sentence(0), span: span, rule: "r", confidence: 1)
    #expect([abSure, ab, earlier, abSure, ab].sortedUnique() == [earlier, abSure, ab])
    #expect([ab, abSure, ab].sortedUnique() == [ab, abSure])
  }

  @Test func sentencesOfOneSourceOrderByOrdinalAndSourcesByID() {
    let a = SourceID(rawValue: "source-a"), b = SourceID(rawValue: "source-b")
    #expect(SentenceID(source: a, ordinal: 2) < SentenceID(source: a, ordinal: 10))
    #expect(SentenceID(source: a, ordinal: 10) < SentenceID(source: b, ordinal: 2))
    #expect(!(SentenceID(source: b, ordinal: 0) < SentenceID(source: a, ordinal: 9)))
  }

  private let span = SourceSpan(startByte: 0, endByte: 3, line: 1, column: 1)
  private func sentence(_ ordinal: Int) -> SentenceID { SentenceID(source: SourceID(rawValue: "source-x"), ordinal: ordinal) }
}

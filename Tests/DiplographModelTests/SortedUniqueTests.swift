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

  /// Lists gathered document by document (each document's list sorted, as the builder gathers
  /// them), lists with a document read twice, lists in no order at all, ties under `<` that
  /// `==` tells apart: grouping by source must give exactly what sorting the whole gives.
  @Test func groupedBySourceAgreesWithSortingTheWhole() {
    var generator = LinearGenerator(state: 0x2545_f491_4f6c_dd1d)
    let sources = (0..<6).map { SourceID(rawValue: "source-\(String($0 * 7_919, radix: 16))") }
    for trial in 0..<400 {
      var documents: [[Provenance]] = []
      for _ in 0..<generator.next(below: 6) {
        let source = sources[generator.next(below: sources.count)]
        let attestations = (0..<generator.next(below: 9)).map { _ in
          Provenance(
            sentence: SentenceID(source: source, ordinal: generator.next(below: 5)),
            span: SourceSpan(startByte: generator.next(below: 3), endByte: 9, line: 1, column: 1),
            rule: ["a", "b"][generator.next(below: 2)], confidence: [0.5, 0.9][generator.next(below: 2)])
        }
        // Most documents hand over their list sorted; some do not.
        documents.append(trial % 3 == 0 ? attestations : attestations.sortedUnique())
      }
      let gathered = documents.flatMap { $0 }
      #expect(gathered.sortedUnique(groupedBy: \.source) == gathered.sortedUnique(), "trial \(trial)")
    }
  }

  private struct LinearGenerator {
    var state: UInt64
    mutating func next(below bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33) % bound
    }
  }

  private let span = SourceSpan(startByte: 0, endByte: 3, line: 1, column: 1)
  private func sentence(_ ordinal: Int) -> SentenceID { SentenceID(source: SourceID(rawValue: "source-x"), ordinal: ordinal) }
}

import DiplographModel
import Testing

@Suite struct StableHashTests {
  // Reference values of 64-bit FNV-1a from the algorithm's published test vectors.
  @Test func matchesPublishedVectors() {
    #expect(StableHash.hex("") == "cbf29ce484222325")
    #expect(StableHash.hex("a") == "af63dc4c8601ec8c")
    #expect(StableHash.hex("foobar") == "85944171f73967e8")
  }

  @Test func separatesFields() {
    #expect(StableHash.hex("ab", "c") != StableHash.hex("a", "bc"))
  }

  static let integers = [0, 1, 9, 10, 99, 100, 12_345, -1, -10, -98_765, Int.max, Int.min]
    + (0..<200).map { 1 << ($0 % 63) - $0 * 7_919 }

  /// Numbers and sentence ids are hashed from their parts, without the strings; the hash must be
  /// the one of the spelled string, or every mention and evidence id would change.
  @Test func partsHashAsTheirSpelling() {
    for value in Self.integers {
      var parts = StableHash()
      parts.combine(decimal: value)
      #expect(parts.value == StableHash.digest(String(value)), "\(value)")
      let id = SentenceID(source: SourceID(rawValue: "source-0123456789abcdef"), ordinal: Int(value.magnitude % 1_000_000_007))
      var sentence = StableHash()
      sentence.combine(id)
      #expect(sentence.value == StableHash.digest(id.source.rawValue + "-s" + String(id.ordinal)))
    }
  }

  /// A mention's or attestation's place is hashed from its parts: the digest of the spelled,
  /// separated fields, which mention and evidence ids have always been.
  @Test func placeHashesAsItsSpelledFields() {
    let id = SentenceID(source: SourceID(rawValue: "source-0123456789abcdef"), ordinal: 42)
    for (start, end) in [(0, 0), (7, 19), (1_234_567, 1_234_600)] {
      let span = SourceSpan(startByte: start, endByte: end, line: 3, column: 5)
      var place = StableHash()
      place.combine(sentence: id, span: span, rule: "treaty-title")
      #expect(place.value == StableHash.digest(id.rawValue, String(start), String(end), "treaty-title"))
    }
  }

  @Test func decimalDigitsSpellAsString() {
    for value in Self.integers {
      #expect(DecimalDigits.with(value) { String(decoding: $0, as: UTF8.self) } == String(value))
    }
  }

  @Test func sentenceIDsSpellSourceAndOrdinal() {
    for source in ["source-0123456789abcdef", "", "a longer source id than sixteen bytes, with 中文"] {
      for ordinal in [0, 7, 12, 4_096, 1_234_567_890] {
        let id = SentenceID(source: SourceID(rawValue: source), ordinal: ordinal)
        #expect(id.rawValue == source + "-s" + String(ordinal))
      }
    }
  }

  @Test func calendarDatesPrintISO8601() {
    #expect(CalendarDate(year: 2021, month: 6, day: 28)?.description == "2021-06-28")
    #expect(CalendarDate(year: 2021, month: 6)?.xsdDatatype == "gYearMonth")
    #expect(CalendarDate(year: 2021, month: 2, day: 29) == nil)
    #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
    #expect(CalendarDate(year: 2021, day: 3) == nil)
  }
}

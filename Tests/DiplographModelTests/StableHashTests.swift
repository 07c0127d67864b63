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

  @Test func calendarDatesPrintISO8601() {
    #expect(CalendarDate(year: 2021, month: 6, day: 28)?.description == "2021-06-28")
    #expect(CalendarDate(year: 2021, month: 6)?.xsdDatatype == "gYearMonth")
    #expect(CalendarDate(year: 2021, month: 2, day: 29) == nil)
    #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
    #expect(CalendarDate(year: 2021, day: 3) == nil)
  }
}

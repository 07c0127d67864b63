import Testing

@testable import DiplographExtraction

@Suite struct SurfaceCountsTests {
  @Test func countsEachFormInOrderOfFirstOccurrence() {
    var counts = SurfaceCounts()
    for form in ["中俄", "中国", "中俄", "俄罗斯", "中俄"] { counts.add(form) }
    #expect(counts.forms.map(\.surface) == ["中俄", "中国", "俄罗斯"])
    #expect(counts.forms.map(\.count) == [3, 1, 1])
  }

  @Test func canonicallyEquivalentSpellingsAreOneFormAsInADictionary() {
    // é precomposed and e + combining acute: one form, the first spelling kept.
    let precomposed = "Z\u{E9}ro", decomposed = "Ze\u{301}ro"
    var counts = SurfaceCounts()
    counts.add(precomposed)
    counts.add(decomposed, count: 2)
    var dictionary: [String: Int] = [:]
    dictionary[precomposed, default: 0] += 1
    dictionary[decomposed, default: 0] += 2
    #expect(counts.forms.count == dictionary.count)
    #expect(counts.forms[0].count == 3)
    #expect(counts.forms[0].surface.utf8.elementsEqual(precomposed.utf8))
  }

  @Test func mergingAddsCountsOfSharedFormsAndAppendsNewOnes() {
    var first = SurfaceCounts(), second = SurfaceCounts()
    first.add("黑瞎子岛", count: 2)
    second.add("大乌苏里岛")
    second.add("黑瞎子岛", count: 5)
    first.merge(second)
    #expect(first.forms.map(\.surface) == ["黑瞎子岛", "大乌苏里岛"])
    #expect(first.forms.map(\.count) == [7, 1])
    #expect(!first.isEmpty && SurfaceCounts().isEmpty)
  }
}

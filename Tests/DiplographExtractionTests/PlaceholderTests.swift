import Testing

@Test func DiplographExtractionTestsBuilds() {}

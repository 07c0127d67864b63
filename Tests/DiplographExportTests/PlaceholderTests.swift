import Testing

@Test func DiplographExportTestsBuilds() {}

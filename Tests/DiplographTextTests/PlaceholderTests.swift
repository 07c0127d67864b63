import Testing

@Test func DiplographTextTestsBuilds() {}

import Testing

@Test func DiplographCLITestsBuilds() {}

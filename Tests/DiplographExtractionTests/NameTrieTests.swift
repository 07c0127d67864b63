import Testing

@testable import DiplographExtraction

@Suite struct NameTrieTests {
  func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

  @Test func findsTheLongestNameAmongThoseSharingABeginning() {
    var trie = NameTrie()
    for (entry, name) in ["中国", "中华人民共和国", "中亚", "中"].enumerated() { trie.insert(scalars(name), entry: entry) }
    let text = scalars("在中华人民共和国与中亚之间，中国")
    #expect(trie.longestMatch(in: text, at: 1)! == (7, 1))
    #expect(trie.longestMatch(in: text, at: 9)! == (2, 2))
    #expect(trie.longestMatch(in: text, at: 14)! == (2, 0))
    #expect(trie.longestMatch(in: text, at: 0) == nil)
    // 中华 is no name, but 中 is: a walk that goes further and fails still reports the shorter.
    #expect(trie.longestMatch(in: scalars("中华民族"), at: 0)! == (1, 3))
  }

  @Test func theFirstEntryToClaimANameKeepsIt() {
    var trie = NameTrie()
    trie.insert(scalars("上海"), entry: 4)
    trie.insert(scalars("上海"), entry: 9)
    trie.insert([], entry: 2)
    #expect(trie.longestMatch(in: scalars("上海"), at: 0)! == (2, 4))
    #expect(trie.longestMatch(in: scalars("x"), at: 0) == nil)
  }

  @Test func agreesWithTryingEveryName() {
    // Names and texts over three letters, so names share beginnings and overlap often.
    var state: UInt64 = 0x1234_5678_9abc_def1
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33) % bound
    }
    let letters = scalars("甲乙丙")
    let names = (0..<60).map { _ in (0..<(1 + next(5))).map { _ in letters[next(3)] } }
    var trie = NameTrie()
    for (entry, name) in names.enumerated() { trie.insert(name, entry: entry) }
    let text = (0..<400).map { _ in letters[next(3)] }
    for position in text.indices {
      var expected: (length: Int, entry: Int)?
      for (entry, name) in names.enumerated()
      where position + name.count <= text.count && Array(text[position..<position + name.count]) == name
        && name.count > (expected?.length ?? 0) {
        expected = (name.count, entry)
      }
      let found = trie.longestMatch(in: text, at: position)
      #expect(found?.length == expected?.length && found?.entry == expected?.entry)
    }
  }
}

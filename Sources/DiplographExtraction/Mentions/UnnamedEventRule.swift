import DiplographModel

/// Events the text dates or places without naming them: `进行国事访问`, `举行会谈`. Each is its own
/// event in its own document, labelled with the noun the text uses.
enum UnnamedEventRule {
  private static let nouns: [(head: [Unicode.Scalar], kind: EntityKind)] = Grammar.heads([
    ("国事访问", .event), ("正式访问", .event), ("工作访问", .event), ("会谈", .meeting),
  ] as [(String, EntityKind)])
  private static let verbs = ["进行", "举行"].map(scalars)

  static func candidates(in text: ScalarText) -> [Candidate] {
    var found: [Candidate] = []
    for verb in verbs {
      var from = 0
      while let index = text.firstIndex(of: verb, from: from) {
        from = index + verb.count
        for (noun, kind) in nouns where text.has(noun, at: from) {
          let end = from + noun.count
          found.append(Candidate(range: from..<end, kind: kind, rule: "unnamed-event"))
          break
        }
      }
    }
    return found
  }
}

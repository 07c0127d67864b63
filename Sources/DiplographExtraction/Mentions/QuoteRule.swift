import DiplographModel

/// Quoted names `“…”`, kept only when their form says what they are: a numbered corridor
/// (“滨海1号”), an initiative, an event, or a name followed by a project noun (“北溪”天然气管道).
/// Slogans in quotes (“小院高墙”) match none of these and are dropped.
enum QuoteRule {
  private static let projectNouns: [(head: [Unicode.Scalar], kind: EntityKind)] = Grammar.heads([
    ("天然气管道", .pipeline), ("石油管道", .pipeline), ("管道", .pipeline), ("管线", .pipeline), ("大桥", .bridge),
    ("国际交通走廊", .transportCorridor), ("交通走廊", .transportCorridor), ("走廊", .transportCorridor),
    ("项目", .project), ("计划", .project), ("天文台", .facility), ("科研站", .facility),
  ] as [(String, EntityKind)])

  private static let eventHeads: [(head: [Unicode.Scalar], kind: EntityKind)] = Grammar.heads([
    ("运动会", .games), ("博览会", .expo), ("论坛", .forum), ("文化节", .event), ("艺术节", .event), ("年", .themedYear),
  ] as [(String, EntityKind)])

  private static let routeNouns = ["铁路", "公路", "港口"].map(scalars)

  private static let initiativeHeads: [[Unicode.Scalar]] = ["倡议", "战略", "伙伴关系", "一带一路"].map(scalars)

  static func candidates(in text: ScalarText) -> [Candidate] {
    var found: [Candidate] = []
    var start: Int?
    for index in 0..<text.count {
      if text[index] == "“" {
        start = index + 1
      } else if text[index] == "”", let open = start {
        start = nil
        let range = open..<index
        guard (2...30).contains(range.count), let kind = classify(text, range) else { continue }
        found.append(Candidate(range: range, kind: kind, rule: "quote", isContainer: true))
      }
    }
    return found
  }

  private static func classify(_ text: ScalarText, _ range: Range<Int>) -> EntityKind? {
    let end = range.upperBound
    for (noun, kind) in projectNouns where text.has(noun, at: end + 1) { return kind }
    if text[end - 1] == "号", range.contains(where: { text[$0].isASCIIDigit || Numerals.isNumeral(text[$0]) }) {
      return .transportCorridor
    }
    for head in initiativeHeads where text.has(head, endingAt: end) { return .initiative }
    for (noun, kind) in projectNouns where text.has(noun, endingAt: end) && range.count > noun.count + 1 { return kind }
    if routeNouns.contains(where: { text.has($0, endingAt: end) }), range.count > 3 { return .project }
    for (head, kind) in eventHeads where text.has(head, endingAt: end) && range.count > head.count + 1 { return kind }
    return nil
  }
}

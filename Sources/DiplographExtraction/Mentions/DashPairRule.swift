import DiplographModel

/// Dash-joined pairs: `黑河—布拉戈维申斯克公路桥`, `珲春—马哈林诺铁路口岸`. The pair is a project
/// or a crossing; its two ends are places it connects.
enum DashPairRule {
  private static let heads: [(head: [Unicode.Scalar], kind: EntityKind)] = Grammar.heads([
    ("公路大桥", .bridge), ("铁路大桥", .bridge), ("公路桥", .bridge), ("铁路桥", .bridge), ("界河桥", .bridge),
    ("大桥", .bridge), ("铁路口岸", .borderCrossing), ("公路口岸", .borderCrossing), ("口岸", .borderCrossing),
    ("天然气管道", .pipeline), ("石油管道", .pipeline), ("输油管道", .pipeline), ("管道", .pipeline),
    ("高速铁路", .project), ("铁路", .project), ("公路", .project), ("索道", .project), ("桥", .bridge),
  ] as [(String, EntityKind)])

  struct Pair {
    let whole: Candidate
    let ends: [Candidate]
  }

  static func pairs(in text: ScalarText) -> [Pair] {
    var found: [Pair] = []
    for dash in 1..<max(1, text.count - 1) where text[dash].isJoiningDash && text[dash - 1].isHan && text[dash + 1].isHan {
      guard let (rightEnd, headStart, kind) = rightEnd(text, from: dash + 1) else { continue }
      let start = leftStart(text, dash: dash)
      guard dash - start >= 2, headStart - dash - 1 >= 2 else { continue }
      let ends = [start..<dash, (dash + 1)..<headStart].map { range in
        Candidate(
          range: range, kind: text.knownName(at: range.lowerBound)
            .flatMap { $0.length == range.count ? $0.entry.kind : nil } ?? .city, rule: "dash-pair-end")
      }
      found.append(Pair(whole: Candidate(range: start..<rightEnd, kind: kind, rule: "dash-pair"), ends: ends))
    }
    return found
  }

  private static func rightEnd(_ text: ScalarText, from: Int) -> (end: Int, headStart: Int, kind: EntityKind)? {
    var index = from
    while index < text.count, index - from <= 10, text[index].isHan {
      for (head, kind) in heads where text.has(head, at: index) && index - from >= 2 {
        return (index + head.count, index, kind)
      }
      index += 1
    }
    return nil
  }

  private static func leftStart(_ text: ScalarText, dash: Int) -> Int {
    // A known place ending at the dash is the left end, whatever stands before it.
    if let (length, _) = text.knownName(endingAt: dash, lengths: 2...8, shortestFirst: false) { return dash - length }
    let start = NameExtent.start(in: text, headStart: dash)
    // The left end is one place: the last 2–8 ideographs, not the clause before it.
    return max(start, dash - 8)
  }
}

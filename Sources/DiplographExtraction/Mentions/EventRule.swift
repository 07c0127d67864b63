import DiplographModel

/// Events by pattern: numbered sessions (`中俄总理第二十七次定期会晤`, `第七届中俄博览会`,
/// `《生物多样性公约》第15次缔约方大会`), events named with their year (`2023年世界无线电通信大会`,
/// `北京2022年冬奥会`) and themed years (`2022—2023年中俄体育交流年`).
enum EventRule {
  private static let heads: [(head: [Unicode.Scalar], kind: EntityKind)] = Grammar.heads([
    ("缔约方大会", .conference), ("会晤", .meeting), ("理事会会议", .meeting), ("会议", .meeting), ("峰会", .meeting),
    ("大会", .conference), ("博览会", .expo), ("运动会", .games), ("冬奥会", .games), ("奥运会", .games),
    ("冬残奥会", .games), ("亚运会", .games), ("论坛", .forum), ("对话", .meeting),
  ] as [(String, EntityKind)])

  private static let firstSession = scalars("首届")
  private static let firstTime = scalars("首次")
  private static let minutes = scalars("纪要")

  static func candidates(in text: ScalarText, dates: [DateMention]) -> [Candidate] {
    // `2021年第九届…运动会`: the year dates the event; it is not part of its name.
    let ordinal = ordinalEvents(in: text).map { candidate in
      var trimmed = candidate
      if let date = dates.first(where: { $0.range.lowerBound == candidate.range.lowerBound && $0.range.upperBound < candidate.range.upperBound }) {
        trimmed.range = date.range.upperBound..<candidate.range.upperBound
      }
      return trimmed
    }
    return ordinal + datedEvents(in: text, dates: dates) + themedYears(in: text, dates: dates)
  }

  /// `2020—2021中俄科技创新年` (years without 年) and `中俄地方合作交流年（2018—2019年）` (years after
  /// the name, in parentheses).
  private static func themedYears(in text: ScalarText, dates: [DateMention]) -> [Candidate] {
    var found: [Candidate] = []
    var index = 0
    while index + 9 < text.count {
      let years = (index..<index + 4).allSatisfy { text[$0].isASCIIDigit } && text[index + 4].isJoiningDash
        && (index + 5..<index + 9).allSatisfy { text[$0].isASCIIDigit }
      if years, index == 0 || !text[index - 1].isASCIIDigit, text[index + 9].isHan, text[index + 9] != "年",
        let end = themedYearEnd(text, from: index + 9)
      {
        found.append(Candidate(range: index..<end, kind: .themedYear, rule: "themed-year"))
      }
      index += 1
    }
    for date in dates where date.endYear != nil {
      let open = date.range.lowerBound - 1
      guard open > 1, text[open] == "(", date.range.upperBound < text.count, text[date.range.upperBound] == ")",
        text[open - 1] == "年", text[open - 2].isHan
      else { continue }
      let start = NameExtent.start(in: text, headStart: open - 1)
      if open - start >= 4 { found.append(Candidate(range: start..<open, kind: .themedYear, rule: "themed-year")) }
    }
    return found
  }

  /// `第N次…会晤`, `第N届…博览会`, `首届…论坛`.
  private static func ordinalEvents(in text: ScalarText) -> [Candidate] {
    var found: [Candidate] = []
    for index in 0..<text.count {
      var ordinal: Int?
      var afterOrdinal = index
      if text[index] == "第" {
        var end = index + 1
        while end < text.count, Numerals.isNumeral(text[end]) { end += 1 }
        guard end < text.count, end > index + 1, text[end] == "次" || text[end] == "届" else { continue }
        ordinal = Numerals.value(text.scalars[(index + 1)..<end])
        afterOrdinal = end + 1
      } else if text[index] == "首", text.has(firstSession, at: index) || text.has(firstTime, at: index) {
        ordinal = 1
        afterOrdinal = index + 2
      } else {
        continue
      }
      guard let (headEnd, kind) = head(in: text, from: afterOrdinal, within: 14) else { continue }
      // 第九次会议纪要 names the minutes, not a meeting the text reports.
      if text.has(minutes, at: headEnd) { continue }
      var start = NameExtent.start(in: text, headStart: index)
      // 《生物多样性公约》第15次缔约方大会, 《…协定》联委会首次会议: the series is named by the title
      // before it.
      if start > 0, text[start - 1] == "》",
        let open = (max(0, start - 80)..<(start - 1)).last(where: { text[$0] == "《" })
      {
        start = open
      }
      found.append(Candidate(range: start..<headEnd, kind: kind, rule: "event-ordinal", ordinal: ordinal))
    }
    return found
  }

  /// `2023年世界无线电通信大会`, `北京2022年冬奥会`, `2022—2023年中俄体育交流年`.
  private static func datedEvents(in text: ScalarText, dates: [DateMention]) -> [Candidate] {
    var found: [Candidate] = []
    for date in dates where date.date.month == nil {
      let from = date.range.upperBound
      // 2022年第三届…: the ordinal rule names it; 2021年在俄罗斯举办…: a clause, not a name.
      if from < text.count, text[from] == "第" || text.has(firstSession, at: from) { continue }
      if date.endYear != nil, let end = themedYearEnd(text, from: from) {
        found.append(Candidate(range: date.range.lowerBound..<end, kind: .themedYear, rule: "themed-year"))
        continue
      }
      guard let (headEnd, kind) = head(in: text, from: from, within: 12), headEnd - from >= 3 || kind == .games,
        !NameExtent.hasBoundary(text, in: from..<headEnd)
      else {
        continue
      }
      var start = date.range.lowerBound
      // A host city written before the year belongs to the name: 北京2022年冬奥会.
      if kind == .games,
        let (length, _) = text.knownName(endingAt: start, lengths: 2...6, shortestFirst: true, where: { $0.kind == .city })
      {
        start -= length
      }
      found.append(Candidate(range: start..<headEnd, kind: kind, rule: "event-dated"))
    }
    return found
  }

  /// A themed year's name ends in 年 a few characters after its years: 中俄体育交流年.
  private static func themedYearEnd(_ text: ScalarText, from: Int) -> Int? {
    var index = from
    while index < text.count, index - from < 12, text[index].isHan {
      if text[index] == "年", index - from >= 3 { return index + 1 }
      index += 1
    }
    return nil
  }

  private static func head(in text: ScalarText, from: Int, within limit: Int) -> (end: Int, kind: EntityKind)? {
    var index = from
    while index < text.count, index - from <= limit {
      for (head, kind) in heads where text.has(head, at: index) { return (index + head.count, kind) }
      guard text[index].isNameScalar || text[index] == "》" || text[index] == "《" || text[index].isJoiningDash else { return nil }
      index += 1
    }
    return nil
  }
}

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
  private static let minutes = scalars("纪要")

  static func candidates(in text: ScalarText, dates: [DateMention]) -> [Candidate] {
    ordinalEvents(in: text) + datedEvents(in: text, dates: dates)
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
      } else if text[index] == "首", text.has(firstSession, at: index) {
        ordinal = 1
        afterOrdinal = index + 2
      } else {
        continue
      }
      guard let (headEnd, kind) = head(in: text, from: afterOrdinal, within: 14) else { continue }
      // 第九次会议纪要 names the minutes, not a meeting the text reports.
      if text.has(minutes, at: headEnd) { continue }
      var start = NameExtent.start(in: text, headStart: index)
      // 《生物多样性公约》第15次缔约方大会: the series is named by the title before it.
      if start == index, index > 0, text[index - 1] == "》",
        let open = (max(0, index - 60)..<(index - 1)).last(where: { text[$0] == "《" })
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
      if date.endYear != nil, let end = themedYearEnd(text, from: from) {
        found.append(Candidate(range: date.range.lowerBound..<end, kind: .themedYear, rule: "themed-year"))
        continue
      }
      guard let (headEnd, kind) = head(in: text, from: from, within: 12), headEnd - from >= 3 || kind == .games else {
        continue
      }
      var start = date.range.lowerBound
      // A host city written before the year belongs to the name: 北京2022年冬奥会.
      var cityStart = start
      while cityStart > 0, start - cityStart < 6, text[cityStart - 1].isHan { cityStart -= 1 }
      if kind == .games, cityStart < start, Gazetteer.bundled.longestMatch(in: text, at: cityStart)?.length == start - cityStart {
        start = cityStart
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
      guard text[index].isNameScalar || text[index] == "》" || text[index] == "《" else { return nil }
      index += 1
    }
    return nil
  }
}

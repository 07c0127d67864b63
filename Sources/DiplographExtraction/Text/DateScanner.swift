import DiplographModel

/// A date or year span found in a sentence, with the scalars it covers.
struct DateMention {
  let range: Range<Int>
  let date: CalendarDate
  /// The last year of a span (`2022—2023年`), nil for a single date.
  let endYear: Int?
  /// The last day of a span of days (`2023年3月20日至22日`, `12月14—20日`).
  var endDay: Int? = nil
}

/// Finds `2022年12月5日`, `2022年12月`, `2022年` and `2022—2023年` in folded text.
enum DateScanner {
  static func dates(in text: ScalarText) -> [DateMention] {
    var found: [DateMention] = []
    var index = 0
    while index < text.count {
      guard Numerals.isNumeral(text[index]), index == 0 || !Numerals.isNumeral(text[index - 1]),
        let (year, afterYear) = number(text, from: index), (1000...2999).contains(year)
      else {
        index += 1
        continue
      }
      var end = afterYear
      var endYear: Int?
      if end < text.count, text[end].isJoiningDash, let (second, afterSecond) = number(text, from: end + 1),
        (1000...2999).contains(second), afterSecond < text.count, text[afterSecond] == "年"
      {
        endYear = second
        end = afterSecond
      }
      guard end < text.count, text[end] == "年" else {
        index = afterYear
        continue
      }
      end += 1
      var month: Int?
      var day: Int?
      var endDay: Int?
      if endYear == nil, let (m, afterMonth) = number(text, from: end), afterMonth < text.count, text[afterMonth] == "月" {
        month = m
        end = afterMonth + 1
        if let (d, afterDay) = number(text, from: end), afterDay < text.count {
          if text[afterDay] == "日" {
            day = d
            end = afterDay + 1
            // 20日至22日
            if end < text.count, text[end] == "至", let (last, afterLast) = number(text, from: end + 1),
              afterLast < text.count, text[afterLast] == "日"
            {
              endDay = last
              end = afterLast + 1
            }
          } else if text[afterDay].isJoiningDash || text[afterDay] == "至", let (last, afterLast) = number(text, from: afterDay + 1),
            afterLast < text.count, text[afterLast] == "日"
          {
            day = d
            endDay = last
            end = afterLast + 1
          }
        }
      }
      if let date = CalendarDate(year: year, month: month, day: day) {
        found.append(DateMention(range: index..<end, date: date, endYear: endYear, endDay: endDay))
      }
      index = end
    }
    return found
  }

  /// A number in Arabic digits (2022, 12) or Chinese numerals, read digit by digit for years
  /// (二〇二三) and with units for months and days (二十一).
  private static func number(_ text: ScalarText, from start: Int) -> (Int, Int)? {
    var end = start
    if start < text.count, text[start].isASCIIDigit {
      while end < text.count, text[end].isASCIIDigit, end - start < 4 { end += 1 }
    } else {
      while end < text.count, Numerals.isNumeral(text[end]), !text[end].isASCIIDigit, end - start < 4 { end += 1 }
    }
    guard end > start else { return nil }
    let run = text.scalars[start..<end]
    if run.count == 4, !run.contains("十"), let digits = Numerals.digitwise(run) { return (digits, end) }
    guard let value = Numerals.value(run) else { return nil }
    return (value, end)
  }
}

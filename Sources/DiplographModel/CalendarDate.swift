/// A date as precise as the text gives it: a year, a month of a year, or a day.
///
/// `description` is ISO 8601 (`2021-06-28`, `2021-06`, `2021`) and `xsdDatatype` the matching XML
/// Schema type, so exports never have to guess the precision.
public struct CalendarDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  public let year: Int
  public let month: Int?
  public let day: Int?

  /// Returns nil for a month or day out of range (2021-02-30), or a day without a month.
  public init?(year: Int, month: Int? = nil, day: Int? = nil) {
    guard (1...9999).contains(year) else { return nil }
    if let month, !(1...12).contains(month) { return nil }
    if let day {
      guard let month, (1...CalendarDate.daysIn(month: month, year: year)).contains(day) else {
        return nil
      }
    }
    self.year = year
    self.month = month
    self.day = day
  }

  public enum Precision: Sendable { case year, month, day }

  public var precision: Precision { day != nil ? .day : (month != nil ? .month : .year) }

  /// `xsd:date`, `xsd:gYearMonth` or `xsd:gYear`, by precision (local name only).
  public var xsdDatatype: String {
    switch precision {
    case .day: return "date"
    case .month: return "gYearMonth"
    case .year: return "gYear"
    }
  }

  public var description: String {
    var text = pad(year, 4)
    if let month { text += "-" + pad(month, 2) }
    if let day { text += "-" + pad(day, 2) }
    return text
  }

  public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}

private func pad(_ value: Int, _ width: Int) -> String {
  let digits = String(value)
  return String(repeating: "0", count: max(0, width - digits.count)) + digits
}

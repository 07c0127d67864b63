/// Chinese and Arabic numerals as they appear in ordinals (第二十七次, 第15次) and dates.
enum Numerals {
  private static let digits: [Unicode.Scalar: Int] = [
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
  ]
  private static let units: [Unicode.Scalar: Int] = ["十": 10, "百": 100, "千": 1000]

  /// A digit or a unit of `digits` and `units`, without hashing: asked at every position.
  static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "0"..."9", "零", "〇", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千": return true
    default: return false
    }
  }

  /// A year written digit by digit: 二〇二三 → 2023.
  static func digitwise(_ run: ArraySlice<Unicode.Scalar>) -> Int? {
    var total = 0
    for scalar in run {
      guard let digit = digits[scalar] else { return nil }
      total = total * 10 + digit
    }
    return total
  }

  /// The value of a run of numerals, Chinese (二十七) or Arabic (27).
  static func value(_ run: ArraySlice<Unicode.Scalar>) -> Int? {
    guard !run.isEmpty else { return nil }
    if run.allSatisfy(\.isASCIIDigit) { return Int(String(String.UnicodeScalarView(run))) }
    var total = 0
    var current = 0
    for scalar in run {
      if let digit = digits[scalar] {
        current = current * 10 + digit
      } else if let unit = units[scalar] {
        total += (current == 0 ? 1 : current) * unit
        current = 0
      } else {
        return nil
      }
    }
    return total + current
  }
}

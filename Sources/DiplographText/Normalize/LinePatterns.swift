/// Whole-line patterns: lines to drop (page and newspaper markers) and lines that stand alone
/// (section numbers, date lines, datelines). Each takes a line's scalars, trimmed.
enum LinePatterns {
  /// `— 1 —`, `- 12 -`, `–3–`, a bare `12`, `第 3 页`: a PDF page marker.
  static func isPageMarker(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
    guard hasAtMost(12, line) else { return false }
    let core = line.filter { !ScalarClass.isSpace($0) }
    guard !core.isEmpty, core.count <= 12 else { return false }
    if core.first == "第", core.last == "页" { return core.dropFirst().dropLast().allSatisfy(ScalarClass.isDigit) }
    let digits = core.filter(ScalarClass.isDigit)
    let dashes = core.filter { $0 == "—" || $0 == "–" || $0 == "-" || $0 == "－" }
    return !digits.isEmpty && digits.count <= 4 && digits.count + dashes.count == core.count
      && (dashes.isEmpty ? core.count <= 4 : dashes.count <= 4)
  }

  /// `（上接第二版）`, `(下转第3版)`: where a newspaper story continues.
  static func isNewspaperMarker(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
    guard isParenthesized(line) else { return false }
    let text = String(String.UnicodeScalarView(line.filter { !ScalarClass.isSpace($0) }))
    guard text.count <= 16, text.hasPrefix("（") || text.hasPrefix("("), text.hasSuffix("）") || text.hasSuffix(")") else {
      return false
    }
    let inner = text.dropFirst().dropLast()
    return (inner.hasPrefix("上接") || inner.hasPrefix("下转") || inner.hasPrefix("接") || inner.hasPrefix("转"))
      && inner.hasSuffix("版")
  }

  /// `一`, `十二`, `五、`: a section number on its own line.
  static func isSectionNumber(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
    var core = line
    if let last = core.last, last == "、" || last == "." || last == "．" { core = core.dropLast() }
    return !core.isEmpty && core.count <= 4 && core.allSatisfy(ScalarClass.isChineseNumeral)
  }

  /// `三、双方…`, `（一）…`, `1. …`: a numbered paragraph, which starts a new paragraph.
  static func startsNumberedParagraph(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
    var index = line.startIndex
    if index < line.endIndex, line[index] == "（" || line[index] == "(" {
      index += 1
      let digits = line[index...].prefix { ScalarClass.isChineseNumeral($0) || ScalarClass.isDigit($0) }
      return !digits.isEmpty && digits.count <= 3 && index + digits.count < line.endIndex
        && (line[index + digits.count] == "）" || line[index + digits.count] == ")")
    }
    let numerals = line.prefix(while: ScalarClass.isChineseNumeral)
    if !numerals.isEmpty, numerals.count <= 3, line.startIndex + numerals.count < line.endIndex {
      return line[line.startIndex + numerals.count] == "、"
    }
    return false
  }

  /// `——`: a list item.
  static func startsListItem(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
    line.count >= 2 && line[line.startIndex] == "—" && line[line.startIndex + 1] == "—"
  }

  /// `二〇二三年三月二十一日于莫斯科`, `2021年6月28日`: a statement's closing date line.
  static func isDateLine(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
    guard hasAtMost(30, line), line.contains("年") else { return false }
    let core = Array(line.filter { !ScalarClass.isSpace($0) })
    guard core.count <= 30, let year = core.firstIndex(of: "年"), year >= 2,
      core[..<year].allSatisfy({ ScalarClass.isChineseNumeral($0) || ScalarClass.isDigit($0) }),
      let day = core.firstIndex(of: "日"), let month = core.firstIndex(of: "月"), year < month, month < day
    else { return false }
    let rest = core[(day + 1)...]
    return rest.isEmpty || (rest.first == "于" && rest.count <= 12 && rest.allSatisfy(ScalarClass.isHan))
  }

  /// `（新华社北京12月2日电）`: a news agency's dateline.
  static func isDateline(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
    guard isParenthesized(line) else { return false }
    let text = String(String.UnicodeScalarView(line.filter { !ScalarClass.isSpace($0) }))
    return text.count <= 40 && (text.hasPrefix("（") || text.hasPrefix("(")) && (text.hasSuffix("电）") || text.hasSuffix("电)"))
  }

  /// A Markdown table's separator row: `|--|:--:|`.
  static func isTableSeparator(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
    line.first == "|" && line.allSatisfy { $0 == "|" || $0 == "-" || $0 == ":" || ScalarClass.isSpace($0) }
  }

  /// The number of `#` of a Markdown heading (`# 标题`), or 0.
  static func headingLevel(_ line: ArraySlice<Unicode.Scalar>) -> Int {
    let hashes = line.prefix { $0 == "#" }.count
    guard (1...6).contains(hashes), line.count > hashes, ScalarClass.isSpace(line[line.startIndex + hashes]) else { return 0 }
    return hashes
  }

  // Quick refusals, for the lines (nearly all) that cannot match: the patterns above build
  // strings and arrays, and every line of every file is asked.

  /// At most `limit` scalars that are not spaces.
  private static func hasAtMost(_ limit: Int, _ line: ArraySlice<Unicode.Scalar>) -> Bool {
    var count = 0
    for scalar in line where !ScalarClass.isSpace(scalar) {
      count += 1
      if count > limit { return false }
    }
    return true
  }

  /// The first and the last scalar that are not spaces are an opening and a closing
  /// parenthesis, half or full width. A string that starts with the character `（` starts with
  /// that scalar (no other spelling is canonically equivalent to it), so this refuses no line
  /// the string comparisons would accept.
  private static func isParenthesized(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
    guard let first = line.first(where: { !ScalarClass.isSpace($0) }), first == "（" || first == "(",
      let last = line.last(where: { !ScalarClass.isSpace($0) })
    else { return false }
    return last == "）" || last == ")"
  }
}

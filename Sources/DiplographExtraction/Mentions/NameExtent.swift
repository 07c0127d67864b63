/// Where a name that ends at a known suffix begins.
///
/// The name runs left over name characters until a boundary word (a verb or function word that
/// introduces it) or punctuation. A state at its head anchors it (中俄投资合作委员会 inside
/// `强调该机制下中俄投资合作委员会`), and a list of complete names (`A部和B部`, `A、B`) is cut
/// after the last complete one.
enum NameExtent {
  static let maxLength = 48
  private static let strong = WordList(Grammar.strongBoundaries)
  private static let weak = WordList(Grammar.weakBoundaries)
  private static let suffixes = WordList(Grammar.nameSuffixes.map(\.suffix))

  /// The start of the name whose head (suffix, or ordinal) begins at `headStart`.
  static func start(in text: ScalarText, headStart: Int, lowerBound: Int = 0, minimum: Int = 2) -> Int {
    let wide = extend(text, headStart: headStart, lowerBound: lowerBound, weakToo: false)
    let anchored = (wide..<headStart).contains { isAnchor(text, at: $0) }
    var start = wide
    if !anchored {
      let narrow = extend(text, headStart: headStart, lowerBound: lowerBound, weakToo: true)
      // A weak boundary that leaves too short a name was part of it: 全球发展倡议.
      // But not past a conjunction: 环境保护和组织 is no name.
      if headStart - narrow >= minimum || (narrow > 0 && Grammar.conjunctions.contains(text[narrow - 1])) { start = narrow }
    }
    // Parentheses only inside a name: `政府首脑（总理）理事会`, never `（以下简称…`.
    while start < headStart, text[start] == ")" || text[start] == "(" || text[start] == "、" { start += 1 }
    return cutAtLastCompleteName(text, start: anchor(text, start: start, headStart: headStart), headStart: headStart)
  }

  private static func extend(_ text: ScalarText, headStart: Int, lowerBound: Int, weakToo: Bool) -> Int {
    var start = headStart
    var depth = 0
    while start > lowerBound, headStart - start < maxLength {
      let previous = text[start - 1]
      if previous == ")" { depth += 1 }
      if previous == "(" {
        // Only a parenthesis the name itself opened: 政府首脑（总理）理事会, not （呼叫中心.
        if depth == 0 { break }
        depth -= 1
      }
      // 2021—2025年: a span of years inside a name.
      let yearDash = previous.isJoiningDash && start >= 2 && text[start - 2].isASCIIDigit && text[start].isASCIIDigit
      // 中国—中亚合作论坛: a dash between two known places or states inside a name.
      let placeDash = previous.isJoiningDash && knownPlaceEnds(text, at: start - 1) && isAnchor(text, at: start)
      guard previous.isNameScalar || previous == "、" || previous == "(" || previous == ")" || yearDash || placeDash else { break }
      if previous == "、", !enumeratesWithinName(text, at: start - 1, headStart: headStart) { break }
      if previous.isHan, !isInsideStateName(text, start) {
        if let word = strong.word(in: text, endingAt: start), !(word == ["同"] && endsState(text, at: start - 1)) { break }
        if weakToo, weak.word(in: text, endingAt: start) != nil { break }
      }
      start -= 1
    }
    // A parenthesis the name closes but never opens (Spektr－M）天文台) means its head lies beyond
    // what the name may hold: no name.
    return depth > 0 ? headStart : start
  }

  /// The state that opens the name, if one lies inside it; an ordinal or `首届` before the state
  /// belongs to the name.
  static func anchor(_ text: ScalarText, start: Int, headStart: Int) -> Int {
    for index in start..<headStart where isAnchor(text, at: index) {
      if index > start, text[index - 1] == "届" || text[index - 1] == "次" {
        if let ordinal = (start..<index).last(where: { text[$0] == "第" || text.has(["首"], at: $0) }) { return ordinal }
      }
      return index
    }
    return start
  }

  /// In `A部和B部`, the name of the second starts after `和`: a conjunction right after a
  /// complete name ends it.
  static func cutAtLastCompleteName(_ text: ScalarText, start: Int, headStart: Int) -> Int {
    // `A地区和B地区`: a list of places; `A地区和B地区政府间合作委员会`: one organization.
    let headTop = Grammar.nameSuffixes.first { text.has($0.suffix, at: headStart) }?.kind.top
    let headIsPlace = headTop == .place
    let completeNames = headIsPlace ? placeSuffixes : headTop == .document ? documentHeads : organizationSuffixes
    var start = start
    var index = start
    while index < headStart {
      if Grammar.conjunctions.contains(text[index]), index > start,
        completeNames.word(in: text, endingAt: beforeParenthesis(text, index, start)) != nil || (headIsPlace && isAnchor(text, at: index + 1))
          || (text.statePrefix(at: start).map { $0.length == index - start && $0.country != nil } ?? false)
          || text.known.nameLength(at: start) == index - start
      {
        start = anchor(text, start: index + 1, headStart: headStart)
        index = start
        continue
      }
      index += 1
    }
    while start < headStart, Grammar.conjunctions.contains(text[start]) { start += 1 }
    return start
  }

  /// `委员会（中华人民共和国）与…`: a name's qualifier in parentheses does not hide its suffix.
  private static func beforeParenthesis(_ text: ScalarText, _ index: Int, _ start: Int) -> Int {
    guard index > start, text[index - 1] == ")", let open = (start..<(index - 1)).last(where: { text[$0] == "(" }) else { return index }
    return open
  }

  private static let documentHeads = WordList(Grammar.documentHeads.map(\.head))
  private static let placeSuffixes = WordList(Grammar.nameSuffixes.filter { $0.kind.top == .place }.map(\.suffix))
  private static let organizationSuffixes = WordList(
    Grammar.nameSuffixes.filter { $0.kind.top != .place }.map(\.suffix) + ["会议", "机构", "中心"].map(scalars))

  /// True when a word that introduces a name lies inside `range`: then it holds a clause.
  static func hasBoundary(_ text: ScalarText, in range: Range<Int>) -> Bool {
    range.dropFirst().contains { strong.word(in: text, endingAt: $0) != nil && !isInsideStateName(text, $0) }
  }

  /// A state or a gazetteer place ends just before `index`.
  static func knownPlaceEnds(_ text: ScalarText, at index: Int) -> Bool {
    text.knownName(endingAt: index, lengths: 2...8, shortestFirst: true) { $0.kind.top == .place } != nil
  }

  /// A state, or a known organization, opens a name at `index`: 中俄…, 联合国…, 上海合作组织….
  static func isAnchor(_ text: ScalarText, at index: Int) -> Bool {
    if text.known.stateLength(at: index) > 0 { return true }
    guard let (_, entry) = text.knownName(at: index) else { return false }
    return entry.kind.top == .organization || (entry.kind == .region && index > 0 && text[index - 1].isJoiningDash)
  }

  /// `中俄同类…`: a one-character boundary right after a state opens a word, it does not end one.
  private static func endsState(_ text: ScalarText, at index: Int) -> Bool {
    for length in 2...7 where index - length >= 0 {
      if text.known.stateLength(at: index - length) == length { return true }
    }
    return false
  }

  /// `数字发展、通信和大众传媒部`: an enumeration inside one ministry's name, told by a state
  /// opening the name before the `、` and a `和` closing the list after it.
  private static func enumeratesWithinName(_ text: ScalarText, at comma: Int, headStart: Int) -> Bool {
    guard (comma + 1..<headStart).contains(where: { text[$0] == "和" }) else { return false }
    if suffixes.word(in: text, endingAt: comma) != nil { return false }
    return (max(0, comma - 16)..<comma).contains { text.known.stateLength(at: $0) > 0 }
  }

  /// `联邦` in `俄罗斯联邦` contains no boundary, but `中华人民共和国` contains `和`: never stop
  /// inside a state's name.
  private static func isInsideStateName(_ text: ScalarText, _ index: Int) -> Bool {
    for offset in 1..<7 where index - offset >= 0 {
      if text.known.stateLength(at: index - offset) > offset { return true }
    }
    return false
  }
}

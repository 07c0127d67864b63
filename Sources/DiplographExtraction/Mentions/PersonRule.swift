import DiplographModel

/// A person named after the post they hold: `中华人民共和国国务院总理李克强`,
/// `俄罗斯联邦总统普京`. The post is a Role of the state that opens it.
enum PersonRule {
  private static let titles: [[Unicode.Scalar]] = [
    "国务院总理", "国务院副总理", "政府总理", "政府副总理", "副总理", "总理", "副主席", "主席", "副总统", "总统",
    "外交部长", "外长", "国务委员", "部长", "副部长", "大使", "特使", "秘书长", "议长", "首相", "国王",
  ].map(scalars).sorted { $0.count > $1.count }

  /// Characters that end a name: what follows a name in a sentence, never inside one.
  private static let afterName = ScalarSet([
    "和", "与", "于", "在", "应", "对", "举", "会", "同", "进", "共", "签", "的", "表", "出", "将", "以", "邀", "及",
    "率", "办", "访", "主", "致", "通", "就", "说", "指", "为", "第", "定", "关", "也", "并", "等", "向", "代", "作", "分", "先", "阁",
  ] as [Unicode.Scalar])

  struct Match {
    let role: Candidate
    let person: Candidate
  }

  /// A signature line holding only a post: `中华人民共和国主席`.
  static func roleLine(_ text: ScalarText) -> Candidate? {
    guard let (stateLength, country) = text.statePrefix(at: 0), country != nil,
      titles.contains(where: { $0.count + stateLength == text.count && text.has($0, at: stateLength) })
    else { return nil }
    return Candidate(range: 0..<text.count, kind: .role, rule: "signature-role")
  }

  /// The line under a post in a signature block: a name alone (`习近平`, `弗·弗·普京`).
  static func nameLine(_ text: ScalarText) -> Candidate? {
    guard (2...12).contains(text.count), (0..<text.count).allSatisfy({ text[$0].isHan || text[$0] == "·" }),
      text.knownName(at: 0) == nil
    else { return nil }
    return Candidate(range: 0..<text.count, kind: .person, rule: "signature-name")
  }

  static func matches(in text: ScalarText) -> [Match] {
    var found: [Match] = []
    var index = 0
    while index < text.count {
      guard let (stateLength, country) = text.statePrefix(at: index), country != nil,
        let title = titles.first(where: { text.has($0, at: index + stateLength) })
      else {
        index += 1
        continue
      }
      let roleEnd = index + stateLength + title.count
      var nameEnd = roleEnd
      while nameEnd < text.count, nameEnd - roleEnd < 12, text[nameEnd].isHan || text[nameEnd] == "·",
        !afterName.contains(text[nameEnd])
      {
        nameEnd += 1
      }
      if nameEnd - roleEnd >= 2, nameEnd - roleEnd <= 10 {
        found.append(Match(
          role: Candidate(range: index..<roleEnd, kind: .role, rule: "role-title"),
          person: Candidate(range: roleEnd..<nameEnd, kind: .person, rule: "person-after-role")))
      }
      index = max(nameEnd, index + 1)
    }
    return found
  }
}

import DiplographModel

/// Organization, event and initiative names found by their suffix (委员会, 总局, 论坛, 倡议 …),
/// with every modifier that belongs to the name.
enum SuffixRule {
  private static let suffixes = WordList(Grammar.nameSuffixes.map(\.suffix))

  private static let statePair = scalars("中俄")

  private static let dialogue = scalars("对话")
  private static let institution = scalars("机构")

  static func candidates(in text: ScalarText) -> [Candidate] {
    var found: [Candidate] = []
    // The suffixes of names already found: a name that ends inside one (集团 in 集团公司, 大学 in
    // 大学联盟) is a modifier of the longer name, not a name of its own.
    var outerSuffixes: [Range<Int>] = []
    var end = text.count
    while end > 0 {
      guard let number = suffixes.number(in: text, endingAt: end), !continuesAsWord(text, end) else {
        end -= 1
        continue
      }
      let (suffix, kind, needsState) = Grammar.nameSuffixes[number]
      let headStart = end - suffix.count
      if outerSuffixes.contains(where: { $0.lowerBound <= end && end < $0.upperBound }) {
        end -= 1
        continue
      }
      let start = NameExtent.start(in: text, headStart: headStart, minimum: 2)
      // A known city opens a name as well as a state does: 莫斯科交易所, 上海黄金交易所.
      let opensWithAnchor = NameExtent.isAnchor(text, at: start)
        || (kind.top != .place && text.knownName(at: start)?.entry.kind == .city)
      // Without a state or known body at its head, a two-character modifier makes a common noun
      // (国际组织, 保险公司), not a name.
      let minimum = opensWithAnchor ? 2 : kind.top == .organization ? 4 : 3
      // A place needs a state of its own at its head (中国东北地区), not a pair (中俄边境地区).
      let opensWithState = text.statePrefix(at: start).map { kind.top != .place || $0.country != nil } ?? false
      // A document named without 《》 needs a known body at its head: 联合国宪章, 联合国安理会第2231号决议.
      let anchoredEnough = kind.top == .document ? opensWithAnchor : (!needsState || opensWithState)
      // 中俄金融对话 is a mechanism; 开展建设性对话 is an activity.
      let isDialogue = kind == .mechanism && text.has(dialogue, at: headStart)
      // 中国国家原子能机构 is an agency; 中俄金融机构 are the two sides' institutions.
      if kind == .agency, text.has(institution, at: headStart), text.statePrefix(at: start)?.country == nil {
        end -= 1
        continue
      }
      if isDialogue, end - start > 8 || ["性", "开", "展"].contains(text[headStart - 1]) {
        end -= 1
        continue
      }
      if headStart - start >= minimum, anchoredEnough, !isStatePlusKnownPlace(text, start..<end, kind) {
        found.append(Candidate(range: start..<end, kind: refine(kind, text, start..<end), rule: "suffix"))
        outerSuffixes.append(headStart..<end)
      }
      end -= 1
    }
    return found
  }

  private static let compoundsEndingIn: [Unicode.Scalar: Set<Unicode.Scalar>] = [
    "署": ["签", "部"], "局": ["困", "格", "大", "布", "结", "全", "时", "政", "僵", "开", "当"],
    "部": ["内", "外", "全", "东", "西", "南", "北", "中", "局", "干", "本", "腹", "底", "头"],
  ]

  /// 中国吉林省 is 吉林省 with its state: the gazetteer's place, not a new one.
  private static func isStatePlusKnownPlace(_ text: ScalarText, _ range: Range<Int>, _ kind: EntityKind) -> Bool {
    guard kind.top == .place, let (length, _) = text.statePrefix(at: range.lowerBound),
      let (matched, _) = text.knownName(at: range.lowerBound + length)
    else { return false }
    return range.lowerBound + length + matched == range.upperBound
  }

  /// 部 in 部署 or 局 in 局势 is not a suffix: a name's suffix is not followed by what makes it
  /// another word.
  private static func continuesAsWord(_ text: ScalarText, _ end: Int) -> Bool {
    // 签署 and 部署 are verbs, 困局 and 格局 nouns, 内部 and 全部 not ministries.
    if end >= 2, let before = compoundsEndingIn[text[end - 1]], before.contains(text[end - 2]) { return true }
    guard end < text.count else { return false }
    let next = text[end]
    switch text[end - 1] {
    case "部": return ["署", "分", "长", "门", "队", "位", "件", "落", "际"].contains(next)
    case "局": return ["势", "面", "部", "限"].contains(next)
    case "署": return ["的", "名"].contains(next) && end >= 2 && text[end - 2] == "部"
    case "组": return ["织", "成"].contains(next)
    case "织": return ["犯", "者"].contains(next)
    case "学": return ["生", "者", "科"].contains(next)
    case "省", "州": return ["份", "长", "市", "际"].contains(next)
    case "团": return ["公", "结"].contains(next)
    case "府": return ["间"].contains(next)
    default: return false
    }
  }

  /// A bloc named after its members (二十国集团, 中俄医科大学联盟) is not a company or an
  /// international body of states.
  private static func refine(_ kind: EntityKind, _ text: ScalarText, _ range: Range<Int>) -> EntityKind {
    let opensWithPair = text.has(statePair, at: range.lowerBound)
    switch kind {
    case .internationalOrganization where opensWithPair: return .association
    case .internationalOrganization where text.statePrefix(at: range.lowerBound)?.country != nil:
      return .organization
    case .commission where text.statePrefix(at: range.lowerBound)?.country != nil: return .commission
    default: return kind
    }
  }
}

import DiplographModel
import DiplographText

/// Every name in one sentence, by every rule, with the links the rules see on the way.
struct SentenceMentions {
  var candidates: [Candidate] = []
  /// A person and the post named before them: indices into `candidates`.
  var roles: [(role: Int, person: Int)] = []
  /// A dash-joined project and its two ends.
  var pairs: [(whole: Int, ends: [Int])] = []
  var dates: [DateMention] = []
}

enum MentionFinder {
  /// `afterRoleLine`: the sentence before was a signature line naming a post, so a lone name
  /// here is the person who holds it.
  static func find(in text: ScalarText, paragraph: ParagraphKind, afterRoleLine: Bool = false) -> SentenceMentions {
    var result = SentenceMentions()
    result.dates = DateScanner.dates(in: text)
    var pool: [Candidate] = []
    if paragraph == .signature {
      if let role = PersonRule.roleLine(text) { pool.append(role) }
      if afterRoleLine, result.dates.isEmpty, let name = PersonRule.nameLine(text) { pool.append(name) }
    }
    pool += TitleRule.candidates(in: text)
    pool += QuoteRule.candidates(in: text)
    if let heading = HeadingRule.candidate(in: text, kind: paragraph) { pool.append(heading) }
    pool += EventRule.candidates(in: text, dates: result.dates)
    pool += SuffixRule.candidates(in: text)
    pool += UnnamedEventRule.candidates(in: text)
    pool += GazetteerRule.candidates(in: text)
    var kept = resolveOverlaps(pool)

    func index(of candidate: Candidate) -> Int {
      if let found = kept.firstIndex(where: { $0.range == candidate.range }) { return found }
      kept.append(candidate)
      return kept.count - 1
    }
    var roleLinks: [(Candidate, Candidate)] = []
    for match in PersonRule.matches(in: text) where !kept.contains(where: { $0.isContainer && $0.range == match.person.range }) {
      roleLinks.append((match.role, match.person))
    }
    var pairLinks: [(Candidate, [Candidate])] = []
    for pair in DashPairRule.pairs(in: text) { pairLinks.append((pair.whole, pair.ends)) }
    // The pattern rules know their names' extent better than the suffix grammar: they replace
    // what they cross.
    for candidate in roleLinks.flatMap({ [$0.0, $0.1] }) + pairLinks.flatMap({ [$0.0] + $0.1 }) {
      kept.removeAll { !$0.isContainer && $0.range != candidate.range && $0.range.overlaps(candidate.range) && !$0.range.contains(candidate.range) && !candidate.range.contains($0.range) }
    }
    // 中华人民共和国国务院 inside 中华人民共和国国务院总理 is the post's wording, not a mention of the body.
    for (role, _) in roleLinks { kept.removeAll { $0.kind == .government && role.range.contains($0.range) && $0.range != role.range } }
    // A place named inside a name (上海 in 上海合作组织, 长江 in 中国长江中上游地区) is not mentioned;
    // a state is (中国 in 中国国家航天局 says whose agency it is).
    // 中国银行 inside 中国银行保险监督管理委员会 is a modifier, not the bank: a name opening a longer
    // one is kept only when the longer one is its sub-body (分委会, 秘书处) or an event it holds.
    let suffixNames = kept.filter { $0.rule == "suffix" }
    kept.removeAll { inner in
      inner.rule == "suffix" && inner.kind.top == .organization && suffixNames.contains { outer in
        outer.range.lowerBound == inner.range.lowerBound && outer.range.count > inner.range.count
          && outer.kind.top == .organization && !Self.subBodies.contains(outer.kind)
      }
    }
    // Two readings of one name that end together (2021年世界大学生夏季运动会 inside
    // 成都2021年世界大学生夏季运动会): the longer one, which a pattern found whole, wins.
    let wholes = kept.filter { !$0.isContainer && $0.rule != "suffix" && $0.rule != "gazetteer" }
    kept.removeAll { part in
      part.rule == "suffix" && wholes.contains { $0.range.upperBound == part.range.upperBound && $0.range.count > part.range.count && $0.kind.top == part.kind.top }
    }
    let names = kept.filter { !$0.isContainer && $0.rule != "dash-pair" }
    kept.removeAll { inner in
      inner.rule == "gazetteer" && inner.kind.top == .place && inner.kind != .country
        && names.contains { $0.range != inner.range && $0.range.contains(inner.range) }
    }
    for (role, person) in roleLinks { result.roles.append((index(of: role), index(of: person))) }
    for (whole, ends) in pairLinks { result.pairs.append((index(of: whole), ends.map { index(of: $0) })) }
    ParenthesisAliases.attach(to: &kept, in: text)
    result.candidates = kept
    return result
  }

  /// Sub-bodies a name opening a longer one may be part of (see `find`).
  private static let subBodies: Set<EntityKind> = [.subcommission, .workingGroup, .council, .organization, .mechanism, .fund]

  /// One candidate per range (a gazetteer entry, then a container, then the first rule), and no
  /// name that crosses a longer one; names inside names stay (中国 in 中国国家航天局).
  static func resolveOverlaps(_ pool: [Candidate]) -> [Candidate] {
    // A sentence has a few dozen candidates at most: a search through them costs less than hashing.
    var byRange: [Candidate] = []
    for candidate in pool {
      guard let at = byRange.firstIndex(where: { $0.range == candidate.range }) else {
        byRange.append(candidate)
        continue
      }
      let existing = byRange[at]
      if existing.entry == nil, candidate.entry != nil || (candidate.isContainer && !existing.isContainer) {
        var better = candidate
        better.ordinal = better.ordinal ?? existing.ordinal
        if better.entry == nil, existing.kind != .document { better.kind = preferredKind(existing, candidate) }
        byRange[at] = better
      }
    }
    // Distinct ranges never tie in this order, so it does not depend on the order found.
    let sorted = byRange.sorted { ($0.length, $1.range.lowerBound) > ($1.length, $0.range.lowerBound) }
    var kept: [Candidate] = []
    for candidate in sorted {
      let crosses = kept.contains { other in
        other.range.overlaps(candidate.range) && !other.range.contains(candidate.range)
          && !candidate.range.contains(other.range)
      }
      if !crosses { kept.append(candidate) }
    }
    return kept.sorted { ($0.range.lowerBound, $1.range.upperBound) < ($1.range.lowerBound, $0.range.upperBound) }
  }

  /// A title's head noun names its class better than a suffix inside it, but a `《…倡议》` title
  /// is the initiative the suffix rule says it is.
  private static func preferredKind(_ existing: Candidate, _ container: Candidate) -> EntityKind {
    container.kind == .document ? existing.kind : container.kind
  }
}

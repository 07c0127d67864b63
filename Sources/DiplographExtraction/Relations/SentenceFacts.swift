import DiplographModel

/// Facts read inside one sentence: posts, ends of a pair, signing dates, parties in titles,
/// titles nested in titles, venues, frameworks.
enum SentenceFacts {
  private static let aboutWord = scalars("关于")
  private static let statePair = scalars("中俄")
  private static let together = scalars("共同")

  static func read(_ s: ResolvedSentence, into facts: inout FactCollector, governments: GovernmentIndex) {
    for (role, person) in s.raw.roles {
      guard let role = s.mention(role), let person = s.mention(person) else { continue }
      facts.add(person.id, .holdsRole, .entity(role.id), in: s, span: s.span(covering: role, person), rule: "role-before-name", confidence: 0.9)
    }
    for (whole, ends) in s.raw.pairs {
      guard let whole = s.mention(whole) else { continue }
      for end in ends.compactMap({ s.mention($0) }) {
        facts.add(whole.id, .connects, .entity(end.id), in: s, span: s.span(whole.range), rule: "dash-pair", confidence: 0.95)
      }
    }
    for mention in s.mentions { stateOf(mention, s, &facts, governments) }
    signingDates(s, &facts)
    for mention in s.mentions where mention.kind.isA(.document) && mention.candidate.isContainer {
      parties(of: mention, s, &facts)
      issuers(of: mention, s, &facts)
      for inner in s.mentions where inner.kind.isA(.document) && inner.id != mention.id && mention.range.contains(inner.range) {
        facts.add(mention.id, .refersTo, .entity(inner.id), in: s, span: s.span(mention.range), rule: "nested-title", confidence: 0.95)
      }
    }
    venues(s, &facts)
    visits(s, &facts)
    frameworks(s, &facts)
    eventDates(s, &facts)
  }

  /// A name that opens with a state belongs to it (中华人民共和国商务部 → 中国), and a ministry
  /// or agency to that state's government where the text names it.
  private static func stateOf(_ m: ResolvedMention, _ s: ResolvedSentence, _ facts: inout FactCollector, _ governments: GovernmentIndex) {
    guard m.kind.isA(.organization) || m.kind == .role, m.candidate.entry == nil,
      let (length, countryLabel) = s.text.statePrefix(at: m.range.lowerBound), let countryLabel,
      let country = Gazetteer.bundled.entry(labelled: countryLabel), m.range.count > length,
      // 中国东北地区和俄罗斯远东…委员会 names two states: a joint body belongs to neither.
      !(m.range.lowerBound + length..<m.range.upperBound).contains(where: { index in
        s.text.statePrefix(at: index).map { $0.country != nil && $0.country != countryLabel } ?? false
      })
    else { return }
    facts.imply(country)
    facts.add(m.id, .country, .entity(country.id), in: s, span: s.span(m.range), rule: "state-prefix", confidence: 0.9)
    if [.ministry, .agency, .commission].contains(m.kind), let government = governments.government(of: country.label), government != m.id {
      facts.add(m.id, .partOf, .entity(government), in: s, span: s.span(m.range), rule: "state-body-of-government", confidence: 0.7)
    }
  }

  /// `2001年7月16日签署的《…》`, `《…》（2016年6月25日签署）`, `于2022年12月5日发表的《…》`.
  private static func signingDates(_ s: ResolvedSentence, _ facts: inout FactCollector) {
    for date in s.raw.dates where date.endYear == nil {
      var index = date.range.upperBound
      var confidence = 0.95
      if let cue = Cues.signedOf.first(where: { s.text.has($0, at: index) }) {
        index += cue.count
      } else {
        // `落实2015年《…路线图》`: a year written right before a title dates it, less surely.
        confidence = 0.6
      }
      guard index < s.text.count, s.text[index] == "《" || s.text[index] == "〈",
        let document = s.mentions.first(where: { $0.range.lowerBound == index + 1 && $0.kind.isA(.document) })
      else { continue }
      facts.add(document.id, .signedOn, .literal(.date(date.date)), in: s, span: s.span(date.range.lowerBound..<document.range.upperBound), rule: confidence > 0.9 ? "date-signed-title" : "date-before-title", confidence: confidence)
    }
    for document in s.mentions where document.kind.isA(.document) && document.candidate.isContainer {
      let open = document.range.upperBound + 1
      guard open < s.text.count, s.text[open] == "(",
        let date = s.raw.dates.first(where: { $0.range.lowerBound == open + 1 && $0.endYear == nil }),
        s.text.has(Cues.signed, at: date.range.upperBound)
      else { continue }
      facts.add(document.id, .signedOn, .literal(.date(date.date)), in: s, span: s.span(document.range.lowerBound..<date.range.upperBound), rule: "title-signed-date", confidence: 0.95)
    }
  }

  /// The parties a title names before `关于` (or before its head), each opening the title or
  /// following a conjunction: `中华人民共和国政府和俄罗斯联邦政府关于…协定`. A title of the form
  /// `中俄…协定` has both states as parties.
  private static func parties(of document: ResolvedMention, _ s: ResolvedSentence, _ facts: inout FactCollector) {
    guard ![.minutes, .communique].contains(document.kind) else { return }
    let range = document.range
    let about = s.text.firstIndex(of: aboutWord, from: range.lowerBound, before: range.upperBound) ?? range.upperBound
    // `至2024年中俄…路线图`, `2021—2025年中俄档案合作分委会工作大纲`: the names after the years.
    var pairAt = range.lowerBound
    if s.text[pairAt] == "至" { pairAt += 1 }
    if let years = s.raw.dates.first(where: { $0.range.lowerBound == pairAt }) { pairAt = years.range.upperBound }
    var starts: Set<Int> = [range.lowerBound, pairAt]
    for index in range.lowerBound..<about where Grammar.conjunctions.contains(s.text[index]) { starts.insert(index + 1) }
    let candidates = s.mentions.filter {
      $0.id != document.id && starts.contains($0.range.lowerBound) && $0.range.upperBound <= about
        && ($0.kind.isA(.organization) || $0.kind == .country)
    }
    // The longest name at each start: 中华人民共和国政府, not 中华人民共和国.
    var best: [Int: ResolvedMention] = [:]
    for candidate in candidates where candidate.range.count > (best[candidate.range.lowerBound]?.range.count ?? 0) {
      best[candidate.range.lowerBound] = candidate
    }
    // A charter or a convention named after a body (联合国宪章) is its work, not an agreement it
    // is party to.
    if [.charter, .convention, .resolution, .declaration, .document].contains(document.kind), best.count < 2 { best = [:] }
    for party in best.values.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
      facts.add(document.id, .party, .entity(party.id), in: s, span: s.span(range), rule: "title-parties", confidence: 0.9)
    }
    if best.isEmpty, s.text.has(statePair, at: pairAt) {
      for label in ["中国", "俄罗斯"] {
        guard let country = Gazetteer.bundled.entry(labelled: label) else { continue }
        facts.imply(country)
        facts.add(document.id, .party, .entity(country.id), in: s, span: s.span(range), rule: "title-pair-prefix", confidence: 0.8)
      }
    }
  }

  /// `中国商务部和俄罗斯经济发展部于2022年12月5日发表的《…》`: the bodies that signed or issued a
  /// document, named right before it, are its parties.
  private static func issuers(of document: ResolvedMention, _ s: ResolvedSentence, _ facts: inout FactCollector) {
    var end = document.range.lowerBound - 1
    guard end > 0, let cue = Cues.issuedBy.first(where: { s.text.has($0, endingAt: end) }) else { return }
    end -= cue.count
    if end > 0, s.text.has(together, endingAt: end) { end -= 2 }
    if let date = s.raw.dates.first(where: { $0.range.upperBound == end }), date.range.lowerBound > 0,
      s.text[date.range.lowerBound - 1] == "于"
    {
      end = date.range.lowerBound - 1
    }
    var issuers: [ResolvedMention] = []
    while let issuer = s.mentions.filter({
      $0.range.upperBound == end && ($0.kind.isA(.organization) || $0.kind == .country)
    }).max(by: { $0.range.count < $1.range.count }) {
      issuers.append(issuer)
      guard issuer.range.lowerBound > 0, Grammar.conjunctions.contains(s.text[issuer.range.lowerBound - 1]) else { break }
      end = issuer.range.lowerBound - 1
    }
    for issuer in issuers {
      facts.add(document.id, .party, .entity(issuer.id), in: s, span: s.span(issuer.range.lowerBound..<document.range.upperBound), rule: "issued-by", confidence: 0.8)
    }
  }

  /// `在俄罗斯叶卡捷琳堡举办第七届中俄博览会`, `（今年9月16日在撒马尔罕举行）`: the most specific place
  /// of the chain after 在, in a clause with a holding verb, for the nearest event.
  private static func venues(_ s: ResolvedSentence, _ facts: inout FactCollector) {
    for clause in clauses(s) {
      guard Cues.held.contains(where: { cue in s.text.firstIndex(of: cue, from: clause.lowerBound, before: clause.upperBound) != nil }) else { continue }
      let events = s.mentions.filter { clause.contains($0.range.lowerBound) && $0.kind.top == .event }
      guard !events.isEmpty else { continue }
      for at in clause where s.text[at] == Cues.at {
        var next = at + 1
        var place: ResolvedMention?
        while let link = s.mentions.filter({ $0.range.lowerBound == next && $0.kind.top == .place }).max(by: { $0.range.count < $1.range.count }) {
          place = link
          next = link.range.upperBound
        }
        guard let place else { continue }
        // Inside parentheses, the place is the venue of the event the parenthesis follows.
        let open = (clause.lowerBound..<at).last { s.text[$0] == "(" }
        let closed = open.map { o in (o..<at).contains { s.text[$0] == ")" } } ?? true
        let before = open.flatMap { o in closed ? nil : events.first { $0.range.upperBound == o } }
        let event = before ?? events.filter { !$0.range.overlaps(place.range) }.min { distance($0, at, next) < distance($1, at, next) }
        guard let event else { continue }
        facts.add(event.id, .heldIn, .entity(place.id), in: s, span: s.span(covering: event, place), rule: "held-in-place", confidence: 0.85)
      }
    }
  }

  /// `对俄罗斯联邦进行国事访问`: a visit to a state is held there.
  private static func visits(_ s: ResolvedSentence, _ facts: inout FactCollector) {
    for visit in s.mentions where visit.candidate.rule == "unnamed-event" && visit.range.lowerBound >= 3 {
      let verbStart = visit.range.lowerBound - 2
      guard let place = s.mentions.first(where: { $0.range.upperBound == verbStart && $0.kind.top == .place }),
        place.range.lowerBound > 0, s.text[place.range.lowerBound - 1] == "对"
      else { continue }
      facts.add(visit.id, .heldIn, .entity(place.id), in: s, span: s.span(covering: place, visit), rule: "visit-to", confidence: 0.85)
    }
  }

  private static func distance(_ event: ResolvedMention, _ at: Int, _ placeEnd: Int) -> Int {
    event.range.upperBound <= at ? at - event.range.upperBound : max(0, event.range.lowerBound - placeEnd)
  }

  /// `在X框架下/内Y`: Y works within X.
  private static func frameworks(_ s: ResolvedSentence, _ facts: inout FactCollector) {
    for cue in Cues.framework {
      var from = 0
      while let index = s.text.firstIndex(of: cue, from: from) {
        from = index + cue.count
        guard let open = (max(0, index - 60)..<index).last(where: { s.text[$0] == Cues.at }) else { continue }
        let frames = s.mentions.filter { $0.range.lowerBound > open && $0.range.upperBound <= index && !$0.kind.isA(.place) && $0.kind != .country }
        let clauseEnd = (from..<s.text.count).first { Cues.clauseEnds.contains(s.text[$0]) } ?? s.text.count
        let subjects = s.mentions.filter { $0.range.lowerBound >= from && $0.range.upperBound <= clauseEnd && $0.kind.top != .place }
        let outerFrames = frames.outermost
        for subject in subjects.outermost {
          for frame in outerFrames {
            facts.add(subject.id, .withinFramework, .entity(frame.id), in: s, span: s.span(open..<subject.range.upperBound), rule: "within-framework", confidence: 0.75)
          }
        }
      }
    }
  }

  /// Themed years run over their years; an event named with a year is in that year; an event
  /// in a clause with one full date took place then.
  private static func eventDates(_ s: ResolvedSentence, _ facts: inout FactCollector) {
    for event in s.mentions where event.kind == .themedYear {
      guard let (first, last) = themedYearSpan(s, event) else { continue }
      facts.add(event.id, .startDate, .literal(.date(first)), in: s, span: s.span(event.range), rule: "years-in-name", confidence: 0.95)
      facts.add(event.id, .endDate, .literal(.date(last)), in: s, span: s.span(event.range), rule: "years-in-name", confidence: 0.95)
    }
    for event in s.mentions where event.kind.top == .event && event.kind != .themedYear {
      // `2021年第九届…运动会`: a year right before an event dates it.
      if let year = s.raw.dates.first(where: { $0.range.upperBound == event.range.lowerBound && $0.endYear == nil }) {
        facts.add(event.id, .date, .literal(.date(year.date)), in: s, span: s.span(year.range.lowerBound..<event.range.upperBound), rule: "year-before-event", confidence: 0.85)
        continue
      }
      if let date = s.raw.dates.first(where: { event.range.contains($0.range.lowerBound) }) {
        if let endYear = date.endYear, let end = CalendarDate(year: endYear) {
          facts.add(event.id, .startDate, .literal(.date(date.date)), in: s, span: s.span(event.range), rule: "years-in-name", confidence: 0.95)
          facts.add(event.id, .endDate, .literal(.date(end)), in: s, span: s.span(event.range), rule: "years-in-name", confidence: 0.95)
        } else {
          facts.add(event.id, .date, .literal(.date(date.date)), in: s, span: s.span(event.range), rule: "year-in-name", confidence: 0.9)
        }
        continue
      }
      guard let clause = clauses(s).first(where: { $0.contains(event.range.lowerBound) }) else { continue }
      let dates = s.raw.dates.filter { clause.contains($0.range.lowerBound) && $0.endYear == nil }
      let events = s.mentions.filter { clause.contains($0.range.lowerBound) && $0.kind.top == .event }
      guard dates.count == 1, events.count == 1, let date = dates.first,
        Cues.held.contains(where: { cue in s.text.firstIndex(of: cue, from: clause.lowerBound, before: clause.upperBound) != nil })
      else { continue }
      let span = s.span(min(date.range.lowerBound, event.range.lowerBound)..<max(date.range.upperBound, event.range.upperBound))
      if let endDay = date.endDay, let end = CalendarDate(year: date.date.year, month: date.date.month, day: endDay) {
        facts.add(event.id, .startDate, .literal(.date(date.date)), in: s, span: span, rule: "dates-held", confidence: 0.8)
        facts.add(event.id, .endDate, .literal(.date(end)), in: s, span: span, rule: "dates-held", confidence: 0.8)
      } else {
        facts.add(event.id, .date, .literal(.date(date.date)), in: s, span: span, rule: "date-held", confidence: 0.8)
      }
    }
  }

  /// The years of a themed year: in its name (`2022—2023年…`, `2020—2021…`) or in parentheses
  /// after it (`…交流年（2018—2019年）`).
  private static func themedYearSpan(_ s: ResolvedSentence, _ event: ResolvedMention) -> (CalendarDate, CalendarDate)? {
    if let date = s.raw.dates.first(where: { event.range.contains($0.range.lowerBound) || $0.range.lowerBound == event.range.upperBound + 1 }),
      let endYear = date.endYear, let last = CalendarDate(year: endYear)
    {
      return (date.date, last)
    }
    let start = event.range.lowerBound
    guard event.range.count > 9, s.text[start + 4].isJoiningDash,
      let first = Int(s.text.text(start..<start + 4)), let second = Int(s.text.text(start + 5..<start + 9)),
      let from = CalendarDate(year: first), let to = CalendarDate(year: second)
    else { return nil }
    return (from, to)
  }

  static func clauses(_ s: ResolvedSentence) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var start = 0
    var depth = 0
    for index in 0..<s.text.count {
      switch s.text[index] {
      case "《", "“", "(": depth += 1
      case "》", "”", ")": depth = max(0, depth - 1)
      default:
        if depth == 0, Cues.clauseEnds.contains(s.text[index]) {
          result.append(start..<index)
          start = index + 1
        }
      }
    }
    if start < s.text.count { result.append(start..<s.text.count) }
    return result
  }
}

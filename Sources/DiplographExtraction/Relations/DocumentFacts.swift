import DiplographModel
import DiplographText

/// Facts that need more than one sentence: documents adopted at a meeting, the speaking sides'
/// stances, who took part, a statement's own signing, names inside names.
enum DocumentFacts {
  static func read(_ sentences: [ResolvedSentence], into facts: inout FactCollector) {
    adoptedLists(sentences, &facts)
    adoptedByName(sentences, &facts)
    let sides = speakingSides(sentences)
    stances(sentences, sides: sides, &facts)
    participants(sentences, &facts)
    namePrefixes(sentences, &facts)
    gazetteerParents(sentences, &facts)
  }

  /// `在…期间签署了以下文件：` followed by list items: each title in the list was adopted at the
  /// event the announcing sentence names.
  private static func adoptedLists(_ sentences: [ResolvedSentence], _ facts: inout FactCollector) {
    var event: ResolvedMention?
    var announced = -1
    for s in sentences {
      if Cues.adoptedList.contains(where: { s.text.firstIndex(of: $0) != nil }) {
        event = s.mentions.last { $0.kind.top == .event }
        announced = s.sentence.paragraph
        continue
      }
      guard let current = event else { continue }
      guard s.sentence.paragraphKind == .listItem || s.sentence.paragraph == announced else {
        if s.sentence.paragraphKind != .heading { event = nil }
        continue
      }
      for document in outermostDocuments(s) {
        facts.add(document.id, .adoptedAt, .entity(current.id), in: s, span: s.span(document.range), rule: "adopted-list", confidence: 0.9)
      }
    }
  }

  /// `中俄总理第二十七次定期会晤联合公报` is the communiqué of the meeting it is named after.
  private static func adoptedByName(_ sentences: [ResolvedSentence], _ facts: inout FactCollector) {
    for s in sentences {
      for document in s.mentions where document.kind == .communique || document.kind == .jointStatement {
        guard let event = s.mentions.first(where: {
          $0.kind.top == .event && $0.range.lowerBound == document.range.lowerBound && $0.range.upperBound < document.range.upperBound
        }) else { continue }
        facts.add(document.id, .adoptedAt, .entity(event.id), in: s, span: s.span(document.range), rule: "named-after-meeting", confidence: 0.9)
      }
    }
  }

  /// The two states a bilateral text speaks for: the two it mentions most.
  private static func speakingSides(_ sentences: [ResolvedSentence]) -> [EntityID] {
    var counts: [EntityID: Int] = [:]
    for s in sentences { for m in s.mentions where m.kind == .country { counts[m.id, default: 0] += 1 } }
    return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(2).map(\.key)
  }

  /// `双方支持…`, `中方欢迎…`: the side (or both) supports, welcomes, opposes what the verb
  /// governs: the first event, document, initiative or project after it in the clause (or, when
  /// there is none, an organization right after it), with whatever a conjunction adds to it.
  /// A list item speaks with the voice of the sentence that announced the list (`双方商定：`).
  private static func stances(_ sentences: [ResolvedSentence], sides: [EntityID], _ facts: inout FactCollector) {
    var listVoice: [EntityID] = []
    for s in sentences {
      if s.sentence.paragraphKind != .listItem {
        listVoice = s.text.count > 0 && s.text[s.text.count - 1] == ":" ? speakers(s, clause: 0..<s.text.count, verbAt: s.text.count, sides: sides) : []
      }
      for clause in SentenceFacts.clauses(s) {
        for (verb, name) in Cues.stances {
          guard let at = s.text.firstIndex(of: verb, from: clause.lowerBound, before: clause.upperBound),
            let predicate = Predicate(rawValue: name)
          else { continue }
          var voice = speakers(s, clause: clause, verbAt: at, sides: sides)
          if voice.isEmpty, s.sentence.paragraphKind == .listItem { voice = listVoice }
          guard !voice.isEmpty else { continue }
          // Opposing or condemning is said of what follows the verb directly: 谴责绕过联合国安理会…
          // condemns the bypassing, not the council.
          for object in governed(s, clause: clause, after: at + verb.count, sides: sides)
          where predicate == .supports || predicate == .welcomes || object.range.lowerBound == at + verb.count {
            for speaker in voice {
              facts.add(speaker, predicate, .entity(object.id), in: s, span: s.span(clause.lowerBound..<object.range.upperBound), rule: "stance-" + name, confidence: 0.7)
            }
          }
        }
      }
    }
  }

  /// Who speaks before the verb: a side named in the clause (中方, 俄方), both sides (双方), or,
  /// when the clause names no one, the speaker of the sentence's first clause.
  private static func speakers(_ s: ResolvedSentence, clause: Range<Int>, verbAt: Int, sides: [EntityID]) -> [EntityID] {
    for range in [clause.lowerBound..<verbAt, 0..<min(verbAt, 8)] {
      if let side = s.mentions.first(where: { range.contains($0.range.lowerBound) && $0.range.upperBound <= verbAt && $0.kind == .country && sides.contains($0.id) }) {
        return [side.id]
      }
      if Cues.bothSides.contains(where: { s.text.firstIndex(of: $0, from: range.lowerBound, before: range.upperBound) != nil }) {
        return sides
      }
    }
    return []
  }

  private static func governed(_ s: ResolvedSentence, clause: Range<Int>, after verbEnd: Int, sides: [EntityID]) -> [ResolvedMention] {
    let all = s.mentions.filter {
      $0.range.lowerBound >= verbEnd && $0.range.upperBound <= clause.upperBound && !sides.contains($0.id)
        && [.event, .organization, .document, .initiative, .project].contains($0.kind.top)
    }
    let outermost = all.outermost
      .filter { m in !grounds.contains { ground in (max(verbEnd, m.range.lowerBound - 24)..<m.range.lowerBound).contains { s.text.has(ground, at: $0) } } }
      // `在…框架下`: the frame of an action, and `以…为核心`: its measure, are not what is supported.
      .filter { m in !isFrame(s, m, clauseEnd: clause.upperBound) && !(m.range.lowerBound > 0 && s.text[m.range.lowerBound - 1] == "以") }
      .sorted { $0.range.lowerBound < $1.range.lowerBound }
    let things = outermost.filter { $0.kind.top != .organization }
    guard let first = things.first ?? outermost.first(where: { $0.range.lowerBound - verbEnd <= 4 }) else { return [] }
    var objects = [first]
    for next in outermost where next.range.lowerBound > objects.last!.range.upperBound {
      let gap = objects.last!.range.upperBound..<next.range.lowerBound
      let joined = gap.allSatisfy { Grammar.conjunctions.contains(s.text[$0]) || s.text[$0] == "》" || s.text[$0] == "《" || s.text[$0] == "“" || s.text[$0] == "”" }
      guard joined, next.kind.top == first.kind.top else { break }
      objects.append(next)
    }
    return objects
  }

  /// The people named with an event in a sentence that says it was held (`…李克强和…米舒斯京于…
  /// 举行中俄总理第二十七次定期会晤`).
  private static func participants(_ sentences: [ResolvedSentence], _ facts: inout FactCollector) {
    for s in sentences where Cues.held.contains(where: { s.text.firstIndex(of: $0) != nil }) {
      let people = s.mentions.filter { $0.kind == .person }
      for event in s.mentions where event.kind.top == .event {
        for person in people {
          facts.add(event.id, .participant, .entity(person.id), in: s, span: s.span(covering: event, person), rule: "held-by", confidence: 0.8)
        }
      }
    }
  }

  /// `中俄人文合作委员会媒体合作分委会` is part of `中俄人文合作委员会`: an organization whose name
  /// opens with another organization's belongs to it.
  private static func namePrefixes(_ sentences: [ResolvedSentence], _ facts: inout FactCollector) {
    for s in sentences {
      for inner in s.mentions where inner.kind.isA(.organization) {
        guard let outer = s.mentions.filter({
          $0.id != inner.id && $0.kind.isA(.organization) && $0.range.lowerBound == inner.range.lowerBound && $0.range.count > inner.range.count
        }).min(by: { $0.range.count < $1.range.count }), inner.kind != .country, outer.kind != .government else { continue }
        facts.add(outer.id, .partOf, .entity(inner.id), in: s, span: s.span(outer.range), rule: "name-opens-with-parent", confidence: 0.8)
      }
    }
  }

  /// What the gazetteer knows: the country a city lies in, the body an organ belongs to.
  private static func gazetteerParents(_ sentences: [ResolvedSentence], _ facts: inout FactCollector) {
    for s in sentences {
      for mention in s.mentions {
        guard let entry = mention.candidate.entry, let parentLabel = entry.parent,
          let parent = Gazetteer.bundled.entry(labelled: parentLabel)
        else { continue }
        let predicate: Predicate = entry.kind.top == .place ? .locatedIn : .partOf
        // The gazetteer knows where every city lies; the graph says so where the text does, by
        // naming the country with the place.
        if predicate == .locatedIn, !s.mentions.contains(where: { $0.id == parent.id }) { continue }
        facts.imply(parent)
        facts.add(mention.id, predicate, .entity(parent.id), in: s, span: s.span(mention.range), rule: "gazetteer", confidence: 0.85)
      }
    }
  }

  /// True when `m` stands between 在 and 框架下/框架内 in its clause.
  private static func isFrame(_ s: ResolvedSentence, _ m: ResolvedMention, clauseEnd: Int) -> Bool {
    guard let at = (max(0, m.range.lowerBound - 40)..<m.range.lowerBound).last(where: { s.text[$0] == "在" }) else { return false }
    let frame = (m.range.upperBound..<min(clauseEnd, m.range.upperBound + 40)).first { index in
      Cues.framework.contains { s.text.has($0, at: index) }
    }
    guard let frame else { return false }
    // Nothing but names and conjunctions between 在 and the frame word.
    return !(at + 1..<frame).contains { Cues.clauseEnds.contains(s.text[$0]) }
  }

  /// 根据《协定》…: a document cited as the ground for something is not what is supported.
  private static let grounds = ["根据", "按照", "依据", "依照"].map(scalars)

  private static func outermostDocuments(_ s: ResolvedSentence) -> [ResolvedMention] {
    let documents = s.mentions.filter { $0.kind.isA(.document) && $0.candidate.isContainer }
    return documents.outermost
  }
}

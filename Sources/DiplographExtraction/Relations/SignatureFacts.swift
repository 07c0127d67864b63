import DiplographModel

/// A statement's own signing, from the lines under it: `二〇二三年三月二十一日于莫斯科` and the
/// signatories' names.
enum SignatureFacts {
  static func read(_ sentences: [ResolvedSentence], into facts: inout FactCollector) {
    var current: ResolvedMention?
    for s in sentences {
      if let heading = s.mentions.first(where: { $0.candidate.rule == "heading-title" }) {
        current = heading
        continue
      }
      guard let document = current, s.sentence.paragraphKind == .signature else { continue }
      for date in s.raw.dates where date.date.day != nil && date.endYear == nil {
        facts.add(document.id, .signedOn, .literal(.date(date.date)), in: s, span: s.span(date.range), rule: "signature-date", confidence: 0.9)
      }
      for place in s.mentions where place.kind.top == .place && place.kind != .country && place.range.lowerBound > 0 && s.text[place.range.lowerBound - 1] == "于" {
        facts.add(document.id, .signedIn, .entity(place.id), in: s, span: s.span(place.range), rule: "signature-place", confidence: 0.9)
      }
      for person in s.mentions where person.kind == .person {
        facts.add(document.id, .signatory, .entity(person.id), in: s, span: s.span(person.range), rule: "signature-name", confidence: 0.9)
      }
    }
  }
}

import DiplographModel

/// A statement's own signing, from the lines under it: `二〇二三年三月二十一日于莫斯科` and the
/// signatories' names.
enum SignatureFacts {
  private static let selfReference = scalars("本")
  private static let adoptedWord = scalars("通过")

  static func read(_ sentences: [ResolvedSentence], into facts: inout FactCollector) {
    var current: ResolvedMention?
    var roles: [ResolvedMention] = []
    for s in sentences {
      if let heading = s.mentions.first(where: { $0.candidate.rule == "heading-title" }) {
        current = heading
        continue
      }
      // `本联合公报由…李克强和…米舒斯京共同签署`: the people named sign the text itself.
      if let document = current, selfReferences(s), let adopted = s.text.firstIndex(of: Cues.signed) ?? s.text.firstIndex(of: adoptedWord) {
        let signed = s.text.has(Cues.signed, at: adopted)
        for date in s.raw.dates where date.date.day != nil {
          facts.add(document.id, .signedOn, .literal(.date(date.date)), in: s, span: s.span(date.range), rule: "this-text-signed-on", confidence: 0.9)
        }
        for person in s.mentions where person.kind == .person && signed {
          facts.add(document.id, .signatory, .entity(person.id), in: s, span: s.span(person.range), rule: "this-text-signed-by", confidence: 0.9)
        }
      }
      if let line = s.mentions.first(where: { $0.candidate.rule == "signature-role" }) { roles.append(line) }
      if let person = s.mentions.first(where: { $0.candidate.rule == "signature-name" }), !roles.isEmpty {
        let post = roles.removeFirst()
        facts.add(person.id, .holdsRole, .entity(post.id), in: s, span: s.span(person.range), rule: "signature-post-above-name", confidence: 0.85)
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

extension SignatureFacts {
  /// `本联合公报`, `本声明`: the text speaks of itself.
  fileprivate static func selfReferences(_ s: ResolvedSentence) -> Bool {
    var from = 0
    while let index = s.text.firstIndex(of: selfReference, from: from) {
      from = index + 1
      let end = min(s.text.count, index + 8)
      if Grammar.documentHeads.contains(where: { head in (index + 1..<end).contains { s.text.has(head.head, at: $0) } }) { return true }
    }
    return false
  }
}

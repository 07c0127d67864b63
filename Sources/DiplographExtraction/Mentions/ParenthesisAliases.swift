import DiplographModel

/// Names given in parentheses right after a name: an acronym (`三边安全伙伴关系（AUKUS）`), another
/// name (`黑瞎子岛（大乌苏里岛）`), or a short form (`（以下简称“双方”）` is not one: it renames a
/// group, not a name).
enum ParenthesisAliases {
  private static let shortFormMarkers: [[Unicode.Scalar]] = ["以下简称", "下称", "简称"].map(scalars)

  static func attach(to candidates: inout [Candidate], in text: ScalarText) {
    for index in candidates.indices {
      let candidate = candidates[index]
      var open = candidate.range.upperBound
      if candidate.isContainer { open += 1 }  // past the closing 》 or ”
      guard open < text.count, text[open] == "(",
        let close = (open + 1..<min(text.count, open + 40)).first(where: { text[$0] == ")" })
      else { continue }
      var inner = (open + 1)..<close
      if let marker = shortFormMarkers.first(where: { text.has($0, at: inner.lowerBound) }) {
        inner = (inner.lowerBound + marker.count)..<inner.upperBound
        guard candidate.kind.top != .place || candidate.kind == .country else { continue }
      }
      let trimmed = inner.drop { text[$0] == "“" || text[$0] == "《" }.reversed().drop { text[$0] == "”" || text[$0] == "》" }
      guard let first = trimmed.last, let last = trimmed.first, first <= last else { continue }
      let range = first..<(last + 1)
      let isAcronym = range.allSatisfy { text[$0].isASCIILetter || text[$0].isASCIIDigit } && range.count >= 2
      let isName = range.allSatisfy { text[$0].isHan } && range.count >= 2
      guard isAcronym || isName, !isDateOrNote(text, range) else { continue }
      // `委员会（中华人民共和国）`: a state in parentheses says whose body it is; it is not its name.
      if let (length, entry) = text.knownName(at: range.lowerBound), length == range.count,
        entry.kind == .country, candidate.kind != .country
      {
        continue
      }
      guard isAcronym || [.place, .organization, .project, .initiative, .person].contains(candidate.kind.top) else { continue }
      candidates[index].aliases.append(text.label(range))
    }
  }

  private static func isDateOrNote(_ text: ScalarText, _ range: Range<Int>) -> Bool {
    let note = text.text(range)
    return note.hasSuffix("年") || note == "草案" || note.hasPrefix("下同") || note.hasSuffix("签署")
  }
}

import DiplographModel

/// The key every spelling of one name shares: folded widths, no spaces or title marks, and for
/// documents the long and short forms of the two parties made one (`中华人民共和国和俄罗斯联邦…`
/// and `中俄…`; `与` and `和`).
enum MatchKey {
  private static let dropped: Set<Unicode.Scalar> = ["《", "》", "〈", "〉", "“", "”", " ", "\t"]
  private static let pairForms: [String] = [
    "中国和俄罗斯", "中国与俄罗斯",
  ]

  static func key(_ text: String, kind: EntityKind) -> String {
    var key = String(String.UnicodeScalarView(text.unicodeScalars.filter { !dropped.contains($0) }))
    if [.organization, .role, .document].contains(kind.top) { key = foldingStateNames(key) }
    switch kind.top {
    case .document:
      for form in pairForms where key.hasPrefix(form) {
        key = "中俄" + key.dropFirst(form.count)
        break
      }
      key = String(String.UnicodeScalarView(key.unicodeScalars.map { $0 == "与" ? "和" : $0 }))
    case .person:
      // 弗·弗·普京 and 普京 are one person: initials before the surname are dropped.
      if let last = key.split(separator: "·").last { key = String(last) }
    default:
      break
    }
    return key
  }

  /// `中华人民共和国商务部` and `中国商务部` are one ministry: every state's name is written in its
  /// short form (the gazetteer's label) inside a key.
  static func foldingStateNames(_ key: String) -> String {
    let text = ScalarText(match: key, display: key)
    var folded = String.UnicodeScalarView()
    var index = 0
    while index < text.count {
      if let (length, entry) = Gazetteer.bundled.longestMatch(in: text, at: index), entry.kind == .country,
        text[index + length - 1] != "方"
      {
        folded.append(contentsOf: entry.label.unicodeScalars)
        index += length
      } else {
        folded.append(text[index])
        index += 1
      }
    }
    return String(folded)
  }

  static func id(for candidate: Candidate, key: String) -> EntityID {
    candidate.entry?.id ?? EntityID(kind: candidate.kind.top, canonicalName: key)
  }
}

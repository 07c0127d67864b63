import DiplographModel

/// The key every spelling of one name shares: folded widths, no spaces or title marks, and for
/// documents the long and short forms of the two parties made one (`中华人民共和国和俄罗斯联邦…`
/// and `中俄…`; `与` and `和`).
enum MatchKey {
  private static let pairForms: [String] = [
    "中国和俄罗斯", "中国与俄罗斯",
  ]

  /// The key of a name written `scalars` (folded text).
  static func key(_ scalars: ArraySlice<Unicode.Scalar>, kind: EntityKind) -> String {
    var kept = scalars.filter { !isDropped($0) }
    switch kind.top {
    case .organization, .role, .document: kept = foldingStateNames(kept)
    default: break
    }
    switch kind.top {
    case .document:
      // 与 becomes 和 before the pair forms are compared: both forms become 中俄 either way.
      for index in kept.indices where kept[index] == "与" { kept[index] = "和" }
      var key = String(scalars: kept[...])
      for form in pairForms where key.hasPrefix(form) {
        key = "中俄" + key.dropFirst(form.count)
        break
      }
      return key
    case .person:
      // 弗·弗·普京 and 普京 are one person: initials before the surname are dropped.
      let key = String(scalars: kept[...])
      if let last = key.split(separator: "·").last { return String(last) }
      return key
    default:
      return String(scalars: kept[...])
    }
  }

  private static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "《", "》", "〈", "〉", "“", "”", " ", "\t": return true
    default: return false
    }
  }

  /// `中华人民共和国商务部` and `中国商务部` are one ministry: every state's name is written in its
  /// short form (the gazetteer's label) inside a key.
  static func foldingStateNames(_ key: [Unicode.Scalar]) -> [Unicode.Scalar] {
    let gazetteer = Gazetteer.bundled
    var folded: [Unicode.Scalar] = []
    folded.reserveCapacity(key.count)
    var index = 0
    while index < key.count {
      if let (length, number) = gazetteer.longestMatch(in: key, at: index), gazetteer.entries[number].kind == .country,
        key[index + length - 1] != "方"
      {
        folded.append(contentsOf: gazetteer.entries[number].label.unicodeScalars)
        index += length
      } else {
        folded.append(key[index])
        index += 1
      }
    }
    return folded
  }

  static func id(for candidate: Candidate, key: String) -> EntityID {
    candidate.entry?.id ?? EntityID(kind: candidate.kind.top, canonicalName: key)
  }
}

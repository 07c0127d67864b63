import DiplographModel
import DiplographText

/// Resolves the names of one document to entities: one id per key, back references
/// (`《纲要》`) to the full title they follow.
struct DocumentResolver {
  /// Every entity the document names, in order of first mention.
  private(set) var drafts: [EntityDraft] = []
  private var draftByID: [EntityID: Int] = [:]
  /// Document keys in order of first mention, for back references.
  private var documentKeys: [(key: String, id: EntityID)] = []

  mutating func resolve(_ found: SentenceMentions, in text: ScalarText, sentence: SentenceText) -> [ResolvedMention] {
    var resolved: [ResolvedMention] = []
    for candidate in found.candidates {
      let key = MatchKey.key(text.scalars[candidate.range], kind: candidate.kind)
      guard key.unicodeScalars.count >= 2 || candidate.entry != nil else { continue }
      // An unnamed event (会谈) is one event per document, not one per corpus.
      let scopedKey = candidate.rule == "unnamed-event" ? key + "@" + sentence.id.source.rawValue : key
      var id = MatchKey.id(for: candidate, key: scopedKey)
      if candidate.kind.top == .document {
        if let earlier = backReference(key) {
          id = earlier
        } else if !documentKeys.contains(where: { $0.key == key }) {
          documentKeys.append((key, id))
        }
      }
      let surface = text.label(candidate.range)
      let mention = Mention(sentence: sentence.id, span: sentence.span(of: candidate.range), surface: surface, rule: candidate.rule)
      let draft = record(id: id, candidate: candidate, surface: surface, mention: mention)
      resolved.append(ResolvedMention(candidate: candidate, id: id, kind: drafts[draft].kind))
    }
    return resolved
  }

  /// A short title that ends an earlier one (`纲要` after `中俄投资合作规划纲要`) refers to it.
  private func backReference(_ key: String) -> EntityID? {
    guard key.unicodeScalars.count <= 4 else { return nil }
    return documentKeys.last { $0.key != key && $0.key.hasSuffix(key) }?.id
      ?? documentKeys.last { $0.key != key && $0.key.unicodeScalars.suffix(2).elementsEqual(key.unicodeScalars.suffix(2)) && key.unicodeScalars.count <= 2 }?.id
  }

  /// Adds a mention to the entity's draft, the draft's first when needed; returns its index.
  private mutating func record(id: EntityID, candidate: Candidate, surface: String, mention: Mention) -> Int {
    let index: Int
    if let known = draftByID[id] {
      index = known
    } else {
      index = drafts.count
      draftByID[id] = index
      drafts.append(EntityDraft(id: id, kind: candidate.entry?.kind ?? candidate.kind, entry: candidate.entry))
    }
    Self.add(candidate, surface: surface, mention: mention, to: &drafts[index])
    return index
  }

  private static func add(_ candidate: Candidate, surface: String, mention: Mention, to draft: inout EntityDraft) {
    if candidate.rule != "title" || candidate.range.count > 4 || draft.surfaces.isEmpty {
      draft.surfaces.add(surface)
    } else {
      draft.aliases.insert(surface)
    }
    // A more specific class from a second rule refines a generic one (Document → Treaty).
    if draft.entry == nil, draft.kind.isTop, candidate.kind.top == draft.kind.top {
      draft.kind = candidate.kind
    }
    draft.mentions.append(mention)
    draft.ordinal = draft.ordinal ?? candidate.ordinal
    for alias in candidate.aliases {
      if alias.unicodeScalars.allSatisfy({ $0.isASCIILetter || $0.isASCIIDigit }) { draft.acronym = draft.acronym ?? alias }
      draft.aliases.insert(alias)
    }
  }
}

import DiplographModel

/// The governments a document names, by the state they govern, so a ministry can be placed in
/// its government.
struct GovernmentIndex {
  private var byCountry: [String: EntityID] = [:]

  init(_ sentences: [ResolvedSentence]) {
    for s in sentences {
      for mention in s.mentions where mention.kind == .government {
        guard let (_, country) = s.text.statePrefix(at: mention.range.lowerBound), let country else { continue }
        if byCountry[country] == nil { byCountry[country] = mention.id }
      }
    }
  }

  func government(of country: String) -> EntityID? { byCountry[country] }
}

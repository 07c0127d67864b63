import DiplographModel

/// One known entity: its class, its names, and what the gazetteer knows beside them.
struct GazetteerEntry: Sendable {
  let kind: EntityKind
  let label: String
  let aliases: [String]
  /// The label of the country it lies in, or the organization it belongs to.
  let parent: String?
  let wikidata: String?
  let isoCode: String?
  let english: String?

  /// The id every spelling of this entry resolves to.
  var id: EntityID { EntityID(kind: kind.top, canonicalName: "gazetteer:" + label) }
}

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

  /// The entity as the gazetteer knows it: for one a fact points at that no sentence names (the
  /// country of a ministry), the same as a mentioned one gets, mentions aside.
  var entity: Entity {
    var entity = Entity(id: id, kind: kind, label: label, aliases: aliases)
    describe(&entity)
    return entity
  }

  /// Adds what the gazetteer knows beside the names: the English name, the Wikidata item and the
  /// ISO code.
  func describe(_ entity: inout Entity) {
    if let english { entity.setName(LocalizedName(language: "en", text: english)) }
    if let wikidata { entity.setAttribute(.wikidata, .string(wikidata)) }
    if let isoCode { entity.setAttribute(.isoCode, .string(isoCode)) }
  }
}

import DiplographModel

/// What one document says of one entity, gathered mention by mention.
struct EntityDraft {
  let id: EntityID
  var kind: EntityKind
  /// Every printed form with how often it occurs.
  var surfaces = SurfaceCounts()
  var aliases: Set<String> = []
  var mentions: [Mention] = []
  var ordinal: Int?
  var acronym: String?
  /// Set when a gazetteer knows the entity; its class is then the gazetteer's.
  var entry: GazetteerEntry?

  /// The fullest printed name for names that grow (documents, organizations, events); the
  /// most frequent for people and places.
  static func label(surfaces: SurfaceCounts, kind: EntityKind) -> String {
    let forms = surfaces.forms.sorted { $0.surface.utf8.lexicographicallyPrecedes($1.surface.utf8) }
    switch kind.top {
    case .person, .place, .role:
      return forms.max { ($0.count, -$0.surface.unicodeScalars.count) < ($1.count, -$1.surface.unicodeScalars.count) }!.surface
    default:
      return forms.max { $0.surface.unicodeScalars.count < $1.surface.unicodeScalars.count }!.surface
    }
  }

  func entity() -> Entity {
    let label = entry?.label ?? Self.label(surfaces: surfaces, kind: kind)
    var entity = Entity(
      id: id, kind: kind, label: label, aliases: surfaces.surfaces + Array(aliases) + (entry?.aliases ?? []),
      mentions: mentions)
    entry?.describe(&entity)
    if let ordinal { entity.setAttribute(.ordinal, .integer(ordinal)) }
    if let acronym { entity.setAttribute(.acronym, .string(acronym)) }
    return entity
  }
}

import DiplographModel

/// A name a rule found in a sentence, before it is resolved to an entity.
struct Candidate {
  /// The scalars of the name, without enclosing 《》 or “”.
  var range: Range<Int>
  var kind: EntityKind
  var rule: String
  /// Set when the name is a gazetteer entry's; its id is the entry's.
  var entry: GazetteerEntry?
  /// Titles and quoted names hold other names (the parties in a title); they never compete
  /// with what lies inside them.
  var isContainer = false
  /// The ordinal of a numbered event or session.
  var ordinal: Int?
  /// Other names the text gives in the same breath: `黑瞎子岛（大乌苏里岛）`, `AUKUS`.
  var aliases: [String] = []

  var length: Int { range.count }

  func overlaps(_ other: Candidate) -> Bool { range.overlaps(other.range) }
}

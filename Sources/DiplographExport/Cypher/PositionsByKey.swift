/// Where each key's batch or file group lies, for writers that look one up for every item.
///
/// The key asked for last is compared before the table is hashed: a source's sentences and an
/// entity's mentions come in runs, and comparing a key is cheaper than hashing its strings.
struct PositionsByKey<Key: Hashable> {
  private var positions: [Key: Int] = [:]
  private var last: (key: Key, position: Int)?

  /// The position remembered for `key`, or nil the first time it is asked for.
  mutating func position(of key: Key) -> Int? {
    if let last, last.key == key { return last.position }
    guard let position = positions[key] else { return nil }
    last = (key, position)
    return position
  }

  mutating func remember(_ key: Key, at position: Int) {
    positions[key] = position
    last = (key, position)
  }
}

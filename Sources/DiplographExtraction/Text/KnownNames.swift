/// The bundled gazetteer's names and the states that open names, found once at every position
/// of a sentence.
///
/// The rules ask "which known name starts here?" and "does a state open a name here?" many times
/// per position (`NameExtent` walks left over a name and asks at every step); looking them up once
/// per sentence makes each question an array read.
struct KnownNames {
  private struct Found {
    /// The longest gazetteer name starting here: its length (0 for none) and entry number.
    var nameLength: Int32 = 0
    var nameEntry: Int32 = 0
    /// The state opening a name here: its length (0 for none) and where its country comes from
    /// (`fromGazetteer`, or an index into `Grammar.statePrefixes`).
    var stateLength: Int32 = 0
    var stateSource: Int32 = 0
  }

  private let found: [Found]
  private static let fromGazetteer: Int32 = -1
  private static let prefixStarts = ScalarSet(Grammar.statePrefixes.compactMap(\.prefix.first))

  init(_ scalars: [Unicode.Scalar]) {
    let gazetteer = Gazetteer.bundled
    let prefixStarts = Self.prefixStarts
    var found = [Found](repeating: Found(), count: scalars.count)
    for position in scalars.indices {
      // The state prefixes first: a multi-scalar prefix of the grammar's list, longest first.
      if prefixStarts.contains(scalars[position]) {
        for (number, entry) in Grammar.statePrefixes.enumerated() where entry.prefix.count > 1 {
          guard scalars.has(entry.prefix, at: position) else { continue }
          found[position].stateLength = Int32(entry.prefix.count)
          found[position].stateSource = Int32(number)
          break
        }
      }
      guard let (length, entry) = gazetteer.longestMatch(in: scalars, at: position) else { continue }
      found[position].nameLength = Int32(length)
      found[position].nameEntry = Int32(entry)
      // Then any state the gazetteer knows, by any of its names but the side form (美方).
      if found[position].stateLength == 0, gazetteer.entries[entry].kind == .country, scalars[position + length - 1] != "方" {
        found[position].stateLength = Int32(length)
        found[position].stateSource = Self.fromGazetteer
      }
    }
    self.found = found
  }

  /// The longest gazetteer name starting at `position`.
  func name(at position: Int) -> (length: Int, entry: GazetteerEntry)? {
    guard position >= 0, position < found.count, found[position].nameLength > 0 else { return nil }
    return (Int(found[position].nameLength), Gazetteer.bundled.entries[Int(found[position].nameEntry)])
  }

  /// The length of the longest gazetteer name starting at `position`, 0 for none.
  func nameLength(at position: Int) -> Int {
    position >= 0 && position < found.count ? Int(found[position].nameLength) : 0
  }

  /// The state that opens a name at `position`: its length and the country it names (nil for a
  /// pair such as 中俄).
  func statePrefix(at position: Int) -> (length: Int, country: String?)? {
    guard position >= 0, position < found.count, found[position].stateLength > 0 else { return nil }
    let state = found[position]
    let country =
      state.stateSource == Self.fromGazetteer
      ? Gazetteer.bundled.entries[Int(state.nameEntry)].label : Grammar.statePrefixes[Int(state.stateSource)].country
    return (Int(state.stateLength), country)
  }

  /// The length of the state opening a name at `position`, 0 for none.
  func stateLength(at position: Int) -> Int {
    position >= 0 && position < found.count ? Int(found[position].stateLength) : 0
  }
}

extension Array where Element == Unicode.Scalar {
  /// True when `word` stands at `index`.
  @inline(__always)
  func has(_ word: [Unicode.Scalar], at index: Int) -> Bool {
    guard index >= 0, index + word.count <= count else { return false }
    for offset in 0..<word.count where self[index + offset] != word[offset] { return false }
    return true
  }
}

extension ScalarText {
  /// The longest gazetteer name starting at `position`, if any.
  func knownName(at position: Int) -> (length: Int, entry: GazetteerEntry)? { known.name(at: position) }

  /// A gazetteer name of exactly `lengths` scalars that ends just before `index`, tried from the
  /// shortest or from the longest, the first `accept` takes.
  func knownName(
    endingAt index: Int, lengths: ClosedRange<Int>, shortestFirst: Bool,
    where accept: (GazetteerEntry) -> Bool = { _ in true }
  ) -> (length: Int, entry: GazetteerEntry)? {
    for step in 0..<lengths.count {
      let length = shortestFirst ? lengths.lowerBound + step : lengths.upperBound - step
      guard index - length >= 0, known.nameLength(at: index - length) == length,
        let (_, entry) = known.name(at: index - length), accept(entry)
      else { continue }
      return (length, entry)
    }
    return nil
  }

  /// The state that opens a name at `index`: its scalars count and the country it names.
  func statePrefix(at index: Int) -> (length: Int, country: String?)? { known.statePrefix(at: index) }
}

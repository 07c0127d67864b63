/// The bundled gazetteer's names and the states that open names, found once at every position
/// of a sentence.
///
/// The rules ask "which known name starts here?" and "does a state open a name here?" many times
/// per position (`NameExtent` walks left over a name and asks at every step); looking them up once
/// per sentence makes each question an array read.
struct KnownNames {
  /// At each position, the longest gazetteer name starting there: its length (0 for none) and the
  /// number of its entry.
  private let names: [(length: Int32, entry: Int32)]
  /// At each position, the state opening a name there: its length (0 for none) and where its
  /// country comes from (`fromGazetteer`, or an index into `Grammar.statePrefixes`).
  private let states: [(length: Int32, source: Int32)]
  private static let fromGazetteer: Int32 = -1

  init(_ scalars: [Unicode.Scalar]) {
    let gazetteer = Gazetteer.bundled
    var names: [(length: Int32, entry: Int32)] = []
    var states: [(length: Int32, source: Int32)] = []
    names.reserveCapacity(scalars.count)
    states.reserveCapacity(scalars.count)
    for position in scalars.indices {
      let name = gazetteer.longestMatch(in: scalars, at: position)
      names.append(name.map { (Int32($0.length), Int32($0.entry)) } ?? (0, 0))
      states.append(Self.state(in: scalars, at: position, name: name, gazetteer: gazetteer))
    }
    self.names = names
    self.states = states
  }

  /// The state at `position`: a multi-scalar prefix of the grammar's list first, then any state
  /// the gazetteer knows, by any of its names but the side form (美方).
  private static func state(
    in scalars: [Unicode.Scalar], at position: Int, name: (length: Int, entry: Int)?, gazetteer: Gazetteer
  ) -> (length: Int32, source: Int32) {
    if Self.prefixStarts.contains(scalars[position]) {
      for (number, entry) in Grammar.statePrefixes.enumerated() where entry.prefix.count > 1 {
        if scalars.has(entry.prefix, at: position) { return (Int32(entry.prefix.count), Int32(number)) }
      }
    }
    if let (length, entry) = name, gazetteer.entries[entry].kind == .country, scalars[position + length - 1] != "方" {
      return (Int32(length), fromGazetteer)
    }
    return (0, 0)
  }

  private static let prefixStarts = ScalarSet(Grammar.statePrefixes.compactMap(\.prefix.first))

  /// The longest gazetteer name starting at `position`.
  func name(at position: Int) -> (length: Int, entry: GazetteerEntry)? {
    guard position >= 0, position < names.count else { return nil }
    let name = names[position]
    guard name.length > 0 else { return nil }
    return (Int(name.length), Gazetteer.bundled.entries[Int(name.entry)])
  }

  /// The length of the longest gazetteer name starting at `position`, 0 for none.
  func nameLength(at position: Int) -> Int {
    position >= 0 && position < names.count ? Int(names[position].length) : 0
  }

  /// The state that opens a name at `position`: its length and the country it names (nil for a
  /// pair such as 中俄).
  func statePrefix(at position: Int) -> (length: Int, country: String?)? {
    guard position >= 0, position < states.count else { return nil }
    let state = states[position]
    guard state.length > 0 else { return nil }
    let country =
      state.source == Self.fromGazetteer
      ? Gazetteer.bundled.entries[Int(names[position].entry)].label : Grammar.statePrefixes[Int(state.source)].country
    return (Int(state.length), country)
  }

  /// The length of the state opening a name at `position`, 0 for none.
  func stateLength(at position: Int) -> Int {
    position >= 0 && position < states.count ? Int(states[position].length) : 0
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

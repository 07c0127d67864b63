extension Sequence where Element: Comparable {
  /// The elements sorted, each distinct value once: what `Array(Set(self)).sorted()` gives,
  /// without hashing every element, and in a fixed order where `<` ties values that `==` tells
  /// apart (two attestations differing only in confidence keep the order they came in).
  ///
  /// Inlinable, so callers in other modules get it specialized for their element type: the
  /// generic version compares through witness tables, which made resolving a corpus several
  /// times slower.
  @inlinable
  public func sortedUnique() -> [Element] {
    let sorted = self.sorted()
    var result: [Element] = []
    result.reserveCapacity(sorted.count)
    // Equal values lie within one run of elements `<` does not order; runs are short.
    var runStart = 0
    for element in sorted {
      if let last = result.last, last < element { runStart = result.count }
      if !result[runStart...].contains(element) { result.append(element) }
    }
    return result
  }
}

extension Array where Element: Comparable {
  /// What `sortedUnique()` gives, for a list gathered document by document: `key` (the source)
  /// must order elements of different keys as `<` does. Stretches of one key that are already
  /// strictly increasing, as each document's own sorted list is, are kept as they are and only
  /// put in key order; the rest are sorted. An entity named in every document of a corpus has
  /// hundreds of thousands of mentions, and sorting them whole kept one core busy while the
  /// other waited.
  @inlinable
  public func sortedUnique<Key: Comparable>(groupedBy key: (Element) -> Key) -> [Element] {
    guard count > 1 else { return self }
    // Stretches of one key, and whether each is strictly increasing.
    var stretches: [(key: Key, range: Range<Int>, isSorted: Bool)] = []
    var start = 0
    var stretchKey = key(self[0])
    var isSorted = true
    for index in 1..<count {
      let next = key(self[index])
      if next != stretchKey {
        stretches.append((stretchKey, start..<index, isSorted))
        (start, stretchKey, isSorted) = (index, next, true)
      } else if isSorted, !(self[index - 1] < self[index]) {
        isSorted = false
      }
    }
    stretches.append((stretchKey, start..<count, isSorted))
    if stretches.count == 1, isSorted { return self }
    // Stable, so stretches of one key keep the order they came in, as in the sorted whole.
    stretches.sort { $0.key < $1.key }
    var result: [Element] = []
    result.reserveCapacity(count)
    var first = 0
    while first < stretches.count {
      var end = first + 1
      while end < stretches.count, stretches[end].key == stretches[first].key { end += 1 }
      if end == first + 1, stretches[first].isSorted {
        result.append(contentsOf: self[stretches[first].range])
      } else {
        result.append(contentsOf: stretches[first..<end].flatMap { self[$0.range] }.sortedUnique())
      }
      first = end
    }
    return result
  }
}

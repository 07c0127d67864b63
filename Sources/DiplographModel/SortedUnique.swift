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

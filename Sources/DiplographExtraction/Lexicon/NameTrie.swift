/// Names as a trie: the longest name starting at a position is found in one walk, one step per
/// scalar of the text, however many names share a beginning (中国, 中华人民共和国, 中亚…).
struct NameTrie: Sendable {
  /// Edges keyed by `node << 32 | scalar`; node 0 is the root.
  private var children: [UInt64: Int32] = [:]
  /// Per node, the entry whose name ends there, or -1.
  private var entries: [Int32] = [-1]

  /// Adds `name` for `entry`; a name already added keeps its first entry.
  mutating func insert(_ name: [Unicode.Scalar], entry: Int) {
    var node: Int32 = 0
    for scalar in name {
      let edge = Self.edge(node, scalar)
      if let child = children[edge] {
        node = child
      } else {
        let child = Int32(entries.count)
        entries.append(-1)
        children[edge] = child
        node = child
      }
    }
    if node != 0 && entries[Int(node)] < 0 { entries[Int(node)] = Int32(entry) }
  }

  /// The longest name starting at `position`: its length in scalars and its entry.
  func longestMatch(in text: [Unicode.Scalar], at position: Int) -> (length: Int, entry: Int)? {
    var node: Int32 = 0
    var index = position
    var found: (length: Int, entry: Int)?
    while index < text.count, let child = children[Self.edge(node, text[index])] {
      node = child
      index += 1
      let entry = entries[Int(node)]
      if entry >= 0 { found = (index - position, Int(entry)) }
    }
    return found
  }

  private static func edge(_ node: Int32, _ scalar: Unicode.Scalar) -> UInt64 {
    UInt64(UInt32(bitPattern: node)) << 32 | UInt64(scalar.value)
  }
}

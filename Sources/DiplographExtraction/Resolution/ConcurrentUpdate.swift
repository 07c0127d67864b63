import Dispatch

extension Range<Int> {
  /// Calls `body` with every index, on all cores, in chunks; for work on disjoint elements.
  func forEachConcurrently(_ body: @Sendable (Int) -> Void) {
    // More chunks than cores, so one chunk of long lists does not keep the others waiting.
    let chunks = Swift.min(count, 64)
    guard chunks > 1 else {
      for index in self { body(index) }
      return
    }
    let start = lowerBound, count = self.count
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
      for index in (start + count * chunk / chunks)..<(start + count * (chunk + 1) / chunks) { body(index) }
    }
  }
}

extension Array {
  /// Applies `update` to every element in place, on all cores. Each element is updated by
  /// exactly one call and sees no other, so the result is the same as a loop's.
  mutating func updateConcurrently(_ update: @Sendable (inout Element) -> Void) {
    withUnsafeMutableBufferPointer { buffer in
      let elements = UnsafeElements(buffer: buffer)
      buffer.indices.forEachConcurrently { update(&elements.buffer[$0]) }
    }
  }
}

/// Buffers written at disjoint positions from several threads.
struct UnsafeElements<Element>: @unchecked Sendable {
  let buffer: UnsafeMutableBufferPointer<Element>
}

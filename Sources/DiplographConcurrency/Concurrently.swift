import Dispatch

// Work spread over all cores with results that do not depend on scheduling: every index is
// handled by exactly one call, which writes only its own element.

/// Applies `transform` to every element on all cores and returns the results in input order,
/// so parallel work gives the same output as a loop.
public func parallelMap<Element: Sendable, Result: Sendable>(
  _ elements: [Element], _ transform: @Sendable (Element) -> Result
) -> [Result] {
  guard elements.count > 1 else { return elements.map(transform) }
  var results = [Result?](repeating: nil, count: elements.count)
  results.withUnsafeMutableBufferPointer { buffer in
    let slots = UnsafeElements(buffer: buffer)
    elements.indices.forEachConcurrently { slots.buffer[$0] = transform(elements[$0]) }
  }
  return results.map { $0! }
}

extension Range<Int> {
  /// Calls `body` with every index, on all cores, in up to 64 chunks; for work on disjoint
  /// elements. Lists of 64 or fewer get a chunk per element, in order.
  public func forEachConcurrently(_ body: @Sendable (Int) -> Void) {
    // More chunks than cores, so one chunk of long lists does not keep the others waiting.
    let chunks = Swift.min(count, 64)
    guard chunks > 1 else {
      for index in self { body(index) }
      return
    }
    // Chunk k takes every 64th index from the k-th on. Lists built in input order hold their
    // heaviest elements first (the entities and facts of every document), and a chunk of
    // consecutive indices gave all of them to one core while the other waited.
    let start = lowerBound, end = upperBound
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
      for index in Swift.stride(from: start + chunk, to: end, by: chunks) { body(index) }
    }
  }
}

extension Array {
  /// Applies `update` to every element in place, on all cores. Each element is updated by
  /// exactly one call and sees no other, so the result is the same as a loop's.
  @inlinable
  public mutating func updateConcurrently(_ update: @Sendable (inout Element) -> Void) {
    withUnsafeMutableBufferPointer { buffer in
      let elements = UnsafeElements(buffer: buffer)
      buffer.indices.forEachConcurrently { update(&elements.buffer[$0]) }
    }
  }
}

/// A buffer written at disjoint positions from several threads.
public struct UnsafeElements<Element>: @unchecked Sendable {
  public let buffer: UnsafeMutableBufferPointer<Element>

  @inlinable
  public init(buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}

import Dispatch

/// Applies `transform` to every element on all cores and returns the results in input order,
/// so parallel work gives the same output as a loop.
func parallelMap<Element: Sendable, Result: Sendable>(
  _ elements: [Element], _ transform: @Sendable (Element) -> Result
) -> [Result] {
  guard elements.count > 1 else { return elements.map(transform) }
  var results = [Result?](repeating: nil, count: elements.count)
  results.withUnsafeMutableBufferPointer { buffer in
    let slots = UnsafeSlots(buffer: buffer)
    DispatchQueue.concurrentPerform(iterations: elements.count) { index in
      // Each index is written by exactly one iteration, so the writes never overlap.
      slots.buffer[index] = transform(elements[index])
    }
  }
  return results.map { $0! }
}

private struct UnsafeSlots<Value>: @unchecked Sendable {
  let buffer: UnsafeMutableBufferPointer<Value?>
}

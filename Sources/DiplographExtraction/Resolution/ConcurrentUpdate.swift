import Dispatch

extension Array {
  /// Applies `update` to every element in place, on all cores. Each element is updated by
  /// exactly one iteration and sees no other, so the result is the same as a loop's.
  mutating func updateConcurrently(_ update: @Sendable (inout Element) -> Void) {
    let count = self.count
    // More chunks than cores, so one chunk of long lists does not keep the others waiting.
    let chunks = Swift.min(count, 64)
    guard chunks > 1 else {
      for index in indices { update(&self[index]) }
      return
    }
    withUnsafeMutableBufferPointer { buffer in
      let elements = UnsafeElements(buffer: buffer)
      DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
        for index in (count * chunk / chunks)..<(count * (chunk + 1) / chunks) {
          update(&elements.buffer[index])
        }
      }
    }
  }
}

private struct UnsafeElements<Element>: @unchecked Sendable {
  let buffer: UnsafeMutableBufferPointer<Element>
}

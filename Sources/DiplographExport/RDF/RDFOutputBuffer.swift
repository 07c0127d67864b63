import DiplographModel

/// Collects a syntax's bytes and hands them to the sink in large chunks, so a triple costs a
/// few copies into one buffer, not a write call per token.
///
/// Raw memory rather than an `[UInt8]`: appending to an array checks its uniqueness and capacity
/// through generic code on every call, which at millions of triples cost more than the copying.
final class RDFOutputBuffer {
  private(set) var sink: any ByteSink
  @exclusivity(unchecked) private var base: UnsafeMutablePointer<UInt8>
  @exclusivity(unchecked) private var capacity: Int
  @exclusivity(unchecked) private(set) var count = 0
  private static let chunkSize = 1 << 16

  init(sink: any ByteSink) {
    self.sink = sink
    capacity = Self.chunkSize + 4096
    base = .allocate(capacity: capacity)
  }

  deinit { base.deallocate() }

  @inline(__always)
  func append(_ byte: UInt8) {
    if count == capacity { grow(toHold: 1) }
    base[count] = byte
    count += 1
  }

  @inline(__always)
  func append(_ bytes: UnsafeRawBufferPointer) {
    if bytes.count > capacity - count { grow(toHold: bytes.count) }
    if let source = bytes.baseAddress {
      UnsafeMutableRawPointer(base + count).copyMemory(from: source, byteCount: bytes.count)
    }
    count += bytes.count
  }

  @inline(__always)
  func append(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { append($0) }
  }

  /// Appends the string's UTF-8 bytes in one copy.
  @inline(__always)
  func append(utf8 text: String) {
    var text = text
    text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
  }

  /// Appends `value` in decimal, as `String(value)` spells it.
  func append(decimal value: Int) {
    DecimalDigits.with(value) { append(UnsafeRawBufferPointer($0)) }
  }

  /// Appends sixteen lower-case hex digits, as `StableHash.hex` spells a hash.
  func append(hex16 value: UInt64) {
    if 16 > capacity - count { grow(toHold: 16) }
    var rest = value
    for index in stride(from: count + 15, through: count, by: -1) {
      let nibble = UInt8(truncatingIfNeeded: rest & 0xF)
      base[index] = nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
      rest >>= 4
    }
    count += 16
  }

  /// Appends `text` with N-Triples/Turtle string escapes.
  func appendEscaped(_ text: String) {
    NTriplesEscaping.append(text, to: self)
  }

  /// What is collected and not yet written.
  func withBytes<Result>(_ body: (UnsafeRawBufferPointer) -> Result) -> Result {
    body(UnsafeRawBufferPointer(start: base, count: count))
  }

  /// Drops what is collected without writing it: for a buffer used as scratch space.
  func removeAll() { count = 0 }

  /// Writes out what is collected once a chunk is full; call after each statement.
  @inline(__always)
  func flushIfFull() throws {
    if count >= Self.chunkSize { try flush() }
  }

  func flush() throws {
    guard count > 0 else { return }
    try sink.write(UnsafeRawBufferPointer(start: base, count: count))
    count = 0
  }

  /// Flushes and closes the current sink, then continues into `next` (the next shard).
  func switchSink(to next: any ByteSink) throws {
    try finish()
    sink = next
  }

  /// Flushes and closes the sink.
  func finish() throws {
    try flush()
    try sink.close()
  }

  private func grow(toHold extra: Int) {
    let newCapacity = max(capacity * 2, count + extra)
    let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newBase.update(from: base, count: count)
    base.deallocate()
    base = newBase
    capacity = newCapacity
  }
}

/// Collects a syntax's bytes and hands them to the sink in large chunks, so a triple costs a
/// few appends, not a write call per token.
struct RDFOutputBuffer {
  private(set) var sink: any ByteSink
  /// What is collected and not yet written; writers append to it directly.
  var bytes: [UInt8] = []
  private static let chunkSize = 1 << 16

  init(sink: any ByteSink) {
    self.sink = sink
    bytes.reserveCapacity(Self.chunkSize + 4096)
  }

  /// Appends `text` with N-Triples/Turtle string escapes.
  mutating func appendEscaped(_ text: String) {
    NTriplesEscaping.append(text, to: &bytes)
  }

  /// Writes out what is collected once a chunk is full; call after each statement.
  @inline(__always)
  mutating func flushIfFull() throws {
    if bytes.count >= Self.chunkSize { try flush() }
  }

  mutating func flush() throws {
    guard !bytes.isEmpty else { return }
    try bytes.withUnsafeBytes { try sink.write($0) }
    bytes.removeAll(keepingCapacity: true)
  }

  /// Flushes and closes the current sink, then continues into `next` (the next shard).
  mutating func switchSink(to next: any ByteSink) throws {
    try finish()
    sink = next
  }

  /// Flushes and closes the sink.
  mutating func finish() throws {
    try flush()
    try sink.close()
  }
}

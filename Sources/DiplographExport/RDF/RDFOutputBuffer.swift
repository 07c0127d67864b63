/// Collects a line-oriented syntax's bytes and hands them to the sink in large chunks, so a
/// triple costs a few appends, not a write call per token.
final class RDFOutputBuffer {
  private(set) var sink: any ByteSink
  private var bytes: [UInt8] = []
  private static let chunkSize = 1 << 16

  init(sink: any ByteSink) {
    self.sink = sink
    bytes.reserveCapacity(Self.chunkSize + 4096)
  }

  func append(_ text: String) {
    bytes.append(contentsOf: text.utf8)
  }

  func append(byte: UInt8) {
    bytes.append(byte)
  }

  /// Appends `text` with N-Triples/Turtle string escapes.
  func appendEscaped(_ text: String) {
    NTriplesEscaping.append(text, to: &bytes)
  }

  /// Writes out what is collected once a chunk is full; call after each statement.
  func flushIfFull() throws {
    if bytes.count >= Self.chunkSize { try flush() }
  }

  func flush() throws {
    guard !bytes.isEmpty else { return }
    try bytes.withUnsafeBytes { try sink.write($0) }
    bytes.removeAll(keepingCapacity: true)
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
}

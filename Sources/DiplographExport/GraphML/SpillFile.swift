#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Bytes kept in arrival order and read back once: in memory while they are small, then in an
/// unnamed temporary file (under `$TMPDIR`, else `/tmp`), so an exporter that must wait for the
/// end of the stream does not hold the stream in memory meanwhile.
///
/// A sink of plain bytes (`write`, read back with `forEachChunk`), or of records of strings
/// (`append`, read back with `forEachRecord`): a record is its field count, then each field's
/// byte count and UTF-8 bytes (counts as little-endian `UInt32`). One spill holds one or the other.
final class SpillFile: ByteSink {
  private var buffer: [UInt8] = []
  private var descriptor: Int32 = -1
  private let memoryLimit: Int
  private static let chunkSize = 1 << 20

  /// - Parameter memoryLimit: bytes kept in memory before the file is created.
  init(memoryLimit: Int = 1 << 22) {
    self.memoryLimit = memoryLimit
  }

  deinit {
    if descriptor >= 0 { closeDescriptor(descriptor) }
  }

  func write(_ bytes: UnsafeRawBufferPointer) throws {
    buffer.append(contentsOf: bytes)
    if buffer.count >= memoryLimit { try flush() }
  }

  /// Nothing to end: what was written is read back with `forEachChunk`.
  func close() throws {}

  func append(_ fields: [String]) throws {
    appendCount(fields.count)
    for field in fields {
      appendCount(field.utf8.count)
      buffer.append(contentsOf: field.utf8)
    }
    if buffer.count >= memoryLimit { try flush() }
  }

  /// Hands every byte written to `body`, in order, in chunks of up to a megabyte.
  func forEachChunk(_ body: (UnsafeRawBufferPointer) throws -> Void) throws {
    guard descriptor >= 0 else {
      try buffer.withUnsafeBytes { bytes in
        var offset = 0
        while offset < bytes.count {
          let end = min(offset + Self.chunkSize, bytes.count)
          try body(UnsafeRawBufferPointer(rebasing: bytes[offset..<end]))
          offset = end
        }
      }
      return
    }
    try flush()
    guard lseek(descriptor, 0, SEEK_SET) == 0 else { throw failure("cannot rewind") }
    var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      guard count >= 0 else { throw failure("cannot read") }
      if count == 0 { break }
      try chunk.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
    }
  }

  /// Hands every record to `body`, in the order they were appended.
  func forEachRecord(_ body: ([String]) throws -> Void) throws {
    var pending: [UInt8] = []
    try forEachChunk { chunk in
      pending.append(contentsOf: chunk)
      var offset = 0
      while let record = Self.decode(pending, at: &offset) { try body(record) }
      pending.removeFirst(offset)
    }
    guard pending.isEmpty else { throw failure("truncated record") }
  }

  private func appendCount(_ value: Int) {
    withUnsafeBytes(of: UInt32(value).littleEndian) { buffer.append(contentsOf: $0) }
  }

  private func flush() throws {
    if descriptor < 0 { descriptor = try Self.openUnnamedFile() }
    var offset = 0
    while offset < buffer.count {
      let written = buffer.withUnsafeBytes { writeDescriptor(descriptor, $0.baseAddress! + offset, $0.count - offset) }
      if written < 0, errno == EINTR { continue }
      guard written >= 0 else { throw failure("cannot write") }
      offset += written
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// The next whole record from `offset`, moving `offset` past it; nil when the bytes end first.
  private static func decode(_ bytes: [UInt8], at offset: inout Int) -> [String]? {
    var cursor = offset
    func count() -> Int? {
      guard cursor + 4 <= bytes.count else { return nil }
      var value = 0
      for index in 0..<4 { value |= Int(bytes[cursor + index]) << (8 * index) }
      cursor += 4
      return value
    }
    guard let fieldCount = count() else { return nil }
    var fields: [String] = []
    fields.reserveCapacity(fieldCount)
    for _ in 0..<fieldCount {
      guard let length = count(), cursor + length <= bytes.count else { return nil }
      fields.append(String(decoding: bytes[cursor..<(cursor + length)], as: UTF8.self))
      cursor += length
    }
    offset = cursor
    return fields
  }

  private static func openUnnamedFile() throws -> Int32 {
    let directory = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    var template = Array((directory + "/diplograph-spill-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else {
      throw ExportError.io(
        path: directory, reason: "cannot create a temporary file: " + String(cString: strerror(errno)))
    }
    // Unlinked at once: the file vanishes with its descriptor, even if the process is killed.
    template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    return descriptor
  }

  private func failure(_ what: String) -> ExportError {
    ExportError.io(path: "temporary file", reason: what + ": " + String(cString: strerror(errno)))
  }
}

// The C calls by other names: inside `SpillFile`, `write` and `close` are its own methods.
private func closeDescriptor(_ descriptor: Int32) { close(descriptor) }

private func writeDescriptor(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Records of strings kept in arrival order and read back once: in memory while they are small,
/// then in an unnamed temporary file (under `$TMPDIR`, else `/tmp`), so an exporter that must
/// wait for the end of the stream does not hold the stream in memory meanwhile.
///
/// A record is its field count, then each field's byte count and UTF-8 bytes (counts as
/// little-endian `UInt32`).
final class SpillFile {
  private var buffer: [UInt8] = []
  private var descriptor: Int32 = -1
  private let memoryLimit: Int

  /// - Parameter memoryLimit: bytes kept in memory before the file is created.
  init(memoryLimit: Int = 1 << 22) {
    self.memoryLimit = memoryLimit
  }

  deinit {
    if descriptor >= 0 { close(descriptor) }
  }

  func append(_ fields: [String]) throws {
    appendCount(fields.count)
    for field in fields {
      appendCount(field.utf8.count)
      buffer.append(contentsOf: field.utf8)
    }
    if buffer.count >= memoryLimit { try flush() }
  }

  /// Hands every record to `body`, in the order they were appended.
  func forEachRecord(_ body: ([String]) throws -> Void) throws {
    guard descriptor >= 0 else {
      var offset = 0
      while let record = Self.decode(buffer, at: &offset) { try body(record) }
      return
    }
    try flush()
    guard lseek(descriptor, 0, SEEK_SET) == 0 else { throw failure("cannot rewind") }
    var pending: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      guard count >= 0 else { throw failure("cannot read") }
      if count == 0 { break }
      pending.append(contentsOf: chunk[..<count])
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
      let written = buffer.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
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

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Bytes kept in arrival order and read back once: in memory while they are small, then in an
/// unnamed temporary file (under `$TMPDIR`, else `/tmp`), so an exporter that must wait for the
/// end of the stream does not hold the stream in memory meanwhile.
///
/// A sink of plain bytes (`write`, read back with `forEachChunk`), or of records (`append`, read
/// back whole with `forEachRecord`; each is stored after its byte count, a little-endian
/// `UInt32`). One spill holds one or the other.
///
/// The file is written and read with direct I/O (`DirectIO`) where the file system takes it: a
/// GraphML export spills most of its bytes, which went through the page cache twice. Only whole
/// blocks go to the file then; the last, partial one stays in memory and is read from there.
final class SpillFile: ByteSink {
  private var buffer: [UInt8] = []
  private var descriptor: Int32 = -1
  private var isDirect = false
  /// Where whole blocks are copied for direct I/O, which needs aligned memory; kept between
  /// flushes.
  private var aligned = UnsafeMutableRawBufferPointer(start: nil, count: 0)
  private let memoryLimit: Int
  private static let chunkSize = 1 << 20

  /// - Parameter memoryLimit: bytes kept in memory before the file is created.
  init(memoryLimit: Int = 1 << 22) {
    self.memoryLimit = memoryLimit
  }

  deinit {
    if descriptor >= 0 { closeDescriptor(descriptor) }
    aligned.deallocate()
  }

  func write(_ bytes: UnsafeRawBufferPointer) throws {
    buffer.append(contentsOf: bytes)
    if buffer.count >= memoryLimit { try flush() }
  }

  /// Nothing to end: what was written is read back with `forEachChunk`.
  func close() throws {}

  /// Appends one record made of `parts` one after another.
  func append(record parts: [UInt8]...) throws {
    let count = parts.reduce(0) { $0 + $1.count }
    withUnsafeBytes(of: UInt32(count).littleEndian) { buffer.append(contentsOf: $0) }
    for part in parts { buffer.append(contentsOf: part) }
    if buffer.count >= memoryLimit { try flush() }
  }

  /// Hands every byte written to `body`, in order, in chunks of up to a megabyte.
  func forEachChunk(_ body: (UnsafeRawBufferPointer) throws -> Void) throws {
    if descriptor >= 0 { try readFile(body) }
    // What is in memory: everything while the spill is small, else what did not fill a block
    // for direct I/O.
    try buffer.withUnsafeBytes { bytes in
      var offset = 0
      while offset < bytes.count {
        let end = min(offset + Self.chunkSize, bytes.count)
        try body(UnsafeRawBufferPointer(rebasing: bytes[offset..<end]))
        offset = end
      }
    }
  }

  /// Writes what the file can take, then hands `body` the file's bytes from the start.
  private func readFile(_ body: (UnsafeRawBufferPointer) throws -> Void) throws {
    try flush()
    guard lseek(descriptor, 0, SEEK_SET) == 0 else { throw failure("cannot rewind") }
    let chunk = DirectIO.allocate(byteCount: Self.chunkSize)
    defer { chunk.deallocate() }
    while true {
      let count = read(descriptor, chunk.baseAddress, chunk.count)
      if count < 0, errno == EINTR { continue }
      if count < 0, errno == EINVAL, isDirect, DirectIO.set(descriptor, false) {
        isDirect = false
        continue
      }
      guard count >= 0 else { throw failure("cannot read") }
      if count == 0 { break }
      try body(UnsafeRawBufferPointer(rebasing: chunk[..<count]))
    }
  }

  /// Hands every record to `body`, in the order they were appended; the bytes are valid only
  /// during the call.
  func forEachRecord(_ body: (UnsafeRawBufferPointer) throws -> Void) throws {
    var carried: [UInt8] = []  // a record begun in an earlier chunk, with its byte count
    try forEachChunk { chunk in
      var rest = chunk[...]
      if !carried.isEmpty {
        // Its count first, then its bytes: at most two takes.
        while Self.missing(from: carried) > 0, !rest.isEmpty {
          let taken = rest.prefix(Self.missing(from: carried))
          carried += taken
          rest = rest.dropFirst(taken.count)
        }
        guard Self.missing(from: carried) == 0 else { return }
        try carried.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[4...])) }
        carried.removeAll(keepingCapacity: true)
      }
      // Records that lie whole in the chunk are handed over where they lie.
      while rest.count >= 4 {
        let end = rest.startIndex + 4 + Self.length(at: rest.startIndex, in: chunk)
        guard end <= rest.endIndex else { break }
        try body(UnsafeRawBufferPointer(rebasing: chunk[(rest.startIndex + 4)..<end]))
        rest = chunk[end...]
      }
      carried += rest
    }
    guard carried.isEmpty else { throw failure("truncated record") }
  }

  /// How many bytes a record begun in `carried` still lacks: its count first, then its bytes.
  private static func missing(from carried: [UInt8]) -> Int {
    carried.count < 4 ? 4 - carried.count : 4 + length(at: 0, in: carried) - carried.count
  }

  /// The little-endian `UInt32` at `offset`.
  private static func length<Bytes: Collection<UInt8>>(at offset: Int, in bytes: Bytes) -> Int
  where Bytes.Index == Int {
    (0..<4).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
  }

  /// Writes what is buffered to the file: with direct I/O the whole blocks, through an aligned
  /// copy, keeping the rest; else everything.
  private func flush() throws {
    if descriptor < 0 {
      descriptor = try Self.openUnnamedFile()
      isDirect = DirectIO.set(descriptor, true)
    }
    let count = isDirect ? buffer.count / DirectIO.alignment * DirectIO.alignment : buffer.count
    guard count > 0 else { return }
    if isDirect {
      if aligned.count < count {
        aligned.deallocate()
        aligned = DirectIO.allocate(byteCount: count)
      }
      let blocks = UnsafeMutableRawBufferPointer(rebasing: aligned[..<count])
      buffer.withUnsafeBytes { blocks.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[..<count])) }
      try writeAll(UnsafeRawBufferPointer(blocks))
    } else {
      try buffer.withUnsafeBytes { try writeAll(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
    }
    buffer.removeFirst(count)
  }

  private func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
    guard DirectIO.writeAll(bytes, to: descriptor, isDirect: &isDirect) else { throw failure("cannot write") }
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

// The C call by another name: inside `SpillFile`, `close` is its own method.
private func closeDescriptor(_ descriptor: Int32) { close(descriptor) }

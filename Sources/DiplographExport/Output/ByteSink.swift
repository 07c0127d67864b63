/// Where an exporter's bytes go: a file, a buffer in a test, a sink that fails on purpose.
///
/// `close()` flushes and ends the output; writes after it are an error. A sink reports a failed
/// write (disk full, closed pipe) by throwing, never by dropping bytes.
public protocol ByteSink: AnyObject {
  func write(_ bytes: UnsafeRawBufferPointer) throws
  func close() throws
}

extension ByteSink {
  public func write(_ text: String) throws {
    var text = text
    try text.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
  }

  public func write(_ bytes: [UInt8]) throws {
    try bytes.withUnsafeBytes { try write($0) }
  }
}

/// Keeps everything in memory; for tests and for formats assembled before writing.
public final class BufferSink: ByteSink {
  public private(set) var bytes: [UInt8] = []
  public private(set) var isClosed = false

  public init() {}

  public func write(_ buffer: UnsafeRawBufferPointer) throws {
    guard !isClosed else { throw ExportError.io(path: "<buffer>", reason: "write after close") }
    bytes.append(contentsOf: buffer)
  }

  public func close() throws { isClosed = true }

  /// The bytes as UTF-8 text.
  public var text: String { String(decoding: bytes, as: UTF8.self) }
}

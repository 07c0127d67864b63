/// Opens the files one exporter writes. A `FileOutputDirectory` makes them appear all at once
/// when the export commits, so a reader never sees half an export.
public protocol OutputDirectory: AnyObject {
  /// Opens `name` (a plain file name, no directories) for writing.
  func create(_ name: String) throws -> any ByteSink
}

/// Keeps each file in a `BufferSink`; for tests.
public final class MemoryOutputDirectory: OutputDirectory {
  public private(set) var files: [String: BufferSink] = [:]

  public init() {}

  public func create(_ name: String) throws -> any ByteSink {
    guard files[name] == nil else { throw ExportError.io(path: name, reason: "opened twice") }
    let sink = BufferSink()
    files[name] = sink
    return sink
  }

  /// The file's text, or nil if it was never created.
  public func text(_ name: String) -> String? { files[name]?.text }
}

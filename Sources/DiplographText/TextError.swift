/// Why a file could not be turned into text. Stops that file only; the run goes on.
///
/// Messages are lower-case phrases naming the file, the byte offset where it applies, and the
/// reason; only the CLI prints them.
public enum TextError: Error, Equatable, Sendable, CustomStringConvertible {
  case unreadable(file: String, reason: String)
  case empty(file: String)
  case binary(file: String, offset: Int, reason: String)
  case undecodable(file: String, offset: Int, reason: String)
  case unsupported(file: String, reason: String)

  public var file: String {
    switch self {
    case .unreadable(let file, _), .empty(let file), .binary(let file, _, _),
      .undecodable(let file, _, _), .unsupported(let file, _):
      return file
    }
  }

  public var description: String {
    switch self {
    case .unreadable(let file, let reason): return "\(file): cannot read: \(reason)"
    case .empty(let file): return "\(file): empty file"
    case .binary(let file, let offset, let reason): return "\(file): binary file at byte \(offset): \(reason)"
    case .undecodable(let file, let offset, let reason): return "\(file): cannot decode at byte \(offset): \(reason)"
    case .unsupported(let file, let reason): return "\(file): not supported: \(reason)"
    }
  }
}

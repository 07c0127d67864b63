/// Why an export could not be written. The export's files are not put in place.
public enum ExportError: Error, Equatable, Sendable, CustomStringConvertible {
  /// Text that the format cannot hold faithfully, e.g. U+0001 in XML 1.0.
  case unrepresentable(format: String, item: String, reason: String)
  /// Writing to the output failed (disk full, permissions).
  case io(path: String, reason: String)
  /// An unknown `--format` value.
  case unknownFormat(String)
  /// The events came in an order the contract does not allow.
  case protocolViolation(String)

  public var description: String {
    switch self {
    case .unrepresentable(let format, let item, let reason):
      return "\(format): cannot write \(item): \(reason)"
    case .io(let path, let reason): return "\(path): \(reason)"
    case .unknownFormat(let name): return "unknown format '\(name)'"
    case .protocolViolation(let what): return "export stream out of order: \(what)"
    }
  }
}

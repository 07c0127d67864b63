/// Where a piece of text lies in its source file, as a user opening the file would find it.
///
/// Byte offsets count the file's own bytes (whatever its encoding), so `dd skip=startByte` or an
/// editor's "go to byte" lands on it; line and column (1-based, columns in Unicode scalars of the
/// decoded line) are what a reader looks for.
public struct SourceSpan: Hashable, Comparable, Sendable {
  // Stored in 32 bits: a graph holds a span for every sentence, mention and attestation, millions
  // of them, and input files are at most 2 GiB (`TextLoader.maximumFileSize`).
  private let start: UInt32
  private let end: UInt32
  private let lineNumber: UInt32
  private let columnNumber: UInt32

  public var startByte: Int { Int(start) }
  public var endByte: Int { Int(end) }
  public var line: Int { Int(lineNumber) }
  public var column: Int { Int(columnNumber) }

  /// Each figure in `0...UInt32.max`.
  public init(startByte: Int, endByte: Int, line: Int, column: Int) {
    start = UInt32(startByte)
    end = UInt32(endByte)
    lineNumber = UInt32(line)
    columnNumber = UInt32(column)
  }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    (lhs.start, lhs.end) < (rhs.start, rhs.end)
  }
}

extension SourceSpan: Codable {
  private enum CodingKeys: String, CodingKey {
    case startByte, endByte, line, column
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    func figure(_ key: CodingKeys) throws -> UInt32 { try container.decode(UInt32.self, forKey: key) }
    start = try figure(.startByte)
    end = try figure(.endByte)
    lineNumber = try figure(.line)
    columnNumber = try figure(.column)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(start, forKey: .startByte)
    try container.encode(end, forKey: .endByte)
    try container.encode(lineNumber, forKey: .line)
    try container.encode(columnNumber, forKey: .column)
  }
}

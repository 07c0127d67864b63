/// Where a piece of text lies in its source file, as a user opening the file would find it.
///
/// Byte offsets count the file's own bytes (whatever its encoding), so `dd skip=startByte` or an
/// editor's "go to byte" lands on it; line and column (1-based, columns in Unicode scalars of the
/// decoded line) are what a reader looks for.
public struct SourceSpan: Hashable, Comparable, Sendable, Codable {
  public let startByte: Int
  public let endByte: Int
  public let line: Int
  public let column: Int

  public init(startByte: Int, endByte: Int, line: Int, column: Int) {
    self.startByte = startByte
    self.endByte = endByte
    self.line = line
    self.column = column
  }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    (lhs.startByte, lhs.endByte) < (rhs.startByte, rhs.endByte)
  }
}

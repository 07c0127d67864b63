/// One `UNWIND [rows] AS row …` statement being filled, its rows written as they arrive.
///
/// Rows of one batch share a shape (the same labels, or the same relationship type and end
/// labels), because labels and types cannot be parameters in Cypher.
struct CypherBatch {
  /// What follows `] AS row `: `MERGE (n:Entity {id: row.id}) SET n += row.props`.
  let body: String
  /// The key label or relationship type its rows are counted under in the summary.
  let countedAs: String
  private(set) var buffer: [UInt8] = []
  private(set) var rowCount = 0
  /// Rows over all statements of this batch, for the summary.
  private(set) var totalRows = 0

  init(body: String, countedAs: String) {
    self.body = body
    self.countedAs = countedAs
  }

  var isEmpty: Bool { rowCount == 0 }

  /// Starts the next row and hands the buffer to `writeRow`, which appends one map literal.
  mutating func appendRow(_ writeRow: (inout [UInt8]) throws -> Void) rethrows {
    let mark = buffer.count
    if rowCount == 0 { buffer.appendLiteral("UNWIND [") } else { buffer.appendLiteral(", ") }
    do {
      try writeRow(&buffer)
    } catch {
      buffer.removeSubrange(mark...)
      throw error
    }
    rowCount += 1
    totalRows += 1
  }

  /// Hands the finished statement, one line, to `write`, and leaves an empty batch behind.
  mutating func takeStatement(_ write: (UnsafeRawBufferPointer) throws -> Void) rethrows {
    buffer.appendLiteral("] AS row ")
    buffer.append(contentsOf: body.utf8)
    buffer.append(contentsOf: ";\n".utf8)
    try buffer.withUnsafeBytes(write)
    buffer.removeAll(keepingCapacity: true)
    rowCount = 0
  }
}

/// One `UNWIND [rows] AS row …` statement being filled, its rows written as they arrive.
///
/// Rows of one batch share a shape (the same labels, or the same relationship type and end
/// labels), because labels and types cannot be parameters in Cypher.
struct CypherBatch {
  /// What follows `] AS row `: `MERGE (n:Entity {id: row.id}) SET n += row.props`.
  let body: String
  private(set) var buffer: [UInt8] = []
  private(set) var rowCount = 0

  init(body: String) { self.body = body }

  var isEmpty: Bool { rowCount == 0 }

  /// Starts the next row and hands the buffer to `writeRow`, which appends one map literal.
  mutating func appendRow(_ writeRow: (inout [UInt8]) throws -> Void) rethrows {
    let mark = buffer.count
    buffer.append(contentsOf: (rowCount == 0 ? "UNWIND [" : ", ").utf8)
    do {
      try writeRow(&buffer)
    } catch {
      buffer.removeSubrange(mark...)
      throw error
    }
    rowCount += 1
  }

  /// The finished statement, one line, and an empty batch left behind.
  mutating func takeStatement() -> [UInt8] {
    var statement = buffer
    statement.append(contentsOf: "] AS row ".utf8)
    statement.append(contentsOf: body.utf8)
    statement.append(contentsOf: ";\n".utf8)
    buffer.removeAll(keepingCapacity: true)
    rowCount = 0
    return statement
  }
}

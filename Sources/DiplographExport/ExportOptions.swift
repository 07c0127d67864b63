/// Settings shared by the exporters; each says what it implies.
public struct ExportOptions: Sendable {
  /// Include `mentionedIn` and `coOccursWith` edges. Off gives a "facts only" graph; on, the
  /// dense "who appears with whom" graph. RDF and Cypher keep mentions as provenance either way.
  public var includeStatisticalEdges: Bool
  /// GraphML: add yEd's `y:ShapeNode` graphics (label and a color per class) next to the plain
  /// attributes. Other tools ignore them.
  public var yEdGraphics: Bool
  /// Cypher: the database the script is written for; see `CypherDialect`.
  public var cypherDialect: CypherDialect
  /// N-Triples and bulk-import CSV: start a new numbered file after this many lines, so
  /// parallel loaders can take the shards. `nil` writes one file.
  public var shardSize: Int?

  public init(
    includeStatisticalEdges: Bool = true, yEdGraphics: Bool = false,
    cypherDialect: CypherDialect = .neo4j, shardSize: Int? = nil
  ) {
    self.includeStatisticalEdges = includeStatisticalEdges
    self.yEdGraphics = yEdGraphics
    self.cypherDialect = cypherDialect
    self.shardSize = shardSize
  }
}

/// Where Cypher engines differ: constraint and index syntax, date values, transaction markers.
public enum CypherDialect: String, CaseIterable, Sendable {
  case neo4j
  case memgraph
  case falkordb
}

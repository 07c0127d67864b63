import DiplographModel

/// A Cypher script that loads the graph into Neo4j 5, Memgraph or FalkorDB unchanged, twice
/// without duplicates (`ExportOptions.cypherDialect` picks the engine; docs/cypher.md lists the
/// differences).
///
/// It creates the `id` indexes first, then `MERGE`s nodes and relationships in `UNWIND` batches
/// of up to 500 rows, one statement a line:
///
///     CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
///     UNWIND [{id: 'place-…', props: {name: '黑瞎子岛', kind: 'Island'}}] AS row MERGE (n:Entity {id: row.id}) SET n += row.props, n:Place:Island;
///
/// Sources and sentences are nodes, each mention a `MENTIONS` relationship from its sentence,
/// each fact a relationship carrying its provenance; see `PropertyGraphMapping` for the model.
/// `mentionedIn` and `coOccursWith` facts are written only with `includeStatisticalEdges`.
public struct CypherExporter: Exporter {
  public static let format = ExportFormat(
    name: "cypher", fileExtension: "cypher", mediaType: "application/x-cypher-query",
    summary: "Cypher script for Neo4j 5, Memgraph or FalkorDB (--dialect); idempotent, batched", expectedWork: 5)

  private var script: CypherScriptWriter
  private let sink: any ByteSink
  private var stream: PropertyGraphStream

  public init(output: any OutputDirectory, options: ExportOptions) throws {
    try self.init(output: output, options: options, rowsPerStatement: CypherScriptWriter.defaultRowsPerStatement)
  }

  /// `rowsPerStatement` other than the default serves tests of the batching.
  init(output: any OutputDirectory, options: ExportOptions, rowsPerStatement: Int) throws {
    sink = try output.create(Self.format.defaultFileName)
    script = CypherScriptWriter(sink: sink, dialect: options.cypherDialect, rowsPerStatement: rowsPerStatement)
    stream = PropertyGraphStream(includeStatisticalEdges: options.includeStatisticalEdges)
  }

  public mutating func consume(_ event: GraphEvent) throws {
    try stream.feed(event, into: &script)
    switch event {
    case .begin: try script.writePreamble()
    case .end:
      try script.finish()
      try sink.close()
    case .source, .entity, .relation: break
    }
  }
}

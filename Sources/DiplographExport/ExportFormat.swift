/// A format an exporter writes: its `--format` name, file extension and media type.
public struct ExportFormat: Hashable, Sendable, CustomStringConvertible {
  /// The `--format` value: lower case, no spaces (`rdfxml`, `graphml`, `cypher`).
  public let name: String
  /// The main file's extension, without the dot.
  public let fileExtension: String
  public let mediaType: String
  /// One line for `--help`.
  public let summary: String
  /// About how many seconds the format takes to write 100 MB of input's graph, relative to the
  /// others (the benchmark's stage times). Formats are started heaviest first, so the cores run
  /// out of work together instead of one finishing a long format alone; only the order formats
  /// start in depends on it, never what they write.
  public let expectedWork: Int

  public init(name: String, fileExtension: String, mediaType: String, summary: String, expectedWork: Int = 4) {
    self.name = name
    self.fileExtension = fileExtension
    self.mediaType = mediaType
    self.summary = summary
    self.expectedWork = expectedWork
  }

  /// The main file's name: `graph.rdf`.
  public var defaultFileName: String { "graph." + fileExtension }

  public var description: String { name }
}

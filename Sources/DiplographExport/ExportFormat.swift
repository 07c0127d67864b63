/// A format an exporter writes: its `--format` name, file extension and media type.
public struct ExportFormat: Hashable, Sendable, CustomStringConvertible {
  /// The `--format` value: lower case, no spaces (`rdfxml`, `graphml`, `cypher`).
  public let name: String
  /// The main file's extension, without the dot.
  public let fileExtension: String
  public let mediaType: String
  /// One line for `--help`.
  public let summary: String

  public init(name: String, fileExtension: String, mediaType: String, summary: String) {
    self.name = name
    self.fileExtension = fileExtension
    self.mediaType = mediaType
    self.summary = summary
  }

  /// The main file's name: `graph.rdf`.
  public var defaultFileName: String { "graph." + fileExtension }

  public var description: String { name }
}

/// Every format, in `--format` order. Adding a format is one file in `Formats/` and one line here;
/// the CLI's choices, the `export` default and the conformance tests iterate this list.
public enum Exporters {
  public nonisolated(unsafe) static let all: [any Exporter.Type] = [
    JSONLinesExporter.self,
    RDFXMLExporter.self,
    NTriplesExporter.self,
    TurtleExporter.self,
    GraphMLExporter.self,
    DOTExporter.self,
    CypherExporter.self,
    Neo4jCSVExporter.self,
  ]

  /// The formats of `all`, in order.
  public static var formats: [ExportFormat] { all.map { $0.format } }

  public static func named(_ name: String) throws -> any Exporter.Type {
    guard let type = all.first(where: { $0.format.name == name }) else {
      throw ExportError.unknownFormat(name)
    }
    return type
  }
}

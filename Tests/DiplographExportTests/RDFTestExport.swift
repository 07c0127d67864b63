import DiplographExport
import DiplographModel

/// Runs a graph through one RDF exporter into memory and reads the result back.
enum RDFTestExport {
  static var rdfFormats: [any Exporter.Type] { [RDFXMLExporter.self, NTriplesExporter.self, TurtleExporter.self] }

  static func files(
    _ graph: Graph, _ format: any Exporter.Type, options: ExportOptions = ExportOptions()
  ) throws -> MemoryOutputDirectory {
    let directory = MemoryOutputDirectory()
    var exporter = try format.init(output: directory, options: options)
    try graph.stream(into: &exporter)
    return directory
  }

  static func ntriples(_ graph: Graph, options: ExportOptions = ExportOptions()) throws -> String {
    try files(graph, NTriplesExporter.self, options: options).text("graph.nt") ?? ""
  }

  static func rdfxmlTriples(_ graph: Graph, options: ExportOptions = ExportOptions()) throws -> [RDFTestTriple] {
    let directory = try files(graph, RDFXMLExporter.self, options: options)
    return try RDFXMLTestReader.read(directory.files["graph.rdf"]?.bytes ?? [])
  }

  static func ntriplesTriples(_ graph: Graph, options: ExportOptions = ExportOptions()) throws -> [RDFTestTriple] {
    try RDFNTriplesTestReader.read(try ntriples(graph, options: options))
  }

  static func iri(_ id: EntityID) -> RDFTestTriple.Term { .iri(RDFTestNamespaces.id + id.rawValue) }
  static func dg(_ name: String) -> String { RDFTestNamespaces.dg + name }
}

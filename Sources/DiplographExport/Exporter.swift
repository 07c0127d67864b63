import DiplographModel

/// A graph sink that writes one format.
///
/// Life cycle (oxigraph's configure → serialize → finish): `init` opens its files through
/// `output`, each `consume` writes as the event arrives, `.end` flushes and finishes every file it
/// opened. An exporter never holds the graph; what it must remember between events (a GraphML
/// key table, the Cypher batch being filled) stays small.
///
/// Strict over lossy: text that cannot be written faithfully (a character XML 1.0 forbids, a
/// name that cannot be an identifier) throws an `ExportError` naming the entity; an exporter
/// never writes a damaged file silently.
public protocol Exporter: GraphSink {
  static var format: ExportFormat { get }
  init(output: any OutputDirectory, options: ExportOptions) throws
}

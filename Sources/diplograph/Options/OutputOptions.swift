import ArgumentParser
import DiplographExport
import Foundation

/// Where and how exports are written; shared by `export` and `convert`.
struct OutputOptions: ParsableArguments {
  @Option(name: .long, help: "Directory to write the exports into (created if missing).")
  var out: String = "exports"

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Formats to write, comma-separated (default: all).",
      discussion: Exporters.formats.map { "\($0.name): \($0.summary)" }.joined(separator: "\n")))
  var format: [String] = []

  @Flag(
    inversion: .prefixedNo,
    help: "Include the dense mentionedIn and coOccursWith edges (--no-statistical-edges: facts only).")
  var statisticalEdges = true

  @Flag(name: .long, help: "GraphML: add yEd shapes (label, a color per class).")
  var yed = false

  @Option(name: .long, help: "Cypher: the database the script is for: neo4j, memgraph or falkordb.")
  var dialect: String = CypherDialect.neo4j.rawValue

  @Option(name: .long, help: "N-Triples and bulk-import CSV: start a new file after this many lines.")
  var shardSize: Int?

  @Flag(name: .long, help: "Print nothing but errors.")
  var quiet = false

  @Flag(name: .long, help: "Print the seconds each stage took, as one JSON line on standard error.")
  var timings = false

  var formatNames: [String] { format.flatMap { $0.split(separator: ",").map(String.init) } }

  func validate() throws {
    let known = Exporters.formats.map(\.name)
    for name in formatNames where !known.contains(name) {
      throw ValidationError("unknown format '\(name)'; choose from \(known.joined(separator: ", "))")
    }
    guard CypherDialect(rawValue: dialect) != nil else {
      throw ValidationError("unknown dialect '\(dialect)'; choose from neo4j, memgraph, falkordb")
    }
    if let shardSize, shardSize < 1 { throw ValidationError("--shard-size must be at least 1") }
  }

  func exporters() throws -> [any Exporter.Type] {
    formatNames.isEmpty ? Exporters.all : try formatNames.map(Exporters.named)
  }

  var exportOptions: ExportOptions {
    ExportOptions(
      includeStatisticalEdges: statisticalEdges, yEdGraphics: yed,
      cypherDialect: CypherDialect(rawValue: dialect) ?? .neo4j, shardSize: shardSize)
  }

  /// Creates the output directory if needed and returns its path.
  /// Foundation's own error would print as an `NSCocoaErrorDomain` dump; this names the path
  /// and the system's reason.
  func directory() throws -> String {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: out, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else { throw ExportError.io(path: out, reason: "exists and is not a directory") }
      return out
    }
    do {
      try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    } catch {
      let underlying = (error as? CocoaError)?.underlying.map { $0 as NSError }
      let reason = underlying.flatMap { $0.domain == NSPOSIXErrorDomain ? String(cString: strerror(Int32($0.code))) : nil }
        ?? error.localizedDescription
      throw ExportError.io(path: out, reason: "cannot create the output directory: \(reason)")
    }
    return out
  }
}

import DiplographModel
import Foundation

/// Draws a graph's most connected entities as `graph-top<K>.dot`, `.svg` and `.png`.
///
/// The DOT comes from `DOTExporter` on the `GraphSelection`; Graphviz lays it out once and
/// writes both pictures. Each file appears whole or not at all (written aside, then renamed).
///
///     let drawn = try GraphPicture(top: 40, factsOnly: true).draw(graph, into: "exports")
///     // drawn.files: exports/graph-top40-facts.dot, …svg, …png
public struct GraphPicture: Sendable {
  public var top: Int
  /// Leave out co-occurrence: only facts (and their dates) are drawn.
  public var factsOnly: Bool
  /// nil chooses: `dot` (layered) for facts only, `sfdp` when co-occurrence is drawn, since
  /// undirected "named together" lines have no direction to layer by.
  public var layout: Graphviz.Layout?

  public init(top: Int = 40, factsOnly: Bool = false, layout: Graphviz.Layout? = nil) {
    self.top = top
    self.factsOnly = factsOnly
    self.layout = layout
  }

  /// What was drawn, for the closing summary.
  public struct Drawn: Sendable {
    public let files: [String]
    public let entities: Int
    public let entityTotal: Int
    public let edges: Int
  }

  /// The file name every output shares, without extension: `graph-top40`, `graph-top40-facts`.
  public var baseName: String { "graph-top\(top)" + (factsOnly ? "-facts" : "") }

  public func draw(_ graph: Graph, into directory: String) throws -> Drawn {
    let graphviz = try Graphviz()
    try Graphviz.checkFont(DOTStyle.defaultFont)
    let selection = GraphSelection.mostConnected(graph, top: top, includeCoOccurrence: !factsOnly)
    guard !selection.graph.entities.isEmpty else {
      throw RenderError.nothingToDraw(
        "none of the graph's \(graph.entities.count) entities has a fact"
          + (factsOnly ? "" : " or a co-occurrence") + " linking it to another")
    }
    let memory = MemoryOutputDirectory()
    var exporter = try DOTExporter(output: memory, options: ExportOptions(includeStatisticalEdges: !factsOnly))
    try selection.graph.stream(into: &exporter)
    let dotName = baseName + ".dot"
    let output = try FileOutputDirectory(path: directory)
    do {
      try output.create(dotName).write(memory.files[DOTExporter.format.defaultFileName]!.bytes)
      try output.commit()
    } catch {
      output.abort()
      throw error
    }

    let pictures = ["svg", "png"].map { (format: $0, path: directory + "/" + baseName + "." + $0) }
    let staging = pictures.map {
      (format: $0.format, path: directory + "/." + baseName + "." + $0.format + ".tmp-\(getpid())")
    }
    defer { for file in staging { try? FileManager.default.removeItem(atPath: file.path) } }
    try graphviz.render(directory + "/" + dotName, layout: layout ?? (factsOnly ? .dot : .sfdp), outputs: staging)
    for (file, final) in zip(staging, pictures) {
      guard rename(file.path, final.path) == 0 else {
        throw ExportError.io(path: final.path, reason: String(cString: strerror(errno)))
      }
    }
    return Drawn(
      files: [directory + "/" + dotName] + pictures.map(\.path), entities: selection.graph.entities.count,
      entityTotal: selection.entityTotal,
      edges: selection.graph.relations.values.filter { $0.object.entity != nil }.count)
  }
}

/// Why a picture could not be drawn.
public enum RenderError: Error, CustomStringConvertible, Equatable {
  case notInstalled(program: String)
  case fontMissing(String)
  case failed(status: Int32, message: String)
  case nothingToDraw(String)

  public var description: String {
    switch self {
    case .notInstalled(let program):
      return "Graphviz is not installed: '\(program)' is not on PATH (Debian: apt-get install graphviz)"
    case .fontMissing(let font):
      return "font '\(font)' is not installed, so the Chinese labels would print as boxes "
        + "(Debian: apt-get install fonts-noto-cjk)"
    case .failed(let status, let message):
      return "Graphviz failed (exit status \(status)): \(message)"
    case .nothingToDraw(let why):
      return "nothing to draw: \(why)"
    }
  }
}

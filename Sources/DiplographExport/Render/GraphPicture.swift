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
  /// nil chooses: `dot` (layered) for facts only — or `neato` when the layered drawing comes out
  /// more than 2.2 times wider than high, as a few hubs with many arrows make it — and `sfdp`
  /// when co-occurrence is drawn, since undirected "named together" lines have no direction to
  /// layer by.
  public var layout: Graphviz.Layout?

  public init(top: Int = 40, factsOnly: Bool = false, layout: Graphviz.Layout? = nil) {
    self.top = top
    self.factsOnly = factsOnly
    self.layout = layout
  }

  /// What was drawn, for the closing summary.
  public struct Drawn: Sendable {
    public let files: [String]
    public let layout: Graphviz.Layout
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

    let staged = { (ext: String) in directory + "/." + baseName + "." + ext + ".tmp-\(getpid())" }
    let pictures = ["svg", "png"].map { (format: $0, path: directory + "/" + baseName + "." + $0) }
    let staging = pictures.map { (format: $0.format, path: staged($0.format)) }
    defer {
      for path in staging.map(\.path) + [staged("dot")] { try? FileManager.default.removeItem(atPath: path) }
    }
    let (chosen, source) = try chooseLayout(graphviz, dotFile: directory + "/" + dotName, staged: staged("dot"))
    try graphviz.render(source, layout: chosen, outputs: staging)
    for (file, final) in zip(staging, pictures) {
      guard rename(file.path, final.path) == 0 else {
        throw ExportError.io(path: final.path, reason: String(cString: strerror(errno)))
      }
    }
    return Drawn(
      files: [directory + "/" + dotName] + pictures.map(\.path), layout: chosen,
      entities: selection.graph.entities.count,
      entityTotal: selection.entityTotal,
      edges: selection.graph.relations.values.filter { $0.object.entity != nil }.count)
  }
}

extension GraphPicture {
  /// The widest a picture may be for its height (or the tallest for its width) before the
  /// layered layout gives way to a spring layout.
  static let maximumAspectRatio = 2.2

  /// The layout to draw with and the DOT file to give it. `dot` draws from the leaves-staggered
  /// copy; when `dot` was not asked for by name and still comes out as a strip (a few hubs with
  /// many arrows each), `neato` draws the exporter's file instead.
  fileprivate func chooseLayout(_ graphviz: Graphviz, dotFile: String, staged: String) throws
    -> (Graphviz.Layout, String)
  {
    let wanted = layout ?? (factsOnly ? .dot : .sfdp)
    guard wanted == .dot else { return (wanted, dotFile) }
    let source = try graphviz.staggerLeaves(dotFile, into: staged) ? staged : dotFile
    guard layout == nil else { return (.dot, source) }
    let size = try graphviz.size(of: source, layout: .dot)
    let ratio = max(size.width / max(size.height, 0.01), size.height / max(size.width, 0.01))
    return ratio > Self.maximumAspectRatio ? (.neato, dotFile) : (.dot, source)
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

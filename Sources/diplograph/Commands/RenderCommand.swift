import ArgumentParser
import DiplographExport
import DiplographModel
import DiplographPipeline
import DiplographText
import Foundation

extension Diplograph {
  struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Draw the graph's most connected entities with Graphviz (DOT, SVG and PNG).",
      discussion: """
        Builds the graph as 'export' does (or reads a saved graph.jsonl with --graph), keeps the \
        --top entities with most facts and the edges among them, and writes \
        graph-top<K>[-facts].dot, .svg and .png into --out. Needs Graphviz and the \
        'Noto Sans CJK SC' font (Debian: graphviz fonts-noto-cjk).
        """)

    @Argument(help: "Files or directories to read (default: corpus); not with --graph.")
    var inputs: [String] = []

    @Option(help: "Draw a saved graph (a graph.jsonl written by 'export') instead of reading texts.")
    var graph: String?

    @Option(help: "How many entities to keep, those with most facts first.")
    var top = 40

    @Flag(help: "Draw facts only, without the 'named in the same sentence' lines.")
    var factsOnly = false

    @Option(help: "Graphviz layout: dot, neato, sfdp or fdp (default: dot, or neato if too wide; sfdp with lines).")
    var layout: String?

    @Option(help: "Directory to write the pictures into (created if missing).")
    var out = "exports"

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
      guard top >= 1 else { throw ValidationError("--top must be at least 1") }
      if graph != nil, !inputs.isEmpty { throw ValidationError("give either INPUT… or --graph, not both") }
      if let layout, Graphviz.Layout(rawValue: layout) == nil {
        throw ValidationError("unknown layout '\(layout)'; choose from dot, neato, sfdp, fdp")
      }
    }

    func run() throws {
      let diagnostics = Diagnostics(quiet: quiet)
      var failedInputs = 0
      let loaded: Graph
      if let graph {
        loaded = try JSONLinesGraphReader.read(path: graph)
      } else {
        let files = try InputFile.collect(inputs.isEmpty ? ["corpus"] : inputs)
        let built = try Pipeline.buildGraph(inputs: files, report: diagnostics.report)
        loaded = built.graph
        failedInputs = built.summary.failedInputs.count
      }
      try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
      let picture = GraphPicture(top: top, factsOnly: factsOnly, layout: layout.flatMap(Graphviz.Layout.init))
      let drawn = try picture.draw(loaded, into: out)
      if !quiet {
        let counts = "\(drawn.entities) of \(drawn.entityTotal) entities and \(drawn.edges) edges"
        Diagnostics.printError("drew \(counts), layout \(drawn.layout.rawValue)")
        for file in drawn.files { Diagnostics.printError("wrote \(file)") }
      }
      if failedInputs > 0 { throw ExitCode(2) }
    }
  }
}

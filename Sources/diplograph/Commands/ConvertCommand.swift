import ArgumentParser
import DiplographExport
import DiplographPipeline

extension Diplograph {
  struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write a saved graph (a jsonl export) in other formats, without extracting again.")

    @Argument(help: "A graph.jsonl written by 'diplograph export'.")
    var graph: String

    @OptionGroup var output: OutputOptions

    func run() throws {
      let graph = try JSONLinesGraphReader.read(path: graph)
      let written = try GraphWriter(formats: try output.exporters(), options: output.exportOptions)
        .write(graph, to: try output.directory())
      if !output.quiet { for export in written { Diagnostics.printError("wrote \(export.path)") } }
      if output.timings {
        var timings = StageTimings()
        for export in written { timings.add("export:" + export.format, export.duration) }
        Diagnostics.printError("timings " + timings.json)
      }
    }
  }
}

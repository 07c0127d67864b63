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
      KeptUntilExit.keep(graph)
      let result = try GraphWriter(formats: try output.exporters(), options: output.exportOptions)
        .write(graph, to: try output.directory())
      let diagnostics = Diagnostics(quiet: output.quiet)
      for failure in result.failed { diagnostics.report(.failed(failure.description)) }
      diagnostics.printWritten(result.written.flatMap(\.paths))
      if output.timings {
        var timings = StageTimings()
        for export in result.written { timings.add("export:" + export.format, export.duration) }
        Diagnostics.printError("timings " + timings.json)
      }
      if !result.failed.isEmpty { throw ExitCode.failure }
    }
  }
}

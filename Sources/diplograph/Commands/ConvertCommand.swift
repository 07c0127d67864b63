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
      if !output.quiet { for file in written { Diagnostics.printError("wrote \(file)") } }
    }
  }
}

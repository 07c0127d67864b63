import ArgumentParser
import DiplographPipeline
import DiplographText

extension Diplograph {
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Read texts, build the graph and write it in every requested format.")

    @Argument(help: "Files or directories to read (directories recursively: .txt, .md, .html, .htm).")
    var inputs: [String] = ["corpus"]

    @OptionGroup var output: OutputOptions

    func run() throws {
      let diagnostics = Diagnostics(quiet: output.quiet)
      let files = try InputFile.collect(inputs)
      let pipeline = Pipeline(formats: try output.exporters(), options: output.exportOptions)
      let summary = try pipeline.run(inputs: files, outputDirectory: try output.directory(), report: diagnostics.report)
      diagnostics.printSummary(summary)
      if output.timings { Diagnostics.printError("timings " + summary.timings.json) }
      if !summary.failedExports.isEmpty { throw ExitCode.failure }
      if !summary.failedInputs.isEmpty { throw ExitCode(2) }
    }
  }
}

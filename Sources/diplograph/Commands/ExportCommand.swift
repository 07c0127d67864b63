import ArgumentParser
import DiplographPipeline
import DiplographText

extension Diplograph {
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Read texts, build the graph and write it in every requested format.",
      discussion: """
        Each format's files are written to unnamed temporary files in the output directory and put \
        in place only when the format is complete: a failed or killed run leaves the previous \
        exports as they were. Exit status: 0 all read and written; 1 an export failed; 2 some \
        inputs could not be read (the rest were exported); 3 --strict stopped at an unreadable input.
        """)

    @Argument(help: "Files or directories to read (directories recursively: .txt, .md, .html, .htm).")
    var inputs: [String] = ["corpus"]

    @OptionGroup var output: OutputOptions

    @Flag(help: "Stop at the first input that cannot be read and write nothing (exit status 3).")
    var strict = false

    func run() throws {
      let diagnostics = Diagnostics(quiet: output.quiet)
      let files = try InputFile.collect(inputs)
      let pipeline = Pipeline(
        formats: try output.exporters(), options: output.exportOptions, strict: strict, keepsGraphUntilExit: true)
      let summary: RunSummary
      do {
        summary = try pipeline.run(inputs: files, outputDirectory: try output.directory(), report: diagnostics.report)
      } catch let stop as Pipeline.StrictStop {
        Diagnostics.printError("error: \(stop)")
        throw ExitCode(3)
      }
      diagnostics.printSummary(summary)
      if output.timings { Diagnostics.printError("timings " + summary.timings.json) }
      if !summary.failedExports.isEmpty { throw ExitCode.failure }
      if !summary.failedInputs.isEmpty { throw ExitCode(2) }
    }
  }
}

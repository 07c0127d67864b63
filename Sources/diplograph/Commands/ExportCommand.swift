import ArgumentParser
import DiplographExport
import DiplographPipeline
import DiplographText
import Foundation

extension Diplograph {
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Read texts, build the graph and write it in every requested format.")

    @Argument(help: "Files or directories to read (directories recursively: .txt, .md, .html, .htm).")
    var inputs: [String] = ["corpus"]

    @Option(name: .long, help: "Directory to write the exports into (created if missing).")
    var out: String = "exports"

    @Option(
      name: .long, parsing: .upToNextOption,
      help: ArgumentHelp(
        "Formats to write, comma-separated.",
        discussion: Exporters.formats.map { "\($0.name): \($0.summary)" }.joined(separator: "\n")))
    var format: [String] = []

    @Flag(name: .long, help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
      let known = Exporters.formats.map(\.name)
      for name in formatNames where !known.contains(name) {
        throw ValidationError("unknown format '\(name)'; choose from \(known.joined(separator: ", "))")
      }
    }

    private var formatNames: [String] {
      format.flatMap { $0.split(separator: ",").map(String.init) }
    }

    func run() throws {
      let diagnostics = Diagnostics(quiet: quiet)
      try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
      let files = try InputFile.collect(inputs)
      let formats = formatNames.isEmpty ? Exporters.all : try formatNames.map(Exporters.named)
      let summary = try Pipeline(formats: formats).run(
        inputs: files, outputDirectory: out, report: diagnostics.report)
      diagnostics.printSummary(summary)
      if !summary.failedInputs.isEmpty { throw ExitCode(2) }
    }
  }
}

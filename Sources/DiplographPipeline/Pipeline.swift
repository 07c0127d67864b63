import DiplographExport
import DiplographExtraction
import DiplographModel
import DiplographText

/// A whole run: read inputs, extract, write every requested format.
public struct Pipeline {
  public var formats: [any Exporter.Type]
  public var options: ExportOptions

  public init(formats: [any Exporter.Type] = Exporters.all, options: ExportOptions = ExportOptions()) {
    self.formats = formats
    self.options = options
  }

  /// Reads `inputs`, reporting each file that fails through `report` and going on with the
  /// others; writes every format into `outputDirectory`, each all or nothing.
  public func run(
    inputs: [InputFile], outputDirectory: String, report: (RunEvent) -> Void
  ) throws -> RunSummary {
    let built = Self.buildGraph(inputs: inputs, report: report)
    var summary = built.summary
    summary.filesWritten = try GraphWriter(formats: formats, options: options).write(built.graph, to: outputDirectory)
    return summary
  }

  /// Reads `inputs` and builds the graph without writing anything (`render` draws it instead),
  /// reporting each file that fails through `report` and going on with the others.
  public static func buildGraph(
    inputs: [InputFile], report: (RunEvent) -> Void
  ) -> (graph: Graph, summary: RunSummary) {
    var builder = GraphBuilder()
    var summary = RunSummary()
    for input in inputs {
      do {
        let document = try TextLoader.load(input)
        builder.add(document)
        summary.documents += 1
        report(.read(input.displayPath))
      } catch {
        summary.failedInputs.append("\(error)")
        report(.failed("\(error)"))
      }
    }
    let graph = builder.build()
    summary.graph = graph.summary
    return (graph, summary)
  }
}

/// What a run tells as it goes, for progress lines.
public enum RunEvent: Sendable {
  case read(String)
  case failed(String)
}

/// What a run did, for the closing summary.
public struct RunSummary: Sendable {
  public var documents = 0
  public var failedInputs: [String] = []
  public var graph = GraphSummary()
  public var filesWritten: [String] = []

  public init() {}
}

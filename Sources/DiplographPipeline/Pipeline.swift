import Dispatch
import DiplographConcurrency
import DiplographExport
import DiplographExtraction
import DiplographModel
import DiplographText

/// A whole run: read inputs, extract, write every requested format.
public struct Pipeline {
  public var formats: [any Exporter.Type]
  public var options: ExportOptions
  /// Stop at the first input that cannot be read, writing nothing (`--strict`); otherwise report
  /// it and go on with the others.
  public var strict: Bool
  /// Leave the graph to the process's exit (`KeptUntilExit`) instead of freeing it after the run;
  /// for a command that exits next.
  public var keepsGraphUntilExit: Bool

  public init(
    formats: [any Exporter.Type] = Exporters.all, options: ExportOptions = ExportOptions(), strict: Bool = false,
    keepsGraphUntilExit: Bool = false
  ) {
    self.formats = formats
    self.options = options
    self.strict = strict
    self.keepsGraphUntilExit = keepsGraphUntilExit
  }

  /// The input that stopped a strict run.
  public struct StrictStop: Error, CustomStringConvertible {
    public let error: any Error
    public var description: String { "stopped at the first input error (--strict): \(error)" }
  }

  /// Reads `inputs`, reporting each file that fails through `report` and going on with the
  /// others; writes every format into `outputDirectory`, each all or nothing.
  public func run(
    inputs: [InputFile], outputDirectory: String, report: (RunEvent) -> Void
  ) throws -> RunSummary {
    let built = try Self.buildGraph(inputs: inputs, strict: strict, report: report)
    if keepsGraphUntilExit { KeptUntilExit.keep(built.graph) }
    var summary = built.summary
    let result = try GraphWriter(formats: formats, options: options).write(built.graph, to: outputDirectory)
    for export in result.written { summary.timings.add("export:" + export.format, export.duration) }
    summary.filesWritten = result.written.flatMap(\.paths)
    summary.failedExports = result.failed.map(\.description)
    for failure in result.failed { report(.failed(failure.description)) }
    return summary
  }

  /// Reads `inputs` and builds the graph without writing anything (`render` draws it instead),
  /// reporting each file that fails through `report` and going on with the others — or, when
  /// `strict`, throwing `StrictStop` at the first.
  public static func buildGraph(
    inputs: [InputFile], strict: Bool = false, report: (RunEvent) -> Void
  ) throws -> (graph: Graph, summary: RunSummary) {
    var builder = GraphBuilder()
    var summary = RunSummary()
    let clock = ContinuousClock()
    // Files are read and extracted in parallel windows (extraction needs nothing but its own
    // document), then merged into the builder in input order, so the graph does not depend on
    // scheduling; the window bounds memory by the documents in flight, not by the corpus. The
    // merge is serial, so it runs while the next window is extracted.
    let size = 64
    let windows = stride(from: 0, to: inputs.count, by: size).map { Array(inputs[$0..<min($0 + size, inputs.count)]) }
    var next = windows.first.map(ExtractionWindow.init)
    defer { _ = next?.wait() }
    for index in windows.indices {
      let extracted = next!.wait()
      summary.timings.add("read+extract", extracted.duration)
      next = index + 1 < windows.count ? ExtractionWindow(windows[index + 1]) : nil
      for (input, result) in zip(windows[index], extracted.results) {
        switch result {
        case .success(let (findings, extraction)):
          for finding in findings { report(.warning(finding)) }
          let mergeStart = clock.now
          builder.add(extraction)
          summary.timings.add("merge", clock.now - mergeStart)
          summary.documents += 1
          report(.read(input.displayPath, done: summary.documents + summary.failedInputs.count, total: inputs.count))
        case .failure(let error):
          if strict { throw StrictStop(error: error) }
          summary.failedInputs.append("\(error)")
          report(.failed("\(error)"))
          report(.read(input.displayPath, done: summary.documents + summary.failedInputs.count, total: inputs.count))
        }
      }
    }
    let buildStart = clock.now
    // Moved, not copied: a copy would keep the builder's lists shared, and folding them would
    // copy every relation and entity.
    let graph = (consume builder).build()
    summary.timings.add("resolve", clock.now - buildStart)
    summary.graph = graph.summary
    return (graph, summary)
  }
}

/// One window of files being read and extracted on all cores, in the background.
private final class ExtractionWindow: @unchecked Sendable {
  typealias Extracted = Result<(findings: [String], extraction: DocumentExtraction), any Error>
  private let done = DispatchGroup()
  // Written once by the background work before `done` is left, read only after waiting on it.
  private var results: [Extracted] = []
  private var duration: Duration = .zero

  init(_ inputs: [InputFile]) {
    DispatchQueue.global().async(group: done) {
      let clock = ContinuousClock()
      let start = clock.now
      self.results = parallelMap(inputs) { input in
        Result { () throws -> (findings: [String], extraction: DocumentExtraction) in
          let document = try TextLoader.load(input)
          return (document.findings.map(\.description), GraphBuilder.extract(document))
        }
      }
      self.duration = clock.now - start
    }
  }

  /// The window's results in input order, once all are in.
  func wait() -> (results: [Extracted], duration: Duration) {
    done.wait()
    return (results, duration)
  }
}

/// What a run tells as it goes, for progress lines.
public enum RunEvent: Sendable {
  /// A file was read (or failed); `done` of `total` inputs are behind us.
  case read(String, done: Int, total: Int)
  case failed(String)
  /// Something handled and worth knowing: a finding in a file.
  case warning(String)
}

/// What a run did, for the closing summary.
public struct RunSummary: Sendable {
  public var documents = 0
  public var failedInputs: [String] = []
  public var graph = GraphSummary()
  public var filesWritten: [String] = []
  /// Formats that could not be written, with the reason; nothing of them was put in place.
  public var failedExports: [String] = []
  public var timings = StageTimings()

  public init() {}
}

/// Wall-clock time per stage, in the order stages first ran; for `--timings` and the benchmark.
public struct StageTimings: Sendable {
  public private(set) var stages: [(name: String, seconds: Double)] = []

  public init() {}

  public mutating func add(_ name: String, _ duration: Duration) {
    let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    if let index = stages.firstIndex(where: { $0.name == name }) {
      stages[index].seconds += seconds
    } else {
      stages.append((name, seconds))
    }
  }

  /// One JSON object: `{"read":0.012,"extract":0.3,…}`.
  public var json: String {
    "{" + stages.map { "\"\($0.name)\":\(($0.seconds * 1e6).rounded() / 1e6)" }.joined(separator: ",") + "}"
  }
}

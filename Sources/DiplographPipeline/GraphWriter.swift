import DiplographConcurrency
import DiplographExport
import DiplographModel

/// Writes one graph in several formats into a directory, the formats side by side on all cores,
/// each format all or nothing: a format that fails is dropped (its temporaries removed) and the
/// others go on.
public struct GraphWriter {
  public var formats: [any Exporter.Type]
  public var options: ExportOptions

  public init(formats: [any Exporter.Type] = Exporters.all, options: ExportOptions = ExportOptions()) {
    self.formats = formats
    self.options = options
  }

  /// What was written for one format, and how long its exporter worked.
  public struct WrittenExport: Sendable {
    public let format: String
    /// The files put in place, as paths.
    public let paths: [String]
    public let duration: Duration
  }

  /// A format that could not be written; nothing of it was put in place.
  public struct FailedExport: Error, Sendable, CustomStringConvertible {
    public let format: String
    public let error: any Error
    public var description: String { "\(format) export not written: \(error)" }
  }

  public func write(_ graph: Graph, to directoryPath: String) throws -> (written: [WrittenExport], failed: [FailedExport]) {
    // Fail before any work when the directory itself cannot be used.
    try FileOutputDirectory(path: directoryPath).abort()
    XMLLibrary.prepareForThreads()
    let options = options
    // Heaviest first, so the cores finish together; results are reported in the formats' order.
    let schedule = formats.indices.sorted { first, second in
      let (a, b) = (formats[first].format.expectedWork, formats[second].format.expectedWork)
      return a != b ? a > b : first < second
    }
    let jobs = schedule.map { FormatJob(format: formats[$0]) }
    let order = graph.streamOrder()
    // Each format streams the graph on its own: the graph is read-only, the files are the
    // format's own, and the output does not depend on which format finishes first.
    let scheduled = parallelMap(jobs) { job in job.run(graph, order: order, into: directoryPath, options: options) }
    var results = scheduled
    for (position, index) in schedule.enumerated() { results[index] = scheduled[position] }
    var written: [WrittenExport] = []
    var failed: [FailedExport] = []
    for result in results {
      switch result {
      case .success(let export): written.append(export)
      case .failure(let failure): failed.append(failure)
      }
    }
    return (written, failed)
  }
}

/// One format's export: stream, then put in place, or remove every temporary.
private struct FormatJob: @unchecked Sendable {
  // Exporter metatypes are immutable type references; the job only reads `format`.
  let format: any Exporter.Type

  func run(_ graph: Graph, order: Graph.StreamOrder, into directoryPath: String, options: ExportOptions) -> Result<GraphWriter.WrittenExport, GraphWriter.FailedExport> {
    let name = format.format.name
    let clock = ContinuousClock()
    let start = clock.now
    let directory: FileOutputDirectory
    do {
      directory = try FileOutputDirectory(path: directoryPath)
    } catch {
      return .failure(GraphWriter.FailedExport(format: name, error: error))
    }
    do {
      var exporter = try format.init(output: directory, options: options)
      try graph.stream(into: &exporter, order: order)
      let duration = clock.now - start
      let names = try directory.commit()
      return .success(GraphWriter.WrittenExport(format: name, paths: names.map { directoryPath + "/" + $0 }, duration: duration))
    } catch {
      directory.abort()
      return .failure(GraphWriter.FailedExport(format: name, error: error))
    }
  }
}

import DiplographExport
import DiplographModel

/// Writes one graph in several formats into a directory, each format all or nothing.
public struct GraphWriter {
  public var formats: [any Exporter.Type]
  public var options: ExportOptions

  public init(formats: [any Exporter.Type] = Exporters.all, options: ExportOptions = ExportOptions()) {
    self.formats = formats
    self.options = options
  }

  /// What was written for one format, and how long it took.
  public struct WrittenExport: Sendable {
    public let format: String
    /// The main file's path.
    public let path: String
    public let duration: Duration
  }

  public func write(_ graph: Graph, to directoryPath: String) throws -> [WrittenExport] {
    var written: [WrittenExport] = []
    let clock = ContinuousClock()
    for format in formats {
      let directory = try FileOutputDirectory(path: directoryPath)
      do {
        let start = clock.now
        var exporter = try format.init(output: directory, options: options)
        try graph.stream(into: &exporter)
        try directory.commit()
        written.append(
          WrittenExport(
            format: format.format.name, path: directoryPath + "/" + format.format.defaultFileName,
            duration: clock.now - start))
      } catch {
        directory.abort()
        throw error
      }
    }
    return written
  }
}

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

  /// Returns the paths of the main files written.
  public func write(_ graph: Graph, to directoryPath: String) throws -> [String] {
    var written: [String] = []
    for format in formats {
      let directory = try FileOutputDirectory(path: directoryPath)
      do {
        var exporter = try format.init(output: directory, options: options)
        try graph.stream(into: &exporter)
        try directory.commit()
        written.append(directoryPath + "/" + format.format.defaultFileName)
      } catch {
        directory.abort()
        throw error
      }
    }
    return written
  }
}

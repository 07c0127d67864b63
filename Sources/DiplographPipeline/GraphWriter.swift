import DiplographExport
import DiplographModel

/// Writes one graph in several formats into a directory in a single pass over the graph, each
/// format all or nothing: a format that fails is dropped (its temporaries removed) and the others
/// go on.
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
    var tee = IsolatingTee()
    for format in formats {
      let directory = try FileOutputDirectory(path: directoryPath)
      do {
        tee.add(format: format.format.name, exporter: try format.init(output: directory, options: options), directory: directory)
      } catch {
        directory.abort()
        tee.failed.append(FailedExport(format: format.format.name, error: error))
      }
    }
    try graph.stream(into: &tee)
    var written: [WrittenExport] = []
    for branch in tee.branches where branch.error == nil {
      do {
        let names = try branch.directory.commit()
        written.append(
          WrittenExport(format: branch.format, paths: names.map { directoryPath + "/" + $0 }, duration: branch.duration))
      } catch {
        branch.directory.abort()
        tee.failed.append(FailedExport(format: branch.format, error: error))
      }
    }
    for branch in tee.branches { if let error = branch.error { tee.failed.append(FailedExport(format: branch.format, error: error)) } }
    return (written, tee.failed)
  }
}

/// Feeds every exporter the same events; an exporter that throws is cut off and aborted without
/// stopping the others.
private struct IsolatingTee: GraphSink {
  struct Branch {
    let format: String
    var exporter: any Exporter
    let directory: FileOutputDirectory
    var error: (any Error)?
    var duration: Duration = .zero
  }

  var branches: [Branch] = []
  var failed: [GraphWriter.FailedExport] = []
  private let clock = ContinuousClock()

  mutating func add(format: String, exporter: any Exporter, directory: FileOutputDirectory) {
    branches.append(Branch(format: format, exporter: exporter, directory: directory))
  }

  mutating func consume(_ event: GraphEvent) throws {
    for index in branches.indices where branches[index].error == nil {
      let start = clock.now
      do {
        try branches[index].exporter.consume(event)
      } catch {
        branches[index].error = error
        branches[index].directory.abort()
      }
      branches[index].duration += clock.now - start
    }
  }
}

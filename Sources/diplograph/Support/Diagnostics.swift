import DiplographPipeline
import Foundation

/// Progress and the closing summary on standard error; the only place that prints.
///
/// Progress is a line at most every second, so a run over thousands of files stays readable;
/// errors always print.
final class Diagnostics {
  let quiet: Bool
  private var lastProgress = ContinuousClock.now
  private let clock = ContinuousClock()

  init(quiet: Bool) { self.quiet = quiet }

  func report(_ event: RunEvent) {
    switch event {
    case .read(_, let done, let total):
      guard !quiet, done == total || clock.now - lastProgress >= .seconds(1) else { return }
      lastProgress = clock.now
      Self.printError("read \(done) of \(total) files")
    case .failed(let message):
      Self.printError("error: \(message)")
    case .warning(let message):
      if !quiet { Self.printError("warning: \(message)") }
    }
  }

  func printSummary(_ summary: RunSummary) {
    guard !quiet else { return }
    let graph = summary.graph
    Self.printError(
      "\(summary.documents) documents, \(graph.sentences) sentences, \(graph.entities) entities, "
        + "\(graph.relations) relations; \(summary.failedInputs.count) inputs failed")
    printWritten(summary.filesWritten)
  }

  /// Lists the files written, or counts them when there are many (shards).
  func printWritten(_ paths: [String]) {
    guard !quiet else { return }
    if paths.count <= 20 {
      for path in paths { Self.printError("wrote \(path)") }
    } else {
      Self.printError("wrote \(paths.count) files into \((paths[0] as NSString).deletingLastPathComponent)")
    }
  }

  static func printError(_ line: String) {
    FileHandle.standardError.write((line + "\n").data(using: .utf8)!)
  }
}

import DiplographPipeline
import Foundation

/// Progress and the closing summary on standard error; the only place that prints.
struct Diagnostics {
  let quiet: Bool

  func report(_ event: RunEvent) {
    switch event {
    case .read(let path): if !quiet { Self.printError("read \(path)") }
    case .failed(let message): Self.printError("error: \(message)")
    }
  }

  func printSummary(_ summary: RunSummary) {
    guard !quiet else { return }
    let graph = summary.graph
    Self.printError(
      "\(summary.documents) documents, \(graph.sentences) sentences, \(graph.entities) entities, "
        + "\(graph.relations) relations; \(summary.failedInputs.count) inputs failed")
    for file in summary.filesWritten { Self.printError("wrote \(file)") }
  }

  static func printError(_ line: String) {
    FileHandle.standardError.write((line + "\n").data(using: .utf8)!)
  }
}

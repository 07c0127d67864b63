import ArgumentParser
import DiplographExtraction
import Foundation

extension Diplograph {
  struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Score extraction against hand-written gold annotations.",
      discussion: """
        Reads every *.gold.json in the gold directory, extracts the text each names and prints \
        precision, recall and F1 per entity type and per relation type, per file and over all files.
        """)

    @Option(help: "The directory of gold annotations.")
    var gold = "Tests/DiplographExtractionTests/Gold"

    @Flag(help: "List every missing and spurious entity and fact.")
    var errors = false

    func run() throws {
      let files = try FileManager.default.contentsOfDirectory(atPath: gold).filter { $0.hasSuffix(".gold.json") }.sorted()
      guard !files.isEmpty else { throw ValidationError("no *.gold.json in \(gold)") }
      var total = EvaluationReport()
      for file in files {
        let data = try Data(contentsOf: URL(fileURLWithPath: gold + "/" + file))
        let annotations = try JSONDecoder().decode(GoldFile.self, from: data)
        let report = try Evaluator.evaluate(annotations, root: ".")
        print("# \(annotations.source)")
        print(EvaluationTable.render(report))
        if errors { report.errors.forEach { print("  " + $0) } }
        total.merge(report)
      }
      print("# all files")
      print(EvaluationTable.render(total))
    }
  }
}

/// The report as Markdown tables, ready for the README.
enum EvaluationTable {
  static func render(_ report: EvaluationReport) -> String {
    table("entity type", report.entities) + "\n\n" + table("relation", report.relations)
  }

  private static func table(_ title: String, _ scores: [String: Score]) -> String {
    var lines = ["| \(title) | gold | found | precision | recall | F1 |", "|---|---:|---:|---:|---:|---:|"]
    for (name, score) in scores.sorted(by: { $0.key < $1.key }) { lines.append(row(name, score)) }
    lines.append(row("**all**", EvaluationReport.total(scores)))
    return lines.joined(separator: "\n")
  }

  private static func row(_ name: String, _ score: Score) -> String {
    "| \(name) | \(score.gold) | \(score.predicted) | \(format(score.precision)) | \(format(score.recall)) | \(format(score.f1)) |"
  }

  private static func format(_ value: Double) -> String { String(format: "%.3f", value) }
}

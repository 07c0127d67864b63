import DiplographExtraction
import DiplographModel
import DiplographText
import Foundation
import Testing

/// The extractor against the hand-written gold annotations of two corpus texts.
@Suite struct GoldEvaluationTests {
  static let goldFiles: [URL] = {
    let directory = Bundle.module.resourceURL!.appendingPathComponent("Gold")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { $0.hasSuffix(".gold.json") }.sorted().map { directory.appendingPathComponent($0) }
  }()

  static func report() throws -> EvaluationReport {
    var total = EvaluationReport()
    for url in goldFiles {
      let gold = try JSONDecoder().decode(GoldFile.self, from: Data(contentsOf: url))
      total.merge(try Evaluator.evaluate(gold, root: packageRoot.path))
    }
    return total
  }

  @Test func thereAreGoldFiles() {
    #expect(Self.goldFiles.count >= 2)
  }

  @Test func entitiesReachTheirFloor() throws {
    let report = try Self.report()
    let all = EvaluationReport.total(report.entities)
    #expect(all.f1 >= 0.90, "entity F1 \(all.f1)")
    for type in ["Country", "Document", "Event", "Organization", "Person", "Place"] {
      let score = report.entities[type] ?? Score()
      #expect(score.f1 >= 0.80, "\(type) F1 \(score.f1)")
    }
  }

  /// The targets: F1 ≥ 0.85 for the five core relations.
  @Test(arguments: ["signedOn", "party", "adoptedAt", "heldIn", "connects"])
  func coreRelationsReachTheTarget(_ predicate: String) throws {
    let score = try Self.report().relations[predicate] ?? Score()
    #expect(score.gold > 0)
    #expect(score.f1 >= 0.85, "\(predicate): P \(score.precision) R \(score.recall) F1 \(score.f1)")
  }

  @Test func everyFactLeadsBackToASentenceOfItsSource() throws {
    let url = packageRoot.appendingPathComponent("corpus/2022-12-05_pm-meeting-27_communique_pdf-extract.txt")
    let document = try TextLoader.load(InputFile(path: url.path, displayPath: "corpus/x.txt"))
    var builder = GraphBuilder()
    builder.add(document)
    let graph = builder.build()
    let sentences = Set(document.source.sentences.map(\.id))
    for relation in graph.relations.values {
      #expect(!relation.provenance.isEmpty)
      for provenance in relation.provenance {
        #expect(sentences.contains(provenance.sentence))
        #expect(!provenance.rule.isEmpty)
        #expect((0...1).contains(provenance.confidence))
      }
    }
    #expect(graph.danglingReferences().isEmpty)
  }
}

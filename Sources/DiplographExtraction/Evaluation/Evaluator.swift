import DiplographModel
import DiplographText

/// Compares the graph of one source with its gold annotations. Entities are scored by top class
/// (Country apart from Place); a found entity matches a gold one when any of their names agree
/// after folding. Facts match on subject, predicate and object.
public enum Evaluator {
  /// Facts about text volume, not statements of the text: not scored.
  static let unscored: Set<Predicate> = [.mentionedIn, .coOccursWith]

  /// Reads the text `gold` annotates (its `source`, relative to `root`), extracts it on its own
  /// and scores it.
  public static func evaluate(_ gold: GoldFile, root: String) throws -> EvaluationReport {
    let document = try TextLoader.load(InputFile(path: root + "/" + gold.source, displayPath: gold.source))
    var builder = GraphBuilder()
    builder.add(document)
    return evaluate(builder.build(), source: document.source.id, gold: gold)
  }

  public static func evaluate(_ graph: Graph, source: SourceID, gold: GoldFile) -> EvaluationReport {
    var report = EvaluationReport()
    let found = graph.entities.values.filter { $0.mentions.contains { $0.source == source } }.sorted { $0.id < $1.id }
    // Gold entity index by every folded name.
    var goldByName: [String: Int] = [:]
    for (index, entity) in gold.entities.enumerated() {
      for name in [entity.label] + entity.aliases { goldByName[fold(name)] = goldByName[fold(name)] ?? index }
    }
    var goldOf: [EntityID: Int] = [:]
    var matchedGold: Set<Int> = []
    for entity in found {
      let type = scoringClass(entity.kind)
      report.entities[type, default: Score()].predicted += 1
      let match = ([entity.label] + entity.aliases).lazy.compactMap { goldByName[fold($0)] }
        .first { scoringClass(EntityKind(rawValue: gold.entities[$0].kind) ?? .document) == type }
      if let match {
        goldOf[entity.id] = match
        report.entities[type]!.matchedPredicted += 1
        matchedGold.insert(match)
      } else {
        report.errors.append("spurious entity \(type): \(entity.label)")
      }
    }
    for (index, entity) in gold.entities.enumerated() {
      let type = scoringClass(EntityKind(rawValue: entity.kind) ?? .document)
      report.entities[type, default: Score()].gold += 1
      if matchedGold.contains(index) {
        report.entities[type]!.matchedGold += 1
      } else {
        report.errors.append("missing entity \(type): \(entity.label)")
      }
    }
    scoreRelations(graph, source: source, gold: gold, goldByName: goldByName, goldOf: goldOf, into: &report)
    return report
  }

  private static func scoreRelations(
    _ graph: Graph, source: SourceID, gold: GoldFile, goldByName: [String: Int], goldOf: [EntityID: Int],
    into report: inout EvaluationReport
  ) {
    var goldFacts: [String: String] = [:]  // key → predicate
    for relation in gold.relations {
      guard let subject = goldByName[fold(relation.subject)] else { continue }
      let object = relation.object.flatMap { goldByName[fold($0)] }.map { "e\($0)" } ?? relation.date.map { "d" + $0 } ?? "?"
      goldFacts["\(subject) \(relation.predicate) \(object)"] = relation.predicate
    }
    var foundFacts: [String: (predicate: String, text: String)] = [:]
    for relation in graph.relations.values where !unscored.contains(relation.predicate) && relation.provenance.contains(where: { $0.source == source }) {
      let subjectLabel = graph.entities[relation.subject]?.label ?? relation.subject.rawValue
      var objectKey = "?"
      var objectLabel = relation.object.key
      switch relation.object {
      case .entity(let id):
        objectLabel = graph.entities[id]?.label ?? id.rawValue
        objectKey = goldOf[id].map { "e\($0)" } ?? "x" + id.rawValue
      case .literal(.date(let date)): objectKey = "d" + date.description
      default: break
      }
      let subjectKey = goldOf[relation.subject].map(String.init) ?? "x" + relation.subject.rawValue
      foundFacts["\(subjectKey) \(relation.predicate.rawValue) \(objectKey)"] = (relation.predicate.rawValue, "\(subjectLabel) → \(objectLabel)")
    }
    for (key, fact) in foundFacts.sorted(by: { $0.key < $1.key }) {
      report.relations[fact.predicate, default: Score()].predicted += 1
      if goldFacts[key] != nil {
        report.relations[fact.predicate]!.matchedPredicted += 1
      } else {
        report.errors.append("spurious fact \(fact.predicate): \(fact.text)")
      }
    }
    for relation in gold.relations {
      let predicate = relation.predicate
      report.relations[predicate, default: Score()].gold += 1
      guard let subject = goldByName[fold(relation.subject)] else { continue }
      let object = relation.object.flatMap { goldByName[fold($0)] }.map { "e\($0)" } ?? relation.date.map { "d" + $0 } ?? "?"
      if foundFacts["\(subject) \(predicate) \(object)"] != nil {
        report.relations[predicate]!.matchedGold += 1
      } else {
        report.errors.append("missing fact \(predicate): \(relation.subject) → \(relation.object ?? relation.date ?? "")")
      }
    }
  }

  /// Country is scored on its own; every other class by its top class.
  static func scoringClass(_ kind: EntityKind) -> String { kind == .country ? "Country" : kind.top.rawValue }

  /// Names compare after width folding, without whitespace and without title and quote marks.
  static func fold(_ name: String) -> String {
    var result = String.UnicodeScalarView()
    for scalar in name.unicodeScalars {
      if "《》〈〉“”\"".unicodeScalars.contains(scalar) || scalar.properties.isWhitespace { continue }
      result.append(WidthFolding.fold(scalar))
    }
    return String(result)
  }
}

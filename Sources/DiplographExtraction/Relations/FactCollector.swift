import DiplographModel

/// Gathers a document's facts, merging the same fact stated twice.
struct FactCollector {
  private(set) var relations: [RelationID: Relation] = [:]
  /// Entities a fact points at that no sentence named (a country a ministry belongs to).
  private(set) var implied: [EntityID: Entity] = [:]

  mutating func add(
    _ subject: EntityID, _ predicate: Predicate, _ object: RelationObject, in sentence: ResolvedSentence,
    span: SourceSpan, rule: String, confidence: Double
  ) {
    if case .entity(let target) = object, target == subject { return }
    let provenance = Provenance(sentence: sentence.sentence.id, span: span, rule: rule, confidence: confidence)
    let relation = Relation(subject: subject, predicate: predicate, object: object, provenance: [provenance])
    if var existing = relations[relation.id] {
      existing.merge(relation)
      relations[relation.id] = existing
    } else {
      relations[relation.id] = relation
    }
  }

  /// A gazetteer entry a fact points at, by its names.
  mutating func imply(_ entry: GazetteerEntry) {
    if implied[entry.id] == nil {
      implied[entry.id] = entry.entity
    }
  }
}

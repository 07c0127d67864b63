extension Graph {
  /// References that point at nothing: a relation to a missing entity or source, a mention or a
  /// fact citing a sentence no source holds. A graph built by the extractor has none; a graph
  /// read from a file may, and a database would silently drop such edges.
  public func danglingReferences(limit: Int = 10) -> [String] {
    var problems: [String] = []
    var sentences: Set<SentenceID> = []
    for source in sources.values { for sentence in source.sentences { sentences.insert(sentence.id) } }
    func note(_ problem: String) { if problems.count < limit { problems.append(problem) } }
    for entity in entities.values.sorted(by: { $0.id < $1.id }) {
      for mention in entity.mentions where !sentences.contains(mention.sentence) {
        note("entity \(entity.id) is mentioned in unknown sentence \(mention.sentence)")
      }
    }
    for relation in relations.values.sorted(by: { $0.id < $1.id }) {
      if entities[relation.subject] == nil { note("relation \(relation.id) has unknown subject \(relation.subject)") }
      switch relation.object {
      case .entity(let id) where entities[id] == nil: note("relation \(relation.id) has unknown object \(id)")
      case .source(let id) where sources[id] == nil: note("relation \(relation.id) has unknown source \(id)")
      default: break
      }
      for provenance in relation.provenance where !sentences.contains(provenance.sentence) {
        note("relation \(relation.id) cites unknown sentence \(provenance.sentence)")
      }
    }
    return problems
  }
}

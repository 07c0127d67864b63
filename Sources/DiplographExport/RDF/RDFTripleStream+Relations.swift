import DiplographModel

extension RDFTripleStream {
  /// The fact as a direct triple, then the assertion that carries its provenance and one
  /// evidence per attestation. Statistical facts are skipped when the options leave them out.
  ///
  /// A statistical fact's attestations get no evidence of their own: each is a whole sentence
  /// (`coOccursWith`) or a mention (`mentionedIn`), which the graph already holds with its span,
  /// so `prov:wasDerivedFrom` the sentence says it all. Written out, they were a third of the
  /// triples of a large corpus and told nothing new.
  mutating func describe<Writer: RDFStatementWriter>(_ relation: Relation, to writer: inout Writer) throws {
    if relation.predicate.isStatistical && !options.includeStatisticalEdges { return }
    func item() -> String { "relation \(relation.id) (\(relation.predicate.rawValue))" }
    let subject = try iris.entity(relation.subject)
    let predicate = try self.predicate(RDFVocabulary.property(relation.predicate), item: item())
    let object = try rdfObject(of: relation, item: item())
    let assertion = try iris.assertion(relation.id)
    let provenance = relation.provenance
    // `Relation.confidence`, without the array it maps the provenance to.
    var confidence: RDFValue?
    if var highest = provenance.first?.confidence {
      for attestation in provenance.dropFirst() where highest < attestation.confidence {
        highest = attestation.confidence
      }
      confidence = try self.confidence(highest, item: item())
    }

    try writer.startDescription(subject, type: nil)
    try writer.add(predicate, object)
    try writer.endDescription()

    try writer.startDescription(assertion, type: RDFVocabulary.assertion)
    try writer.add(RDFVocabulary.subject, .resource(subject))
    try writer.add(RDFVocabulary.predicate, .iri(predicate))
    try writer.add(RDFVocabulary.object, object)
    try writer.add(RDFVocabulary.weight, .integer(relation.weight))
    if let confidence { try writer.add(RDFVocabulary.confidence, confidence) }
    try addSentences(of: provenance, to: &writer)
    if relation.predicate.isStatistical { return try writer.endDescription() }

    // Attestations differing only in confidence are one piece of evidence.
    let evidence = Self.distinctEvidence(provenance)
    for index in evidence {
      try writer.add(RDFVocabulary.qualifiedDerivation, .resource(try iris.evidence(provenance[index], of: relation.id)))
    }
    try writer.endDescription()
    for index in evidence {
      let attestation = provenance[index]
      try writer.startDescription(try iris.evidence(attestation, of: relation.id), type: RDFVocabulary.evidence)
      try writer.add(RDFVocabulary.provEntity, .resource(try iris.sentence(attestation.sentence)))
      try writer.add(RDFVocabulary.rule, .text(try literals.text(attestation.rule, item: item())))
      try writer.add(RDFVocabulary.confidence, try self.confidence(attestation.confidence, item: item()))
      try addSpan(attestation.span, to: &writer)
      try writer.endDescription()
    }
  }

  /// `prov:wasDerivedFrom` each sentence once, in the order of first attestation. The
  /// provenance comes sorted by sentence from the model, so a sentence's attestations lie side
  /// by side; a graph decoded from elsewhere may not be, and is checked with a set.
  private func addSentences<Writer: RDFStatementWriter>(of provenance: [Provenance], to writer: inout Writer) throws {
    let isSorted = zip(provenance, provenance.dropFirst()).allSatisfy { !($1.sentence < $0.sentence) }
    var seen = Set<SentenceID>()
    var previous: SentenceID?
    for attestation in provenance {
      let sentence = attestation.sentence
      if isSorted {
        if sentence == previous { continue }
        previous = sentence
      } else if !seen.insert(sentence).inserted {
        continue
      }
      try writer.add(RDFVocabulary.wasDerivedFrom, .resource(try iris.sentence(sentence)))
    }
  }

  /// The indices of the attestations that get an evidence resource: the first of those whose
  /// IRI (sentence, span and rule) is the same.
  private static func distinctEvidence(_ provenance: [Provenance]) -> [Int] {
    var hashes: [UInt64] = []
    var indices: [Int] = []
    hashes.reserveCapacity(provenance.count)
    indices.reserveCapacity(provenance.count)
    for (index, attestation) in provenance.enumerated() {
      let hash = RDFIRIMinter.hash(attestation)
      if hashes.contains(hash) { continue }
      hashes.append(hash)
      indices.append(index)
    }
    return indices
  }

  /// The object as the ontology declares the property: a literal for a datatype property
  /// (`dg:signedOn`), an IRI for an object property. A mismatch would break the ontology's
  /// promise to every OWL tool, so it is refused.
  private func rdfObject(of relation: Relation, item: @autoclosure () -> String) throws -> RDFValue {
    let object: RDFValue
    let isLiteral: Bool
    switch relation.object {
    case .entity(let id): (object, isLiteral) = (.resource(try iris.entity(id)), false)
    case .source(let id): (object, isLiteral) = (.resource(try iris.source(id)), false)
    case .literal(let literal): (object, isLiteral) = (try value(of: literal, item: item()), true)
    }
    guard isLiteral == relation.predicate.hasLiteralObject else {
      throw ExportError.unrepresentable(
        format: iris.format, item: item(),
        reason: "dg:\(relation.predicate.rawValue) takes \(relation.predicate.hasLiteralObject ? "a literal" : "a resource"), not \(relation.object.key)")
    }
    return object
  }
}

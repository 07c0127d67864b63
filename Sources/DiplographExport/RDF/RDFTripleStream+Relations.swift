import DiplographModel

extension RDFTripleStream {
  /// The fact as a direct triple, then the assertion that carries its provenance and one
  /// evidence per attestation. Statistical facts are skipped when the options leave them out.
  ///
  /// A statistical fact's attestations get no evidence of their own: each is a whole sentence
  /// (`coOccursWith`) or a mention (`mentionedIn`), which the graph already holds with its span,
  /// so `prov:wasDerivedFrom` the sentence says it all. Written out, they were a third of the
  /// triples of a large corpus and told nothing new.
  func describe(_ relation: Relation) throws -> [RDFDescription] {
    if relation.predicate.isStatistical && !options.includeStatisticalEdges { return [] }
    let item = "relation \(relation.id) (\(relation.predicate.rawValue))"
    let subject = try iris.entity(relation.subject)
    let predicate = try self.predicate(RDFVocabulary.property(relation.predicate), item: item)
    let object = try rdfObject(of: relation, item: item)

    var fact = RDFDescription(subject: subject)
    fact.properties.append(RDFProperty(predicate, object))

    let assertionIRI = try iris.assertion(relation.id)
    var assertion = RDFDescription(subject: assertionIRI)
    assertion.add(RDFVocabulary.type, RDFVocabulary.assertion)
    assertion.add(RDFVocabulary.subject, subject)
    assertion.add(RDFVocabulary.predicate, predicate)
    assertion.properties.append(RDFProperty(RDFVocabulary.object, object))
    assertion.add(RDFVocabulary.weight, integer(relation.weight))
    if !relation.provenance.isEmpty {
      let confidence = try literals.confidence(relation.confidence, item: item)
      assertion.add(RDFVocabulary.confidence, RDFLiteral(confidence, .datatype(RDFVocabulary.xsdDecimal)))
    }
    var sentences = Set<SentenceID>()
    for provenance in relation.provenance where sentences.insert(provenance.sentence).inserted {
      assertion.add(RDFVocabulary.wasDerivedFrom, try iris.sentence(provenance.sentence))
    }

    var result = [fact, assertion]
    if relation.predicate.isStatistical { return result }
    var evidenceIRIs = Set<RDFIRI>()
    for provenance in relation.provenance {
      let evidenceIRI = try iris.evidence(provenance, of: relation.id)
      // Attestations differing only in confidence are one piece of evidence.
      guard evidenceIRIs.insert(evidenceIRI).inserted else { continue }
      result[1].add(RDFVocabulary.qualifiedDerivation, evidenceIRI)
      var evidence = RDFDescription(subject: evidenceIRI)
      evidence.add(RDFVocabulary.type, RDFVocabulary.evidence)
      evidence.add(RDFVocabulary.provEntity, try iris.sentence(provenance.sentence))
      evidence.add(RDFVocabulary.rule, RDFLiteral(try literals.text(provenance.rule, item: item)))
      let confidence = try literals.confidence(provenance.confidence, item: item)
      evidence.add(RDFVocabulary.confidence, RDFLiteral(confidence, .datatype(RDFVocabulary.xsdDecimal)))
      addSpan(provenance.span, to: &evidence)
      result.append(evidence)
    }
    return result
  }

  /// The object as the ontology declares the property: a literal for a datatype property
  /// (`dg:signedOn`), an IRI for an object property. A mismatch would break the ontology's
  /// promise to every OWL tool, so it is refused.
  private func rdfObject(of relation: Relation, item: String) throws -> RDFObject {
    let object: RDFObject
    switch relation.object {
    case .entity(let id): object = .iri(try iris.entity(id))
    case .source(let id): object = .iri(try iris.source(id))
    case .literal(let value): object = .literal(try literal(value, item: item))
    }
    let isLiteral = if case .literal = object { true } else { false }
    guard isLiteral == relation.predicate.hasLiteralObject else {
      throw ExportError.unrepresentable(
        format: iris.format, item: item,
        reason: "dg:\(relation.predicate.rawValue) takes \(relation.predicate.hasLiteralObject ? "a literal" : "a resource"), not \(relation.object.key)")
    }
    return object
  }
}

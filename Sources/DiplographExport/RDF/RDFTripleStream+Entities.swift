import DiplographModel

extension RDFTripleStream {
  /// The entity with its class, names and attributes, then one resource per mention.
  func describe<Writer: RDFStatementWriter>(_ entity: Entity, to writer: inout Writer) throws {
    func item() -> String { "entity \(entity.id) '\(entity.label)'" }
    let subject = try iris.entity(entity.id)
    try writer.startDescription(subject, type: RDFVocabulary.type(entity.kind))
    let label = RDFValue.tagged(try literals.text(entity.label, item: item()), language: "zh")
    try writer.add(RDFVocabulary.label, label)
    try writer.add(RDFVocabulary.prefLabel, label)
    for alias in entity.aliases {
      try writer.add(RDFVocabulary.altLabel, .tagged(try literals.text(alias, item: item()), language: "zh"))
    }
    for name in entity.names {
      let language = try literals.language(name.language, item: item())
      let text = RDFValue.tagged(try literals.text(name.text, item: item()), language: language)
      // SKOS allows one preferred label per language; the Chinese one is the entity's label.
      if language == "zh" {
        if name.text != entity.label { try writer.add(RDFVocabulary.altLabel, text) }
        continue
      }
      try writer.add(RDFVocabulary.label, text)
      try writer.add(RDFVocabulary.prefLabel, text)
    }
    for attribute in entity.attributes {
      let key = try predicate(RDFVocabulary.property(attribute.key), item: item())
      try writer.add(key, try value(of: attribute.value, item: item()))
      if attribute.key == .wikidata, case .string(let qid) = attribute.value, Self.isWikidataItem(qid) {
        try writer.add(RDFVocabulary.exactMatch, .iri(RDFIRI(RDFVocabulary.wd, qid)))
      }
    }
    try writer.endDescription()
    for mention in entity.mentions {
      try describe(mention, of: entity.id, subject: subject, item: item(), to: &writer)
    }
  }

  private func describe<Writer: RDFStatementWriter>(
    _ mention: Mention, of entity: EntityID, subject: RDFResource, item: @autoclosure () -> String,
    to writer: inout Writer
  ) throws {
    try writer.startDescription(try iris.mention(mention, of: entity), type: RDFVocabulary.mention)
    try writer.add(RDFVocabulary.mentionOf, .resource(subject))
    try writer.add(RDFVocabulary.inSentence, .resource(try iris.sentence(mention.sentence)))
    try writer.add(RDFVocabulary.surface, .text(try literals.text(mention.surface, item: item())))
    try writer.add(RDFVocabulary.rule, .text(try literals.text(mention.rule, item: item())))
    try addSpan(mention.span, to: &writer)
    try writer.endDescription()
  }

  /// `Q148`: a Wikidata item id, the only form that may become a `wd:` IRI.
  static func isWikidataItem(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count >= 2, bytes[0] == UInt8(ascii: "Q"), bytes[1] != UInt8(ascii: "0") else { return false }
    return bytes.dropFirst().allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
  }
}

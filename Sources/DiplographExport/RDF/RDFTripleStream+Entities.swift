import DiplographModel

extension RDFTripleStream {
  /// The entity with its class, names and attributes, then one resource per mention.
  func describe(_ entity: Entity) throws -> [RDFDescription] {
    let item = "entity \(entity.id) '\(entity.label)'"
    let subject = try iris.entity(entity.id)
    var description = RDFDescription(subject: subject)
    description.add(RDFVocabulary.type, RDFVocabulary.type(entity.kind))
    let label = RDFLiteral(try literals.text(entity.label, item: item), .language("zh"))
    description.add(RDFVocabulary.label, label)
    description.add(RDFVocabulary.prefLabel, label)
    for alias in entity.aliases {
      description.add(RDFVocabulary.altLabel, RDFLiteral(try literals.text(alias, item: item), .language("zh")))
    }
    for name in entity.names {
      let language = try literals.language(name.language, item: item)
      let text = RDFLiteral(try literals.text(name.text, item: item), .language(language))
      // SKOS allows one preferred label per language; the Chinese one is the entity's label.
      if language == "zh" {
        if name.text != entity.label { description.add(RDFVocabulary.altLabel, text) }
        continue
      }
      description.add(RDFVocabulary.label, text)
      description.add(RDFVocabulary.prefLabel, text)
    }
    for attribute in entity.attributes {
      let key = try predicate(RDFVocabulary.property(attribute.key), item: item)
      description.add(key, try literal(attribute.value, item: item))
      if attribute.key == .wikidata, case .string(let qid) = attribute.value, Self.isWikidataItem(qid) {
        description.add(RDFVocabulary.exactMatch, RDFIRI(RDFVocabulary.wd, qid))
      }
    }
    var result = [description]
    result.reserveCapacity(entity.mentions.count + 1)
    for mention in entity.mentions {
      result.append(try describe(mention, of: entity.id, subject: subject, item: item))
    }
    return result
  }

  private func describe(
    _ mention: Mention, of entity: EntityID, subject: RDFIRI, item: String
  ) throws -> RDFDescription {
    var description = RDFDescription(subject: try iris.mention(mention, of: entity))
    description.add(RDFVocabulary.type, RDFVocabulary.mention)
    description.add(RDFVocabulary.mentionOf, subject)
    description.add(RDFVocabulary.inSentence, try iris.sentence(mention.sentence))
    description.add(RDFVocabulary.surface, RDFLiteral(try literals.text(mention.surface, item: item)))
    description.add(RDFVocabulary.rule, RDFLiteral(try literals.text(mention.rule, item: item)))
    addSpan(mention.span, to: &description)
    return description
  }

  /// `Q148`: a Wikidata item id, the only form that may become a `wd:` IRI.
  static func isWikidataItem(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count >= 2, bytes[0] == UInt8(ascii: "Q"), bytes[1] != UInt8(ascii: "0") else { return false }
    return bytes.dropFirst().allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
  }
}

import DiplographModel

extension RDFTripleStream {
  /// The file and each of its sentences, so every fact's provenance can point at a sentence
  /// that carries its own text and span.
  func describe(_ source: SourceDocument) throws -> [RDFDescription] {
    let item = "source '\(source.path)'"
    let subject = try iris.source(source.id)
    var file = RDFDescription(subject: subject)
    file.add(RDFVocabulary.type, RDFVocabulary.source)
    file.add(RDFVocabulary.path, RDFLiteral(try literals.text(source.path, item: item)))
    if let title = source.title {
      file.add(RDFVocabulary.title, RDFLiteral(try literals.text(title, item: item)))
    }
    file.add(RDFVocabulary.encoding, RDFLiteral(try literals.text(source.encoding, item: item)))
    file.add(RDFVocabulary.byteCount, integer(source.byteCount))
    var result = [file]
    result.reserveCapacity(source.sentences.count + 1)
    for sentence in source.sentences {
      result.append(try describe(sentence, in: subject, path: source.path))
    }
    return result
  }

  private func describe(_ sentence: Sentence, in source: RDFIRI, path: String) throws -> RDFDescription {
    let item = "sentence \(sentence.id.ordinal) of '\(path)'"
    var description = RDFDescription(subject: try iris.sentence(sentence.id))
    description.add(RDFVocabulary.type, RDFVocabulary.sentence)
    description.add(RDFVocabulary.inSource, source)
    description.add(RDFVocabulary.position, integer(sentence.id.ordinal))
    description.add(RDFVocabulary.paragraph, integer(sentence.paragraph))
    description.add(RDFVocabulary.text, RDFLiteral(try literals.text(sentence.text, item: item)))
    addSpan(sentence.span, to: &description)
    if let first = sentence.repeatOf {
      description.add(RDFVocabulary.repeatOf, try iris.sentence(first))
    }
    return description
  }
}

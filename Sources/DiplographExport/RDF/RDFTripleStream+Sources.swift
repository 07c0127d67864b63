import DiplographModel

extension RDFTripleStream {
  /// The file and each of its sentences, so every fact's provenance can point at a sentence
  /// that carries its own text and span.
  func describe<Writer: RDFStatementWriter>(_ source: SourceDocument, to writer: inout Writer) throws {
    func item() -> String { "source '\(source.path)'" }
    let subject = try iris.source(source.id)
    try writer.startDescription(subject, type: RDFVocabulary.source)
    try writer.add(RDFVocabulary.path, .text(try literals.text(source.path, item: item())))
    if let title = source.title {
      try writer.add(RDFVocabulary.title, .text(try literals.text(title, item: item())))
    }
    try writer.add(RDFVocabulary.encoding, .text(try literals.text(source.encoding, item: item())))
    try writer.add(RDFVocabulary.byteCount, .integer(source.byteCount))
    try writer.endDescription()
    for sentence in source.sentences {
      try describe(sentence, in: subject, path: source.path, to: &writer)
    }
  }

  private func describe<Writer: RDFStatementWriter>(
    _ sentence: Sentence, in source: RDFResource, path: String, to writer: inout Writer
  ) throws {
    func item() -> String { "sentence \(sentence.id.ordinal) of '\(path)'" }
    try writer.startDescription(try iris.sentence(sentence.id), type: RDFVocabulary.sentence)
    try writer.add(RDFVocabulary.inSource, .resource(source))
    try writer.add(RDFVocabulary.position, .integer(sentence.id.ordinal))
    try writer.add(RDFVocabulary.paragraph, .integer(sentence.paragraph))
    try writer.add(RDFVocabulary.text, .text(try literals.text(sentence.text, item: item())))
    try addSpan(sentence.span, to: &writer)
    if let first = sentence.repeatOf {
      try writer.add(RDFVocabulary.repeatOf, .resource(try iris.sentence(first)))
    }
    try writer.endDescription()
  }
}

/// A source file as the graph remembers it: where it came from and the sentences it holds.
public struct SourceDocument: Hashable, Sendable, Codable {
  public let id: SourceID
  /// The path as the user gave it (or relative to the directory given), with `/` separators.
  public let path: String
  /// The document's own title where the text states one (a heading, a first line).
  public let title: String?
  /// The encoding the file was decoded from: `UTF-8`, `UTF-16LE`, `GB18030`.
  public let encoding: String
  public let byteCount: Int
  /// Every sentence, in reading order; repeated paragraphs keep a pointer to their first copy.
  public var sentences: [Sentence]

  public init(
    id: SourceID, path: String, title: String?, encoding: String, byteCount: Int,
    sentences: [Sentence]
  ) {
    self.id = id
    self.path = path
    self.title = title
    self.encoding = encoding
    self.byteCount = byteCount
    self.sentences = sentences
  }
}

/// A sentence of a source, the unit every fact's provenance points to.
public struct Sentence: Hashable, Sendable, Codable {
  public let id: SentenceID
  /// The sentence as printed (original widths), with line breaks and page markers removed.
  public let text: String
  public let span: SourceSpan
  /// The paragraph's ordinal in the document, from 0.
  public let paragraph: Int
  /// Set when the sentence lies in a paragraph that repeats an earlier one; facts are read
  /// from the first copy only.
  public let repeatOf: SentenceID?

  public init(id: SentenceID, text: String, span: SourceSpan, paragraph: Int, repeatOf: SentenceID? = nil) {
    self.id = id
    self.text = text
    self.span = span
    self.paragraph = paragraph
    self.repeatOf = repeatOf
  }
}

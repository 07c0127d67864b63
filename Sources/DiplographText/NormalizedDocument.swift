import DiplographModel

/// A source file decoded, cleaned and split, ready for extraction.
public struct NormalizedDocument: Sendable {
  /// What the graph records of the file, its sentences included.
  public let source: SourceDocument
  /// The extractor's view of each sentence, parallel to `source.sentences`.
  public let sentences: [SentenceText]
  /// What was handled gracefully on the way (control characters dropped, overlong sentences cut).
  public let findings: [Finding]

  public init(source: SourceDocument, sentences: [SentenceText], findings: [Finding] = []) {
    self.source = source
    self.sentences = sentences
    self.findings = findings
  }
}

/// How a paragraph is laid out in the source, which rules use (a heading is a title, a list item
/// continues the sentence that announced the list).
public enum ParagraphKind: Sendable, Hashable {
  case heading
  case text
  case listItem
  case signature
}

/// A sentence as the extractor sees it: two aligned spellings and a way back to the source.
///
/// `matchText` has full-width digits, letters and punctuation folded to half width (`（` → `(`,
/// `２` → `2`, U+3000 → space) for matching; `displayText` keeps the printed forms for labels.
/// Both have the same number of Unicode scalars, so an offset found in one is valid in the other.
public struct SentenceText: Sendable {
  public let id: SentenceID
  /// The scalars of `matchText`, as the builder wrote them: extraction indexes them directly.
  public let matchScalars: [Unicode.Scalar]
  /// The scalars of `displayText`.
  public let displayScalars: [Unicode.Scalar]
  public let displayText: String
  public let paragraph: Int
  public let paragraphKind: ParagraphKind
  /// True when the sentence repeats one earlier in the document; its facts are not counted again.
  public let isRepeat: Bool
  private let spans: SourceSpanMap

  public init(
    id: SentenceID, matchText: String, displayText: String, paragraph: Int,
    paragraphKind: ParagraphKind, isRepeat: Bool, spans: SourceSpanMap
  ) {
    self.init(
      id: id, matchScalars: Array(matchText.unicodeScalars), displayScalars: Array(displayText.unicodeScalars),
      displayText: displayText, paragraph: paragraph, paragraphKind: paragraphKind, isRepeat: isRepeat, spans: spans)
  }

  /// For the document builder, which has the scalars of both spellings and the display string.
  init(
    id: SentenceID, matchScalars: [Unicode.Scalar], displayScalars: [Unicode.Scalar], displayText: String,
    paragraph: Int, paragraphKind: ParagraphKind, isRepeat: Bool, spans: SourceSpanMap
  ) {
    precondition(matchScalars.count == displayScalars.count)
    self.id = id
    self.matchScalars = matchScalars
    self.displayScalars = displayScalars
    self.displayText = displayText
    self.paragraph = paragraph
    self.paragraphKind = paragraphKind
    self.isRepeat = isRepeat
    self.spans = spans
  }

  public var matchText: String { String(String.UnicodeScalarView(matchScalars)) }

  /// The source span of the scalars `range` (offsets in Unicode scalars from the sentence start).
  public func span(of range: Range<Int>) -> SourceSpan { spans.span(of: range) }

  /// The source span of the whole sentence.
  public var span: SourceSpan { spans.span(of: 0..<displayScalars.count) }
}

/// Maps scalar offsets of a sentence to their place in the source file.
public struct SourceSpanMap: Sendable {
  private enum Storage: Sendable {
    case table(starts: [Int], ends: [Int], lines: [Int], columns: [Int])
    case document(DocumentOffsets, base: Int)
  }

  private let storage: Storage

  /// A map given scalar by scalar: each scalar's first byte, the byte after it, its line and
  /// column. For tests and for text assembled by hand.
  public init(starts: [Int], ends: [Int], lines: [Int], columns: [Int]) {
    storage = .table(starts: starts, ends: ends, lines: lines, columns: columns)
  }

  /// The sentence that starts at normalized offset `base` of a loaded document.
  init(document: DocumentOffsets, base: Int) {
    storage = .document(document, base: base)
  }

  public func span(of range: Range<Int>) -> SourceSpan {
    switch storage {
    case .document(let offsets, let base):
      return offsets.span(of: (base + range.lowerBound)..<(base + range.upperBound))
    case .table(let starts, let ends, let lines, let columns):
      guard !starts.isEmpty else { return SourceSpan(startByte: 0, endByte: 0, line: 1, column: 1) }
      let first = min(max(range.lowerBound, 0), starts.count - 1)
      let last = min(max(range.upperBound - 1, first), starts.count - 1)
      return SourceSpan(startByte: starts[first], endByte: ends[last], line: lines[first], column: columns[first])
    }
  }
}

import DiplographModel

/// Accumulates a document's sentences: their two spellings, their records and the shared map
/// back to the source.
struct DocumentBuilder {
  let sourceID: SourceID
  let decoded: DecodedText
  private(set) var sentences: [(text: SentenceDraft, paragraph: Int, kind: ParagraphKind)] = []
  private(set) var cutSentences: [Int] = []
  private var origins: [Int32] = []
  private var repeats = RepeatIndex()
  private var paragraphCount = 0
  private var title: String?
  /// Scratch space for a sentence's printed spelling, kept between sentences.
  private var displayBytes: [UInt8] = []

  struct SentenceDraft {
    let base: Int
    let match: [Unicode.Scalar]
    let displayScalars: [Unicode.Scalar]
    let display: String
    let repeatOf: SentenceID?
  }

  init(sourceID: SourceID, decoded: DecodedText) {
    self.sourceID = sourceID
    self.decoded = decoded
  }

  mutating func add(_ paragraph: LineJoiner.Paragraph) {
    let scalars = decoded.scalars
    let indices = Spacing.removeLayoutSpaces(paragraph.indices, in: scalars)
    guard !indices.isEmpty else { return }
    let ranges: [Range<Int>] =
      paragraph.kind == .heading || paragraph.kind == .signature
      ? SentenceSplitter.whole(count: indices.count) : SentenceSplitter.split(indices, in: scalars)
    guard !ranges.isEmpty else { return }
    var folded: [Unicode.Scalar] = []
    folded.reserveCapacity(indices.count)
    for index in indices { folded.append(WidthFolding.fold(scalars[Int(index)])) }
    let firstID = sentences.count
    let repeatsOf: [SentenceID?] =
      paragraph.kind == .heading
      ? ranges.map { _ in nil }
      : repeats.repeats(
        in: ranges.enumerated().map { (folded[$0.element], SentenceID(source: sourceID, ordinal: firstID + $0.offset)) })
    for (range, repeatOf) in zip(ranges, repeatsOf) {
      if range.count >= SentenceSplitter.maxLength { cutSentences.append(decoded.byteStarts[Int(indices[range.lowerBound])]) }
      let display = range.map { scalars[Int(indices[$0])] }
      displayBytes.removeAll(keepingCapacity: true)
      for scalar in display { displayBytes.appendUTF8(scalar) }
      let draft = SentenceDraft(
        base: origins.count, match: Array(folded[range]), displayScalars: display,
        display: String(decoding: displayBytes, as: UTF8.self), repeatOf: repeatOf)
      origins.append(contentsOf: indices[range])
      sentences.append((draft, paragraphCount, paragraph.kind))
      if title == nil, paragraph.kind == .heading, range.count > 4 { title = draft.display }
    }
    paragraphCount += 1
  }

  func finish(path: String, byteCount: Int, findings: [Finding]) -> NormalizedDocument {
    let offsets = DocumentOffsets(origins: origins, decoded: decoded)
    var texts: [SentenceText] = []
    var records: [Sentence] = []
    texts.reserveCapacity(sentences.count)
    records.reserveCapacity(sentences.count)
    for (ordinal, entry) in sentences.enumerated() {
      let id = SentenceID(source: sourceID, ordinal: ordinal)
      let map = SourceSpanMap(document: offsets, base: entry.text.base)
      let text = SentenceText(
        id: id, matchScalars: entry.text.match, displayScalars: entry.text.displayScalars, displayText: entry.text.display,
        paragraph: entry.paragraph, paragraphKind: entry.kind, isRepeat: entry.text.repeatOf != nil, spans: map)
      texts.append(text)
      records.append(
        Sentence(id: id, text: entry.text.display, span: text.span, paragraph: entry.paragraph, repeatOf: entry.text.repeatOf))
    }
    let source = SourceDocument(
      id: sourceID, path: path, title: title, encoding: decoded.encoding, byteCount: byteCount, sentences: records)
    return NormalizedDocument(source: source, sentences: texts, findings: findings)
  }
}

/// Joins lines broken inside a sentence, a name or a title back into paragraphs.
///
/// PDF text is wrapped at a fixed width (`米\n舒斯京`, `《中\n俄货物贸易…》`) and some files carry
/// stray hard breaks (`不断拓\n展`). A line is joined to the next unless it ends a paragraph:
/// - it ends with a sentence end, a colon or an ellipsis (a closing quote after it counts too);
/// - the next line starts a list item (`——`) or a numbered paragraph (`三、`, `（一）`);
/// - it is the document's title: the first line, with no closing mark, that names a document
///   kind at its end or, in wrapped text, is clearly shorter than the wrapped lines.
/// - in wrapped text (most lines about as wide as each other, as a PDF's), it is clearly narrower
///   than the wrap width: the last line of a paragraph.
/// An open bracket or quote (`《…`) always joins. Cells, headings, segments, section numbers and
/// signature lines stand alone.
struct LineJoiner {
  struct Paragraph {
    var indices: [Int32]
    var kind: ParagraphKind
  }

  /// Head nouns that end a document's title line.
  static let titleEndings: [String] = [
    "公报", "声明", "宣言", "条约", "协定", "协议", "纲要", "规划", "计划", "纪要", "备忘录", "决议", "公约", "讲话",
    "报告", "通知", "议定书", "路线图", "大纲", "宣言书",
  ]

  let scalars: [Unicode.Scalar]

  func join(_ pieces: [LineReader.Piece]) -> [Paragraph] {
    let width = typicalWidth(pieces)
    let wrapped = isWrapped(pieces, width: width)
    var paragraphs: [Paragraph] = []
    var open: [Int32]?
    // The brackets `open` leaves open, kept as lines are added rather than counted over the
    // whole paragraph for every line.
    var openDepth = 0
    var openIsFirst = false
    var lastLineWidth = 0
    func flush() {
      if let current = open { paragraphs.append(Paragraph(indices: current, kind: kind(of: current))) }
      open = nil
    }
    for (position, piece) in pieces.enumerated() {
      switch piece.kind {
      case .line:
        let text = slice(piece.indices)
        // `open!` rather than a binding, so the append below finds the paragraph's storage unshared.
        if open != nil, !LinePatterns.startsListItem(text), !LinePatterns.startsNumberedParagraph(text),
          joins(open!, depth: openDepth, isFirst: openIsFirst, width: wrapped ? width : .max),
          !wrapped || openDepth > 0 || lastLineWidth * 5 >= width * 4
        {
          open!.append(contentsOf: piece.indices)
          openDepth = openBrackets(text, after: openDepth)
        } else {
          flush()
          open = piece.indices
          openDepth = openBrackets(text)
          openIsFirst = position == 0
        }
        lastLineWidth = displayWidth(piece.indices)
      case .segment:
        flush()
        let isTitle = position == 0 && isTitle(piece.indices, width: .max)
        paragraphs.append(Paragraph(indices: piece.indices, kind: isTitle ? .heading : kind(of: piece.indices)))
      case .heading, .sectionNumber:
        flush()
        paragraphs.append(Paragraph(indices: piece.indices, kind: .heading))
      case .signatureLine:
        flush()
        paragraphs.append(Paragraph(indices: piece.indices, kind: .signature))
      case .cell:
        flush()
        // Signature cells are short names, posts and dates, without sentence punctuation.
        let short = piece.indices.count <= 24
          && !piece.indices.contains { ScalarClass.endsParagraph(scalars[Int($0)]) || scalars[Int($0)] == "，" }
        paragraphs.append(Paragraph(indices: piece.indices, kind: short ? .signature : kind(of: piece.indices)))
      }
    }
    flush()
    if let first = paragraphs.first, first.kind == .text, pieces.first?.kind == .line,
      isTitle(first.indices, width: wrapped ? width : .max), first.indices == pieces[0].indices
    {
      paragraphs[0].kind = .heading
    }
    return paragraphs
  }

  /// `depth`: the brackets `current` leaves open.
  private func joins(_ current: [Int32], depth: Int, isFirst: Bool, width: Int) -> Bool {
    if depth > 0 { return true }
    if isFirst && isTitle(current, width: width) { return false }
    var end = current.endIndex - 1
    while end > current.startIndex, ScalarClass.isCloser(scalars[Int(current[end])]) { end -= 1 }
    return !ScalarClass.endsParagraph(scalars[Int(current[end])])
  }

  /// A title line: no closing mark, brackets balanced, and a document kind at its end or a length
  /// well under the wrapped width.
  private func isTitle(_ indices: [Int32], width: Int) -> Bool {
    let text = slice(indices)
    guard let last = text.last, !ScalarClass.endsParagraph(last), openBrackets(text) == 0, text.count <= 80 else {
      return false
    }
    let string = String(String.UnicodeScalarView(text))
    return Self.titleEndings.contains { string.hasSuffix($0) } || (width < .max && displayWidth(indices) * 4 < width * 3)
  }

  private func kind(of indices: [Int32]) -> ParagraphKind {
    LinePatterns.startsListItem(slice(indices)) ? .listItem : .text
  }

  /// The brackets left open after `text`, when `depth` were open before it.
  private func openBrackets(_ text: ArraySlice<Unicode.Scalar>, after depth: Int = 0) -> Int {
    var depth = depth
    for scalar in text { depth = max(0, depth + ScalarClass.bracketDelta(scalar)) }
    return depth
  }

  /// The median display width of the running-text lines: the wrap width of a PDF, or a
  /// paragraph's length in a file with one paragraph a line.
  private func typicalWidth(_ pieces: [LineReader.Piece]) -> Int {
    let widths = pieces.filter { $0.kind == .line }.map { displayWidth($0.indices) }.sorted()
    return widths.isEmpty ? .max : widths[widths.count / 2]
  }

  /// Wrapped text: at least half the running-text lines are within a tenth of the median width.
  private func isWrapped(_ pieces: [LineReader.Piece], width: Int) -> Bool {
    let widths = pieces.filter { $0.kind == .line }.map { displayWidth($0.indices) }
    guard widths.count >= 8, width < .max else { return false }
    let near = widths.filter { abs($0 - width) * 10 <= width }.count
    return near * 2 >= widths.count
  }

  /// Columns the line takes when printed: two for CJK, one for the rest.
  private func displayWidth(_ indices: [Int32]) -> Int {
    indices.reduce(0) { $0 + (ScalarClass.isCJK(scalars[Int($1)]) ? 2 : 1) }
  }

  private func slice(_ indices: [Int32]) -> ArraySlice<Unicode.Scalar> {
    indices.map { scalars[Int($0)] }[...]
  }
}

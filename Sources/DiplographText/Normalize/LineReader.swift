/// Splits decoded text into lines and classifies them, the first step of normalization.
///
/// Every piece is a list of indices into the decoded scalars, so later steps select and join
/// characters without ever losing where each came from. Page and newspaper markers and Markdown
/// table rules are dropped here; control characters (but tab) are dropped and counted.
struct LineReader {
  enum Kind: Equatable {
    /// A line of running text, which the joiner may join to the next.
    case line
    /// A paragraph set apart inside a line by a run of ideographic spaces (one-line files).
    case segment
    /// A cell of a table or of a tab-separated signature row.
    case cell
    /// A Markdown heading.
    case heading
    /// A section number alone on its line (`一`, `五、`).
    case sectionNumber
    /// A date line or a news dateline closing a statement.
    case signatureLine
  }

  struct Piece {
    var indices: [Int32]
    var kind: Kind
  }

  private(set) var pieces: [Piece] = []
  private(set) var droppedControls = 0
  private(set) var firstDroppedControl: Int32?
  private let scalars: [Unicode.Scalar]

  init(_ text: DecodedText) {
    scalars = text.scalars
    var line: [Int32] = []
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      switch scalar {
      case "\n", "\u{2028}", "\u{2029}", "\u{85}":
        read(line)
        line.removeAll(keepingCapacity: true)
      case "\r":
        read(line)
        line.removeAll(keepingCapacity: true)
        if index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
      case "\t":
        line.append(Int32(index))
      default:
        if Self.isDropped(scalar) {
          droppedControls += 1
          if firstDroppedControl == nil { firstDroppedControl = Int32(index) }
        } else {
          line.append(Int32(index))
        }
      }
      index += 1
    }
    read(line)
  }

  /// C0 and C1 controls, DEL, the noncharacters U+FFFE/U+FFFF and a byte-order mark inside the
  /// text: not text, and forbidden in XML.
  static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF, 0xFEFF: return true
    default: return false
    }
  }

  private mutating func read(_ raw: [Int32]) {
    let line = trim(raw[...])
    guard !line.isEmpty else { return }
    let text = line.map { scalars[Int($0)] }[...]
    if LinePatterns.isPageMarker(text) || LinePatterns.isNewspaperMarker(text) || LinePatterns.isTableSeparator(text) {
      return
    }
    let level = LinePatterns.headingLevel(text)
    if level > 0 {
      append(line.dropFirst(level), .heading)
      return
    }
    if text.first == "|" {
      for cell in split(line, where: { $0 == "|" }) { for part in splitAtBreaks(cell) { append(part, .cell) } }
      return
    }
    for part in splitAtBreaks(line) { readSegments(part) }
  }

  /// A line holding several runs of text apart: tab, two or more ideographic spaces, three or
  /// more spaces. Short runs are the cells of a signature row; long ones are paragraphs.
  private mutating func readSegments(_ line: ArraySlice<Int32>) {
    let segments = splitAtGaps(line)
    if segments.count == 1 {
      let text = segments[0].map { scalars[Int($0)] }[...]
      if LinePatterns.isSectionNumber(text) {
        append(segments[0], .sectionNumber)
      } else if LinePatterns.isDateLine(text) || LinePatterns.isDateline(text) {
        append(segments[0], .signatureLine)
      } else {
        append(segments[0], .line)
      }
      return
    }
    let isRow = segments.allSatisfy { segment in
      segment.count <= 24 && !segment.contains { ScalarClass.isSentenceEnd(scalars[Int($0)]) }
    }
    for segment in segments {
      let text = segment.map { scalars[Int($0)] }[...]
      if LinePatterns.isDateLine(text) || LinePatterns.isDateline(text) {
        append(segment, .signatureLine)
      } else if LinePatterns.isSectionNumber(text) {
        append(segment, .sectionNumber)
      } else {
        append(segment, isRow ? .cell : .segment)
      }
    }
  }

  private mutating func append(_ indices: ArraySlice<Int32>, _ kind: Kind) {
    let trimmed = trim(indices)
    if !trimmed.isEmpty { pieces.append(Piece(indices: Array(trimmed), kind: kind)) }
  }

  private func trim(_ line: ArraySlice<Int32>) -> ArraySlice<Int32> {
    var slice = line
    while let first = slice.first, ScalarClass.isSpace(scalars[Int(first)]) { slice = slice.dropFirst() }
    while let last = slice.last, ScalarClass.isSpace(scalars[Int(last)]) { slice = slice.dropLast() }
    return slice
  }

  private func split(_ line: ArraySlice<Int32>, where isSeparator: (Unicode.Scalar) -> Bool) -> [ArraySlice<Int32>] {
    line.split(omittingEmptySubsequences: true) { isSeparator(scalars[Int($0)]) }
  }

  /// Splits at `<br>`, `<br/>`, `<br />` in any case.
  private func splitAtBreaks(_ line: ArraySlice<Int32>) -> [ArraySlice<Int32>] {
    var parts: [ArraySlice<Int32>] = []
    var start = line.startIndex
    var index = line.startIndex
    while index < line.endIndex {
      if scalars[Int(line[index])] == "<", let end = breakTagEnd(line, from: index) {
        parts.append(line[start..<index])
        index = end
        start = end
      } else {
        index += 1
      }
    }
    parts.append(line[start..<line.endIndex])
    return parts.map(trim).filter { !$0.isEmpty }
  }

  private func breakTagEnd(_ line: ArraySlice<Int32>, from start: Int) -> Int? {
    var index = start + 1
    func next() -> Unicode.Scalar? { index < line.endIndex ? scalars[Int(line[index])] : nil }
    guard let b = next(), b == "b" || b == "B" else { return nil }
    index += 1
    guard let r = next(), r == "r" || r == "R" else { return nil }
    index += 1
    while let scalar = next(), scalar == " " || scalar == "/" { index += 1 }
    guard next() == ">" else { return nil }
    return index + 1
  }

  private func splitAtGaps(_ line: ArraySlice<Int32>) -> [ArraySlice<Int32>] {
    var segments: [ArraySlice<Int32>] = []
    var start = line.startIndex
    var index = line.startIndex
    while index < line.endIndex {
      let scalar = scalars[Int(line[index])]
      guard ScalarClass.isSpace(scalar) else {
        index += 1
        continue
      }
      var end = index
      var ideographic = 0
      var ascii = 0
      var tab = false
      while end < line.endIndex, ScalarClass.isSpace(scalars[Int(line[end])]) {
        switch scalars[Int(line[end])] {
        case "\u{3000}": ideographic += 1
        case "\t": tab = true
        default: ascii += 1
        }
        end += 1
      }
      if tab || ideographic >= 2 || ascii + ideographic >= 3 {
        segments.append(line[start..<index])
        start = end
      }
      index = end
    }
    segments.append(line[start..<line.endIndex])
    return segments.filter { !$0.isEmpty }
  }
}

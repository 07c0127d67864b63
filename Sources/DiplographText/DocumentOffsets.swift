import DiplographModel

/// Where each normalized scalar of a document came from: built once per document and shared by
/// its sentences, so the map costs a few bytes per character, not per sentence.
final class DocumentOffsets: Sendable {
  /// Normalized offset → decoded scalar index.
  let origins: [Int32]
  /// Decoded scalar index → first byte in the file (one more entry: the file's length).
  let byteStarts: [Int]
  /// Decoded index of the first scalar of each source line.
  let lineStarts: [Int]
  /// HTML only: the source line of each decoded scalar.
  let sourceLines: [Int32]?

  init(origins: [Int32], decoded: DecodedText) {
    self.origins = origins
    byteStarts = decoded.byteStarts
    sourceLines = decoded.sourceLines
    var starts = [0]
    if decoded.sourceLines == nil {
      let scalars = decoded.scalars
      var index = 0
      while index < scalars.count {
        let scalar = scalars[index]
        if scalar == "\n" || scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{85}" {
          starts.append(index + 1)
        } else if scalar == "\r" {
          if index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
          starts.append(index + 1)
        }
        index += 1
      }
    }
    lineStarts = starts
  }

  func span(of range: Range<Int>) -> SourceSpan {
    guard !origins.isEmpty else { return SourceSpan(startByte: 0, endByte: 0, line: 1, column: 1) }
    let first = Int(origins[min(max(range.lowerBound, 0), origins.count - 1)])
    let last = Int(origins[min(max(range.upperBound - 1, range.lowerBound, 0), origins.count - 1)])
    if let sourceLines {
      // HTML: every character of a text node points at the start of its line.
      return SourceSpan(
        startByte: byteStarts[first], endByte: max(byteStarts[last + 1], byteStarts[first]),
        line: Int(sourceLines[first]), column: 1)
    }
    let line = upperBound(lineStarts, first)
    return SourceSpan(startByte: byteStarts[first], endByte: byteStarts[last + 1], line: line, column: first - lineStarts[line - 1] + 1)
  }

  /// The number of elements ≤ `value` in the sorted array: the 1-based line of a scalar.
  private func upperBound(_ sorted: [Int], _ value: Int) -> Int {
    var low = 0
    var high = sorted.count
    while low < high {
      let middle = (low + high) / 2
      if sorted[middle] <= value { low = middle + 1 } else { high = middle }
    }
    return low
  }
}

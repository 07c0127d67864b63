import DiplographModel
import Foundation

/// Reads a file and returns it normalized and segmented.
///
/// A first cut: UTF-8 only, lines as paragraphs, sentences ended by 。！？；.
public enum TextLoader {
  public static func load(_ file: InputFile) throws -> NormalizedDocument {
    guard let data = FileManager.default.contents(atPath: file.path) else {
      throw TextError.unreadable(file: file.displayPath, reason: "cannot open")
    }
    if data.isEmpty { throw TextError.empty(file: file.displayPath) }
    let bytes = [UInt8](data)
    var hash = StableHash()
    hash.combine(bytes)
    let sourceID = SourceID(contentHash: hash)
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw TextError.undecodable(file: file.displayPath, offset: 0, reason: "invalid UTF-8")
    }
    var sentences: [SentenceText] = []
    var records: [Sentence] = []
    var byte = 0
    var line = 1
    var paragraph = -1
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      defer {
        byte += rawLine.utf8.count + 1
        line += 1
      }
      var scalars: [Unicode.Scalar] = []
      var starts: [Int] = [], ends: [Int] = [], lines: [Int] = [], columns: [Int] = []
      var offset = byte
      var column = 1
      var startedParagraph = false
      func flush() {
        let trimmed = scalars.drop { $0.properties.isWhitespace }
        guard !trimmed.isEmpty else {
          scalars.removeAll(); starts.removeAll(); ends.removeAll(); lines.removeAll(); columns.removeAll()
          return
        }
        if !startedParagraph { paragraph += 1; startedParagraph = true }
        let drop = scalars.count - trimmed.count
        var display = String.UnicodeScalarView()
        display.append(contentsOf: trimmed)
        let id = SentenceID(source: sourceID, ordinal: sentences.count)
        let map = SourceSpanMap(
          starts: Array(starts.dropFirst(drop)), ends: Array(ends.dropFirst(drop)),
          lines: Array(lines.dropFirst(drop)), columns: Array(columns.dropFirst(drop)))
        let displayText = String(display)
        let sentence = SentenceText(
          id: id, matchText: displayText, displayText: displayText, paragraph: paragraph,
          paragraphKind: .text, isRepeat: false, spans: map)
        sentences.append(sentence)
        records.append(Sentence(id: id, text: displayText, span: sentence.span, paragraph: paragraph))
        scalars.removeAll(); starts.removeAll(); ends.removeAll(); lines.removeAll(); columns.removeAll()
      }
      for scalar in rawLine.unicodeScalars {
        let width = String(scalar).utf8.count
        scalars.append(scalar)
        starts.append(offset)
        ends.append(offset + width)
        lines.append(line)
        columns.append(column)
        offset += width
        column += 1
        if "。！？；".unicodeScalars.contains(scalar) { flush() }
      }
      flush()
    }
    let source = SourceDocument(
      id: sourceID, path: file.displayPath, title: nil, encoding: "UTF-8", byteCount: bytes.count,
      sentences: records)
    return NormalizedDocument(source: source, sentences: sentences)
  }
}

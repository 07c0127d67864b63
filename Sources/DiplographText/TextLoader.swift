import DiplographModel
import Foundation

/// Reads a file and returns it decoded, normalized and segmented.
///
/// Stages, each in its own file: decode (`TextDecoder`, `HTMLText`) → lines, markers dropped
/// (`LineReader`) → broken lines joined into paragraphs (`LineJoiner`) → layout spaces removed
/// (`Spacing`) → sentences (`SentenceSplitter`) → repeats marked (`RepeatIndex`). Every scalar
/// of the result keeps the index of the decoded scalar it came from (`DocumentOffsets`).
public enum TextLoader {
  /// The largest file read: offsets into a file are kept in 32 bits (spans in the graph, scalar
  /// origins here).
  public static let maximumFileSize = Int(Int32.max)

  public static func load(_ file: InputFile) throws -> NormalizedDocument {
    let bytes = try read(file)
    var hash = StableHash()
    hash.combine(bytes)
    return try normalize(bytes: bytes, file: file, sourceID: SourceID(contentHash: hash))
  }

  /// Normalizes bytes already read; `file` names them in errors and in the record.
  public static func normalize(bytes: [UInt8], file: InputFile, sourceID: SourceID) throws -> NormalizedDocument {
    let name = file.displayPath
    guard !bytes.isEmpty else { throw TextError.empty(file: name) }
    guard bytes.count <= maximumFileSize else { throw tooLarge(name, bytes.count) }
    let isHTML = ["html", "htm"].contains((file.path as NSString).pathExtension.lowercased())
    let decoded = isHTML ? try HTMLText.extract(bytes, file: name) : try TextDecoder.decode(bytes, file: name)
    let reader = LineReader(decoded)
    let paragraphs = LineJoiner(scalars: decoded.scalars).join(reader.pieces)
    var builder = DocumentBuilder(sourceID: sourceID, decoded: decoded)
    for paragraph in paragraphs { builder.add(paragraph) }
    guard !builder.sentences.isEmpty else { throw TextError.empty(file: name) }
    var findings: [Finding] = []
    if let first = reader.firstDroppedControl {
      findings.append(
        Finding(
          file: name, offset: decoded.byteStarts[Int(first)],
          message: "dropped \(reader.droppedControls) control or noncharacter code points"))
    }
    for cut in builder.cutSentences {
      findings.append(Finding(file: name, offset: cut, message: "cut a sentence longer than \(SentenceSplitter.maxLength) characters"))
    }
    return builder.finish(path: name, byteCount: bytes.count, findings: findings)
  }

  private static func tooLarge(_ name: String, _ size: Int) -> TextError {
    .unsupported(file: name, reason: "\(size) bytes; files up to \(maximumFileSize) bytes (2 GiB) are read")
  }

  private static func read(_ file: InputFile) throws -> [UInt8] {
    let name = file.displayPath
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory) else {
      throw TextError.unreadable(file: name, reason: "no such file")
    }
    guard !isDirectory.boolValue else { throw TextError.unreadable(file: name, reason: "is a directory") }
    if let size = (try? FileManager.default.attributesOfItem(atPath: file.path))?[.size] as? Int, size > maximumFileSize {
      throw tooLarge(name, size)
    }
    guard FileManager.default.isReadableFile(atPath: file.path), let data = FileManager.default.contents(atPath: file.path) else {
      throw TextError.unreadable(file: name, reason: "permission denied or read error")
    }
    return [UInt8](data)
  }
}

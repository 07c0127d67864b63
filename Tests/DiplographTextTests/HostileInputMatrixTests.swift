import DiplographModel
import DiplographText
import Foundation
import Testing

/// Hostile inputs not covered by `BadInputTests` and `EncodingTests`: the other UTF-16 and UTF-8
/// breakages, brackets that never close, a giant heading, and a file deleted after listing.
@Suite struct HostileInputMatrixTests {
  static func load(_ bytes: [UInt8], name: String = "h.txt") throws -> NormalizedDocument {
    try TextLoader.normalize(bytes: bytes, file: InputFile(path: name, displayPath: name), sourceID: SourceID(rawValue: "source-h"))
  }

  @Test func truncatedBigEndianUTF16IsRefusedAtTheHalfUnit() {
    // BOM FE FF, "中" 4E 2D, then one byte of the next unit.
    #expect(throws: TextError.undecodable(file: "h.txt", offset: 4, reason: "UTF-16 text ends in half a code unit")) {
      try Self.load([0xFE, 0xFF, 0x4E, 0x2D, 0x65])
    }
  }

  @Test func aLowSurrogateWithoutItsHighHalfIsRefused() {
    // BOM FF FE, a low surrogate DC00 first, then "中".
    #expect(throws: TextError.undecodable(file: "h.txt", offset: 2, reason: "lone UTF-16 surrogate 0xDC00")) {
      try Self.load([0xFF, 0xFE, 0x00, 0xDC, 0x2D, 0x4E])
    }
  }

  @Test func aHighSurrogateAsTheLastUnitIsRefused() {
    // Big-endian: BOM, "中", and a high surrogate D83D with nothing after it.
    #expect(throws: TextError.undecodable(file: "h.txt", offset: 4, reason: "lone UTF-16 surrogate 0xD83D")) {
      try Self.load([0xFE, 0xFF, 0x4E, 0x2D, 0xD8, 0x3D])
    }
  }

  @Test func invalidUTF8AfterAByteOrderMarkIsRefusedAtItsOffset() {
    // BOM (3 bytes), "中俄" (6 bytes), the overlong C0 AF, "合作。".
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("中俄".utf8) + [0xC0, 0xAF] + Array("合作。".utf8)
    #expect(throws: TextError.undecodable(file: "h.txt", offset: 9, reason: "invalid UTF-8 byte 0xC0")) {
      try Self.load(bytes)
    }
  }

  @Test func utf8CutInsideTheLastCharacterIsRefusedNotReadAsGB18030() {
    // 21 good three-byte characters, then the first two bytes of "中" (E4 B8 AD).
    let bytes = Array(String(repeating: "双方支持合作。", count: 3).utf8) + [0xE4, 0xB8]
    #expect(throws: TextError.undecodable(file: "h.txt", offset: 63, reason: "invalid UTF-8 byte 0xE4")) {
      try Self.load(bytes)
    }
  }

  /// A heading is one sentence, but no sentence may pass the splitter's limit (4,096 scalars);
  /// the heading used to come through whole while a finding claimed it had been cut.
  @Test func aTenThousandCharacterHeadingIsCutIntoBoundedSentences() throws {
    let heading = String(repeating: "中俄联合声明", count: 1_667).prefix(10_000)
    let document = try normalize("# " + heading + "\n双方支持合作。")
    let sentences = document.sentences.map(\.displayText)
    #expect(sentences.map(\.unicodeScalars.count) == [4_096, 4_096, 1_808, 7])
    #expect(sentences.dropLast().joined() == String(heading))
    #expect(sentences.last == "双方支持合作。")
    #expect(document.sentences.dropLast().allSatisfy { $0.paragraphKind == .heading })
    #expect(document.findings.map(\.offset) == [2, 2 + 4_096 * 3])
    #expect(document.findings.allSatisfy { $0.message == "cut a sentence longer than 4096 characters" })
  }

  /// An unclosed 《 joins every following line into its paragraph and holds sentence ends (a
  /// title may hold a 。); the length limit is what stops it. Nothing is lost, nothing passes
  /// the limit, and sentences after the cut split normally again.
  @Test func anUnclosedTitleBracketIsBoundedByTheSentenceLimit() throws {
    let lines = ["推动落实《中俄合作"] + Array(repeating: "双方支持合作。", count: 800)
    let document = try normalize(lines.joined(separator: "\n"))
    let sentences = document.sentences.map(\.displayText)
    #expect(sentences.joined() == lines.joined())
    #expect(sentences.first?.unicodeScalars.count == 4_096)
    #expect(sentences.allSatisfy { $0.unicodeScalars.count <= 4_096 })
    #expect(sentences.suffix(200).allSatisfy { $0 == "双方支持合作。" })
    #expect(document.findings.map(\.message) == ["cut a sentence longer than 4096 characters"])
  }

  /// An unclosed “ joins the following lines (a quote may wrap) but, unlike 《, does not hold
  /// sentence ends, so every sentence still comes out on its own.
  @Test func anUnclosedQuoteDoesNotHoldSentenceEnds() throws {
    let lines = ["他说：“中俄合作"] + Array(repeating: "双方支持合作。", count: 800)
    let sentences = try normalize(lines.joined(separator: "\n")).sentences.map(\.displayText)
    #expect(sentences.count == 800)
    #expect(sentences.first == "他说：“中俄合作双方支持合作。")
    #expect(sentences.dropFirst().allSatisfy { $0 == "双方支持合作。" })
  }

  /// Quotes close a sentence (`。”`), but a run of thousands after one `!` used to join it whole,
  /// past the limit; the run is cut at the limit like any other text, and nothing is lost.
  @Test func aLongRunOfClosingQuotesAfterASentenceEndStaysBounded() throws {
    let text = "双方支持合作!" + String(repeating: "\"", count: 6_000) + "。双方支持。"
    let document = try normalize(text)
    let sentences = document.sentences.map(\.displayText)
    #expect(sentences.joined() == text)
    #expect(sentences.map(\.unicodeScalars.count) == [4_096, 6_007 - 4_096 + 1, 5])
    #expect(document.findings.map(\.message) == ["cut a sentence longer than 4096 characters"])
  }

  @Test(arguments: [true, false]) func tenThousandNestedTitleBracketsStayBounded(closed: Bool) throws {
    let text =
      String(repeating: "《", count: 10_000) + "条约" + (closed ? String(repeating: "》", count: 10_000) : "")
      + "。双方支持。"
    let sentences = try normalize(text).sentences.map(\.displayText)
    #expect(sentences.joined() == text)
    #expect(sentences.allSatisfy { $0.unicodeScalars.count <= 4_096 })
  }

  /// A file listed, then deleted before it is read: the error names it and says why, and the
  /// other files of the listing still load.
  @Test func aFileThatVanishesAfterListingIsReportedByName() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("diplograph-vanish-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for name in ["a.txt", "b.txt", "c.txt"] {
      try Data("双方支持合作。".utf8).write(to: folder.appendingPathComponent(name))
    }
    let files = try InputFile.collect([folder.path])
    #expect(files.count == 3)
    try FileManager.default.removeItem(at: folder.appendingPathComponent("b.txt"))
    var loaded: [String] = []
    var errors: [TextError] = []
    for file in files {
      do {
        loaded.append(try TextLoader.load(file).source.path)
      } catch let error as TextError {
        errors.append(error)
      }
    }
    let vanished = folder.path + "/b.txt"
    #expect(errors == [.unreadable(file: vanished, reason: "no such file")])
    #expect(errors.first?.description == "\(vanished): cannot read: no such file")
    #expect(loaded == [folder.path + "/a.txt", folder.path + "/c.txt"])
  }
}

import Foundation
import DiplographModel
import DiplographText
import Testing

@Suite struct BadInputTests {
  @Test func emptyFileIsRefused() {
    #expect(throws: TextError.empty(file: "bad-input/empty.txt")) { try TextLoader.load(fixture("bad-input/empty.txt")) }
  }

  @Test func binaryFileIsRefusedWithItsKind() {
    #expect(throws: TextError.binary(file: "bad-input/binary.txt", offset: 0, reason: "looks like a PNG file")) {
      try TextLoader.load(fixture("bad-input/binary.txt"))
    }
  }

  @Test func invalidUTF8InTheMiddleIsRefusedAtItsOffset() {
    #expect(throws: TextError.undecodable(file: "bad-input/invalid-utf8.txt", offset: 53, reason: "invalid UTF-8 byte 0xFF")) {
      try TextLoader.load(fixture("bad-input/invalid-utf8.txt"))
    }
  }

  @Test func fileOverTwoGibibytesIsRefusedBeforeItIsRead() throws {
    // Sparse: the file claims 3 GiB and takes no disk; reading it would take 3 GiB of memory.
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("diplograph-huge-\(UUID().uuidString).txt").path
    #expect(FileManager.default.createFile(atPath: path, contents: Data("中".utf8)))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.truncate(atOffset: 3 << 30)
    try handle.close()
    #expect(throws: TextError.unsupported(file: "huge.txt", reason: "3221225472 bytes; files up to 2147483647 bytes (2 GiB) are read")) {
      try TextLoader.load(InputFile(path: path, displayPath: "huge.txt"))
    }
  }

  @Test func errorMessagesNameTheFileAndTheOffset() {
    let error = TextError.undecodable(file: "bad-input/invalid-utf8.txt", offset: 53, reason: "invalid UTF-8 byte 0xFF")
    #expect("\(error)" == "bad-input/invalid-utf8.txt: cannot decode at byte 53: invalid UTF-8 byte 0xFF")
  }

  @Test func collectingADirectorySkipsOtherFilesAndSortsByPath() throws {
    let files = try InputFile.collect([fixtures.appendingPathComponent("encodings").path])
    #expect(files.map { $0.displayPath.split(separator: "/").last! } == [
      "statement.gb18030.txt", "statement.utf16le-bom.txt", "statement.utf8-bom.txt", "statement.utf8.txt",
    ])
  }

  @Test func missingInputIsReported() {
    #expect(throws: TextError.unreadable(file: "no/such/file.txt", reason: "no such file or directory")) {
      try InputFile.collect(["no/such/file.txt"])
    }
  }

  @Test func controlCharactersAreDroppedAndReported() throws {
    let document = try normalize("双方\u{1}支持\u{FFFE}合作。")
    #expect(document.sentences.map(\.displayText) == ["双方支持合作。"])
    #expect(document.findings.count == 1)
    #expect(document.findings.first?.offset == 6)
    #expect(document.findings.first?.message == "dropped 2 control or noncharacter code points")
  }

  @Test func aHugeLineWithoutPunctuationIsCutIntoBoundedSentences() throws {
    let text = String(repeating: "合作", count: 10_000)
    let document = try normalize(text)
    #expect(document.sentences.allSatisfy { $0.displayText.unicodeScalars.count <= 4_096 })
    #expect(document.sentences.map(\.displayText).joined() == text)
    #expect(!document.findings.isEmpty)
  }

  @Test func gb18030WithABrokenCharacterIsRefused() {
    // "中" in GB18030 is D6 D0; D6 followed by a newline forms no character.
    let bytes: [UInt8] = [0xD6, 0xD0, 0xD6, 0x0A]
    #expect(throws: TextError.self) {
      try TextLoader.normalize(bytes: bytes, file: InputFile(path: "g.txt", displayPath: "g.txt"), sourceID: SourceID(rawValue: "g"))
    }
  }
}

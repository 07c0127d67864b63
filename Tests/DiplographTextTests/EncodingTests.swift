import DiplographModel
import DiplographText
import Foundation
import Testing

@Suite struct EncodingTests {
  static let encodings: [(file: String, name: String)] = [
    ("encodings/statement.utf8.txt", "UTF-8"),
    ("encodings/statement.utf8-bom.txt", "UTF-8"),
    ("encodings/statement.utf16le-bom.txt", "UTF-16LE"),
    ("encodings/statement.gb18030.txt", "GB18030"),
  ]

  @Test func everyEncodingDecodesToTheSameSentences() throws {
    let reference = try TextLoader.load(fixture(Self.encodings[0].file)).sentences.map(\.displayText)
    #expect(reference == [
      "中俄总理第二十七次定期会晤联合公报",
      "中华人民共和国国务院总理李克强和俄罗斯联邦政府总理米舒斯京于2022年12月5日以视频方式举行会晤。",
      "双方支持“滨海１号”国际交通运输走廊建设；",
      "推动签署《中俄货物贸易和服务贸易高质量发展的路线图》。",
    ])
    for (file, encoding) in Self.encodings {
      let document = try TextLoader.load(fixture(file))
      #expect(document.source.encoding == encoding, "\(file)")
      #expect(document.sentences.map(\.displayText) == reference, "\(file)")
    }
  }

  /// The span of a sentence, cut from the file's own bytes and decoded, is the sentence.
  @Test(arguments: encodings) func spansCutTheSentenceOutOfTheFile(_ encoding: (file: String, name: String)) throws {
    let document = try TextLoader.load(fixture(encoding.file))
    let bytes = [UInt8](try Data(contentsOf: fixtures.appendingPathComponent(encoding.file)))
    for sentence in document.sentences {
      let span = sentence.span
      let slice = Array(bytes[span.startByte..<span.endByte])
      let decoded: String
      switch encoding.name {
      case "UTF-16LE": decoded = try #require(String(data: Data(slice), encoding: .utf16LittleEndian))
      case "GB18030":
        // The whole file decodes like the UTF-8 one (test above); here only the cut is checked.
        decoded = try TextLoader.normalize(
          bytes: slice, file: InputFile(path: "slice.txt", displayPath: "slice.txt"), sourceID: SourceID(rawValue: "slice")
        ).sentences.map(\.displayText).joined()
      default: decoded = try #require(String(validating: slice, as: UTF8.self))
      }
      #expect(decoded == sentence.displayText, "\(encoding.file)")
    }
  }

  @Test func matchTextFoldsWidthsAndKeepsAlignment() throws {
    let document = try TextLoader.load(fixture("encodings/statement.utf8.txt"))
    let sentence = document.sentences[2]
    #expect(sentence.displayText.contains("滨海１号"))
    #expect(sentence.matchText.contains("滨海1号"))
    #expect(sentence.matchText.unicodeScalars.count == sentence.displayText.unicodeScalars.count)
  }

  @Test func utf16WithALoneSurrogateIsRefusedAtItsOffset() {
    // BOM, "中", a lone high surrogate D800, "文".
    let bytes: [UInt8] = [0xFF, 0xFE, 0x2D, 0x4E, 0x00, 0xD8, 0x87, 0x65]
    #expect(throws: TextError.undecodable(file: "s.txt", offset: 4, reason: "lone UTF-16 surrogate 0xD800")) {
      try TextLoader.normalize(bytes: bytes, file: InputFile(path: "s.txt", displayPath: "s.txt"), sourceID: SourceID(rawValue: "s"))
    }
  }

  @Test func truncatedUTF16IsRefused() {
    let bytes: [UInt8] = [0xFF, 0xFE, 0x2D, 0x4E, 0x87]
    #expect(throws: TextError.undecodable(file: "t.txt", offset: 4, reason: "UTF-16 text ends in half a code unit")) {
      try TextLoader.normalize(bytes: bytes, file: InputFile(path: "t.txt", displayPath: "t.txt"), sourceID: SourceID(rawValue: "t"))
    }
  }
}

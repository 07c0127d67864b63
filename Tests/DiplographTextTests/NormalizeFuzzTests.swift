import DiplographModel
import DiplographTestSupport
import DiplographText
import PropertyBased
import Testing

/// Random and adversarial text through the whole normalizer: it must never crash, and what it
/// gives back must keep the promises the later stages rely on.
@Suite struct NormalizeFuzzTests {
  static let adversarial = Generator(run: { rng in AdversarialText.string(using: &rng) })

  /// The longest sentence `SentenceSplitter` lets through (its `maxLength`).
  static let maxSentenceLength = 4_096

  @Test func adversarialTextNormalizesWithinItsPromises() async {
    await propertyCheck(count: 200, input: Self.adversarial) { text in
      let bytes = Array(text.utf8)
      let file = InputFile(path: "fuzz.txt", displayPath: "fuzz.txt")
      let document: NormalizedDocument
      do {
        document = try TextLoader.normalize(bytes: bytes, file: file, sourceID: SourceID(rawValue: "source-fuzz"))
      } catch let error as TextError {
        #expect(Self.isExpectedRefusal(error, bytes: bytes), "\(error)")
        return
      } catch {
        Issue.record("not a TextError: \(error)")
        return
      }
      Self.checkSentences(document, bytes: bytes)
      Self.checkDroppedControlsFinding(document, bytes: bytes, text: text)
    }
  }

  /// Valid UTF-8 is refused only as binary (a NUL byte or a file signature, and then only without
  /// a byte-order mark) or as empty (nothing left once controls and markers are dropped).
  static func isExpectedRefusal(_ error: TextError, bytes: [UInt8]) -> Bool {
    let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
    switch error {
    case .empty(let file): return file == "fuzz.txt"
    case .binary(let file, let offset, let reason):
      guard file == "fuzz.txt", !hasBOM else { return false }
      return reason == "NUL byte" ? offset == bytes.firstIndex(of: 0) : offset == 0 && reason.hasPrefix("looks like")
    default: return false
    }
  }

  static func checkSentences(_ document: NormalizedDocument, bytes: [UInt8]) {
    #expect(document.source.byteCount == bytes.count)
    #expect(document.source.sentences.count == document.sentences.count)
    for (sentence, record) in zip(document.sentences, document.source.sentences) {
      let display = Array(sentence.displayText.unicodeScalars)
      #expect(sentence.matchText.unicodeScalars.count == display.count)
      #expect(!display.isEmpty)
      #expect(display.count <= maxSentenceLength, "a sentence of \(display.count) scalars")
      #expect(record.text == sentence.displayText)
      #expect(record.span == sentence.span)
      let whole = sentence.span
      #expect(0 <= whole.startByte && whole.startByte <= whole.endByte && whole.endByte <= bytes.count, "\(whole)")
      if let bad = display.first(where: isNeverInSentenceText) {
        Issue.record("U+\(String(bad.value, radix: 16, uppercase: true)) survived in \(sentence.id)")
      }
      // Every scalar's span cuts exactly that scalar out of the file's bytes.
      for (offset, scalar) in display.enumerated() {
        let span = sentence.span(of: offset..<(offset + 1))
        guard 0 <= span.startByte, span.startByte <= span.endByte, span.endByte <= bytes.count else {
          Issue.record("scalar \(offset) of \(sentence.id) has span \(span) outside \(bytes.count) bytes")
          return
        }
        let cut = String(decoding: bytes[span.startByte..<span.endByte], as: UTF8.self).unicodeScalars
        guard cut.count == 1, cut.first == scalar else {
          Issue.record("scalar \(offset) of \(sentence.id) is U+\(String(scalar.value, radix: 16)); its span \(span) holds \(Array(cut))")
          return
        }
      }
    }
  }

  /// What `LineReader` promises to remove: line breaks (they end lines), C0 controls but tab, DEL
  /// and C1 controls, the noncharacters U+FFFE/U+FFFF and U+FEFF. That covers every character
  /// XML 1.0 forbids, so sentence text always fits an XML export.
  static func isNeverInSentenceText(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9: return false
    case 0x0...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF: return true
    default: return !AdversarialText.isXMLChar(scalar)
    }
  }

  /// The finding counts every dropped control and points at the first one's byte.
  static func checkDroppedControlsFinding(_ document: NormalizedDocument, bytes: [UInt8], text: String) {
    var dropped = 0
    var firstOffset: Int?
    var byteOffset = 0
    for (index, scalar) in text.unicodeScalars.enumerated() {
      defer { byteOffset += String(scalar).utf8.count }
      if index == 0, scalar == "\u{FEFF}" { continue }  // the byte-order mark, not text
      switch scalar.value {
      case 0x9, 0xA, 0xD, 0x85: continue
      case 0x0...0x1F, 0x7F...0x9F, 0xFEFF, 0xFFFE, 0xFFFF:
        dropped += 1
        if firstOffset == nil { firstOffset = byteOffset }
      default: continue
      }
    }
    let findings = document.findings.filter { $0.message.hasPrefix("dropped ") }
    if let firstOffset {
      #expect(findings == [Finding(file: "fuzz.txt", offset: firstOffset, message: "dropped \(dropped) control or noncharacter code points")])
    } else {
      #expect(findings.isEmpty)
    }
  }
}

@testable import DiplographExport
import DiplographModel
import DiplographTestSupport
import Testing

/// The spellings the RDF writers make without building strings: digits, hashes, minted IRIs,
/// libxml2's escapes, and the de-duplication of provenance.
@Suite struct RDFTermSpellingTests {
  @Test func decimalsAreSpelledAsStringDoes() {
    let cases: [(Int, String)] = [
      (0, "0"), (7, "7"), (10, "10"), (-1, "-1"), (31809, "31809"),
      (Int.max, "9223372036854775807"), (Int.min, "-9223372036854775808"),
    ]
    for (value, expected) in cases {
      #expect(Self.spelled { $0.append(decimal: value) } == expected)
    }
  }

  @Test func hashesAreSixteenLowerCaseHexDigits() {
    let cases: [(UInt64, String)] = [
      (0, "0000000000000000"), (0xABC, "0000000000000abc"), (UInt64.max, "ffffffffffffffff"),
      (0x0123_4567_89AB_CDEF, "0123456789abcdef"),
    ]
    for (value, expected) in cases {
      #expect(Self.spelled { $0.append(hex16: value) } == expected)
    }
  }

  @Test func mintedIRIsAreTheIdsWithTheirSuffixes() throws {
    let minter = RDFIRIMinter(format: "test")
    let source = SourceID(rawValue: "source-00b3464a59a703f8")
    let sentence = SentenceID(source: source, ordinal: 12)
    let span = SourceSpan(startByte: 109, endByte: 202, line: 5, column: 1)
    let entity = EntityID(rawValue: "document-8c2f")
    let relation = RelationID(rawValue: "rel-41d0")
    #expect(try minter.sentence(sentence).localName == "source-00b3464a59a703f8-s12")
    #expect(try minter.source(source).localName == "source-00b3464a59a703f8")
    #expect(try minter.entity(entity).iri.value == "https://w3id.org/diplograph/id/document-8c2f")
    // The hashes are the model's StableHash of the same fields, as before they were fed in place.
    let mention = Mention(sentence: sentence, span: span, surface: "条约", rule: "title")
    let mentionHash = StableHash.hex("source-00b3464a59a703f8-s12", "109", "202", "title")
    #expect(try minter.mention(mention, of: entity).localName == "document-8c2f-m-" + mentionHash)
    let provenance = Provenance(sentence: sentence, span: span, rule: "title-signing-date", confidence: 0.9)
    let evidenceHash = StableHash.hex("source-00b3464a59a703f8-s12", "109", "202", "title-signing-date")
    #expect(try minter.evidence(provenance, of: relation).localName == "rel-41d0-ev-" + evidenceHash)
  }

  @Test func anUnsafeIdIsRefusedWithItsWholeSegment() throws {
    let minter = RDFIRIMinter(format: "test")
    let sentence = SentenceID(source: SourceID(rawValue: "source a"), ordinal: 3)
    #expect { _ = try minter.sentence(sentence) } throws: { "\($0)".contains("sentence 'source a-s3'") }
    for bad in ["", ".", "..", "a/b"] {
      #expect(throws: ExportError.self) { _ = try minter.entity(EntityID(rawValue: bad)) }
    }
    // A suffix keeps an id from being a dot segment.
    #expect(try minter.sentence(SentenceID(source: SourceID(rawValue: "."), ordinal: 1)).localName == ".-s1")
  }

  @Test func turtleWritesAResourcePrefixedExactlyWhenItsLocalNameIs() throws {
    let minter = RDFIRIMinter(format: "test")
    for id in ["source-00ff", "-x", "a.b", "a~b", "_x", "Q148", "a-b_c", "~", ".x", "x.", "--", "x-", "ABC~"] {
      let resource = try minter.sentence(SentenceID(source: SourceID(rawValue: id), ordinal: 4))
      #expect(resource.isPrefixable == TurtleExporter.isPrefixable(resource.localName), "\(id)")
    }
    #expect(RDFVocabulary.property(.signedOn).turtle == Array("dg:signedOn".utf8))
    #expect(RDFIRI(RDFVocabulary.dg, "a.b").turtle == Array("<https://w3id.org/diplograph/ontology#a.b>".utf8))
    for resource in try [minter.sentence(SentenceID(source: SourceID(rawValue: "s-1"), ordinal: 2)),
      minter.mention(Mention(sentence: SentenceID(source: SourceID(rawValue: "s"), ordinal: 0),
        span: SourceSpan(startByte: 0, endByte: 1, line: 1, column: 1), surface: "x", rule: "r"),
        of: EntityID(rawValue: "person-1")),
      minter.evidence(Provenance(sentence: SentenceID(source: SourceID(rawValue: "s"), ordinal: 0),
        span: SourceSpan(startByte: 0, endByte: 1, line: 1, column: 1), rule: "r", confidence: 1),
        of: RelationID(rawValue: "rel-1"))]
    {
      // The bytes written are the local name held in memory.
      #expect(Self.spelled { resource.appendLocalName(to: $0) } == resource.localName)
    }
  }

  @Test func xmlTextIsEscapedAsLibxml2sTextWriterEscapesIt() throws {
    let text = XMLMarkupWriter.withEscapedText("a<b>&\"c\r\n\t'中") { String(decoding: $0, as: UTF8.self) }
    #expect(text == "a&lt;b&gt;&amp;&quot;c&#13;\n\t'中")
    let attribute = XMLMarkupWriter.withEscapedAttributeValue("a<&\"\n\t\rb'é") { String(decoding: $0, as: UTF8.self) }
    #expect(attribute == "a&lt;&amp;&quot;&#10;&#9;&#13;b'&#xE9;")
    // Every piece that is syntax somewhere, and a run of random strings from them.
    var rng = SystemRandomNumberGenerator()
    let samples = AdversarialText.tokens + (0..<200).map { _ in AdversarialText.string(using: &rng, maxRun: 50) }
    for value in samples where XMLCharacters.firstForbidden(in: value) == nil && !value.utf8.contains(0) {
      #expect(try Self.viaTextWriter(value) == Self.viaOutputBuffer(value), "\(value.debugDescription)")
    }
  }

  @Test func eachSentenceIsDerivedFromOnceInTheOrderFirstAttested() throws {
    let source = SourceID(rawValue: "source-1")
    let span = SourceSpan(startByte: 0, endByte: 3, line: 1, column: 1)
    func attestation(_ ordinal: Int, _ rule: String) -> Provenance {
      Provenance(sentence: SentenceID(source: source, ordinal: ordinal), span: span, rule: rule, confidence: 1)
    }
    var relation = Relation(
      subject: EntityID(rawValue: "country-a"), predicate: .supports, object: .entity(EntityID(rawValue: "initiative-b")))
    // Sorted, as the model keeps it, and out of order, as a decoded graph may hold it.
    for provenance in [
      [attestation(1, "r"), attestation(1, "s"), attestation(2, "r"), attestation(3, "r")],
      [attestation(3, "r"), attestation(1, "r"), attestation(3, "s"), attestation(2, "r"), attestation(1, "s")],
    ] {
      relation.provenance = provenance
      var stream = RDFTripleStream(format: "test", options: ExportOptions())
      _ = try stream.descriptions(for: .begin(GraphSchema.complete))
      let descriptions = try stream.descriptions(for: .relation(relation))
      let sentences = descriptions[1].properties.filter { $0.predicate == RDFVocabulary.wasDerivedFrom }
      let expected = provenance.first == attestation(1, "r") ? ["s1", "s2", "s3"] : ["s3", "s1", "s2"]
      #expect(sentences.map(\.object) == expected.map { .iri(RDFIRI(RDFVocabulary.id, "source-1-" + $0)) })
      // One evidence per distinct sentence, span and rule: all of them here.
      #expect(descriptions.count == 2 + provenance.count)
    }
  }

  private static func viaTextWriter(_ value: String) throws -> String {
    let sink = BufferSink()
    let writer = try XMLTextWriter(sink: sink, format: "test", indent: false)
    try writer.startElement("e")
    try writer.attribute("a", value)
    try writer.text(value)
    try writer.endElement()
    try writer.endDocument()
    return sink.text
  }

  private static func viaOutputBuffer(_ value: String) throws -> String {
    let attribute = XMLMarkupWriter.withEscapedAttributeValue(value) { String(decoding: $0, as: UTF8.self) }
    let text = XMLMarkupWriter.withEscapedText(value) { String(decoding: $0, as: UTF8.self) }
    // Unindented, libxml2's writer ends the document with a line break.
    return "<e a=\"" + attribute + "\">" + text + "</e>\n"
  }

  private static func spelled(_ write: (RDFOutputBuffer) -> Void) -> String {
    let sink = BufferSink()
    let buffer = RDFOutputBuffer(sink: sink)
    write(buffer)
    try? buffer.flush()
    return sink.text
  }
}

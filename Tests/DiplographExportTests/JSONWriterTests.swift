import DiplographModel
import DiplographTestSupport
import Foundation
import PropertyBased
import Testing

@testable import DiplographExport

/// `JSONWriter` against Foundation's `JSONEncoder` with the options the `jsonl` export used
/// before it had a writer of its own: the encoder is the oracle, byte for byte, for strings,
/// numbers and whole graphs.
@Suite struct JSONWriterTests {
  static func encoded(_ value: some Encodable) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return Array(try encoder.encode(value))
  }

  static func written(_ write: (inout JSONWriter) -> Void) -> [UInt8] {
    var json = JSONWriter()
    write(&json)
    return json.bytes
  }

  static let hostileStrings: [String] =
    HostileStrings.all + (0..<0x20).map { String(UnicodeScalar(UInt8($0))) } + [
      "", "\u{0}", "a\u{0}b", "\u{7F}", "\u{80}", "\u{85}", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{FFFF}",
      "\u{10FFFF}", "/", "a/b//c", "\\/", "\"\"", "😀", "👩‍👩‍👧", "e\u{301}", "\r\n", "\\u0000", "中\u{1F}文",
    ]

  @Test(arguments: hostileStrings)
  func stringsAreEscapedAsTheEncoderEscapesThem(text: String) throws {
    #expect(Self.written { $0.string(text) } == (try Self.encoded(text)))
  }

  @Test func integersAreSpelledAsTheEncoderSpellsThem() throws {
    for value in [0, 1, -1, 9, 10, -10, 99, 100, 12_345, Int.max, Int.min, Int.min + 1] {
      #expect(Self.written { $0.integer(value) } == (try Self.encoded(value)), "\(value)")
    }
  }

  @Test func numbersAreSpelledAsTheEncoderSpellsThem() throws {
    let values: [Double] = [
      0, -0.0, 1, -1, 0.5, 0.85, 0.95, 0.1 + 0.2, 1.0 / 3, 1e-7, 1e-5, 1e16, 1e21, 123_456_789, 2.5e-300,
      .leastNonzeroMagnitude, .greatestFiniteMagnitude, .pi,
    ]
    for value in values {
      #expect(Self.written { _ = $0.number(value) } == (try Self.encoded(value)), "\(value)")
    }
  }

  @Test func numbersJSONCannotHoldAreRefused() {
    for value in [Double.nan, .infinity, -.infinity] {
      var json = JSONWriter()
      let written = json.number(value)
      #expect(!written)
      #expect(json.bytes.isEmpty)
      #expect(throws: EncodingError.self) { try Self.encoded(value) }
    }
  }

  @Test func sampleGraphsAreWrittenAsTheEncoderWroteThem() throws {
    for graph in [SampleGraphs.treaty(), SampleGraphs.hostile(), SampleGraphs.withForbiddenCharacter(), Graph()] {
      #expect(try Self.jsonLines(graph) == Self.encoderLines(graph))
    }
  }

  @Test func randomGraphsAreWrittenAsTheEncoderWroteThem() async {
    await propertyCheck(count: 200, input: Self.graphs) { graph in
      do {
        #expect(try Self.jsonLines(graph) == Self.encoderLines(graph))
      } catch {
        Issue.record("\(error)")
      }
    }
  }

  @Test func aConfidenceJSONCannotHoldIsAnError() {
    var graph = SampleGraphs.treaty()
    let treaty = graph.entities.values.first { $0.kind == .treaty }!
    let provenance = Provenance(
      sentence: SentenceID(source: SampleGraphs.sourceID, ordinal: 0), span: SampleGraphs.span(0, 1), rule: "r",
      confidence: .nan)
    graph.add(Relation(subject: treaty.id, predicate: .signedIn, object: .entity(treaty.id), provenance: [provenance]))
    #expect(throws: ExportError.self) { try export(graph, with: JSONLinesExporter.self) }
  }

  static func jsonLines(_ graph: Graph) throws -> [UInt8] {
    try export(graph, with: JSONLinesExporter.self).files["graph.jsonl"]?.bytes ?? []
  }

  /// The export as `JSONEncoder` wrote it: one `{"record":…,"value":…}` object a line.
  static func encoderLines(_ graph: Graph) throws -> [UInt8] {
    var sink = EncoderLines()
    try graph.stream(into: &sink)
    return sink.bytes
  }

  private struct EncoderLines: GraphSink {
    var bytes: [UInt8] = []

    struct Record<Value: Encodable>: Encodable {
      let record: String
      let value: Value
    }

    mutating func consume(_ event: GraphEvent) throws {
      switch event {
      case .begin: return
      case .source(let source): bytes += try JSONWriterTests.encoded(Record(record: "source", value: source))
      case .entity(let entity): bytes += try JSONWriterTests.encoded(Record(record: "entity", value: entity))
      case .relation(let relation): bytes += try JSONWriterTests.encoded(Record(record: "relation", value: relation))
      case .end(let summary): bytes += try JSONWriterTests.encoded(Record(record: "summary", value: summary))
      }
      bytes.append(0x0A)
    }
  }

  /// Graphs whose every string is adversarial text and whose optional fields, literal kinds,
  /// object kinds and date precisions vary.
  static let graphs = Generator<Graph, Shrink.None<Graph>>(run: { rng in
    func text() -> String { AdversarialText.string(using: &rng, maxPieces: 8, maxRun: 50) }
    func int() -> Int { Int.random(in: -1...1, using: &rng) == 0 ? Int.random(in: 0...99, using: &rng) : Int.random(in: Int.min...Int.max, using: &rng) }
    // Spans hold 32-bit figures; the other integers take any `Int`.
    func figure() -> Int { Int.random(in: -1...1, using: &rng) == 0 ? Int.random(in: 0...99, using: &rng) : Int(UInt32.random(in: 0...UInt32.max, using: &rng)) }
    func span() -> SourceSpan { SourceSpan(startByte: figure(), endByte: figure(), line: figure(), column: figure()) }
    func date() -> CalendarDate {
      switch Int.random(in: 0..<3, using: &rng) {
      case 0: return CalendarDate(year: Int.random(in: 1...9999, using: &rng))!
      case 1: return CalendarDate(year: 2021, month: Int.random(in: 1...12, using: &rng))!
      default: return CalendarDate(year: 2020, month: 2, day: Int.random(in: 1...29, using: &rng))!
      }
    }
    func literal() -> Literal {
      switch Int.random(in: 0..<3, using: &rng) {
      case 0: return .date(date())
      case 1: return .integer(int())
      default: return .string(text())
      }
    }

    var graph = Graph()
    let source = SourceID(rawValue: "source-" + String(UInt64.random(in: 0...UInt64.max, using: &rng), radix: 16))
    let sentences = (0..<Int.random(in: 0...3, using: &rng)).map { ordinal in
      Sentence(
        id: SentenceID(source: source, ordinal: ordinal), text: text(), span: span(), paragraph: int(),
        repeatOf: Bool.random(using: &rng) ? SentenceID(source: source, ordinal: Int.random(in: 0...999, using: &rng)) : nil)
    }
    graph.add(
      SourceDocument(
        id: source, path: text(), title: Bool.random(using: &rng) ? text() : nil, encoding: text(), byteCount: int(),
        sentences: sentences))
    let sentence = SentenceID(source: source, ordinal: 0)
    var entities: [Entity] = []
    for _ in 0..<Int.random(in: 0...4, using: &rng) {
      let kind = EntityKind.allCases.randomElement(using: &rng)!
      let keys = AttributeKey.allCases.filter { _ in Bool.random(using: &rng) }
      let entity = Entity(
        kind: kind, label: text(), aliases: (0..<Int.random(in: 0...3, using: &rng)).map { _ in text() },
        names: (0..<Int.random(in: 0...2, using: &rng)).map { _ in LocalizedName(language: text(), text: text()) },
        attributes: keys.map { Attribute(key: $0, value: literal()) },
        mentions: (0..<Int.random(in: 0...3, using: &rng)).map { _ in
          Mention(sentence: sentence, span: span(), surface: text(), rule: text())
        })
      graph.add(entity)
      entities.append(entity)
    }
    let confidences: [Double] = [0, 1, 0.5, 0.85, 0.95, 1e-7, 1.0 / 3]
    for subject in entities {
      let object: RelationObject
      switch Int.random(in: 0..<3, using: &rng) {
      case 0: object = .entity(entities.randomElement(using: &rng)!.id)
      case 1: object = .source(source)
      default: object = .literal(literal())
      }
      let provenance = (0..<Int.random(in: 0...3, using: &rng)).map { _ in
        Provenance(
          sentence: sentence, span: span(), rule: text(),
          confidence: Bool.random(using: &rng)
            ? confidences.randomElement(using: &rng)! : Double.random(in: 0...1, using: &rng))
      }
      graph.add(
        Relation(
          subject: subject.id, predicate: Predicate.allCases.randomElement(using: &rng)!, object: object,
          weight: int(), provenance: provenance))
    }
    return graph
  })
}

import DiplographExport
import DiplographModel
import DiplographTestSupport
import Foundation
import Testing

/// Text that breaks careless writers must come back from every RDF syntax exactly as it went in.
@Suite struct RDFHostileTextTests {
  static let hostile: [String] = [
    "\"\n<>&", "]]>", "a ]]> b", "'single' and \"double\" quotes", "back\\slash \\n \\u0041 \\\"",
    "line\u{2028}separator\u{2029}paragraph", "emoji 🇨🇳👩‍👩‍👧 𠀀", "tab\tcarriage\rreturn\r\nend",
    "   ", " leading and trailing ", "&amp; &#x41; <!-- not a comment -->", "中俄\u{3000}全角空格",
    String(repeating: "长", count: 10_000),
  ]

  /// One entity whose label, aliases, mention and sentence all hold hostile text.
  static func graph(label: String = "黑瞎子岛", aliases: [String] = hostile, sentence: String = hostile.joined(separator: "|")) -> Graph {
    var graph = Graph()
    let source = SourceID(rawValue: "source-00000000000000ff")
    let sentenceID = SentenceID(source: source, ordinal: 0)
    graph.add(
      SourceDocument(
        id: source, path: "corpus/<odd> & \"name\".txt", title: "]]>", encoding: "UTF-8", byteCount: 9,
        sentences: [Sentence(id: sentenceID, text: sentence, span: SampleGraphs.span(0, 9), paragraph: 0)]))
    let mention = Mention(sentenceID: sentenceID, surface: label)
    graph.add(Entity(kind: .island, label: label, aliases: aliases, mentions: [mention]))
    return graph
  }

  @Test func rdfXMLGivesBackEveryHostileStringExactly() throws {
    let graph = Self.graph()
    let triples = try RDFTestExport.rdfxmlTriples(graph)
    let aliases = Set(triples.filter { $0.predicate == RDFTestNamespaces.skos + "altLabel" }.map(\.object))
    #expect(aliases == Set(Self.hostile.map { RDFTestTriple.Term.literal($0, language: "zh", datatype: nil) }))
    let text = triples.first { $0.predicate == RDFTestExport.dg("text") }?.object
    #expect(text == .literal(Self.hostile.joined(separator: "|"), language: nil, datatype: nil))
    #expect(Set(triples) == Set(try RDFTestExport.ntriplesTriples(graph)))
  }

  @Test(arguments: hostile)
  func aHostileLabelComesBackFromRDFXMLAndNTriples(label: String) throws {
    let graph = Self.graph(label: label, aliases: [])
    let expected = RDFTestTriple.Term.literal(label, language: "zh", datatype: nil)
    for triples in [try RDFTestExport.rdfxmlTriples(graph), try RDFTestExport.ntriplesTriples(graph)] {
      let labels = triples.filter { $0.predicate == RDFTestNamespaces.rdfs + "label" }.map(\.object)
      #expect(labels == [expected])
    }
  }

  @Test func nTriplesGivesBackEveryHostileStringExactly() throws {
    let triples = try RDFTestExport.ntriplesTriples(Self.graph())
    let aliases = Set(triples.filter { $0.predicate == RDFTestNamespaces.skos + "altLabel" }.map(\.object))
    #expect(aliases == Set(Self.hostile.map { RDFTestTriple.Term.literal($0, language: "zh", datatype: nil) }))
    let path = triples.first { $0.predicate == RDFTestExport.dg("path") }?.object
    #expect(path == .literal("corpus/<odd> & \"name\".txt", language: nil, datatype: nil))
  }

  @Test func turtleEscapesLiteralsAsNTriplesDoes() throws {
    let turtle = try RDFTestExport.files(Self.graph(), TurtleExporter.self).text("graph.ttl") ?? ""
    #expect(turtle.contains("skos:altLabel \"\\\"\\n<>&\"@zh"))
    #expect(turtle.contains("\"back\\\\slash \\\\n \\\\u0041 \\\\\\\"\"@zh"))
    #expect(turtle.contains("\"tab\\tcarriage\\rreturn\\r\\nend\"@zh"))
    #expect(turtle.contains("\"line\u{2028}separator\u{2029}paragraph\"@zh"), "U+2028 is legal in Turtle strings")
  }

  @Test(arguments: ["\u{1}", "\u{0}", "a\u{B}b", "\u{FFFE}", "x\u{FFFF}", "\u{1F}"])
  func aCharacterXMLForbidsIsAnErrorInEveryFormat(bad: String) throws {
    let graph = Self.graph(aliases: ["ok", "alias" + bad])
    let id = EntityID(kind: .island, canonicalName: "黑瞎子岛")
    for format in RDFTestExport.rdfFormats {
      #expect {
        _ = try RDFTestExport.files(graph, format)
      } throws: { error in
        guard case ExportError.unrepresentable(let name, let item, let reason) = error else { return false }
        return name == format.format.name && item.contains(id.rawValue) && item.contains("黑瞎子岛") && reason.contains("XML 1.0")
      }
    }
  }

  @Test func aForbiddenCharacterInASentenceNamesTheSentence() throws {
    let graph = Self.graph(sentence: "双方\u{8}商定")
    #expect {
      _ = try RDFTestExport.files(graph, NTriplesExporter.self)
    } throws: { error in
      "\(error)".contains("sentence 0 of 'corpus/<odd> & \"name\".txt'") && "\(error)".contains("U+8")
    }
  }

  @Test(arguments: ["en us", "", "e_n", "toolongtag", "zh-", "-zh"])
  func aBadLanguageTagIsAnError(tag: String) throws {
    var graph = Graph()
    graph.add(Entity(kind: .country, label: "中国", names: [LocalizedName(language: tag, text: "China")]))
    for format in RDFTestExport.rdfFormats {
      #expect(throws: ExportError.self) { _ = try RDFTestExport.files(graph, format) }
    }
  }

  @Test func aGoodLanguageTagIsWrittenInLowerCase() throws {
    var graph = Graph()
    graph.add(Entity(kind: .country, label: "中国", names: [LocalizedName(language: "zh-Hant", text: "中國")]))
    let triples = try RDFTestExport.rdfxmlTriples(graph)
    #expect(triples.contains { $0.object == .literal("中國", language: "zh-hant", datatype: nil) })
    #expect(Set(triples) == Set(try RDFTestExport.ntriplesTriples(graph)))
  }

  @Test(arguments: ["has space", "a<b", "x/y", "", "..", "ü"])
  func anIdThatCannotBeAnIRISegmentIsAnError(rawID: String) throws {
    let text = #"{"id":"\#(rawID)","kind":"Island","label":"岛","aliases":[],"names":[],"attributes":[],"mentions":[]}"#
    let entity = try JSONDecoder().decode(Entity.self, from: Data(text.utf8))
    var graph = Graph()
    graph.add(entity)
    for format in RDFTestExport.rdfFormats {
      #expect {
        _ = try RDFTestExport.files(graph, format)
      } throws: { error in
        "\(error)".contains("entity '\(rawID)'") && "\(error)".contains("IRI segment")
      }
    }
  }
}

extension Mention {
  fileprivate init(sentenceID: SentenceID, surface: String) {
    self.init(sentence: sentenceID, span: SampleGraphs.span(0, 3), surface: surface, rule: "gazetteer")
  }
}

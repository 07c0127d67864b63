@testable import DiplographExport
import DiplographModel
import DiplographTestSupport
import Testing

/// The pieces each syntax relies on: the escaping table, QName checks, Turtle prefixed names,
/// literal spellings and the event order.
@Suite struct RDFSyntaxTests {
  @Test func escapingTableCoversEveryASCIIControlAndTheTwoQuotables() {
    #expect(NTriplesEscaping.table.count == 128)
    for byte in 0..<128 {
      let escaped = NTriplesEscaping.table[byte] != nil
      let mustEscape = byte < 0x20 || byte == 0x7F || byte == 0x22 || byte == 0x5C
      #expect(escaped == mustEscape, "byte \(byte)")
    }
  }

  @Test func escapingWritesTheCanonicalForms() {
    #expect(NTriplesEscaping.escaped("a\"b\\c") == #"a\"b\\c"#)
    #expect(NTriplesEscaping.escaped("\n\r\t\u{8}\u{C}") == #"\n\r\t\b\f"#)
    #expect(NTriplesEscaping.escaped("\u{0}\u{1}\u{1F}\u{7F}") == #"\u0000\u0001\u001F\u007F"#)
    #expect(NTriplesEscaping.escaped("中\u{2028}😀'<>&") == "中\u{2028}😀'<>&")
    #expect(NTriplesEscaping.escaped("") == "")
  }

  @Test func qualifiedNamesAreCheckedNotAssumed() {
    let declared = Set(RDFVocabulary.namespaces)
    #expect(RDFXMLNames.qualifiedName(RDFVocabulary.property(.signedOn), declared: declared) == "dg:signedOn")
    #expect(RDFXMLNames.qualifiedName(RDFVocabulary.type, declared: declared) == "rdf:type")
    for bad in ["1st", "has space", "a:b", "", "-x", "a/b"] {
      #expect(RDFXMLNames.qualifiedName(RDFIRI(RDFVocabulary.dg, bad), declared: declared) == nil, "'\(bad)'")
    }
    #expect(RDFXMLNames.qualifiedName(RDFIRI(RDFVocabulary.dg, "été"), declared: declared) == "dg:été")
    #expect(RDFXMLNames.qualifiedName(RDFIRI(RDFVocabulary.rdf, "li"), declared: declared) == nil)
    #expect(RDFXMLNames.qualifiedName(RDFIRI(RDFVocabulary.rdf, "about"), declared: declared) == nil)
    let undeclared = RDFNamespace(prefix: "ex", iri: "http://example.org/")
    #expect(RDFXMLNames.qualifiedName(RDFIRI(undeclared, "p"), declared: declared) == nil)
  }

  @Test func everyModelNameIsAPredicateAllThreeSyntaxesCanWrite() throws {
    let stream = RDFTripleStream(format: "test", options: ExportOptions())
    for predicate in Predicate.allCases { _ = try stream.predicate(RDFVocabulary.property(predicate), item: "x") }
    for key in AttributeKey.allCases { _ = try stream.predicate(RDFVocabulary.property(key), item: "x") }
    #expect(throws: ExportError.self) { try stream.predicate(RDFIRI(RDFVocabulary.dg, "2nd"), item: "x") }
  }

  @Test func turtleAbbreviatesOnlySafeLocalNames() {
    #expect(TurtleExporter.isPrefixable("document-0123abcd"))
    #expect(TurtleExporter.isPrefixable("source-00ff-s12"))
    #expect(TurtleExporter.isPrefixable("Q148"))
    #expect(!TurtleExporter.isPrefixable("-x"))
    #expect(!TurtleExporter.isPrefixable("a.b"))
    #expect(!TurtleExporter.isPrefixable("a~b"))
    #expect(!TurtleExporter.isPrefixable(""))
  }

  @Test func turtleWritesNumbersBareOnlyWhenTheyReadBackTheSame() {
    let integer = RDFVocabulary.xsdInteger
    let decimal = RDFVocabulary.xsdDecimal
    #expect(TurtleExporter.isBareNumber("27", integer))
    #expect(TurtleExporter.isBareNumber("-3", integer))
    #expect(!TurtleExporter.isBareNumber("--3", integer))
    #expect(!TurtleExporter.isBareNumber("", integer))
    #expect(!TurtleExporter.isBareNumber("1.0", integer))
    #expect(TurtleExporter.isBareNumber("0.95", decimal))
    #expect(TurtleExporter.isBareNumber("1.0", decimal))
    #expect(!TurtleExporter.isBareNumber("1.", decimal))
    #expect(!TurtleExporter.isBareNumber("1e5", decimal))
    #expect(!TurtleExporter.isBareNumber("27", RDFIRI(RDFVocabulary.xsd, "gYear")))
  }

  @Test func datesKeepTheirPrecisionAsXSDTypes() throws {
    let stream = RDFTripleStream(format: "test", options: ExportOptions())
    let day = try stream.value(of: .date(CalendarDate(year: 1994, month: 1, day: 27)!), item: "x").object
    let month = try stream.value(of: .date(CalendarDate(year: 2022, month: 12)!), item: "x").object
    let year = try stream.value(of: .date(CalendarDate(year: 2023)!), item: "x").object
    #expect(day == .literal(RDFLiteral("1994-01-27", .datatype(RDFIRI(RDFVocabulary.xsd, "date")))))
    #expect(month == .literal(RDFLiteral("2022-12", .datatype(RDFIRI(RDFVocabulary.xsd, "gYearMonth")))))
    #expect(year == .literal(RDFLiteral("2023", .datatype(RDFIRI(RDFVocabulary.xsd, "gYear")))))
    let integer = try stream.value(of: .integer(27), item: "x").object
    #expect(integer == .literal(RDFLiteral("27", .datatype(RDFVocabulary.xsdInteger))))
  }

  @Test func confidencesAreDecimalsNeverExponents() throws {
    let checks = RDFLiteralChecks(format: "test")
    #expect(try checks.confidence(0.95, item: "x") == "0.95")
    #expect(try checks.confidence(1, item: "x") == "1.0")
    #expect(try checks.confidence(0, item: "x") == "0.0")
    #expect(try checks.confidence(0.00001, item: "x") == "0.00001")
    #expect(try checks.confidence(1.0 / 3.0, item: "x") == "0.333333")
    for bad in [Double.nan, .infinity, -0.1, 1.5] {
      #expect(throws: ExportError.self) { try checks.confidence(bad, item: "x") }
    }
  }

  @Test func aLiteralWhereTheOntologyWantsAResourceIsRefused() throws {
    var graph = SampleGraphs.treaty()
    let treaty = EntityID(kind: .treaty, canonicalName: "中华人民共和国和俄罗斯联邦睦邻友好合作条约")
    graph.add(Relation(subject: treaty, predicate: .party, object: .literal(.string("中国"))))
    for format in RDFTestExport.rdfFormats {
      #expect {
        _ = try RDFTestExport.files(graph, format)
      } throws: { "\($0)".contains("dg:party takes a resource") }
    }
  }

  @Test func eventsOutOfOrderAreAProtocolViolation() throws {
    var stream = RDFTripleStream(format: "test", options: ExportOptions())
    #expect(throws: ExportError.protocolViolation("an event came before begin")) {
      _ = try stream.descriptions(for: .entity(Entity(kind: .city, label: "北京")))
    }
    _ = try stream.descriptions(for: .begin(GraphSchema.complete))
    _ = try stream.descriptions(for: .end(GraphSummary()))
    #expect(throws: ExportError.self) { _ = try stream.descriptions(for: .end(GraphSummary())) }
  }

  @Test func wikidataLinksOnlyForWellFormedItemIds() {
    #expect(RDFTripleStream.isWikidataItem("Q148"))
    #expect(!RDFTripleStream.isWikidataItem("Q0148"))
    #expect(!RDFTripleStream.isWikidataItem("Q"))
    #expect(!RDFTripleStream.isWikidataItem("P17"))
    #expect(!RDFTripleStream.isWikidataItem("Q14 8"))
  }
}

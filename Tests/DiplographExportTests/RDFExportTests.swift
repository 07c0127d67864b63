import DiplographExport
import DiplographModel
import DiplographTestSupport
import Testing

@Suite struct RDFExportTests {
  let graph = SampleGraphs.treaty()
  let treaty = EntityID(kind: .treaty, canonicalName: "中华人民共和国和俄罗斯联邦睦邻友好合作条约")
  let china = EntityID(kind: .country, canonicalName: "中国")
  let russia = EntityID(kind: .country, canonicalName: "俄罗斯")

  /// Counted by hand from `SampleGraphs.treaty()`:
  /// source 5 (type, path, title, encoding, byteCount) + sentence 9 (type, inSource, position,
  /// paragraph, text, 4 span) = 14;
  /// treaty 6 (type, label, prefLabel, 1 altLabel, en label + prefLabel) + its mention 9 (type,
  /// mentionOf, inSentence, surface, rule, 4 span) = 15; China 10 (type, label, prefLabel,
  /// 2 altLabels, en label + prefLabel, wikidata, exactMatch, isoCode); Russia 11 (type, label,
  /// prefLabel, 2 altLabels, en and ru label + prefLabel, wikidata, exactMatch);
  /// 3 facts × 17 (direct 1 + assertion 8: type, subject, predicate, object, weight,
  /// confidence, wasDerivedFrom, qualifiedDerivation + evidence 8: type, entity, rule,
  /// confidence, 4 span) = 51; `mentionedIn`, statistical, 8 (direct 1 + assertion 7, without
  /// qualifiedDerivation and evidence).
  static let sampleTripleCount = 14 + 15 + 10 + 11 + 51 + 8

  @Test func nTriplesHoldsTheHandCountedTriples() throws {
    let triples = try RDFTestExport.ntriplesTriples(graph)
    #expect(triples.count == Self.sampleTripleCount)
    #expect(Set(triples).count == triples.count, "a triple was written twice")
  }

  @Test func rdfXMLHoldsTheSameTriplesAsNTriples() throws {
    let fromXML = try RDFTestExport.rdfxmlTriples(graph)
    let fromNT = try RDFTestExport.ntriplesTriples(graph)
    #expect(fromXML.count == Self.sampleTripleCount)
    #expect(Set(fromXML) == Set(fromNT), "only in RDF/XML: \(Set(fromXML).subtracting(fromNT))")
  }

  /// Minted resources are written by their local names under the root's `xml:base`, which the
  /// reader above resolves as parsers do; vocabulary IRIs stay absolute.
  @Test func rdfXMLNamesMintedResourcesRelativeToItsBase() throws {
    let text = try RDFTestExport.files(graph, RDFXMLExporter.self).text("graph.rdf") ?? ""
    #expect(text.contains(#" xml:base="\#(RDFTestNamespaces.id)""#))
    #expect(text.contains(#"rdf:about="\#(treaty.rawValue)""#))
    #expect(!text.contains(#"rdf:about="\#(RDFTestNamespaces.id)"#))
    #expect(!text.contains(#"rdf:resource="\#(RDFTestNamespaces.id)"#))
    #expect(text.contains(#"rdf:datatype="http://www.w3.org/2001/XMLSchema#"#))
  }

  @Test func factsAreDirectTriplesWithTypedLiterals() throws {
    let triples = Set(try RDFTestExport.rdfxmlTriples(graph))
    let subject = RDFTestExport.iri(treaty)
    let date = RDFTestTriple.Term.literal("2001-07-16", language: nil, datatype: RDFTestNamespaces.xsd + "date")
    #expect(triples.contains(.init(subject: subject, predicate: RDFTestExport.dg("signedOn"), object: date)))
    #expect(triples.contains(.init(subject: subject, predicate: RDFTestExport.dg("party"), object: RDFTestExport.iri(china))))
    #expect(triples.contains(.init(subject: subject, predicate: RDFTestExport.dg("party"), object: RDFTestExport.iri(russia))))
    #expect(triples.contains(.init(subject: subject, predicate: RDFTestNamespaces.rdf + "type", object: .iri(RDFTestExport.dg("Treaty")))))
  }

  @Test func labelsAreChineseAndNamesKeepTheirLanguage() throws {
    let triples = Set(try RDFTestExport.ntriplesTriples(graph))
    func has(_ id: EntityID, _ predicate: String, _ text: String, _ language: String) -> Bool {
      triples.contains(.init(subject: RDFTestExport.iri(id), predicate: predicate, object: .literal(text, language: language, datatype: nil)))
    }
    #expect(has(treaty, RDFTestNamespaces.rdfs + "label", "中华人民共和国和俄罗斯联邦睦邻友好合作条约", "zh"))
    #expect(has(treaty, RDFTestNamespaces.skos + "prefLabel", "中华人民共和国和俄罗斯联邦睦邻友好合作条约", "zh"))
    #expect(has(treaty, RDFTestNamespaces.skos + "altLabel", "中俄睦邻友好合作条约", "zh"))
    #expect(has(china, RDFTestNamespaces.skos + "altLabel", "中方", "zh"))
    #expect(has(russia, RDFTestNamespaces.skos + "prefLabel", "Россия", "ru"))
    #expect(has(russia, RDFTestNamespaces.rdfs + "label", "Russia", "en"))
    #expect(triples.contains(.init(subject: RDFTestExport.iri(china), predicate: RDFTestNamespaces.skos + "exactMatch", object: .iri("http://www.wikidata.org/entity/Q148"))))
  }

  @Test func provenanceHangsOnAnAssertionBesideTheFact() throws {
    let triples = try RDFTestExport.ntriplesTriples(graph)
    let signing = RelationID(subject: treaty, predicate: .signedOn, object: .literal(.date(CalendarDate(year: 2001, month: 7, day: 16)!)))
    let assertion = RDFTestTriple.Term.iri(RDFTestNamespaces.id + signing.rawValue)
    let about = triples.filter { $0.subject == assertion }
    let sentence = RDFTestTriple.Term.iri(RDFTestNamespaces.id + SampleGraphs.sourceID.rawValue + "-s0")
    #expect(about.contains(.init(subject: assertion, predicate: RDFTestNamespaces.rdf + "subject", object: RDFTestExport.iri(treaty))))
    #expect(about.contains(.init(subject: assertion, predicate: RDFTestNamespaces.rdf + "predicate", object: .iri(RDFTestExport.dg("signedOn")))))
    #expect(about.contains(.init(subject: assertion, predicate: RDFTestNamespaces.prov + "wasDerivedFrom", object: sentence)))
    #expect(about.contains(.init(subject: assertion, predicate: RDFTestExport.dg("confidence"), object: .literal("0.95", language: nil, datatype: RDFTestNamespaces.xsd + "decimal"))))
    let evidence = about.first { $0.predicate == RDFTestNamespaces.prov + "qualifiedDerivation" }?.object
    let rule = triples.first { $0.subject == evidence && $0.predicate == RDFTestExport.dg("rule") }?.object
    #expect(rule == .literal("title-signing-date", language: nil, datatype: nil))
  }

  @Test func statisticalEdgesPointAtTheirSentencesWithoutEvidenceNodes() throws {
    let triples = try RDFTestExport.ntriplesTriples(graph)
    let counted = RelationID(subject: treaty, predicate: .mentionedIn, object: .source(SampleGraphs.sourceID))
    let assertion = RDFTestTriple.Term.iri(RDFTestNamespaces.id + counted.rawValue)
    let about = triples.filter { $0.subject == assertion }
    let sentence = RDFTestTriple.Term.iri(RDFTestNamespaces.id + SampleGraphs.sourceID.rawValue + "-s0")
    #expect(about.contains(.init(subject: assertion, predicate: RDFTestNamespaces.prov + "wasDerivedFrom", object: sentence)))
    #expect(!about.contains { $0.predicate == RDFTestNamespaces.prov + "qualifiedDerivation" })
    #expect(about.count == 7)
    // The sentence itself still carries the span a reader needs.
    #expect(triples.contains { $0.subject == sentence && $0.predicate == RDFTestExport.dg("startByte") })
  }

  @Test func factsOnlyLeavesOutStatisticalEdgesButKeepsMentions() throws {
    let triples = try RDFTestExport.ntriplesTriples(graph, options: ExportOptions(includeStatisticalEdges: false))
    #expect(triples.count == Self.sampleTripleCount - 8)
    #expect(!triples.contains { $0.predicate == RDFTestExport.dg("mentionedIn") })
    #expect(triples.contains { $0.object == .iri(RDFTestExport.dg("Mention")) })
  }

  @Test(arguments: RDFTestExport.rdfFormats.map { $0.format.name })
  func sameGraphGivesSameBytes(formatName: String) throws {
    let format = try Exporters.named(formatName)
    let first = try RDFTestExport.files(graph, format)
    let second = try RDFTestExport.files(graph, format)
    let name = format.format.defaultFileName
    #expect(first.files[name]?.bytes == second.files[name]?.bytes)
    #expect((first.files[name]?.bytes.count ?? 0) > 0)
  }

  @Test(arguments: RDFTestExport.rdfFormats.map { $0.format.name })
  func aFailingOutputSurfacesItsError(formatName: String) throws {
    let format = try Exporters.named(formatName)
    #expect(throws: ExportError.self) {
      var exporter = try format.init(output: FailingOutputDirectory(), options: ExportOptions())
      try graph.stream(into: &exporter)
    }
  }

  @Test func everyRDFFormatIsRegistered() {
    let names = Exporters.formats.map(\.name)
    #expect(names.contains("rdfxml") && names.contains("ntriples") && names.contains("turtle"))
    #expect(Exporters.formats.first { $0.name == "ntriples" }?.fileExtension == "nt")
    #expect(Exporters.formats.first { $0.name == "turtle" }?.fileExtension == "ttl")
    #expect(Exporters.formats.first { $0.name == "rdfxml" }?.fileExtension == "rdf")
  }
}

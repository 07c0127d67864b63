import DiplographModel
import DiplographTestSupport
import Testing

@testable import DiplographExport

/// The exporter against the stream contract: order, dangling ends, failing output, size.
@Suite struct GraphMLStreamTests {
  @Test func factAboutAnEntityOutsideTheStreamIsRefused() throws {
    var graph = SampleGraphs.treaty()
    let treaty = graph.entities.values.first { $0.kind == .treaty }!
    let ghost = EntityID(kind: .country, canonicalName: "不存在")
    graph.add(Relation(subject: treaty.id, predicate: .party, object: .entity(ghost)))
    let error = try #require(throws: ExportError.self) { try graphML(graph) }
    #expect(
      error
        == .protocolViolation(
          "relation \(RelationID(subject: treaty.id, predicate: .party, object: .entity(ghost))) (party): "
            + "object \(ghost) is not an entity of the stream"))
  }

  @Test func eventsOutOfOrderAreRefused() throws {
    let graph = SampleGraphs.treaty()
    let entity = graph.entities.values.first!
    let relation = graph.relations.values.first { $0.predicate == .party }!
    var exporter = try GraphMLExporter(output: MemoryOutputDirectory(), options: ExportOptions())
    try exporter.consume(.begin(graph.schema))
    try exporter.consume(.source(graph.sources.values.first!))
    try exporter.consume(.entity(graph.entities[relation.subject]!))
    try exporter.consume(.entity(graph.entities[relation.object.entity!]!))
    try exporter.consume(.relation(relation))
    #expect(throws: ExportError.self) { try exporter.consume(.entity(entity)) }
    var fresh = try GraphMLExporter(output: MemoryOutputDirectory(), options: ExportOptions())
    #expect(throws: ExportError.self) { try fresh.consume(.entity(entity)) }
  }

  @Test func valuesTheSchemaDidNotAnnounceAreRefused() throws {
    let graph = SampleGraphs.treaty()
    let treaty = graph.entities.values.first { $0.kind == .treaty }!
    let unannounced = GraphSchema(kinds: [.treaty], predicates: [], attributeKeys: [])
    var exporter = try GraphMLExporter(output: MemoryOutputDirectory(), options: ExportOptions())
    try exporter.consume(.begin(unannounced))
    try exporter.consume(.source(graph.sources.values.first!))
    try exporter.consume(.entity(treaty))
    let china = graph.entities.values.first { $0.label == "中国" }!
    let undeclared = try #require(throws: ExportError.self) { try exporter.consume(.entity(china)) }
    #expect("\(undeclared)".contains("has a value for 'isoCode', which the stream's schema did not announce"))
    let dated = graph.relations.values.first { $0.predicate == .signedOn }!
    let unannouncedFact = try #require(throws: ExportError.self) { try exporter.consume(.relation(dated)) }
    #expect("\(unannouncedFact)".contains("the stream's schema did not announce signedOn"))
  }

  @Test func failingOutputSurfacesAsAnError() throws {
    let output = FailingOutputDirectory()
    var exporter = try GraphMLExporter(output: output, options: ExportOptions())
    var graph = SampleGraphs.treaty()
    graph.add(Entity(kind: .country, label: String(repeating: "长", count: 10_000)))
    let error = try #require(throws: ExportError.self) { try graph.stream(into: &exporter) }
    #expect(error == .io(path: "graph.graphml", reason: "no space left on device"))
  }

  @Test func severalDatesOfOneEventAreJoinedInOrder() throws {
    var graph = Graph()
    let year = Entity(kind: .themedYear, label: "中俄科技创新年")
    graph.add(year)
    for (predicate, value) in [(Predicate.date, 2021), (.date, 2020), (.startDate, 2020), (.endDate, 2021)] {
      graph.add(Relation(subject: year.id, predicate: predicate, object: .literal(.date(CalendarDate(year: value)!))))
    }
    let text = try graphML(graph)
    #expect(try GraphMLDocument.schemaErrors(text, schema: GraphMLDocument.graphMLSchema) == [])
    let node = try #require(try GraphMLDocument(text).node(year.id.rawValue))
    #expect(node.data["date"] == "2020|2021")
    #expect(node.data["startDate"] == "2020")
    #expect(node.data["endDate"] == "2021")
    #expect(try GraphMLDocument(text).edges.isEmpty)
  }

  /// A node's values come in the order the entity lists them (attributes by name: acronym before
  /// wikidata), and in the order the keys are declared (wikidata before acronym) once a literal
  /// fact joins them: the order GraphML files have always had.
  @Test func literalFactsPutANodesValuesInKeyOrder() throws {
    var graph = Graph()
    let attributes = [Attribute(key: .wikidata, value: .string("Q1")), Attribute(key: .acronym, value: .string("SCO"))]
    let dated = Entity(kind: .treaty, label: "条约", attributes: attributes)
    let undated = Entity(kind: .organization, label: "组织", attributes: attributes)
    graph.add(dated)
    graph.add(undated)
    graph.add(Relation(subject: dated.id, predicate: .signedOn, object: .literal(.date(CalendarDate(year: 2001)!))))
    for yEd in [false, true] {
      let text = try graphML(graph, ExportOptions(yEdGraphics: yEd))
      func keys(of id: EntityID) throws -> [String] {
        let start = try #require(text.range(of: "<node id=\"\(id.rawValue)\">"))
        let end = try #require(text.range(of: "</node>", range: start.upperBound..<text.endIndex))
        return text[start.upperBound..<end.lowerBound].split(separator: "<data key=\"").dropFirst()
          .map { String($0.prefix { $0 != "\"" }) }
      }
      let drawing = yEd ? ["n.graphics"] : []
      #expect(
        try keys(of: dated.id)
          == ["n.label", "n.name", "n.type", "n.topClass", "n.wikidata", "n.acronym", "n.signedOn", "n.mentionCount",
            "n.sourceCount"] + drawing)
      #expect(
        try keys(of: undated.id)
          == ["n.label", "n.name", "n.type", "n.topClass", "n.acronym", "n.wikidata", "n.mentionCount", "n.sourceCount"]
          + drawing)
    }
  }

  /// Big enough that nodes and edges wait in a temporary file, not in memory.
  @Test func largeGraphPassesThroughTheSpillFile() throws {
    var graph = Graph()
    let source = SourceID(rawValue: "source-00000000000000bb")
    let sentences = (0..<200).map { index in
      Sentence(
        id: SentenceID(source: source, ordinal: index), text: "第\(index)句" + String(repeating: "合作", count: 300),
        span: SampleGraphs.span(index * 10, index * 10 + 9), paragraph: index)
    }
    graph.add(
      SourceDocument(id: source, path: "big.txt", title: nil, encoding: "UTF-8", byteCount: 2000, sentences: sentences))
    let entities = (0..<2000).map { Entity(kind: .organization, label: "组织\($0)") }
    for entity in entities { graph.add(entity) }
    for index in 0..<6000 {
      let provenance = Provenance(
        sentence: sentences[index % 200].id, span: sentences[index % 200].span, rule: "r", confidence: 1)
      graph.add(
        Relation(
          subject: entities[index % 2000].id, predicate: .partOf,
          object: .entity(entities[(index * 7 + index / 2000 + 1) % 2000].id),
          provenance: [provenance]))
    }
    let signed = Entity(kind: .treaty, label: "条约")
    graph.add(signed)
    graph.add(
      Relation(subject: signed.id, predicate: .signedOn, object: .literal(.date(CalendarDate(year: 2001, month: 7)!))))

    let text = try graphML(graph)
    #expect(text.utf8.count > 8 << 20)
    #expect(try GraphMLDocument.schemaErrors(text, schema: GraphMLDocument.graphMLSchema) == [])
    let doc = try GraphMLDocument(text)
    #expect(doc.nodes.count == 2001)
    #expect(graph.relations.count == 6001)
    #expect(doc.edges.count == 6000)
    #expect(doc.node(signed.id.rawValue)?.data["signedOn"] == "2001-07")
    #expect(doc.nodes.map(\.id) == graph.entities.keys.sorted().map(\.rawValue))
  }
}

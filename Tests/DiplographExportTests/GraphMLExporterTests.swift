import DiplographModel
import DiplographTestSupport
import Testing

@testable import DiplographExport

/// Exports `graph` as GraphML into memory.
func graphML(_ graph: Graph, _ options: ExportOptions = ExportOptions()) throws -> String {
  let output = MemoryOutputDirectory()
  var exporter = try GraphMLExporter(output: output, options: options)
  try graph.stream(into: &exporter)
  return try #require(output.text("graph.graphml"))
}

@Suite struct GraphMLExporterTests {
  let treaty = SampleGraphs.treaty()
  var treatyID: String { treaty.entities.values.first { $0.kind == .treaty }!.id.rawValue }
  var chinaID: String { treaty.entities.values.first { $0.label == "中国" }!.id.rawValue }

  @Test func sampleIsValidAndHasEveryEntitySourceAndEdge() throws {
    let text = try graphML(treaty)
    #expect(try GraphMLDocument.schemaErrors(text, schema: GraphMLDocument.graphMLSchema) == [])
    let doc = try GraphMLDocument(text)
    #expect(doc.edgeDefault == "directed")
    // Three entities and the one source, which mentionedIn points at.
    #expect(Set(doc.nodes.map(\.id)) == Set(treaty.entities.keys.map(\.rawValue) + [SampleGraphs.sourceID.rawValue]))
    // party ×2 and mentionedIn; signedOn is a literal and becomes a node value.
    let expectedEdges = treaty.relations.values.filter { !$0.predicate.hasLiteralObject }
    #expect(Set(doc.edges.map(\.id)) == Set(expectedEdges.map(\.id.rawValue)))
    for relation in expectedEdges {
      let edge = try #require(doc.edge(relation.id.rawValue))
      #expect(edge.source == relation.subject.rawValue)
      #expect(edge.data["type"] == relation.predicate.rawValue)
      #expect(edge.data["label"] == relation.predicate.rawValue)
    }
  }

  @Test func nodeValuesAreTheEntityAsAReaderWouldList() throws {
    let doc = try GraphMLDocument(try graphML(treaty))
    let document = try #require(doc.node(treatyID))
    #expect(document.data["label"] == "中华人民共和国和俄罗斯联邦睦邻友好合作条约")
    #expect(document.data["name"] == document.data["label"])
    #expect(document.data["type"] == "Treaty")
    #expect(document.data["topClass"] == "Document")
    #expect(document.data["signedOn"] == "2001-07-16")
    #expect(document.data["aliases"] == "中俄睦邻友好合作条约")
    #expect(document.data["nameEn"] == "Treaty of Good-Neighborliness")
    #expect(document.data["mentionCount"] == "1")
    #expect(document.data["evidence"] == "双方重申遵循2001年7月16日签署的《中华人民共和国和俄罗斯联邦睦邻友好合作条约》。")
    #expect(document.data["evidenceSource"] == "corpus/sample.txt")
    #expect(document.data["rule"] == "title")
    let china = try #require(doc.node(chinaID))
    // Sorted by UTF-8 bytes: 华 (E5 8D 8E) before 方 (E6 96 B9).
    #expect(china.data["aliases"] == "中华人民共和国|中方")
    #expect(china.data["wikidata"] == "Q148")
    #expect(china.data["isoCode"] == "CN")
    #expect(china.data["mentionCount"] == "0")
    #expect(china.data["evidence"] == nil)
    let russia = try #require(doc.nodes.first { $0.data["label"] == "俄罗斯" })
    #expect(russia.data["nameRu"] == "Россия")
  }

  @Test func edgeValuesSummarizeTheProvenance() throws {
    let doc = try GraphMLDocument(try graphML(treaty))
    let party = try #require(doc.edges.first { $0.data["type"] == "party" && $0.target == chinaID })
    #expect(party.source == treatyID)
    #expect(party.data["relationId"] == party.id)
    #expect(party.data["weight"] == "1")
    #expect(party.data["confidence"] == "0.95")
    #expect(party.data["sentenceCount"] == "1")
    #expect(party.data["evidence"]?.hasPrefix("双方重申遵循2001年7月16日签署的") == true)
    #expect(party.data["evidenceSource"] == "corpus/sample.txt")
    #expect(party.data["evidenceLine"] == "1")
    #expect(party.data["rule"] == "title-signing-date")
  }

  @Test func everyValueHasADeclaredTypedKey() throws {
    let doc = try GraphMLDocument(try graphML(treaty, ExportOptions(yEdGraphics: false)))
    let named = doc.keys.filter { $0.yfilesType == nil }
    for key in named {
      #expect(key.name != nil && key.type != nil, "key \(key.id) lacks attr.name or attr.type")
      #expect(["node", "edge"].contains(key.domain))
    }
    let nodeNames = Set(named.filter { $0.domain == "node" }.compactMap(\.name))
    let edgeNames = Set(named.filter { $0.domain == "edge" }.compactMap(\.name))
    for node in doc.nodes { #expect(Set(node.data.keys).isSubset(of: nodeNames)) }
    for edge in doc.edges { #expect(Set(edge.data.keys).isSubset(of: edgeNames)) }
    #expect(named.first { $0.name == "mentionCount" }?.type == "int")
    #expect(named.first { $0.name == "confidence" }?.type == "double")
  }

  @Test func keyNamesAndIdsNeverCollideWhateverTheSchema() {
    let keys = GraphMLKeys.declared(schema: .complete, sourceNodes: true)
    #expect(Set(keys.map(\.id)).count == keys.count)
    for domain in [GraphMLKey.Domain.node, .edge] {
      let names = keys.filter { $0.domain == domain }.map(\.name)
      #expect(Set(names).count == names.count)
    }
  }

  @Test func factsOnlyLeavesOutMentionsCoOccurrenceAndSources() throws {
    var graph = treaty
    let ids = graph.entities.keys.sorted()
    graph.add(Relation(subject: ids[0], predicate: .coOccursWith, object: .entity(ids[1]), weight: 3))
    let full = try GraphMLDocument(try graphML(graph))
    #expect(full.edges.count == 4)
    let text = try graphML(graph, ExportOptions(includeStatisticalEdges: false))
    #expect(try GraphMLDocument.schemaErrors(text, schema: GraphMLDocument.graphMLSchema) == [])
    let doc = try GraphMLDocument(text)
    #expect(doc.nodes.count == 3)
    #expect(doc.edges.map { $0.data["type"] } == ["party", "party"])
    #expect(!doc.keys.contains { $0.name == "path" })
  }

  @Test func sameGraphSameBytes() throws {
    #expect(try graphML(treaty) == graphML(SampleGraphs.treaty()))
    #expect(
      try graphML(treaty, ExportOptions(yEdGraphics: true))
        == graphML(SampleGraphs.treaty(), ExportOptions(yEdGraphics: true)))
  }

  @Test func yEdFlavourDrawsEachClassInItsColor() throws {
    let text = try graphML(treaty, ExportOptions(yEdGraphics: true))
    #expect(try GraphMLDocument.schemaErrors(text, schema: GraphMLDocument.yEdSchema) == [])
    let doc = try GraphMLDocument(text)
    #expect(doc.keys.contains { $0.yfilesType == "nodegraphics" && $0.domain == "node" })
    #expect(doc.keys.contains { $0.yfilesType == "edgegraphics" && $0.domain == "edge" })
    #expect(doc.node(chinaID)?.graphics["fill"] == ClassStyle.of(.country).fillColor)
    #expect(doc.node(chinaID)?.graphics["label"] == "中国")
    #expect(doc.node(treatyID)?.graphics["fill"] == ClassStyle.of(.treaty).fillColor)
    #expect(doc.node(SampleGraphs.sourceID.rawValue)?.graphics["fill"] == ClassStyle.source.fillColor)
    let party = try #require(doc.edges.first { $0.data["type"] == "party" })
    #expect(party.graphics == ["label": "party", "line": "line", "arrow": "standard"])
    let mention = try #require(doc.edges.first { $0.data["type"] == "mentionedIn" })
    #expect(mention.graphics["line"] == "dashed")
  }

  /// The plain GraphML 1.0 schema has no room for yEd's elements (docs/graphml.md says why);
  /// these are the only complaints it has about the yEd flavour.
  @Test func plainSchemaRejectsOnlyTheYEdExtensions() throws {
    let errors = try GraphMLDocument.schemaErrors(
      try graphML(treaty, ExportOptions(yEdGraphics: true)), schema: GraphMLDocument.graphMLSchema)
    #expect(!errors.isEmpty)
    for error in errors {
      #expect(
        error.contains("yfiles.type") || error.contains("ShapeNode") || error.contains("PolyLineEdge"), "\(error)")
    }
  }
}

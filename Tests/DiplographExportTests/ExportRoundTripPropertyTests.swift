import DiplographExport
import DiplographModel
import DiplographTestSupport
import Foundation
import PropertyBased
import Testing

/// Random adversarial labels, aliases and sentences through every exporter. The contract
/// (`Exporter`): text is written exactly or the export is refused with `ExportError`; nothing is
/// silently dropped, replaced or normalized. So XML-safe text must come back byte for byte from
/// RDF/XML, GraphML and JSON lines, and text holding a character XML 1.0 forbids must be refused
/// by every format that writes XML or mirrors the RDF.
@Suite struct ExportRoundTripPropertyTests {
  struct Case: Sendable, CustomStringConvertible {
    var label: String
    var aliases: [String]
    var sentence: String
    var rule: String

    var description: String {
      "label \(label.debugDescription), aliases \(aliases.map(\.debugDescription)), sentence \(sentence.debugDescription), rule \(rule.debugDescription)"
    }

    var texts: [String] { [label, sentence, rule] + aliases }
  }

  /// Long runs are kept short here: a graph goes through eight exporters and two XML parsers.
  static func cases(xmlSafe: Bool) -> Generator<Case, Shrink.None<Case>> {
    Generator(run: { rng in
      func text() -> String {
        xmlSafe
          ? AdversarialText.xmlSafeString(using: &rng, maxPieces: 24, maxRun: 2_000)
          : AdversarialText.string(using: &rng, maxPieces: 24, maxRun: 2_000)
      }
      let aliasCount = Int.random(in: 0...4, using: &rng)
      return Case(label: text(), aliases: (0..<aliasCount).map { _ in text() }, sentence: text(), rule: text())
    })
  }

  static let sourceID = SourceID(rawValue: "source-00000000000000f0")

  /// A treaty named by the case, a country it names as party, both cited from one sentence.
  static func graph(_ input: Case) -> (graph: Graph, treaty: Entity) {
    var graph = Graph()
    let sentenceID = SentenceID(source: sourceID, ordinal: 0)
    let span = SampleGraphs.span(0, 1)
    graph.add(
      SourceDocument(
        id: sourceID, path: "fuzz/source.txt", title: nil, encoding: "UTF-8", byteCount: 1,
        sentences: [Sentence(id: sentenceID, text: input.sentence, span: span, paragraph: 0)]))
    let mention = Mention(sentence: sentenceID, span: span, surface: input.label, rule: input.rule)
    let treaty = Entity(kind: .treaty, label: input.label, aliases: input.aliases, mentions: [mention])
    let country = Entity(kind: .country, label: "中国", mentions: [mention])
    graph.add(treaty)
    graph.add(country)
    let provenance = Provenance(sentence: sentenceID, span: span, rule: input.rule, confidence: 0.5)
    graph.add(Relation(subject: treaty.id, predicate: .party, object: .entity(country.id), provenance: [provenance]))
    // The model drops empty aliases and one equal to the label; the exporters see what it kept.
    return (graph, graph.entities[treaty.id]!)
  }

  @Test func xmlSafeTextRoundTripsExactlyThroughEveryFormat() async {
    await propertyCheck(count: 120, input: Self.cases(xmlSafe: true)) { input in
      let (graph, treaty) = Self.graph(input)
      let aliasHoldsSeparator = treaty.aliases.contains { $0.contains("|") }
      for format in Exporters.all {
        let output: MemoryOutputDirectory
        do {
          output = try export(graph, with: format)
        } catch let error as ExportError {
          // The one documented refusal for XML-safe text: GraphML joins aliases with `|`.
          let expected = format.format.name == GraphMLExporter.format.name && aliasHoldsSeparator && "\(error)".contains("separator '|'")
          #expect(expected, "\(format.format.name) refused: \(error)")
          continue
        } catch {
          Issue.record("\(format.format.name) failed with \(error), not an ExportError")
          continue
        }
        for (name, sink) in output.files {
          #expect(sink.isClosed, "\(format.format.name) left \(name) open")
          try ExporterCase(type: format).checkParses(sink.bytes, name: name)
        }
        if format.format.name == RDFXMLExporter.format.name { Self.checkRDFXML(output, treaty: treaty, input: input) }
        if format.format.name == GraphMLExporter.format.name { Self.checkGraphML(output, treaty: treaty, input: input) }
        if format.format.name == JSONLinesExporter.format.name { Self.checkJSONLines(output, graph: graph) }
      }
    }
  }

  @Test func textWithCharactersXMLForbidsIsRefusedNeverWritten() async {
    await propertyCheck(count: 120, input: Self.cases(xmlSafe: false)) { input in
      let (graph, treaty) = Self.graph(input)
      let written = [treaty.label, input.sentence, input.rule] + treaty.aliases
      let forbidden = written.lazy.flatMap(\.unicodeScalars).first { !AdversarialText.isXMLChar($0) }
      for format in [RDFXMLExporter.self, NTriplesExporter.self, TurtleExporter.self, GraphMLExporter.self] as [any Exporter.Type] {
        do {
          let output = try export(graph, with: format)
          #expect(forbidden == nil, "\(format.format.name) wrote U+\(String(forbidden?.value ?? 0, radix: 16))")
          for (name, sink) in output.files { try ExporterCase(type: format).checkParses(sink.bytes, name: name) }
        } catch let error as ExportError {
          guard case .unrepresentable(let name, _, let reason) = error else {
            Issue.record("\(format.format.name): \(error)")
            continue
          }
          #expect(name == format.format.name)
          let isSeparator = format.format.name == GraphMLExporter.format.name && reason.contains("separator '|'")
          #expect(forbidden != nil || isSeparator, "\(format.format.name) refused XML-safe text: \(error)")
          if !isSeparator { #expect(reason.hasSuffix("is not allowed in XML 1.0"), "\(reason)") }
        } catch {
          Issue.record("\(format.format.name) failed with \(error), not an ExportError")
        }
      }
      // Formats that escape controls (JSON, Cypher, CSV) or refuse them (DOT) never crash.
      for format in [JSONLinesExporter.self, DOTExporter.self, CypherExporter.self, Neo4jCSVExporter.self] as [any Exporter.Type] {
        do {
          let output = try export(graph, with: format)
          for (name, sink) in output.files { try ExporterCase(type: format).checkParses(sink.bytes, name: name) }
          if format.format.name == JSONLinesExporter.format.name { Self.checkJSONLines(output, graph: graph) }
        } catch let error as ExportError {
          guard case .unrepresentable = error else {
            Issue.record("\(format.format.name): \(error)")
            continue
          }
        } catch {
          Issue.record("\(format.format.name) failed with \(error), not an ExportError")
        }
      }
    }
  }

  /// Compares by Unicode scalars: `String ==` would accept a canonically equivalent spelling.
  static func same(_ read: String?, _ written: String) -> Bool {
    Array((read ?? "").unicodeScalars) == Array(written.unicodeScalars)
  }

  static func checkRDFXML(_ output: MemoryOutputDirectory, treaty: Entity, input: Case) {
    let triples: [RDFTestTriple]
    do {
      triples = try RDFXMLTestReader.read(output.files["graph.rdf"]?.bytes ?? [])
    } catch {
      Issue.record("RDF/XML does not read back: \(error)")
      return
    }
    let subject = RDFTestExport.iri(treaty.id)
    func literals(_ predicate: String) -> [String] {
      triples.filter { $0.subject == subject && $0.predicate == predicate }.compactMap {
        if case .literal(let text, "zh", nil) = $0.object { return text }
        return nil
      }
    }
    let labels = literals(RDFTestNamespaces.rdfs + "label")
    #expect(labels.count == 1 && same(labels.first, treaty.label), "rdfs:label \(labels.map(\.debugDescription))")
    let aliases = literals(RDFTestNamespaces.skos + "altLabel").map { Array($0.unicodeScalars) }
    #expect(Set(aliases.map { $0.map(\.value) }) == Set(treaty.aliases.map { $0.unicodeScalars.map(\.value) }))
    let texts = triples.filter { $0.predicate == RDFTestExport.dg("text") }.compactMap { triple -> String? in
      if case .literal(let text, _, _) = triple.object { return text }
      return nil
    }
    #expect(texts.count == 1 && same(texts.first, input.sentence), "dg:text \(texts.map(\.debugDescription))")
  }

  /// GraphML leaves a value out when it is empty, so a missing `<data>` reads as "".
  static func checkGraphML(_ output: MemoryOutputDirectory, treaty: Entity, input: Case) {
    let document: GraphMLDocument
    do {
      document = try GraphMLDocument(output.text("graph.graphml") ?? "")
    } catch {
      Issue.record("GraphML does not read back: \(error)")
      return
    }
    guard let node = document.node(treaty.id.rawValue) else {
      Issue.record("no node \(treaty.id)")
      return
    }
    #expect(same(node.data["label"], treaty.label), "label \(node.data["label"].debugDescription)")
    #expect(same(node.data["aliases"], treaty.aliases.joined(separator: "|")))
    #expect(same(node.data["evidence"], input.sentence))
    #expect(same(node.data["rule"], input.rule))
    let edge = document.edges.first { $0.data["type"] == "party" }
    #expect(same(edge?.data["evidence"], input.sentence))
    #expect(same(edge?.data["rule"], input.rule))
  }

  /// JSON lines are the model itself: every entity decodes back equal, scalar for scalar.
  static func checkJSONLines(_ output: MemoryOutputDirectory, graph: Graph) {
    struct Line: Decodable {
      let record: String
    }
    struct EntityLine: Decodable {
      let value: Entity
    }
    let bytes = output.files["graph.jsonl"]?.bytes ?? []
    var decoded: [Entity] = []
    for line in bytes.split(separator: 0x0A) {
      do {
        let data = Data(line)
        guard try JSONDecoder().decode(Line.self, from: data).record == "entity" else { continue }
        decoded.append(try JSONDecoder().decode(EntityLine.self, from: data).value)
      } catch {
        Issue.record("a JSON line does not decode: \(error)")
        return
      }
    }
    #expect(decoded.count == graph.entities.count)
    for entity in decoded {
      guard let original = graph.entities[entity.id] else {
        Issue.record("unknown entity \(entity.id)")
        continue
      }
      #expect(entity == original)
      #expect(same(entity.label, original.label))
      #expect(entity.aliases.map { Array($0.unicodeScalars) } == original.aliases.map { Array($0.unicodeScalars) })
      #expect(entity.mentions.map { Array($0.rule.unicodeScalars) } == original.mentions.map { Array($0.rule.unicodeScalars) })
    }
  }
}

import DiplographExport
import DiplographExtraction
import DiplographModel
import DiplographTestSupport
import DiplographText
import PropertyBased
import Testing

/// Hostile text mixed with the pieces the rules look for (title marks, suffixes, ordinals,
/// dashes, dates), through extraction and every exporter: nothing crashes, the graph holds
/// together, and every XML export parses.
@Suite struct ExtractionFuzzTests {
  static let genrePieces = [
    "《", "》", "〈", "〉", "“", "”", "（", "）", "(", ")", "中华人民共和国", "俄罗斯联邦", "政府", "和", "与", "、",
    "关于", "协定", "委员会", "分委会", "部", "总局", "第二十七次", "第", "届", "会晤", "博览会", "—", "2022年12月5日",
    "2022—2023年", "签署的", "在", "举行", "双方", "支持", "框架下", "本联合公报", "滨海1号", "大桥", "口岸", "总统",
    "习近平", "·", "（AIIB）", "以下简称", "期间签署了以下文件：", "\n——", "\n",
  ]

  static let text = Generator(run: { rng in
    var text = ""
    for _ in 0..<Int.random(in: 0...60, using: &rng) {
      text += Bool.random(using: &rng)
        ? genrePieces.randomElement(using: &rng)!
        : AdversarialText.xmlSafeString(using: &rng, maxPieces: 3, maxRun: 50, longRunOdds: 10)
    }
    return text
  })

  /// `署` opening a sentence before `名` or `的`: the check for `部署` looked one scalar before the
  /// sentence (found in a scaled corpus of the benchmark).
  @Test func aSentenceOpeningWith署名() throws {
    for text in ["署名。", "署的文件。", "署名"] { _ = try graph(of: text) }
  }

  @Test func hostileTextExtractsToAGraphEveryFormatWrites() async {
    await propertyCheck(count: 150, input: Self.text) { text in
      let file = InputFile(path: "fuzz.txt", displayPath: "fuzz.txt")
      guard let document = try? TextLoader.normalize(bytes: Array(text.utf8), file: file, sourceID: SourceID(rawValue: "source-fuzz")) else {
        return
      }
      var builder = GraphBuilder()
      builder.add(document)
      let graph = builder.build()
      #expect(graph.danglingReferences().isEmpty)
      for entity in graph.entities.values {
        #expect(!entity.label.isEmpty)
        for mention in entity.mentions {
          #expect(mention.span.startByte <= mention.span.endByte && mention.span.endByte <= text.utf8.count)
        }
      }
      for relation in graph.relations.values { #expect(!relation.provenance.isEmpty) }
      for format in Exporters.all {
        do {
          let output = try export(graph, with: format)
          guard format.format.fileExtension == "rdf" || format.format.fileExtension == "graphml" else { continue }
          for (name, sink) in output.files {
            #expect(xmlWellFormednessErrors(sink.bytes).isEmpty, "\(name)")
          }
        } catch {
          Issue.record("\(format.format.name): \(error)")
        }
      }
    }
  }
}

import DiplographExtraction
import DiplographModel
import DiplographText
import Testing

@Suite struct GraphBuilderTests {
  let text = "2001年7月16日，中华人民共和国和俄罗斯联邦在莫斯科签署《中华人民共和国和俄罗斯联邦睦邻友好合作条约》。双方欢迎中俄投资合作委员会第十次会议成果。"

  func document(_ path: String) throws -> NormalizedDocument {
    // The same bytes under two paths: the same source id, as `TextLoader.load` would derive it.
    try TextLoader.normalize(
      bytes: Array(text.utf8), file: InputFile(path: path, displayPath: path), sourceID: SourceID(rawValue: "source-same"))
  }

  @Test func aFileReadTwiceIsOneSourceAndTheSameFacts() throws {
    var once = GraphBuilder()
    once.add(try document("a.txt"))
    let single = once.build()
    var twice = GraphBuilder()
    twice.add(try document("a.txt"))
    twice.add(try document("copy/a.txt"))
    let double = twice.build()
    #expect(double.sources.count == 1)
    #expect(double.sources.values.first?.path == "copy/a.txt")
    #expect(!single.relations.isEmpty)
    #expect(Set(double.entities.keys) == Set(single.entities.keys))
    #expect(Set(double.relations.keys) == Set(single.relations.keys))
    for relation in single.relations.values {
      #expect(double.relations[relation.id]?.provenance == relation.provenance)
    }
  }

  /// A state named only through a treaty's 中俄 prefix is a party the text implies, never
  /// mentioned on its own: it carries what the gazetteer knows, as a mentioned state does.
  @Test func aStateOnlyImpliedCarriesWhatTheGazetteerKnows() throws {
    let implied = try graph(of: "双方重申《中俄睦邻友好合作条约》的重要意义。")
    let mentioned = try graph(of: "俄罗斯支持这一倡议。")
    let treaty = try #require(implied.entities.values.first { $0.kind.isA(.treaty) })
    let russia = try #require(implied.entity("俄罗斯"))
    #expect(russia.mentions.isEmpty)
    #expect(implied.relations[RelationID(subject: treaty.id, predicate: .party, object: .entity(russia.id))] != nil)
    #expect(russia.attribute(.isoCode) == .string("RU"))
    let named = try #require(mentioned.entity("俄罗斯"))
    #expect(russia.id == named.id)
    #expect(russia.attributes == named.attributes)
    #expect(russia.names == named.names)
  }
}

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
}

import DiplographExtraction
import DiplographModel
import DiplographText
import Foundation

/// The package root, where `corpus/` and the gold files' `source` paths start.
let packageRoot: URL = {
  var url = URL(fileURLWithPath: #filePath)
  for _ in 0..<3 { url.deleteLastPathComponent() }
  return url
}()

/// The graph of a text given in the test.
func graph(of text: String) throws -> Graph {
  let document = try TextLoader.normalize(
    bytes: Array(text.utf8), file: InputFile(path: "unseen.txt", displayPath: "unseen.txt"),
    sourceID: SourceID(rawValue: "source-unseen"))
  var builder = GraphBuilder()
  builder.add(document)
  return builder.build()
}

extension Graph {
  func entity(_ label: String) -> Entity? {
    entities.values.first { $0.label == label || $0.aliases.contains(label) }
  }

  func has(_ subject: String, _ predicate: DiplographModel.Predicate, _ object: String) -> Bool {
    guard let subject = entity(subject)?.id, let object = entity(object)?.id else { return false }
    return relations[RelationID(subject: subject, predicate: predicate, object: .entity(object))] != nil
  }

  func has(_ subject: String, _ predicate: DiplographModel.Predicate, date: CalendarDate) -> Bool {
    guard let subject = entity(subject)?.id else { return false }
    return relations[RelationID(subject: subject, predicate: predicate, object: .literal(.date(date)))] != nil
  }
}

import DiplographModel
import DiplographText
import Foundation

/// The fixture folder copied into the test bundle.
let fixtures = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")

/// The package's corpus folder (tests run from the package root or with it as the bundle's base).
let corpusDirectory: URL = {
  var url = URL(fileURLWithPath: #filePath)
  for _ in 0..<3 { url.deleteLastPathComponent() }
  return url.appendingPathComponent("corpus")
}()

func fixture(_ path: String) -> InputFile {
  InputFile(path: fixtures.appendingPathComponent(path).path, displayPath: path)
}

func corpusFile(_ name: String) -> InputFile {
  InputFile(path: corpusDirectory.appendingPathComponent(name).path, displayPath: "corpus/" + name)
}

/// Normalizes text given in the test, as a UTF-8 file named `name`.
func normalize(_ text: String, name: String = "test.txt") throws -> NormalizedDocument {
  try TextLoader.normalize(
    bytes: Array(text.utf8), file: InputFile(path: name, displayPath: name),
    sourceID: SourceID(rawValue: "source-test"))
}

/// The display text of every sentence.
func sentences(_ text: String) throws -> [String] {
  try normalize(text).sentences.map(\.displayText)
}

enum Corpus {
  static let meeting25 = "2020-12-02_pm-meeting-25_communique.txt"
  static let anniversary = "2021-06-28_treaty-20th-anniversary_joint-statement_one-line.txt"
  static let meeting27 = "2022-12-05_pm-meeting-27_communique_pdf-extract.txt"
  static let statements2023 = "2023-03-21_heads-of-state_joint-statements_markdown.md"
  static let newspaper2024 = "2024-05-16_heads-of-state_joint-statement_newspaper-fragments.txt"
  static let all = [meeting25, anniversary, meeting27, statements2023, newspaper2024]
}

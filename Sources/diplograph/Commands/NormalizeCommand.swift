import ArgumentParser
import DiplographText

extension Diplograph {
  struct Normalize: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print a file's normalized text, one sentence a line, with paragraph numbers.")

    @Argument(help: "The file to normalize.")
    var file: String

    func run() throws {
      let document = try TextLoader.load(InputFile(path: file, displayPath: file))
      var paragraph = -1
      for sentence in document.sentences {
        if sentence.paragraph != paragraph {
          paragraph = sentence.paragraph
          print("¶\(paragraph)")
        }
        let span = sentence.span
        print("  [\(sentence.id.ordinal)] \(span.line):\(span.column) \(sentence.displayText)")
      }
    }
  }
}

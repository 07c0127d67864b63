import ArgumentParser
import DiplographText

extension Diplograph {
  struct Normalize: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print a file's normalized text: paragraphs, then one sentence a line.",
      discussion: """
        Each paragraph starts with ¶, its number and its kind (heading, text, list, signature); each \
        sentence with its number and the source line:column it starts at. A sentence that repeats an \
        earlier one is marked 'repeat of N'. Findings (dropped characters, cut sentences) follow.
        """)

    @Argument(help: "The file to normalize.")
    var file: String

    func run() throws {
      let document = try TextLoader.load(InputFile(path: file, displayPath: file))
      print("# \(document.source.path) (\(document.source.encoding), \(document.source.byteCount) bytes)")
      if let title = document.source.title { print("# title: \(title)") }
      var paragraph = -1
      for (sentence, record) in zip(document.sentences, document.source.sentences) {
        if sentence.paragraph != paragraph {
          paragraph = sentence.paragraph
          print("¶\(paragraph) \(label(sentence.paragraphKind))")
        }
        let span = record.span
        let repeatNote = record.repeatOf.map { " (repeat of \($0.ordinal))" } ?? ""
        print("  [\(sentence.id.ordinal)] \(span.line):\(span.column)\(repeatNote) \(sentence.displayText)")
      }
      for finding in document.findings { print("finding: \(finding)") }
    }

    private func label(_ kind: ParagraphKind) -> String {
      switch kind {
      case .heading: return "heading"
      case .text: return "text"
      case .listItem: return "list"
      case .signature: return "signature"
      }
    }
  }
}

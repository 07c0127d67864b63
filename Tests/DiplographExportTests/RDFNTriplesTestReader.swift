/// Reads N-Triples back into triples, undoing every escape RDF 1.1 allows (`\t \b \n \r \f \" \'
/// \\ \uXXXX \UXXXXXXXX`), so a test compares the text that went in with the text that came out.
/// Written apart from the exporter's escaping table, so one cannot hide the other's mistake.
enum RDFNTriplesTestReader {
  struct ReadError: Error, CustomStringConvertible {
    let description: String
  }

  static func read(_ text: String) throws -> [RDFTestTriple] {
    var triples: [RDFTestTriple] = []
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
      var scanner = Scanner(scalars: Array(line.unicodeScalars), line: number + 1)
      let subject = try scanner.term()
      guard case .iri(let predicate) = try scanner.term() else { throw scanner.error("predicate is not an IRI") }
      let object = try scanner.term()
      scanner.skipSpaces()
      guard scanner.next() == ".", scanner.atEnd else { throw scanner.error("no ' .' at the end") }
      triples.append(RDFTestTriple(subject: subject, predicate: predicate, object: object))
    }
    return triples
  }

  private struct Scanner {
    let scalars: [Unicode.Scalar]
    let line: Int
    var index = 0

    var atEnd: Bool { index == scalars.count }

    func error(_ what: String) -> ReadError { ReadError(description: "line \(line): \(what)") }

    mutating func next() -> Unicode.Scalar? {
      guard index < scalars.count else { return nil }
      defer { index += 1 }
      return scalars[index]
    }

    mutating func skipSpaces() {
      while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
    }

    mutating func term() throws -> RDFTestTriple.Term {
      skipSpaces()
      switch next() {
      case "<": return .iri(try until(">"))
      case "_":
        guard next() == ":" else { throw error("bad blank node") }
        var label = ""
        while index < scalars.count, scalars[index] != " " { label.unicodeScalars.append(next()!) }
        return .blank(label)
      case "\"": return try literal()
      default: throw error("unexpected character")
      }
    }

    mutating func until(_ end: Unicode.Scalar) throws -> String {
      var text = ""
      while let scalar = next() {
        if scalar == end { return text }
        text.unicodeScalars.append(scalar)
      }
      throw error("missing '\(end)'")
    }

    mutating func literal() throws -> RDFTestTriple.Term {
      var text = ""
      while true {
        guard let scalar = next() else { throw error("unterminated string") }
        if scalar == "\"" { break }
        if scalar == "\n" || scalar == "\r" { throw error("raw line break in a string") }
        text.unicodeScalars.append(scalar == "\\" ? try escape() : scalar)
      }
      if index < scalars.count, scalars[index] == "@" {
        index += 1
        var tag = ""
        while index < scalars.count, scalars[index] != " " { tag.unicodeScalars.append(next()!) }
        return .literal(text, language: tag.lowercased(), datatype: nil)
      }
      if index + 2 < scalars.count, scalars[index] == "^", scalars[index + 1] == "^", scalars[index + 2] == "<" {
        index += 3
        return .literal(text, language: nil, datatype: try until(">"))
      }
      return .literal(text, language: nil, datatype: nil)
    }

    mutating func escape() throws -> Unicode.Scalar {
      switch next() {
      case "t": return "\t"
      case "b": return "\u{8}"
      case "n": return "\n"
      case "r": return "\r"
      case "f": return "\u{C}"
      case "\"": return "\""
      case "'": return "'"
      case "\\": return "\\"
      case "u": return try hex(4)
      case "U": return try hex(8)
      default: throw error("unknown escape")
      }
    }

    mutating func hex(_ digits: Int) throws -> Unicode.Scalar {
      var text = ""
      for _ in 0..<digits { text.unicodeScalars.append(next() ?? " ") }
      guard let value = UInt32(text, radix: 16), let scalar = Unicode.Scalar(value) else {
        throw error("bad \\u escape '\(text)'")
      }
      return scalar
    }
  }
}

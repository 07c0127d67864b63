/// Writes values as `neo4j-admin database import` reads CSV: RFC 4180 quoting (a quote inside
/// a quoted field is doubled; a backslash is an ordinary character, `--legacy-style-quoting=false`),
/// array elements joined by `arrayDelimiter`.
///
/// Every string is quoted, so an empty string stays an empty string and an absent value (an
/// unquoted empty field) stays absent. Line breaks are kept inside the quotes and reported, so
/// the import command can add `--multiline-fields=true` only when a value needs it.
///
///     var out: [UInt8] = []
///     try CSVEscaping.appendQuoted("say \"hi\"", to: &out, insideArray: false)   // "say ""hi"""
enum CSVEscaping {
  /// U+001F (unit separator) between array elements and labels: `;`, the importer's default,
  /// occurs in text; U+001F does not, and a value holding it is refused.
  static let arrayDelimiter: UInt8 = 0x1F
  /// How the delimiter is named on the `neo4j-admin` command line.
  static let arrayDelimiterOption = "U+001F"

  /// Appends `text` in quotes; returns true when it holds a line break.
  @discardableResult
  static func appendQuoted(_ text: String, to out: inout [UInt8], insideArray: Bool) throws -> Bool {
    out.append(quote)
    let holdsLineBreak = try appendEscaped(text, to: &out, insideArray: insideArray)
    out.append(quote)
    return holdsLineBreak
  }

  /// Appends `text` with quotes doubled, for use between quotes; returns true for a line break.
  /// Runs of ordinary bytes are copied in one go.
  static func appendEscaped(_ text: String, to out: inout [UInt8], insideArray: Bool) throws -> Bool {
    var holdsLineBreak = false
    var utf8Text = text
    try utf8Text.withUTF8 { bytes in
      var runStart = 0
      for index in bytes.indices {
        let byte = bytes[index]
        guard byte < 0x23, isSpecial[Int(byte)] else { continue }
        switch byte {
        case quote:
          out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...index]))
          runStart = index  // the quote is copied once more, doubling it
        case arrayDelimiter where insideArray:
          throw ExportError.unrepresentable(
            format: "neo4j-csv", item: excerpt(text), reason: "holds U+001F, the array delimiter")
        case 0x0A, 0x0D: holdsLineBreak = true
        default: break
        }
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }
    return holdsLineBreak
  }
}

private let quote = UInt8(ascii: "\"")

/// The bytes below 0x23 that are not simply copied: the quote (doubled), the array delimiter
/// (refused inside arrays, kept elsewhere) and the line breaks (kept, and reported).
private let isSpecial: [Bool] = (0..<0x23).map { [0x0A, 0x0D, Int(CSVEscaping.arrayDelimiter), 0x22].contains($0) }

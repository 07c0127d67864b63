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
  static func appendEscaped(_ text: String, to out: inout [UInt8], insideArray: Bool) throws -> Bool {
    var holdsLineBreak = false
    for byte in text.utf8 {
      switch byteRules[Int(byte)] {
      case .keep: out.append(byte)
      case .replace(let replacement): out.append(contentsOf: replacement)
      case .refuse(let reason):
        guard insideArray else {
          out.append(byte)
          continue
        }
        throw ExportError.unrepresentable(format: "neo4j-csv", item: excerpt(text), reason: reason)
      }
      if byte == 0x0A || byte == 0x0D { holdsLineBreak = true }
    }
    return holdsLineBreak
  }
}

private let quote = UInt8(ascii: "\"")

/// By byte: the quote doubles; the array delimiter is refused inside arrays (and kept elsewhere);
/// everything else, UTF-8 continuation bytes included, is kept.
private let byteRules: [EscapeRule] = (0..<256).map { value in
  switch value {
  case 0x22: return .replace([quote, quote])
  case Int(CSVEscaping.arrayDelimiter): return .refuse("holds U+001F, the array delimiter")
  default: return .keep
  }
}

/// Graphviz DOT's quoted strings (`"…"`), as a table from character to spelling.
///
/// Inside quotes DOT itself only knows `\"`, but Graphviz then reads labels and tooltips for
/// its own escapes (`\n` line break, `\N` node name, `\\` backslash) and for HTML character
/// entities (`&amp;`, `&#1;`). So a backslash is doubled, `&` becomes `&amp;`, a line break
/// becomes `\n`, a tab a space (Graphviz shows one anyway) and a carriage return is dropped.
/// Graphviz's scanner refuses a quoted string over 16 KiB, so longer text is written as
/// several strings joined with DOT's `+`. Characters XML 1.0 forbids are refused: no picture
/// tool draws them, and refusing keeps every export equally strict.
///
///     DOTEscaping.quoted("a\"b\\c\nd&e")   // "a\"b\\c\nd&amp;e" (with the quotes)
enum DOTEscaping {
  /// Bytes per quoted piece, well under Graphviz's 16 KiB limit.
  static let pieceLimit = 8_000

  /// The quoted string, or nil when `text` holds a character XML 1.0 forbids.
  static func quoted(_ text: String) -> String? {
    var result = "\""
    var pieceBytes = 0
    for scalar in text.unicodeScalars {
      if pieceBytes >= pieceLimit {
        result += "\" + \""
        pieceBytes = 0
      }
      if let spelling = spellings[scalar] {
        result += spelling
        pieceBytes += spelling.utf8.count
      } else if XMLCharacters.isAllowed(scalar) {
        result.unicodeScalars.append(scalar)
        pieceBytes += String(scalar).utf8.count
      } else {
        return nil
      }
    }
    return result + "\""
  }

  private static let spellings: [Unicode.Scalar: String] = [
    "\"": "\\\"",
    "\\": "\\\\",
    "&": "&amp;",
    "\n": "\\n",
    "\t": " ",
    // A carriage return only ever precedes a line break worth keeping; alone it draws nothing.
    "\r": "",
  ]
}

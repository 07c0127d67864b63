import CLibXML2

/// libxml2 sets up its globals on first use; exporters that run on several threads at once need
/// that done once, before them.
public enum XMLLibrary {
  public static func prepareForThreads() { xmlInitParser() }
}

/// libxml2's `xmlTextWriter`, writing into a `ByteSink`; the only file that touches it.
///
/// libxml2 does the escaping (`<`, `&`, quotes, and line breaks inside attributes), so no format
/// hand-writes XML. What libxml2 would pass through but XML 1.0 forbids (U+0000–U+0008, U+000B,
/// U+000C, U+000E–U+001F, U+FFFE, U+FFFF) is refused before it is written: `ExportError`, never
/// a file a parser rejects.
public final class XMLTextWriter {
  private let writer: xmlTextWriterPtr
  private let context: WriteContext
  private let format: String

  /// - Parameters:
  ///   - format: the format's name, for error messages.
  ///   - indent: pretty-print with two spaces; element content stays exact either way.
  public init(sink: any ByteSink, format: String, indent: Bool = true) throws {
    self.format = format
    context = WriteContext(sink: sink)
    let opaque = Unmanaged.passUnretained(context).toOpaque()
    guard let buffer = xmlOutputBufferCreateIO(writeCallback, nil, opaque, nil),
      let writer = xmlNewTextWriter(buffer)
    else {
      throw ExportError.io(path: format, reason: "libxml2 could not create a writer")
    }
    self.writer = writer
    if indent {
      xmlTextWriterSetIndent(writer, 1)
      xmlTextWriterSetIndentString(writer, "  ")
    }
  }

  deinit { xmlFreeTextWriter(writer) }

  public func startDocument() throws {
    try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil))
  }

  /// Closes every open element and flushes into the sink (the sink stays open).
  public func endDocument() throws {
    try check(xmlTextWriterEndDocument(writer))
    try check(xmlTextWriterFlush(writer))
  }

  public func startElement(_ name: String) throws {
    try check(withXMLChars(name) { xmlTextWriterStartElement(writer, $0) })
  }

  public func endElement() throws {
    try check(xmlTextWriterEndElement(writer))
  }

  /// Ends an element always with a closing tag, never `<a/>`: for elements whose content is text.
  public func fullEndElement() throws {
    try check(xmlTextWriterFullEndElement(writer))
  }

  /// Writes `name="value"`; `item` names what the value belongs to for error messages.
  public func attribute(_ name: String, _ value: String, item: @autoclosure () -> String = "") throws {
    try validate(value, item: item())
    try check(withXMLChars(name) { name in withXMLChars(value) { xmlTextWriterWriteAttribute(writer, name, $0) } })
  }

  /// Writes escaped character data.
  public func text(_ value: String, item: @autoclosure () -> String = "") throws {
    try validate(value, item: item())
    try check(withXMLChars(value) { xmlTextWriterWriteString(writer, $0) })
  }

  /// `<name attributes…>text</name>` in one call.
  public func element(
    _ name: String, attributes: KeyValuePairs<String, String> = [:], text value: String,
    item: @autoclosure () -> String = ""
  ) throws {
    try startElement(name)
    for (key, attributeValue) in attributes { try attribute(key, attributeValue, item: item()) }
    try text(value, item: item())
    try fullEndElement()
  }

  /// Writes a comment; `--` is not allowed in one, so it is refused like a forbidden character.
  public func comment(_ value: String) throws {
    guard !value.contains("--"), !value.hasSuffix("-") else {
      throw ExportError.unrepresentable(format: format, item: "comment", reason: "contains '--'")
    }
    try validate(value, item: "comment")
    try check(xmlTextWriterWriteComment(writer, value))
  }

  /// `item` is only built when the value is refused: almost every value is written without error.
  private func validate(_ value: String, item: @autoclosure () -> String) throws {
    if let bad = XMLCharacters.firstForbidden(in: value) {
      let item = item()
      throw ExportError.unrepresentable(
        format: format, item: item.isEmpty ? "text" : item,
        reason: "character U+\(String(bad.value, radix: 16, uppercase: true)) is not allowed in XML 1.0")
    }
  }

  private func check(_ status: Int32) throws {
    if let error = context.error { throw error }
    if status < 0 { throw ExportError.io(path: format, reason: "libxml2 writer failed") }
  }
}

/// Hands libxml2 the string's own NUL-terminated UTF-8 (native strings: no copy), where the
/// implicit `String` to `UnsafePointer<xmlChar>` conversion copies it into a new array each call.
@inline(__always)
private func withXMLChars<Result>(_ text: String, _ body: (UnsafePointer<xmlChar>) -> Result) -> Result {
  text.withCString { body(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
}

/// libxml2's `xmlOutputBuffer` into a `ByteSink`, for a writer that lays out its own markup from
/// fixed pieces: `xmlTextWriter` keeps a stack of open elements and allocates per element and
/// attribute, which for the millions of elements of a large RDF/XML export cost more than the
/// bytes themselves.
///
/// The caller composes markup and hands it over in chunks (it is a `ByteSink` itself). Character
/// data and attribute values pass through `withEscapedText` and `withEscapedAttributeValue`,
/// which leave them to libxml2's own escaping (the functions `xmlTextWriter` uses) whenever
/// anything in them needs escaping, so they read exactly as `XMLTextWriter` writes them. Neither
/// checks for characters XML 1.0 forbids: that is the caller's part (`XMLCharacters`).
public final class XMLOutputBuffer: ByteSink {
  private let buffer: xmlOutputBufferPtr
  private let context: WriteContext
  private let format: String
  private var isClosed = false

  /// - Parameter format: the format's name, for error messages.
  public init(sink: any ByteSink, format: String) throws {
    self.format = format
    context = WriteContext(sink: sink)
    buffer = try makeOutputBuffer(writingTo: context, format: format)
  }

  deinit { if !isClosed { xmlOutputBufferClose(buffer) } }

  /// Hands finished markup to libxml2, which passes it on to the sink in chunks.
  public func write(_ bytes: UnsafeRawBufferPointer) throws {
    guard !isClosed else { throw ExportError.io(path: format, reason: "write after close") }
    let markup = bytes.bindMemory(to: CChar.self)
    try check(xmlOutputBufferWrite(buffer, Int32(markup.count), markup.baseAddress))
  }

  /// Writes out what libxml2 holds and releases it; the sink underneath stays open.
  public func close() throws {
    guard !isClosed else { return }
    isClosed = true
    try check(xmlOutputBufferFlush(buffer))
    try check(xmlOutputBufferClose(buffer))
  }

  /// Character data with `<`, `>`, `&`, `"` and carriage returns escaped as
  /// `xmlTextWriterWriteString` escapes them, everything else as it is.
  public static func withEscapedText<Result>(_ text: String, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
    withEscaped(text, needsEscape: needsTextEscape, escape: { xmlEncodeSpecialChars(nil, $0) }, body)
  }

  /// An attribute value, without its quotes, as `xmlTextWriterWriteAttribute` escapes it (line
  /// breaks and tabs as character references too, and non-ASCII characters: the writer has no
  /// document encoding).
  public static func withEscapedAttributeValue<Result>(
    _ value: String, _ body: (UnsafeRawBufferPointer) -> Result
  ) -> Result {
    withEscaped(value, needsEscape: needsAttributeEscape, escape: escapeAttributeValue, body)
  }

  /// `text` as it is when no byte of it needs escaping, the common case; else what libxml2's
  /// `escape` makes of it.
  @inline(__always)
  private static func withEscaped<Result>(
    _ text: String, needsEscape: (UInt8) -> Bool, escape: (UnsafePointer<xmlChar>) -> UnsafeMutablePointer<xmlChar>?,
    _ body: (UnsafeRawBufferPointer) -> Result
  ) -> Result {
    var text = text
    let plain = text.withUTF8 { utf8 in utf8.contains(where: needsEscape) ? nil : body(UnsafeRawBufferPointer(utf8)) }
    if let plain { return plain }
    let escaped = withXMLChars(text, escape)
    defer { if let escaped { freeXMLMemory(escaped) } }
    return body(UnsafeRawBufferPointer(start: escaped, count: escaped.map { Int(xmlStrlen($0)) } ?? 0))
  }

  private static func escapeAttributeValue(_ value: UnsafePointer<xmlChar>) -> UnsafeMutablePointer<xmlChar>? {
    guard let escaped = xmlBufferCreate() else { return nil }
    defer { xmlBufferFree(escaped) }
    xmlAttrSerializeTxtContent(escaped, nil, nil, value)
    return xmlStrdup(xmlBufferContent(escaped))
  }

  @inline(__always)
  private static func needsTextEscape(_ byte: UInt8) -> Bool {
    byte <= UInt8(ascii: ">")
      && (byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
        || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\r"))
  }

  @inline(__always)
  private static func needsAttributeEscape(_ byte: UInt8) -> Bool {
    byte >= 0x80 || needsTextEscape(byte) || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
  }

  private func check(_ status: Int32) throws {
    if let error = context.error { throw error }
    if status < 0 { throw ExportError.io(path: format, reason: "libxml2 output buffer failed") }
  }
}

/// XML 1.0's `Char` production, for the checks every XML exporter shares.
public enum XMLCharacters {
  public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
    default: return false
    }
  }

  public static func firstForbidden(in text: String) -> Unicode.Scalar? {
    // Over the string's own bytes (native strings always have them) first: only a string that
    // may hold a forbidden character is decoded scalar by scalar.
    if text.utf8.withContiguousStorageIfAvailable(mayHoldForbidden) == false { return nil }
    return text.unicodeScalars.first { !isAllowed($0) }
  }

  /// A control byte other than tab/newline/return, or EF BF BE/BF (U+FFFE/U+FFFF; the bytes are
  /// valid UTF-8, so nothing else XML forbids can occur). A lone EF, which Chinese fullwidth
  /// punctuation (U+FF0C …) starts with, is no sign.
  private static func mayHoldForbidden(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let count = bytes.count
    var index = 0
    while index < count {
      let byte = bytes[index]
      if byte < 0x20 {
        if byte != 0x9 && byte != 0xA && byte != 0xD { return true }
      } else if byte == 0xEF, index + 2 < count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE {
        return true
      }
      index += 1
    }
    return false
  }
}

private final class WriteContext {
  let sink: any ByteSink
  // Read after every libxml2 call and written only by the callback on this thread; the dynamic
  // exclusivity check on it cost more than the call it guarded.
  @exclusivity(unchecked) var error: (any Error)?

  init(sink: any ByteSink) { self.sink = sink }
}

private func writeCallback(
  _ context: UnsafeMutableRawPointer?, _ buffer: UnsafePointer<CChar>?, _ length: Int32
) -> Int32 {
  guard let context, let buffer else { return -1 }
  // libxml2 flushes once more, with nothing to write, when the writer is freed — after the
  // exporter has closed its sink; that is not a write.
  if length == 0 { return 0 }
  let box = Unmanaged<WriteContext>.fromOpaque(context).takeUnretainedValue()
  if box.error != nil { return -1 }
  do {
    try box.sink.write(UnsafeRawBufferPointer(start: buffer, count: Int(length)))
    return length
  } catch {
    box.error = error
    return -1
  }
}

/// libxml2's output buffer without the text writer on top, for formats that write a great many
/// small elements of a fixed shape (GraphML's nodes and edges).
///
/// `XMLTextWriter` keeps a stack of open elements, copies each element name and makes a call per
/// `<`, name, attribute and `>`; that bookkeeping cost more than the bytes. Here the caller hands
/// over its fixed markup (`<data key="n.label">`) in one call, and libxml2 escapes each value as
/// `XMLTextWriter` does — `text` as `xmlTextWriterWriteString` (`xmlEncodeSpecialChars`),
/// `attributeValue` as `xmlTextWriterWriteAttribute` (`xmlAttrSerializeTxtContent`) — so the
/// same calls give the same bytes. A value in which libxml2 would change nothing is written as
/// it is, without the copy that escaping makes. Characters XML 1.0 forbids are refused as in
/// `XMLTextWriter`. Nothing checks that the markup itself is well-formed: that is the caller's.
public final class XMLMarkupWriter {
  private let buffer: xmlOutputBufferPtr
  private let context: WriteContext
  private let format: String

  /// - Parameter format: the format's name, for error messages.
  public init(sink: any ByteSink, format: String) throws {
    self.format = format
    context = WriteContext(sink: sink)
    buffer = try makeOutputBuffer(writingTo: context, format: format)
  }

  deinit { xmlOutputBufferClose(buffer) }

  /// Writes `bytes` unchanged: markup, or text this writer escaped before (a spilled part).
  public func raw(_ bytes: UnsafeRawBufferPointer) throws {
    guard var start = bytes.baseAddress?.assumingMemoryBound(to: CChar.self) else { return }
    var remaining = bytes.count
    while remaining > 0 {
      let count = min(remaining, 1 << 30)
      try check(xmlOutputBufferWrite(buffer, Int32(count), start))
      start += count
      remaining -= count
    }
  }

  public func raw(_ markup: StaticString) throws {
    try raw(UnsafeRawBufferPointer(start: markup.utf8Start, count: markup.utf8CodeUnitCount))
  }

  public func raw(_ bytes: [UInt8]) throws {
    try bytes.withUnsafeBytes { try raw($0) }
  }

  /// Writes `value` escaped as element content; returns the number of bytes written.
  @discardableResult
  public func text(_ value: String, item: @autoclosure () -> String = "") throws -> Int {
    var value = value
    // Nearly every value needs neither check nor escape: one pass over its bytes, then one copy.
    let plain = try value.withUTF8 { bytes -> Int? in
      let scan = XMLCharacters.scan(bytes, attribute: false)
      guard !scan.mayHoldForbidden, !scan.needsEscaping else { return nil }
      try raw(UnsafeRawBufferPointer(bytes))
      return bytes.count
    }
    if let plain { return plain }
    try check(value, item: item())
    let escaped = value.withCString {
      xmlEncodeSpecialChars(nil, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self))
    }
    guard let escaped else { throw ExportError.io(path: format, reason: "libxml2 could not escape a value") }
    defer { freeXMLMemory(escaped) }
    let count = Int(xmlStrlen(escaped))
    try raw(UnsafeRawBufferPointer(start: escaped, count: count))
    return count
  }

  /// Writes `value` escaped as an attribute value, without the quotes around it.
  public func attributeValue(_ value: String, item: @autoclosure () -> String = "") throws {
    var value = value
    let plain = try value.withUTF8 { bytes -> Bool in
      let scan = XMLCharacters.scan(bytes, attribute: true)
      guard !scan.mayHoldForbidden, !scan.needsEscaping else { return false }
      try raw(UnsafeRawBufferPointer(bytes))
      return true
    }
    if plain { return }
    try check(value, item: item())
    guard let escaped = xmlBufferCreate() else {
      throw ExportError.io(path: format, reason: "libxml2 could not escape a value")
    }
    defer { xmlBufferFree(escaped) }
    value.withCString {
      xmlAttrSerializeTxtContent(escaped, nil, nil, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self))
    }
    try raw(UnsafeRawBufferPointer(start: xmlBufferContent(escaped), count: Int(xmlBufferLength(escaped))))
  }

  /// Refuses a value holding a character XML 1.0 forbids, as `text` and `attributeValue` would;
  /// for callers that check values before they write them.
  public func check(_ value: String, item: @autoclosure () -> String = "") throws {
    if let bad = XMLCharacters.firstForbidden(in: value) {
      let item = item()
      throw ExportError.unrepresentable(
        format: format, item: item.isEmpty ? "text" : item,
        reason: "character U+\(String(bad.value, radix: 16, uppercase: true)) is not allowed in XML 1.0")
    }
  }

  /// Hands everything written so far to the sink (the sink stays open).
  public func flush() throws {
    try check(xmlOutputBufferFlush(buffer))
  }

  private func check(_ status: Int32) throws {
    if let error = context.error { throw error }
    if status < 0 { throw ExportError.io(path: format, reason: "libxml2 output failed") }
  }
}

/// A libxml2 output buffer that hands its bytes to `context`'s sink. No encoder: the bytes are
/// UTF-8 already, and the output is UTF-8.
private func makeOutputBuffer(writingTo context: WriteContext, format: String) throws -> xmlOutputBufferPtr {
  let opaque = Unmanaged.passUnretained(context).toOpaque()
  guard let buffer = xmlOutputBufferCreateIO(writeCallback, nil, opaque, nil) else {
    throw ExportError.io(path: format, reason: "libxml2 could not create an output buffer")
  }
  return buffer
}

/// libxml2's deallocator: `xmlFree` is a global variable, which Swift 6 does not let code read
/// directly; `xmlMemGet` hands out the same function.
private let freeXMLMemory: @convention(c) (UnsafeMutableRawPointer?) -> Void = {
  var free: xmlFreeFunc?
  guard xmlMemGet(&free, nil, nil, nil) == 0, let free else { fatalError("libxml2 has no deallocator") }
  return free
}()

extension XMLCharacters {
  /// What one pass over a value's bytes tells a writer: whether it may hold a character XML 1.0
  /// forbids (see `mayHoldForbidden`), and whether libxml2's escaping would change it.
  struct Scan {
    var mayHoldForbidden = false
    var needsEscaping = false
  }

  /// Element content needs escaping for `<`, `>`, `&`, `"` and carriage return (what
  /// `xmlEncodeSpecialChars` replaces); an attribute value also for tab, line feed and any byte
  /// above ASCII, which libxml2 writes as character references when it has no document encoding.
  static func scan(_ bytes: UnsafeBufferPointer<UInt8>, attribute: Bool) -> Scan {
    var scan = Scan()
    guard let base = bytes.baseAddress else { return scan }
    let count = bytes.count
    var index = 0
    if !attribute {
      // Eight bytes at a time. Chinese text has no byte below 0x3F, where the control bytes,
      // `"`, `&`, `<` and `>` lie; ASCII is checked for those exactly. 0xEF starts fullwidth
      // punctuation as well as U+FFFE and U+FFFF, so only the bytes after each 0xEF are looked at.
      while index + 8 <= count {
        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
        if hasByte(below: 0x3F, word),
          hasByte(below: 0x20, word) || hasByte(0x22, word) || hasByte(0x26, word) || hasByte(0x3C, word)
            || hasByte(0x3E, word)
        {
          for position in index..<(index + 8) { classify(bytes, position, attribute: false, into: &scan) }
        } else {
          var starts = bytesEqual(to: 0xEF, word)
          while starts != 0 {
            let position = index + starts.trailingZeroBitCount / 8
            if position + 2 < count, bytes[position + 1] == 0xBF, bytes[position + 2] >= 0xBE {
              scan.mayHoldForbidden = true
            }
            starts &= starts - 1
          }
        }
        index += 8
      }
    }
    while index < count {
      classify(bytes, index, attribute: attribute, into: &scan)
      index += 1
    }
    return scan
  }

  private static let lowBits: UInt64 = 0x0101_0101_0101_0101
  private static let highBits: UInt64 = 0x8080_8080_8080_8080

  /// Whether some byte of `word` is below `limit` (at most 0x80): the "has less than" bit trick.
  @inline(__always)
  private static func hasByte(below limit: UInt8, _ word: UInt64) -> Bool {
    (word &- lowBits &* UInt64(limit)) & ~word & highBits != 0
  }

  /// Whether some byte of `word` equals `byte` ("has zero byte" after an exclusive or).
  @inline(__always)
  private static func hasByte(_ byte: UInt8, _ word: UInt64) -> Bool {
    let difference = word ^ (lowBits &* UInt64(byte))
    return (difference &- lowBits) & ~difference & highBits != 0
  }

  /// The top bit of each byte of `word` that equals `byte`, and no other bit.
  @inline(__always)
  private static func bytesEqual(to byte: UInt8, _ word: UInt64) -> UInt64 {
    let difference = word ^ (lowBits &* UInt64(byte))
    let lowSevenBits = ~highBits
    return ~(((difference & lowSevenBits) &+ lowSevenBits) | difference | lowSevenBits)
  }

  @inline(__always)
  private static func classify(
    _ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, attribute: Bool, into scan: inout Scan
  ) {
    let byte = bytes[index]
    if byte >= 0x80 {
      if attribute { scan.needsEscaping = true }
      if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE {
        scan.mayHoldForbidden = true
      }
    } else if byte <= 0x3E {
      switch byte {
      case 0x22, 0x26, 0x3C, 0x3E, 0x0D: scan.needsEscaping = true
      case 0x09, 0x0A: if attribute { scan.needsEscaping = true }
      case ..<0x20: scan.mayHoldForbidden = true
      default: break
      }
    }
  }
}

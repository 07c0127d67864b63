import CLibXML2

/// libxml2's output buffer without the text writer on top, for formats that lay out their own
/// markup from fixed pieces (RDF/XML's node elements, GraphML's nodes and edges).
///
/// libxml2's text writer (`xmlTextWriter`) keeps a stack of open elements, copies each element
/// name and makes a call per `<`, name, attribute and `>`; for the millions of elements of a large
/// export that bookkeeping cost more than the bytes. Here the caller hands over its markup
/// (`<data key="n.label">`) in one call, and libxml2 escapes each value as its text writer does — text as
/// `xmlTextWriterWriteString` (`xmlEncodeSpecialChars`), attribute values as
/// `xmlTextWriterWriteAttribute` (`xmlAttrSerializeTxtContent`) — so the same calls give the same
/// bytes. A value in which libxml2 would change nothing is written as it is, without the copy that
/// escaping makes. `text` and `attributeValue` refuse characters XML 1.0 forbids, as
/// the text writer does; the static `withEscaped…` leave that check to the caller. Nothing checks
/// that the markup itself is well-formed: that is the caller's.
public final class XMLMarkupWriter: ByteSink {
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

  /// Writes `bytes` unchanged: markup, or text escaped before (a spilled part).
  public func raw(_ bytes: UnsafeRawBufferPointer) throws {
    guard !isClosed else { throw ExportError.io(path: format, reason: "write after close") }
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

  /// As a `ByteSink`: markup composed elsewhere, handed over in chunks.
  public func write(_ bytes: UnsafeRawBufferPointer) throws { try raw(bytes) }

  /// Writes `value` escaped as element content; returns the number of bytes written.
  @discardableResult
  public func text(_ value: String, item: @autoclosure () -> String = "") throws -> Int {
    try checked(value, attribute: false, item: item()) { try raw($0); return $0.count }
  }

  /// Writes `value` escaped as an attribute value, without the quotes around it.
  public func attributeValue(_ value: String, item: @autoclosure () -> String = "") throws {
    try checked(value, attribute: true, item: item()) { try raw($0) }
  }

  /// Refuses a value holding a character XML 1.0 forbids, as `text` and `attributeValue` would;
  /// for callers that check values before they write them.
  public func check(_ value: String, item: @autoclosure () -> String = "") throws {
    if let refusal = XMLCharacters.refusal(of: value, format: format, item: item()) { throw refusal }
  }

  /// Hands everything written so far to the sink (the sink stays open).
  public func flush() throws {
    try check(xmlOutputBufferFlush(buffer))
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
  public static func withEscapedText<Result>(
    _ text: String, _ body: (UnsafeRawBufferPointer) throws -> Result
  ) rethrows -> Result {
    try withEscaped(text, attribute: false) { escaped, _ in try body(escaped) }
  }

  /// An attribute value, without its quotes, as `xmlTextWriterWriteAttribute` escapes it (line
  /// breaks and tabs as character references too, and non-ASCII characters: the writer has no
  /// document encoding).
  public static func withEscapedAttributeValue<Result>(
    _ value: String, _ body: (UnsafeRawBufferPointer) throws -> Result
  ) rethrows -> Result {
    try withEscaped(value, attribute: true) { escaped, _ in try body(escaped) }
  }

  /// `value` escaped for writing, after the forbidden-character check that `text` and
  /// `attributeValue` promise; the one scan of the bytes serves both questions.
  private func checked<Result>(
    _ value: String, attribute: Bool, item: @autoclosure () -> String, _ body: (UnsafeRawBufferPointer) throws -> Result
  ) throws -> Result {
    try Self.withEscaped(value, attribute: attribute) { escaped, mayHoldForbidden in
      if mayHoldForbidden { try check(value, item: item()) }
      return try body(escaped)
    }
  }

  /// Hands `body` the text as it is when no byte of it needs escaping, the common case, else what
  /// libxml2's escaping makes of it; and whether the text may hold a character XML 1.0 forbids.
  private static func withEscaped<Result>(
    _ text: String, attribute: Bool, _ body: (UnsafeRawBufferPointer, Bool) throws -> Result
  ) rethrows -> Result {
    var text = text
    let scan = text.withUTF8 { XMLCharacters.scan($0, attribute: attribute) }
    if !scan.needsEscaping {
      return try text.withUTF8 { try body(UnsafeRawBufferPointer($0), scan.mayHoldForbidden) }
    }
    return try text.withCString { characters in
      let value = UnsafeRawPointer(characters).assumingMemoryBound(to: xmlChar.self)
      if attribute {
        // libxml2 fails only when it cannot allocate, as Swift itself would stop.
        guard let escaped = xmlBufferCreate() else { fatalError("libxml2 could not allocate a buffer") }
        defer { xmlBufferFree(escaped) }
        xmlAttrSerializeTxtContent(escaped, nil, nil, value)
        return try body(
          UnsafeRawBufferPointer(start: xmlBufferContent(escaped), count: Int(xmlBufferLength(escaped))), scan.mayHoldForbidden)
      }
      guard let escaped = xmlEncodeSpecialChars(nil, value) else { fatalError("libxml2 could not allocate a string") }
      defer { freeXMLMemory(escaped) }
      return try body(UnsafeRawBufferPointer(start: escaped, count: Int(xmlStrlen(escaped))), scan.mayHoldForbidden)
    }
  }

  private func check(_ status: Int32) throws {
    if let error = context.error { throw error }
    if status < 0 { throw ExportError.io(path: format, reason: "libxml2 output failed") }
  }
}

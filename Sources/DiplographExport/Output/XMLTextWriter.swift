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
    guard let writer = xmlNewTextWriter(try makeOutputBuffer(writingTo: context, format: format)) else {
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

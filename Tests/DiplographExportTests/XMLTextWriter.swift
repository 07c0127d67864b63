import CLibXML2

@testable import DiplographExport

/// libxml2's `xmlTextWriter`, writing into a `ByteSink`: the reference the exports' own writer
/// (`XMLMarkupWriter`) must match byte for byte, since the exports stopped using it.
///
/// What libxml2 would pass through but XML 1.0 forbids (U+0000–U+0008, U+000B, U+000C,
/// U+000E–U+001F, U+FFFE, U+FFFF) is refused before it is written, as the exports refuse it.
final class XMLTextWriter {
  private let writer: xmlTextWriterPtr
  private let context: WriteContext
  private let format: String

  /// - Parameters:
  ///   - format: the format's name, for error messages.
  ///   - indent: pretty-print with two spaces; element content stays exact either way.
  init(sink: any ByteSink, format: String, indent: Bool = true) throws {
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

  func startDocument() throws {
    try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil))
  }

  /// Closes every open element and flushes into the sink (the sink stays open).
  func endDocument() throws {
    try check(xmlTextWriterEndDocument(writer))
    try check(xmlTextWriterFlush(writer))
  }

  func startElement(_ name: String) throws {
    try check(withXMLChars(name) { xmlTextWriterStartElement(writer, $0) })
  }

  func endElement() throws {
    try check(xmlTextWriterEndElement(writer))
  }

  /// Ends an element always with a closing tag, never `<a/>`: for elements whose content is text.
  func fullEndElement() throws {
    try check(xmlTextWriterFullEndElement(writer))
  }

  /// Writes `name="value"`; `item` names what the value belongs to for error messages.
  func attribute(_ name: String, _ value: String, item: @autoclosure () -> String = "") throws {
    try validate(value, item: item())
    try check(withXMLChars(name) { name in withXMLChars(value) { xmlTextWriterWriteAttribute(writer, name, $0) } })
  }

  /// Writes escaped character data.
  func text(_ value: String, item: @autoclosure () -> String = "") throws {
    try validate(value, item: item())
    try check(withXMLChars(value) { xmlTextWriterWriteString(writer, $0) })
  }

  /// `<name attributes…>text</name>` in one call.
  func element(
    _ name: String, attributes: KeyValuePairs<String, String> = [:], text value: String,
    item: @autoclosure () -> String = ""
  ) throws {
    try startElement(name)
    for (key, attributeValue) in attributes { try attribute(key, attributeValue, item: item()) }
    try text(value, item: item())
    try fullEndElement()
  }

  /// Writes a comment; `--` is not allowed in one, so it is refused like a forbidden character.
  func comment(_ value: String) throws {
    guard !value.contains("--"), !value.hasSuffix("-") else {
      throw ExportError.unrepresentable(format: format, item: "comment", reason: "contains '--'")
    }
    try validate(value, item: "comment")
    try check(xmlTextWriterWriteComment(writer, value))
  }

  /// `item` is only built when the value is refused: almost every value is written without error.
  private func validate(_ value: String, item: @autoclosure () -> String) throws {
    if let refusal = XMLCharacters.refusal(of: value, format: format, item: item()) { throw refusal }
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

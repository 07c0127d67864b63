/// The GraphML document's markup, written through libxml2's output buffer (`XMLMarkupWriter`):
/// the values escaped by libxml2, the tags fixed here, indented two spaces a level.
///
///     <?xml version="1.0" encoding="UTF-8"?>
///     <graphml xmlns="…" …>
///       <key id="n.label" for="node" attr.name="label" attr.type="string"/>
///       <graph id="G" edgedefault="directed">
///         <node id="place-…">
///           <data key="n.label">中国</data>
///         </node>
///       </graph>
///     </graphml>
///
/// These are the bytes libxml2's text writer wrote for the same document, which this exporter
/// used until its per-call bookkeeping was what the export spent most of its time on.
enum GraphMLMarkup {
  /// The prolog, the `<key>`s and the `<graph` start tag, left open: `openGraph` or
  /// `closeGraph(empty: true)` ends it.
  static func writeHeader(keys: [GraphMLKey], yEdGraphics: Bool, to writer: XMLMarkupWriter) throws {
    try writer.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml")
    try attribute("xmlns", GraphMLExporter.namespace, writer)
    try attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance", writer)
    if yEdGraphics { try attribute("xmlns:y", YEdGraphics.namespace, writer) }
    let schemaURL = yEdGraphics ? YEdGraphics.schemaLocation : "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
    try attribute("xsi:schemaLocation", GraphMLExporter.namespace + " " + schemaURL, writer)
    try writer.raw(">\n")
    for key in keys {
      try writer.raw("  <key")
      try attribute("id", key.id, writer)
      try attribute("for", key.domain.rawValue, writer)
      try attribute("attr.name", key.name, writer)
      try attribute("attr.type", key.type.rawValue, writer)
      try writer.raw("/>\n")
    }
    if yEdGraphics { try YEdGraphics.writeKeys(writer) }
    try writer.raw("  <graph")
    try attribute("id", "G", writer)
    try attribute("edgedefault", "directed", writer)
  }

  /// Ends the `<graph` start tag before its first node.
  static func openGraph(_ writer: XMLMarkupWriter) throws {
    try writer.raw(">\n")
  }

  static func closeGraph(empty: Bool, _ writer: XMLMarkupWriter) throws {
    try writer.raw(empty ? "/>\n</graphml>\n" : "  </graph>\n</graphml>\n")
  }

  /// `<node id="…">`, or `<node id="…"/>` when it has no content. The id has been checked to
  /// be a name token, which needs no escaping.
  static func writeNodeStart(id: UnsafeRawBufferPointer, empty: Bool, to writer: XMLMarkupWriter) throws {
    try writer.raw("    <node id=\"")
    try writer.raw(id)
    try writer.raw(empty ? "\"/>\n" : "\">\n")
  }

  static func writeNodeStart(id: String, empty: Bool, to writer: XMLMarkupWriter) throws {
    var id = id
    try id.withUTF8 { try writeNodeStart(id: UnsafeRawBufferPointer($0), empty: empty, to: writer) }
  }

  static func writeNodeEnd(_ writer: XMLMarkupWriter) throws {
    try writer.raw("    </node>\n")
  }

  /// `<data key="…">value</data>`; returns its byte count. A value XML cannot hold is refused
  /// naming `node` and the key.
  @discardableResult
  static func write(_ datum: GraphMLNode.Datum, of node: GraphMLNode, to writer: XMLMarkupWriter) throws -> Int {
    do {
      return try write(datum.key, datum.value, to: writer)
    } catch let error as ExportError {
      throw error.naming(node.description + " " + datum.key.name)
    }
  }

  /// `<data key="…">value</data>`; returns its byte count. The key id is a checked name token.
  @discardableResult
  static func write(_ key: GraphMLKey, _ value: String, to writer: XMLMarkupWriter) throws -> Int {
    try writer.raw(key.dataStartTag)
    let count = try writer.text(value)
    try writer.raw(dataEndTag)
    return key.dataStartTag.count + count + dataEndTag.utf8CodeUnitCount
  }

  private static let dataEndTag: StaticString = "</data>\n"

  /// Whether `id` is a non-empty XML `Nmtoken` of the characters ids here may use (ASCII
  /// letters, digits, `.`, `_`, `-`), which libxml2 writes unchanged in an attribute.
  static func isNameToken(_ id: String) -> Bool {
    var id = id
    return id.withUTF8 { !$0.isEmpty && $0.allSatisfy(isNameTokenByte) }
  }

  private static func isNameTokenByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
      UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"):
      return true
    default: return false
    }
  }

  /// ` name="value"`.
  static func attribute(_ name: StaticString, _ value: String, _ writer: XMLMarkupWriter) throws {
    try writer.raw(" ")
    try writer.raw(name)
    try writer.raw("=\"")
    try writer.attributeValue(value)
    try writer.raw("\"")
  }
}

extension ExportError {
  /// A refused value named by the item it belongs to (built only when a value is refused).
  func naming(_ item: String) -> ExportError {
    guard case .unrepresentable(let format, _, let reason) = self else { return self }
    return .unrepresentable(format: format, item: item, reason: reason)
  }
}

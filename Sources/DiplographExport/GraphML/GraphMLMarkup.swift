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

  /// `<node id="…">` or `<edge id="…" source="…" target="…">`; `<node id="…"/>` when it has no
  /// content. The id has been checked to be a name token, which needs no escaping.
  static func writeStart(_ item: GraphMLItem, empty: Bool, to writer: XMLMarkupWriter) throws {
    try writer.raw(item.kind == .node ? "    <node id=\"" : "    <edge id=\"")
    try writer.raw(Array(item.id.utf8))
    if item.kind == .edge {
      try writer.raw("\" source=\"")
      try writer.attributeValue(item.source, item: item.description)
      try writer.raw("\" target=\"")
      try writer.attributeValue(item.target, item: item.description)
    }
    try writer.raw(empty ? "\"/>\n" : "\">\n")
  }

  /// `<data key="…">value</data>`; the key id is a checked name token as well.
  static func write(_ datum: GraphMLItem.Datum, of item: GraphMLItem, to writer: XMLMarkupWriter) throws {
    try writer.raw(datum.key.dataStartTag)
    try writer.text(datum.value, item: item.description + " " + datum.key.name)
    try writer.raw("</data>\n")
  }

  static func writeEnd(_ item: GraphMLItem, to writer: XMLMarkupWriter) throws {
    try writer.raw(item.kind == .node ? "    </node>\n" : "    </edge>\n")
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

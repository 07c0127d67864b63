/// yEd's own drawing of a node or edge (`y:ShapeNode`, `y:PolyLineEdge`), written inside the
/// `<data>` of the keys yEd marks with `yfiles.type`. Other tools skip these values.
///
/// GraphML 1.0 leaves exactly these two doors open for such extensions — `<data>` content
/// (`data-extension.type`) and extra `<key>` attributes (`key.extra.attrib`) — and yFiles'
/// own schema redefines both; the plain GraphML schema, which opens neither, rejects them.
enum YEdGraphics {
  static let namespace = "http://www.yworks.com/xml/graphml"
  /// What yEd writes in `xsi:schemaLocation` for its files.
  static let schemaLocation = "http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd"
  static let nodeKeyID = "n.graphics"
  static let edgeKeyID = "e.graphics"

  static func writeKeys(_ writer: XMLMarkupWriter) throws {
    for (id, domain, type) in [(nodeKeyID, "node", "nodegraphics"), (edgeKeyID, "edge", "edgegraphics")] {
      try writer.raw("  <key")
      try GraphMLMarkup.attribute("id", id, writer)
      try GraphMLMarkup.attribute("for", domain, writer)
      try GraphMLMarkup.attribute("yfiles.type", type, writer)
      try writer.raw("/>\n")
    }
  }

  /// A rounded box filled with the class color, wide enough for the label on one line, placed
  /// on a grid by `index` so yEd does not open every node on top of the others.
  static func writeNode(_ item: GraphMLNode, style: ClassStyle, index: Int, writer: XMLMarkupWriter) throws {
    let text = item.label
    let width = min(480, max(60, 16 + text.unicodeScalars.reduce(0) { $0 + ($1.value < 0x2E80 ? 7 : 13) }))
    try startData(nodeKeyID, "y:ShapeNode", writer)
    try empty(
      "y:Geometry", writer,
      [
        ("x", String((index % 12) * 200)), ("y", String((index / 12) * 60)),
        ("width", String(width)), ("height", "30"),
      ])
    try empty("y:Fill", writer, [("color", style.fillColor), ("transparent", "false")])
    try empty("y:BorderStyle", writer, [("color", style.strokeColor), ("type", "line"), ("width", "1.0")])
    try writer.raw("          <y:NodeLabel")
    let label: [(StaticString, String)] = [
      ("fontSize", "12"), ("textColor", "#000000"), ("modelName", "internal"), ("modelPosition", "c"),
    ]
    for (name, value) in label { try GraphMLMarkup.attribute(name, value, writer) }
    try writer.raw(">")
    try writer.text(text, item: item.description + " label")
    try writer.raw("</y:NodeLabel>\n")
    try empty("y:Shape", writer, [("type", "roundrectangle")])
    try endData("y:ShapeNode", writer)
  }

  /// A gray arrow labelled with the relation type; co-occurrence and mentions dashed, without
  /// an arrowhead.
  static func writeEdge(
    predicate: String, statistical: Bool, description: @autoclosure () -> String, writer: XMLMarkupWriter
  ) throws {
    try startData(edgeKeyID, "y:PolyLineEdge", writer)
    try empty(
      "y:LineStyle", writer, [("color", "#808080"), ("type", statistical ? "dashed" : "line"), ("width", "1.0")])
    try empty("y:Arrows", writer, [("source", "none"), ("target", statistical ? "none" : "standard")])
    if !statistical {
      try writer.raw("          <y:EdgeLabel")
      try GraphMLMarkup.attribute("fontSize", "10", writer)
      try writer.raw(">")
      try writer.text(predicate, item: description())
      try writer.raw("</y:EdgeLabel>\n")
    }
    try endData("y:PolyLineEdge", writer)
  }

  /// `<data key="…">` and the yEd element inside it, each on its own line.
  private static func startData(_ key: String, _ element: StaticString, _ writer: XMLMarkupWriter) throws {
    try writer.raw("      <data")
    try GraphMLMarkup.attribute("key", key, writer)
    try writer.raw(">\n        <")
    try writer.raw(element)
    try writer.raw(">\n")
  }

  private static func endData(_ element: StaticString, _ writer: XMLMarkupWriter) throws {
    try writer.raw("        </")
    try writer.raw(element)
    try writer.raw(">\n      </data>\n")
  }

  /// An empty element inside the yEd element: `<y:Fill color="…" transparent="false"/>`.
  private static func empty(
    _ name: StaticString, _ writer: XMLMarkupWriter, _ attributes: [(StaticString, String)]
  ) throws {
    try writer.raw("          <")
    try writer.raw(name)
    for (key, value) in attributes { try GraphMLMarkup.attribute(key, value, writer) }
    try writer.raw("/>\n")
  }
}

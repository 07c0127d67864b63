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

  static func writeKeys(_ writer: XMLTextWriter) throws {
    for (id, domain, type) in [(nodeKeyID, "node", "nodegraphics"), (edgeKeyID, "edge", "edgegraphics")] {
      try writer.startElement("key")
      try writer.attribute("id", id)
      try writer.attribute("for", domain)
      try writer.attribute("yfiles.type", type)
      try writer.endElement()
    }
  }

  /// A rounded box filled with the class color, wide enough for the label on one line, placed
  /// on a grid by `index` so yEd does not open every node on top of the others.
  static func writeNode(_ item: GraphMLItem, style: ClassStyle, index: Int, writer: XMLTextWriter) throws {
    let label = item.label
    let width = min(480, max(60, 16 + label.unicodeScalars.reduce(0) { $0 + ($1.value < 0x2E80 ? 7 : 13) }))
    try writer.startElement("data")
    try writer.attribute("key", nodeKeyID)
    try writer.startElement("y:ShapeNode")
    try empty(
      "y:Geometry", writer,
      [
        ("x", String((index % 12) * 200)), ("y", String((index / 12) * 60)),
        ("width", String(width)), ("height", "30"),
      ])
    try empty("y:Fill", writer, [("color", style.fillColor), ("transparent", "false")])
    try empty("y:BorderStyle", writer, [("color", style.strokeColor), ("type", "line"), ("width", "1.0")])
    try writer.element(
      "y:NodeLabel",
      attributes: ["fontSize": "12", "textColor": "#000000", "modelName": "internal", "modelPosition": "c"],
      text: label, item: item.description + " label")
    try empty("y:Shape", writer, [("type", "roundrectangle")])
    try writer.endElement()
    try writer.endElement()
  }

  /// A gray arrow labelled with the relation type; co-occurrence and mentions dashed, without
  /// an arrowhead.
  static func writeEdge(_ item: GraphMLItem, statistical: Bool, writer: XMLTextWriter) throws {
    try writer.startElement("data")
    try writer.attribute("key", edgeKeyID)
    try writer.startElement("y:PolyLineEdge")
    try empty(
      "y:LineStyle", writer, [("color", "#808080"), ("type", statistical ? "dashed" : "line"), ("width", "1.0")])
    try empty("y:Arrows", writer, [("source", "none"), ("target", statistical ? "none" : "standard")])
    if !statistical {
      try writer.element("y:EdgeLabel", attributes: ["fontSize": "10"], text: item.styleName, item: item.description)
    }
    try writer.endElement()
    try writer.endElement()
  }

  private static func empty(_ name: String, _ writer: XMLTextWriter, _ attributes: [(String, String)]) throws {
    try writer.startElement(name)
    for (key, value) in attributes { try writer.attribute(key, value) }
    try writer.endElement()
  }
}

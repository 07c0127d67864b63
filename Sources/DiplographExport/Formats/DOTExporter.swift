import DiplographModel

/// Graphviz DOT, ready to draw: a node per entity filled with its top class's color, an arrow
/// per fact labelled with its relation type, stances colored by meaning, and a legend.
///
///     "place-…" [label="中国", fillcolor="#B3E2D5", color="#009E73", tooltip="Country · China"];
///     "document-…" -> "place-…" [label="party", color="#5A5A5A", fontcolor="#5A5A5A"];
///
/// Dates (literal facts) join the subject's label (`…合作条约` / `2001-07-16`); names grow with
/// the number of facts; `coOccursWith` draws light dashed lines without arrows, and with
/// `includeStatisticalEdges` off (facts only) is left out, as are `mentionedIn` and the source
/// nodes. Graphviz lets a node be restated, so the labels and sizes that depend on later facts
/// are written at `.end` for the nodes concerned; the exporter keeps each entity's label and fact
/// count until then — fine for a picture, which is not drawn of a million nodes.
/// `diplograph render` draws a selection of the graph with this exporter.
public struct DOTExporter: Exporter {
  public static let format = ExportFormat(
    name: "dot", fileExtension: "dot", mediaType: "text/vnd.graphviz",
    summary: "Graphviz DOT colored by class, with a legend (draw with sfdp, or use 'diplograph render')", expectedWork: 2)

  private let sink: any ByteSink
  private let options: ExportOptions
  private var drawsSources = false
  private var labels: [EntityID: String] = [:]
  private var degrees: [EntityID: Int] = [:]
  private var dates: [EntityID: [Predicate: [String]]] = [:]
  private var classCounts: [ClassStyle: Int] = [:]
  private var predicatesDrawn: Set<Predicate> = []
  private var factCount = 0
  private var coOccurrenceCount = 0
  /// The statement being written, reused: a graph has a line per entity and per relation.
  private var line: [UInt8] = []

  public init(output: any OutputDirectory, options: ExportOptions) throws {
    sink = try output.create(Self.format.defaultFileName)
    self.options = options
  }

  public mutating func consume(_ event: GraphEvent) throws {
    switch event {
    case .begin(let schema):
      drawsSources = options.includeStatisticalEdges && schema.predicates.contains(.mentionedIn)
      try writeHeader()
    case .source(let source):
      guard drawsSources else { return }
      classCounts[ClassStyle.source, default: 0] += 1
      let label = try quoted(DOTStyle.wrapped(source.title ?? source.path, width: 16), "source \(source.id) label")
      try sink.write(
        "  \(try quoted(source.id.rawValue, "source id")) [label=\(label), shape=note, "
          + "fillcolor=\"\(ClassStyle.source.fillColor)\", color=\"\(ClassStyle.source.strokeColor)\"];\n")
    case .entity(let entity):
      try write(entity)
    case .relation(let relation):
      try write(relation)
    case .end:
      try writeFooter()
      try sink.close()
    }
  }

  private mutating func write(_ entity: Entity) throws {
    let item = { "entity \(entity.id) (\(GraphMLItems.shortened(entity.label)))" }
    let style = ClassStyle.of(entity.kind)
    classCounts[style, default: 0] += 1
    let label = DOTStyle.wrapped(entity.label)
    labels[entity.id] = label
    let english = entity.names.first { $0.language == "en" }.map { " · " + $0.text } ?? ""
    line.appendLiteral("  ")
    try appendQuoted(entity.id.rawValue, item())
    line.appendLiteral(" [label=")
    try appendQuoted(label, item() + " label")
    line.appendLiteral(", fillcolor=\"")
    line.append(contentsOf: style.fillColor.utf8)
    line.appendLiteral("\", color=\"")
    line.append(contentsOf: style.strokeColor.utf8)
    line.appendLiteral("\", tooltip=")
    try appendQuoted(entity.label + " · " + entity.kind.rawValue + english, item() + " name")
    line.appendLiteral("];\n")
    try writeLine()
  }

  private mutating func write(_ relation: Relation) throws {
    let predicate = relation.predicate
    if predicate.isStatistical && !options.includeStatisticalEdges { return }
    let item = { "relation \(relation.id) (\(predicate.rawValue))" }
    let target: String
    switch relation.object {
    case .literal(let literal):
      dates[relation.subject, default: [:]][predicate, default: []].append(literal.lexicalForm)
      return
    case .entity(let id): target = id.rawValue
    case .source(let id):
      guard drawsSources else { return }
      target = id.rawValue
    }
    predicatesDrawn.insert(predicate)
    let color = DOTStyle.edgeColor(predicate)
    line.appendLiteral("  ")
    try appendQuoted(relation.subject.rawValue, item())
    line.appendLiteral(" -> ")
    try appendQuoted(target, item())
    if predicate.isStatistical {
      if predicate == .coOccursWith { coOccurrenceCount += 1 }
      line.appendLiteral(" [dir=none, style=dashed, color=\"")
      line.append(contentsOf: color.utf8)
      line.appendLiteral("\", penwidth=")
      line.append(contentsOf: DOTStyle.penWidth(weight: relation.weight).utf8)
      line.appendLiteral("];\n")
      try writeLine()
      return
    }
    factCount += 1
    degrees[relation.subject, default: 0] += 1
    if case .entity(let id) = relation.object { degrees[id, default: 0] += 1 }
    line.appendLiteral(" [label=\"")
    line.append(contentsOf: predicate.rawValue.utf8)
    line.appendLiteral("\", color=\"")
    line.append(contentsOf: color.utf8)
    line.appendLiteral("\", fontcolor=\"")
    line.append(contentsOf: color.utf8)
    line.appendLiteral("\"];\n")
    try writeLine()
  }

  private mutating func writeLine() throws {
    try sink.write(line)
    line.removeAll(keepingCapacity: true)
  }

  private func writeHeader() throws {
    let font = "fontname=\"\(DOTStyle.defaultFont)\""
    try sink.write(
      """
      // diplograph: entities and facts; fill color = top class (legend at the bottom).
      digraph diplograph {
        graph [\(font), fontsize=12, labelloc=b, labeljust=l, overlap=false, sep="+6", splines=true,
          outputorder=edgesfirst, pad=0.3];
        node [\(font), fontsize=11, shape=box, style="rounded,filled", penwidth=1.3, margin="0.08,0.04"];
        edge [\(font), fontsize=9, arrowsize=0.6];

      """)
  }

  /// Restates the nodes whose label or size depends on facts, then the legend.
  private func writeFooter() throws {
    for id in Set(degrees.keys).union(dates.keys).sorted() {
      guard let label = labels[id] else { continue }
      let item = { "entity \(id)" }
      var text = label
      if let values = dates[id] { text += "\n" + Self.dateLine(values) }
      try sink.write(
        "  \(try quoted(id.rawValue, item())) [label=\(try quoted(text, item() + " date")), "
          + "fontsize=\(DOTStyle.fontSize(degree: degrees[id] ?? 0))];\n")
    }
    let counts = (ClassStyle.topClasses.map(ClassStyle.of) + [ClassStyle.source]).compactMap { style in
      classCounts[style].map { (style, $0) }
    }
    var title = "\(labels.count) entities, \(factCount) facts"
    if coOccurrenceCount > 0 { title += ", \(coOccurrenceCount) co-occurrences" }
    try sink.write(
      "  graph [label=\(DOTStyle.legend(classCounts: counts, predicates: predicatesDrawn, title: title))];\n}\n")
  }

  /// `2001-07-16`, `2020-12-02`, or `2020 – 2021` for a period; several values joined by commas.
  private static func dateLine(_ values: [Predicate: [String]]) -> String {
    var parts: [String] = []
    for predicate in [Predicate.signedOn, .date] {
      if let list = values[predicate] { parts.append(list.sorted().joined(separator: ", ")) }
    }
    let start = values[.startDate]?.sorted().joined(separator: ", ")
    let end = values[.endDate]?.sorted().joined(separator: ", ")
    if start != nil || end != nil { parts.append((start ?? "…") + " – " + (end ?? "…")) }
    return parts.joined(separator: "\n")
  }

  /// `item` names what is written, for the error; it is only made when there is one.
  private func quoted(_ text: String, _ item: @autoclosure () -> String) throws -> String {
    var quoted: [UInt8] = []
    try Self.appendQuoted(text, to: &quoted, item)
    return String(decoding: quoted, as: UTF8.self)
  }

  private mutating func appendQuoted(_ text: String, _ item: @autoclosure () -> String) throws {
    try Self.appendQuoted(text, to: &line, item)
  }

  private static func appendQuoted(_ text: String, to out: inout [UInt8], _ item: () -> String) throws {
    if appendPlainASCII(text, to: &out) { return }
    guard DOTEscaping.append(text, to: &out) else {
      let bad = text.unicodeScalars.first { !XMLCharacters.isAllowed($0) }!
      throw ExportError.unrepresentable(
        format: format.name, item: item(),
        reason: "character U+\(String(bad.value, radix: 16, uppercase: true)) is not allowed")
    }
  }

  /// The common case of ids and ASCII names, which `DOTEscaping` would leave as they are:
  /// printable ASCII without `"`, `\` or `&`, short enough for one quoted piece. Appends them
  /// quoted and returns true; leaves `out` alone and returns false otherwise.
  private static func appendPlainASCII(_ text: String, to out: inout [UInt8]) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      let isPlain = bytes.count < DOTEscaping.pieceLimit && bytes.allSatisfy { byte in
        byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") && byte != UInt8(ascii: "&")
      }
      guard isPlain else { return false }
      out.append(UInt8(ascii: "\""))
      out.append(contentsOf: bytes)
      out.append(UInt8(ascii: "\""))
      return true
    }
  }
}

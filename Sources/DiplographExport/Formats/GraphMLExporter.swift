import DiplographModel

/// GraphML 1.0 for graph tools: Gephi, yEd, Cytoscape, NetworkX, igraph.
///
/// One directed `<graph>`: a node per entity (id = entity id), an edge per fact between entities
/// (id = relation id, `type` = the relation type), and — with `includeStatisticalEdges` — the
/// `coOccursWith` edges and a node per source file as the target of `mentionedIn` edges. Facts
/// whose object is a literal (`signedOn 2001-07-16`) become a value on the subject's node (key
/// `signedOn`), not an edge to a node holding a date. Every `<key>` is declared up front from the
/// stream's schema; docs/graphml.md lists them.
///
///     <node id="place-…"><data key="n.label">中国</data><data key="n.type">Country</data>…</node>
///     <edge id="rel-…" source="document-…" target="place-…"><data key="e.type">party</data>…</edge>
///
/// Literal facts arrive after the nodes they belong on, so entity nodes and edges wait in
/// `SpillFile`s (a temporary file once they outgrow a few megabytes) and are written at `.end`,
/// nodes first as every GraphML reader expects. Edges wait as the GraphML they will be, written
/// when they arrive; nodes wait as their values, since literal facts still join them. Values are
/// checked as they arrive, so a value XML cannot hold is refused at its entity or relation.
/// What stays in memory: the entity and source ids (to refuse an edge to a node that does not
/// exist), the literal values, and the sentence texts for the evidence columns.
///
/// libxml2 writes every byte, through its output buffer (`XMLMarkupWriter`) rather than its
/// text writer: see `GraphMLMarkup`.
public struct GraphMLExporter: Exporter {
  public static let format = ExportFormat(
    name: "graphml", fileExtension: "graphml", mediaType: "application/graphml+xml",
    summary: "GraphML for Gephi, yEd, Cytoscape, NetworkX, igraph (facts only with --no-statistical-edges)")

  static let namespace = "http://graphml.graphdrawing.org/xmlns"

  private let sink: any ByteSink
  private let writer: XMLMarkupWriter
  private let options: ExportOptions
  private var phase = Phase.start
  private var keyOrder: [String: (key: GraphMLKey, order: Int)] = [:]
  private var sentences = SentenceIndex()
  private var drawsSources = false
  private var sourceIDs: Set<SourceID> = []
  private var entityIDs: Set<EntityID> = []
  private var literalValues: [EntityID: [Predicate: [String]]] = [:]
  private var nodesWritten = 0
  private var graphIsOpen = false
  private let pendingNodes = SpillFile()
  private let pendingEdges = SpillFile()
  /// Writes edges into `pendingEdges`.
  private let edgeWriter: XMLMarkupWriter

  private enum Phase: Int, Comparable {
    case start, sources, entities, relations, ended
    static func < (lhs: Phase, rhs: Phase) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  public init(output: any OutputDirectory, options: ExportOptions) throws {
    sink = try output.create(Self.format.defaultFileName)
    writer = try XMLMarkupWriter(sink: sink, format: Self.format.name)
    edgeWriter = try XMLMarkupWriter(sink: pendingEdges, format: Self.format.name)
    self.options = options
  }

  public mutating func consume(_ event: GraphEvent) throws {
    switch event {
    case .begin(let schema):
      try advance(from: .start ... .start, to: .sources, "begin")
      try begin(schema)
    case .source(let source):
      try advance(from: .sources ... .sources, to: .sources, "source \(source.id)")
      try add(source)
    case .entity(let entity):
      try advance(from: .sources ... .entities, to: .entities, "entity \(entity.id)")
      guard entityIDs.insert(entity.id).inserted else {
        throw ExportError.protocolViolation("entity \(entity.id) came twice")
      }
      let node = try GraphMLItems.node(entity, sentences: sentences)
      if let undeclared = node.data.first(where: { keyOrder[$0.key.id] == nil }) {
        throw ExportError.protocolViolation(
          "\(node.description) has a value for '\(undeclared.key.name)', which the stream's schema did not announce")
      }
      try check(node)
      try pendingNodes.append(Self.fields(of: node))
    case .relation(let relation):
      try advance(from: .sources ... .relations, to: .relations, "relation \(relation.id)")
      try add(relation)
    case .end:
      try advance(from: .sources ... .relations, to: .ended, "end")
      try finish()
    }
  }

  /// Enforces `GraphEvent`'s order: begin, sources, entities, relations, end.
  private mutating func advance(
    from allowed: ClosedRange<Phase>, to next: Phase, _ what: @autoclosure () -> String
  ) throws {
    guard allowed.contains(phase) else { throw ExportError.protocolViolation("\(what()) in phase \(phase)") }
    phase = next
  }

  private mutating func begin(_ schema: GraphSchema) throws {
    drawsSources = options.includeStatisticalEdges && schema.predicates.contains(.mentionedIn)
    let keys = GraphMLKeys.declared(schema: schema, sourceNodes: drawsSources)
    for (order, key) in keys.enumerated() { keyOrder[key.id] = (key, order) }
    // Values are written inside `<data key="…">` as it stands; every key in use is declared here.
    if let bad = keys.first(where: { !isNameToken($0.id) }) {
      throw ExportError.unrepresentable(
        format: Self.format.name, item: "key \(bad.name)", reason: "its id is not an XML name token")
    }
    try GraphMLMarkup.writeHeader(keys: keys, yEdGraphics: options.yEdGraphics, to: writer)
  }

  private mutating func add(_ source: SourceDocument) throws {
    guard sourceIDs.insert(source.id).inserted else {
      throw ExportError.protocolViolation("source \(source.id) came twice")
    }
    sentences.add(source)
    if drawsSources {
      let node = GraphMLItems.node(source)
      try check(node)
      try write(node, to: writer)
    }
  }

  private mutating func add(_ relation: Relation) throws {
    var item: String { "relation \(relation.id.rawValue) (\(relation.predicate.rawValue))" }
    guard entityIDs.contains(relation.subject) else {
      throw ExportError.protocolViolation("\(item): subject \(relation.subject) is not an entity of the stream")
    }
    if relation.predicate.isStatistical && !options.includeStatisticalEdges { return }
    let target: String
    switch relation.object {
    case .literal(let literal):
      guard relation.predicate.hasLiteralObject else {
        throw ExportError.unrepresentable(
          format: "graphml", item: item, reason: "a literal object; only date facts become node values")
      }
      guard keyOrder[GraphMLKeys.literal(relation.predicate).id] != nil else {
        throw ExportError.protocolViolation("\(item): the stream's schema did not announce \(relation.predicate)")
      }
      let value = literal.lexicalForm
      _ = try GraphMLItems.joined([value], what: "value", of: item)
      literalValues[relation.subject, default: [:]][relation.predicate, default: []].append(value)
      return
    case .entity(let id):
      guard entityIDs.contains(id) else {
        throw ExportError.protocolViolation("\(item): object \(id) is not an entity of the stream")
      }
      target = id.rawValue
    case .source(let id):
      guard drawsSources, sourceIDs.contains(id) else {
        throw ExportError.protocolViolation(
          "\(item): object \(id) is not drawn as a node (only mentionedIn edges draw sources)")
      }
      target = id.rawValue
    }
    let edge = try GraphMLItems.edge(relation, target: target, sentences: sentences)
    try check(edge)
    try write(edge, to: edgeWriter)
  }

  private mutating func finish() throws {
    try pendingNodes.forEachRecord { fields in
      var item = try item(from: fields)
      if let values = literalValues[EntityID(rawValue: item.id)] {
        for (predicate, list) in values {
          item.add(GraphMLKeys.literal(predicate), list.sorted().joined(separator: GraphMLItems.separator))
        }
        item.data.sort { keyOrder[$0.key.id]!.order < keyOrder[$1.key.id]!.order }
      }
      try write(item, to: writer)
    }
    try edgeWriter.flush()
    try pendingEdges.forEachChunk { chunk in
      if !chunk.isEmpty { try openGraph() }
      try writer.raw(chunk)
    }
    try GraphMLMarkup.closeGraph(empty: !graphIsOpen, writer)
    try writer.flush()
    try sink.close()
  }

  /// Refuses an item whose id is not a name token, or one of whose values XML cannot hold.
  private func check(_ item: GraphMLItem) throws {
    guard isNameToken(item.id) else {
      throw ExportError.unrepresentable(
        format: "graphml", item: item.description, reason: "its id is not an XML name token")
    }
    for datum in item.data { try writer.check(datum.value, item: item.description + " " + datum.key.name) }
  }

  /// Writes a checked item; `pendingEdges`' writer holds edges until the nodes are out.
  private mutating func write(_ item: GraphMLItem, to target: XMLMarkupWriter) throws {
    let isNode = item.kind == .node
    if isNode { try openGraph() }
    let empty = item.data.isEmpty && !options.yEdGraphics
    try GraphMLMarkup.writeStart(item, empty: empty, to: target)
    for datum in item.data { try GraphMLMarkup.write(datum, of: item, to: target) }
    if options.yEdGraphics {
      if isNode {
        try YEdGraphics.writeNode(item, style: ClassStyle.named(item.styleName), index: nodesWritten, writer: target)
      } else {
        let statistical = Predicate(rawValue: item.styleName)?.isStatistical ?? false
        try YEdGraphics.writeEdge(item, statistical: statistical, writer: target)
      }
    }
    if !empty { try GraphMLMarkup.writeEnd(item, to: target) }
    if isNode { nodesWritten += 1 }
  }

  /// Ends the `<graph` start tag before its first node or edge; an empty graph stays `<graph …/>`.
  private mutating func openGraph() throws {
    guard !graphIsOpen else { return }
    try GraphMLMarkup.openGraph(writer)
    graphIsOpen = true
  }

  private static func fields(of item: GraphMLItem) -> [String] {
    var fields = [item.kind.rawValue, item.id, item.source, item.target, item.styleName]
    for datum in item.data { fields += [datum.key.id, datum.value] }
    return fields
  }

  private func item(from fields: [String]) throws -> GraphMLItem {
    guard fields.count >= 5, fields.count % 2 == 1, let kind = GraphMLItem.Kind(rawValue: fields[0]) else {
      throw ExportError.io(path: "temporary file", reason: "damaged record")
    }
    var item = GraphMLItem(kind: kind, id: fields[1], source: fields[2], target: fields[3], styleName: fields[4])
    for index in stride(from: 5, to: fields.count, by: 2) {
      guard let key = keyOrder[fields[index]]?.key else {
        throw ExportError.io(path: "temporary file", reason: "damaged record")
      }
      item.data.append(GraphMLItem.Datum(key: key, value: fields[index + 1]))
    }
    return item
  }
}

/// Whether `id` is a non-empty XML `Nmtoken` of the characters ids here may use, which libxml2
/// would write unchanged in an attribute.
private func isNameToken(_ id: String) -> Bool {
  !id.isEmpty && id.utf8.allSatisfy(isNameTokenByte)
}

/// The characters of an XML `Nmtoken` that ids here may use: ASCII letters, digits, `.`, `_`, `-`.
private func isNameTokenByte(_ byte: UInt8) -> Bool {
  switch byte {
  case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
    UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"):
    return true
  default: return false
  }
}

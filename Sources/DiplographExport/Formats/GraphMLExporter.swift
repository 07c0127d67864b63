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
/// nodes first as every GraphML reader expects. Both wait as the GraphML they will be, written
/// when they arrive; a node's values stay apart (`PendingNode`) so that literal facts can still
/// join them. A value XML cannot hold is thus refused at its entity or relation. What stays in
/// memory: the entity and source ids (to refuse an edge to a node that does not exist), the
/// literal values, and the sentence texts for the evidence columns.
///
/// libxml2 writes every byte, through its output buffer (`XMLMarkupWriter`) rather than its
/// text writer: see `GraphMLMarkup`.
public struct GraphMLExporter: Exporter {
  public static let format = ExportFormat(
    name: "graphml", fileExtension: "graphml", mediaType: "application/graphml+xml",
    summary: "GraphML for Gephi, yEd, Cytoscape, NetworkX, igraph (facts only with --no-statistical-edges)", expectedWork: 5)

  static let namespace = "http://graphml.graphdrawing.org/xmlns"

  private let sink: any ByteSink
  private let writer: XMLMarkupWriter
  private let options: ExportOptions
  private var phase = Phase.start
  /// Each declared key's place, by id: the order of a node's values once a literal joins them.
  private var keyOrder: [String: Int] = [:]
  private var sentences = SentenceIndex()
  private var drawsSources = false
  private var sourceIDs: Set<SourceID> = []
  /// Each entity's place in the stream, which is its node's place among the pending nodes.
  private var entityOrdinals: [EntityID: Int] = [:]
  /// Literal values by entity ordinal and predicate.
  private var literalValues: [Int: [Predicate: [String]]] = [:]
  /// Nodes written or pending: the next node's place on yEd's grid.
  private var nodeCount = 0
  private var graphIsOpen = false
  private let pendingNodes = SpillFile()
  private let nodeBuffer = PendingNodeBuffer()
  private let nodeWriter: XMLMarkupWriter
  private let pendingEdges = SpillFile()
  private let edgeWriter: XMLMarkupWriter

  private enum Phase: Int, Comparable {
    case start, sources, entities, relations, ended
    static func < (lhs: Phase, rhs: Phase) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  public init(output: any OutputDirectory, options: ExportOptions) throws {
    sink = try output.create(Self.format.defaultFileName)
    writer = try XMLMarkupWriter(sink: sink, format: Self.format.name)
    nodeWriter = try XMLMarkupWriter(sink: nodeBuffer, format: Self.format.name)
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
      try add(entity)
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
    for (order, key) in keys.enumerated() { keyOrder[key.id] = order }
    // Values are written inside `<data key="…">` as it stands; every key in use is declared here.
    if let bad = keys.first(where: { !GraphMLMarkup.isNameToken($0.id) }) {
      throw ExportError.unrepresentable(
        format: Self.format.name, item: "key \(bad.name)", reason: "its id is not an XML name token")
    }
    try GraphMLMarkup.writeHeader(keys: keys, yEdGraphics: options.yEdGraphics, to: writer)
  }

  /// A source's id is known, so edges may point at it, only once its node is written: edges write
  /// their ends unescaped.
  private mutating func add(_ source: SourceDocument) throws {
    guard !sourceIDs.contains(source.id) else {
      throw ExportError.protocolViolation("source \(source.id) came twice")
    }
    sentences.add(source)
    if drawsSources {
      try openGraph()
      try write(GraphMLItems.node(source))
    }
    sourceIDs.insert(source.id)
  }

  /// Writes the entity's node into `pendingNodes`, each value apart. Its id is known, so edges
  /// may point at it, only once the node is written (and the id checked).
  private mutating func add(_ entity: Entity) throws {
    guard entityOrdinals[entity.id] == nil else {
      throw ExportError.protocolViolation("entity \(entity.id) came twice")
    }
    let node = try GraphMLItems.node(entity, sentences: sentences)
    var values: [(order: Int, count: Int)] = []
    values.reserveCapacity(node.data.count)
    for index in node.data.indices {
      guard let order = keyOrder[node.data[index].key.id] else {
        throw ExportError.protocolViolation(
          "\(node.description) has a value for '\(node.data[index].key.name)', which the stream's schema did not announce")
      }
      values.append((order, 0))
    }
    try checkID(node)
    for index in node.data.indices {
      values[index].count = try GraphMLMarkup.write(node.data[index], of: node, to: nodeWriter)
    }
    if options.yEdGraphics {
      try YEdGraphics.writeNode(node, style: ClassStyle.named(node.styleName), index: nodeCount, writer: nodeWriter)
    }
    nodeCount += 1
    try nodeWriter.flush()
    try pendingNodes.append(
      record: PendingNode.header(id: node.id, label: entity.label, values: values), nodeBuffer.bytes)
    nodeBuffer.removeAll()
    entityOrdinals[entity.id] = entityOrdinals.count
  }

  private mutating func add(_ relation: Relation) throws {
    var item: String { "relation \(relation.id.rawValue) (\(relation.predicate.rawValue))" }
    guard let subject = entityOrdinals[relation.subject] else {
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
      literalValues[subject, default: [:]][relation.predicate, default: []].append(value)
      return
    case .entity(let id):
      guard entityOrdinals[id] != nil else {
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
    try GraphMLEdge(relation: relation, target: target)
      .write(sentences: sentences, yEdGraphics: options.yEdGraphics, to: edgeWriter)
  }

  private mutating func finish() throws {
    var ordinal = 0
    try pendingNodes.forEachRecord { record in
      let node = try PendingNode(decoding: record)
      try openGraph()
      if let literals = literalValues[ordinal] {
        try write(node, joining: literals)
      } else {
        try GraphMLMarkup.writeNodeStart(id: node.id, empty: node.body.isEmpty, to: writer)
        try writer.raw(node.body)
        if !node.body.isEmpty { try GraphMLMarkup.writeNodeEnd(writer) }
      }
      ordinal += 1
    }
    // The edges, written by libxml2 as they came, go to the file as they are.
    try edgeWriter.flush()
    try pendingEdges.forEachChunk { chunk in
      if !chunk.isEmpty { try openGraph() }
      try writer.flush()
      try sink.write(chunk)
    }
    try GraphMLMarkup.closeGraph(empty: !graphIsOpen, writer)
    try writer.flush()
    try sink.close()
  }

  /// A pending node with its literal values put in among the others, all in key order.
  private func write(_ node: PendingNode, joining literals: [Predicate: [String]]) throws {
    enum Value {
      case written(UnsafeRawBufferPointer)
      case literal(GraphMLNode.Datum)
    }
    var values = node.values.map { (order: $0.order, value: Value.written($0.bytes)) }
    for (predicate, list) in literals {
      let datum = GraphMLNode.Datum(
        key: GraphMLKeys.literal(predicate), value: list.sorted().joined(separator: GraphMLItems.separator))
      if !datum.value.isEmpty { values.append((keyOrder[datum.key.id]!, .literal(datum))) }
    }
    values.sort { $0.order < $1.order }
    try GraphMLMarkup.writeNodeStart(id: node.id, empty: false, to: writer)
    for (_, value) in values {
      switch value {
      case .written(let bytes): try writer.raw(bytes)
      case .literal(let datum):
        do {
          try GraphMLMarkup.write(datum.key, datum.value, to: writer)
        } catch let error as ExportError {
          let id = String(decoding: node.id, as: UTF8.self)
          throw error.naming(GraphMLItems.entityDescription(id: id, label: node.label) + " " + datum.key.name)
        }
      }
    }
    try writer.raw(node.drawing)
    try GraphMLMarkup.writeNodeEnd(writer)
  }

  /// Writes a source node, at once.
  private mutating func write(_ node: GraphMLNode) throws {
    try checkID(node)
    let empty = node.data.isEmpty && !options.yEdGraphics
    try GraphMLMarkup.writeNodeStart(id: node.id, empty: empty, to: writer)
    for datum in node.data { try GraphMLMarkup.write(datum, of: node, to: writer) }
    if options.yEdGraphics {
      try YEdGraphics.writeNode(node, style: ClassStyle.named(node.styleName), index: nodeCount, writer: writer)
    }
    if !empty { try GraphMLMarkup.writeNodeEnd(writer) }
    nodeCount += 1
  }

  private func checkID(_ node: GraphMLNode) throws {
    guard GraphMLMarkup.isNameToken(node.id) else {
      throw ExportError.unrepresentable(
        format: "graphml", item: node.description, reason: "its id is not an XML name token")
    }
  }

  /// Ends the `<graph` start tag before its first node or edge; an empty graph stays `<graph …/>`.
  private mutating func openGraph() throws {
    guard !graphIsOpen else { return }
    try GraphMLMarkup.openGraph(writer)
    graphIsOpen = true
  }
}

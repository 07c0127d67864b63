import DiplographModel

/// One GraphML `<key>`: the name and type graph tools give a `<data>` value.
///
/// Ids are the attribute name behind `n.` (nodes) or `e.` (edges), never yEd's `d0`, `d1`… —
/// Gephi reads a key with id `d3` as a node label whatever its name says.
struct GraphMLKey: Hashable, Sendable {
  enum Domain: String, Sendable { case node, edge }
  /// The `attr.type` values used here; GraphML 1.0 also knows boolean, long and float.
  enum ValueType: String, Sendable { case string, int, double }

  let domain: Domain
  /// `attr.name`: the column a tool shows.
  let name: String
  let type: ValueType
  let id: String
  /// `<data key="…">`, indented for a value inside a node or edge: the start tag every value of
  /// this key is written in (see `GraphMLMarkup`).
  let dataStartTag: [UInt8]
  /// `</data>` of the value before, then `dataStartTag`: one write between two values of an edge.
  let dataStartTagAfterValue: [UInt8]

  init(domain: Domain, name: String, type: ValueType) {
    self.domain = domain
    self.name = name
    self.type = type
    id = (domain == .node ? "n." : "e.") + name
    dataStartTag = Array("      <data key=\"\(id)\">".utf8)
    dataStartTagAfterValue = Array("</data>\n".utf8) + dataStartTag
  }

  static func node(_ name: String, _ type: ValueType = .string) -> GraphMLKey {
    GraphMLKey(domain: .node, name: name, type: type)
  }

  static func edge(_ name: String, _ type: ValueType = .string) -> GraphMLKey {
    GraphMLKey(domain: .edge, name: name, type: type)
  }
}

/// The keys every GraphML export declares, and the ones a stream's schema adds.
enum GraphMLKeys {
  // Nodes: entities and, when drawn, source files.
  static let label = GraphMLKey.node("label")
  /// The label again under the column Cytoscape's default style shows (it fills `name` with the
  /// node id otherwise).
  static let name = GraphMLKey.node("name")
  static let type = GraphMLKey.node("type")
  static let topClass = GraphMLKey.node("topClass")
  static let aliases = GraphMLKey.node("aliases")
  static let nameEn = GraphMLKey.node("nameEn")
  static let nameRu = GraphMLKey.node("nameRu")
  static let mentionCount = GraphMLKey.node("mentionCount", .int)
  static let sourceCount = GraphMLKey.node("sourceCount", .int)
  static let path = GraphMLKey.node("path")
  static let sentenceTotal = GraphMLKey.node("sentenceCount", .int)
  static let nodeEvidence = GraphMLKey.node("evidence")
  static let nodeEvidenceSource = GraphMLKey.node("evidenceSource")
  static let nodeEvidenceLine = GraphMLKey.node("evidenceLine", .int)
  static let nodeRule = GraphMLKey.node("rule")

  // Edges: facts and, when asked for, mentions and co-occurrences.
  static let edgeLabel = GraphMLKey.edge("label")
  static let edgeType = GraphMLKey.edge("type")
  /// The edge's id again as a value: python-igraph 1.0 fills its own edge `id` attribute with
  /// node ids, so this is the only way igraph users can get from an edge to its relation.
  static let relationID = GraphMLKey.edge("relationId")
  static let weight = GraphMLKey.edge("weight", .int)
  static let confidence = GraphMLKey.edge("confidence", .double)
  static let sentenceCount = GraphMLKey.edge("sentenceCount", .int)
  static let edgeEvidence = GraphMLKey.edge("evidence")
  static let edgeEvidenceSource = GraphMLKey.edge("evidenceSource")
  static let edgeEvidenceLine = GraphMLKey.edge("evidenceLine", .int)
  static let edgeRule = GraphMLKey.edge("rule")

  /// The language tags with a `name…` key; a name in any other language is refused rather than
  /// dropped.
  static let nameKeys: [String: GraphMLKey] = ["en": nameEn, "ru": nameRu]

  /// The node key of an entity attribute: `ordinal` is an integer, the rest are text.
  static func attribute(_ key: AttributeKey) -> GraphMLKey { attributeKeys[key]! }

  /// The node key a literal-object fact becomes (`signedOn` on the document's node).
  static func literal(_ predicate: Predicate) -> GraphMLKey { literalKeys[predicate]! }

  // Made once: a key's start tag is an allocation.
  private static let attributeKeys = Dictionary(
    uniqueKeysWithValues: AttributeKey.allCases.map { ($0, GraphMLKey.node($0.rawValue, $0 == .ordinal ? .int : .string)) })
  private static let literalKeys = Dictionary(
    uniqueKeysWithValues: Predicate.allCases.map { ($0, GraphMLKey.node($0.rawValue)) })

  /// Every key of an export, in the order their `<data>` appear inside a node or edge.
  static func declared(schema: GraphSchema, sourceNodes: Bool) -> [GraphMLKey] {
    var keys = [label, name, type, topClass, aliases, nameEn, nameRu]
    keys += schema.attributeKeys.map(attribute)
    keys += schema.predicates.filter(\.hasLiteralObject).map(literal)
    keys += [mentionCount, sourceCount]
    if sourceNodes { keys += [path, sentenceTotal] }
    keys += [nodeEvidence, nodeEvidenceSource, nodeEvidenceLine, nodeRule]
    keys += [edgeLabel, edgeType, relationID, weight, confidence, sentenceCount]
    keys += [edgeEvidence, edgeEvidenceSource, edgeEvidenceLine, edgeRule]
    return keys
  }
}

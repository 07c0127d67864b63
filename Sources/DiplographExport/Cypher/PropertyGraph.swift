import DiplographModel

/// The graph as a property graph: what the Cypher script and the bulk-import CSV both write, so
/// the two load into the same nodes, labels, relationships and properties.
///
/// Every node carries a string `id` under one of four key labels (`KeyLabel`), which the scripts
/// index and `MERGE` on. Property keys are a closed set (see `PropertyGraphMapping`), never taken
/// from input, so no name needs quoting.
enum KeyLabel: String, CaseIterable, Sendable {
  case entity = "Entity"
  case source = "Source"
  case sentence = "Sentence"
  case literal = "Literal"
}

/// A property value with the type a database stores: lists are homogeneous, dates are days.
enum PropertyValue: Equatable, Sendable {
  case string(String)
  case integer(Int)
  case double(Double)
  /// A full date (year, month and day); dates of coarser precision are written as strings.
  case date(CalendarDate)
  case strings([String])
  case integers([Int])
  case doubles([Double])
  /// One column of a fact's provenance, an entry per supporting sentence, spelled from the
  /// provenance itself: a fact has eight such lists, and building them cost more than writing them.
  case provenance(ProvenanceColumn, [Provenance])
}

/// A property key and its value. A struct, not a tuple: arrays of tuples are destroyed through
/// the runtime's generic code, a cost paid for every node and relationship.
struct Property: Sendable {
  let key: String
  let value: PropertyValue

  init(_ key: String, _ value: PropertyValue) {
    self.key = key
    self.value = value
  }
}

/// The lists a fact carries, one entry per attestation; the order is the order written. The raw
/// value is the property key.
enum ProvenanceColumn: String, CaseIterable, Sendable {
  case sentences, sources, startBytes, endBytes, lines, columns, rules, confidences

  /// One attestation's entry in this column.
  func entry(of provenance: Provenance) -> ProvenanceEntry {
    switch self {
    case .sentences: return .sentence(provenance.sentence)
    case .sources: return .string(provenance.source.rawValue)
    case .startBytes: return .integer(provenance.span.startByte)
    case .endBytes: return .integer(provenance.span.endByte)
    case .lines: return .integer(provenance.span.line)
    case .columns: return .integer(provenance.span.column)
    case .rules: return .string(provenance.rule)
    case .confidences: return .double(provenance.confidence)
    }
  }
}

/// An entry of a provenance list. A sentence id is written as its source id, `-s` and the
/// ordinal, never spelled as a string of its own.
enum ProvenanceEntry {
  case sentence(SentenceID)
  case string(String)
  case integer(Int)
  case double(Double)
}

/// A node: its key (`label` + `id`), the labels besides the key label, and its properties in a
/// fixed order.
struct PropertyNode: Sendable {
  let key: KeyLabel
  let id: String
  /// Labels beyond `key`, most general first: `["Document", "Treaty"]`.
  let extraLabels: [String]
  let properties: [Property]

  /// Every label, key label first.
  var labels: [String] { [key.rawValue] + extraLabels }

  /// The labels as a dictionary key, without joining them into a string.
  var labelSet: NodeLabels { NodeLabels(key: key, extraLabels: extraLabels) }
}

/// A node's labels: the shape a Cypher batch or a CSV file group holds.
struct NodeLabels: Hashable, Sendable {
  let key: KeyLabel
  let extraLabels: [String]
}

/// A node's address: the key label and the id, which `MATCH` finds through the index.
struct NodeReference: Sendable {
  let key: KeyLabel
  let id: String
}

/// A directed relationship. `id` identifies it among parallel relationships of the same type
/// (`MERGE` matches on it); relationships without one are unique per pair and type.
struct PropertyRelationship: Sendable {
  let type: String
  let start: NodeReference
  let end: NodeReference
  let id: String?
  let properties: [Property]
}

/// The relationship types that do not come from a `Predicate`.
enum StructuralType {
  /// `(:Sentence)-[:IN_SOURCE]->(:Source)`.
  static let inSource = "IN_SOURCE"
  /// `(:Sentence)-[:MENTIONS]->(:Entity)`, one per mention, with the surface form and span.
  static let mentions = "MENTIONS"
}

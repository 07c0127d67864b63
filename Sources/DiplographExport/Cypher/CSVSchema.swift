import DiplographModel

/// The columns of one kind of `neo4j-admin` CSV file: the header line, and the typed property
/// each column holds. Built from the same closed set of keys `PropertyGraphMapping` writes, so a
/// property without a column is a bug, reported as an error rather than dropped.
struct CSVSchema: Sendable {
  enum Column: Sendable {
    /// `id:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`.
    case nodeID, labels, startID, endID, type
    case property(String, PropertyType)
  }

  /// The importer's property types, as written after the colon in the header.
  enum PropertyType: String, Sendable {
    case string = "", long, double, date
    case strings = "string[]", longs = "long[]", doubles = "double[]"
  }

  let columns: [Column]

  var header: String {
    columns.map { column in
      switch column {
      case .nodeID: return "id:ID"
      case .labels: return ":LABEL"
      case .startID: return ":START_ID"
      case .endID: return ":END_ID"
      case .type: return ":TYPE"
      case .property(let name, let type): return type == .string ? name : name + ":" + type.rawValue
      }
    }.joined(separator: ",")
  }

  static func forNode(_ node: PropertyNode) -> CSVSchema {
    switch node.key {
    case .entity: return entity
    case .source: return source
    case .sentence: return sentence
    case .literal:
      switch node.extraLabels.last {
      case "Date": return date
      case "Number": return CSVSchema(nodeColumns: [("value", .long)])
      default: return CSVSchema(nodeColumns: [("value", .string)])
      }
    }
  }

  static func forRelationship(_ relationship: PropertyRelationship) -> CSVSchema {
    switch relationship.type {
    case StructuralType.inSource: return CSVSchema(columns: [.startID, .endID, .type])
    case StructuralType.mentions: return mention
    default: return fact
    }
  }

  private init(columns: [Column]) { self.columns = columns }

  private init(nodeColumns: [(String, PropertyType)]) {
    columns = [.nodeID, .labels] + nodeColumns.map { .property($0.0, $0.1) }
  }

  private static let span: [(String, PropertyType)] = [
    ("startByte", .long), ("endByte", .long), ("line", .long), ("column", .long),
  ]

  private static let entity = CSVSchema(
    nodeColumns: [("name", .string), ("kind", .string), ("aliases", .strings)]
      + PropertyGraphMapping.nameLanguages.map { ("name_" + $0, .string) } + [("otherNames", .strings)]
      + AttributeKey.allCases.map { ($0.rawValue, attributeType($0)) })

  private static let source = CSVSchema(
    nodeColumns: [("path", .string), ("title", .string), ("encoding", .string), ("byteCount", .long)])

  private static let sentence = CSVSchema(
    nodeColumns: [("source", .string), ("ordinal", .long), ("paragraph", .long), ("text", .string)] + span
      + [("repeatOf", .string)])

  private static let date = CSVSchema(
    nodeColumns: [
      ("value", .string), ("date", .date), ("year", .long), ("month", .long), ("day", .long), ("precision", .string),
    ])

  private static let mention = CSVSchema(
    columns: [.startID, .endID, .type]
      + ([("id", .string), ("surface", .string), ("rule", .string)] + span).map { .property($0.0, $0.1) })

  private static let fact = CSVSchema(
    columns: [.startID, .endID, .type]
      + ([
        ("id", .string), ("weight", .long), ("confidence", .double),
      ] + ProvenanceColumn.allCases.map { ($0.rawValue, type(of: $0)) } as [(String, PropertyType)]).map { .property($0.0, $0.1) })

  /// The array type a provenance column is written as.
  static func type(of column: ProvenanceColumn) -> PropertyType {
    switch column {
    case .sentences, .sources, .rules: return .strings
    case .startBytes, .endBytes, .lines, .columns: return .longs
    case .confidences: return .doubles
    }
  }

  /// A column has one type; an attribute whose value has another is refused by the writer.
  private static func attributeType(_ key: AttributeKey) -> PropertyType {
    switch key {
    case .wikidata, .isoCode, .acronym: return .string
    case .ordinal: return .long
    }
  }
}

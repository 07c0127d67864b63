/// Writes one node or relationship as a CSV record in its schema's column order.
enum CSVRecordWriter {
  /// Returns the record and whether any value held a line break.
  static func record(for node: PropertyNode, schema: CSVSchema) throws -> ([UInt8], Bool) {
    try record(schema: schema, item: node.id, properties: node.properties) { column, out in
      switch column {
      case .nodeID: return try CSVEscaping.appendQuoted(node.id, to: &out, insideArray: false)
      case .labels: return try CSVEscaping.appendQuoted(joined(node.labels), to: &out, insideArray: false)
      default: return false
      }
    }
  }

  static func record(for relationship: PropertyRelationship, schema: CSVSchema) throws -> ([UInt8], Bool) {
    var properties = relationship.properties
    if let id = relationship.id { properties.insert(("id", .string(id)), at: 0) }
    let item = relationship.id ?? relationship.start.id + " " + relationship.type
    return try record(schema: schema, item: item, properties: properties) { column, out in
      switch column {
      case .startID: return try CSVEscaping.appendQuoted(relationship.start.id, to: &out, insideArray: false)
      case .endID: return try CSVEscaping.appendQuoted(relationship.end.id, to: &out, insideArray: false)
      case .type: return try CSVEscaping.appendQuoted(relationship.type, to: &out, insideArray: false)
      default: return false
      }
    }
  }

  private static func record(
    schema: CSVSchema, item: String, properties: [(String, PropertyValue)],
    special: (CSVSchema.Column, inout [UInt8]) throws -> Bool
  ) throws -> ([UInt8], Bool) {
    var out: [UInt8] = []
    var holdsLineBreak = false
    var used = 0
    for (index, column) in schema.columns.enumerated() {
      if index > 0 { out.append(UInt8(ascii: ",")) }
      guard case .property(let name, let type) = column else {
        holdsLineBreak = try special(column, &out) || holdsLineBreak
        continue
      }
      guard let value = properties.first(where: { $0.0 == name })?.1 else { continue }
      used += 1
      holdsLineBreak = try append(value, as: type, name: name, item: item, to: &out) || holdsLineBreak
    }
    if used < properties.count {
      let names = properties.map(\.0).filter { name in
        !schema.columns.contains { if case .property(name, _) = $0 { return true } else { return false } }
      }
      throw ExportError.unrepresentable(
        format: "neo4j-csv", item: excerpt(item), reason: "no column for \(names.joined(separator: ", "))")
    }
    out.append(0x0A)
    return (out, holdsLineBreak)
  }

  private static func append(
    _ value: PropertyValue, as type: CSVSchema.PropertyType, name: String, item: String, to out: inout [UInt8]
  ) throws -> Bool {
    switch (value, type) {
    case (.string(let text), .string): return try CSVEscaping.appendQuoted(text, to: &out, insideArray: false)
    case (.integer(let number), .long): out.append(contentsOf: String(number).utf8)
    case (.double(let number), .double): out.append(contentsOf: number.description.utf8)
    case (.date(let date), .date): out.append(contentsOf: date.description.utf8)
    case (.strings(let texts), .strings):
      out.append(UInt8(ascii: "\""))
      var holdsLineBreak = false
      for (index, text) in texts.enumerated() {
        if index > 0 { out.append(CSVEscaping.arrayDelimiter) }
        holdsLineBreak = try CSVEscaping.appendEscaped(text, to: &out, insideArray: true) || holdsLineBreak
      }
      out.append(UInt8(ascii: "\""))
      return holdsLineBreak
    case (.integers(let numbers), .longs): out.append(contentsOf: joined(numbers.map(String.init)).utf8)
    case (.doubles(let numbers), .doubles): out.append(contentsOf: joined(numbers.map(\.description)).utf8)
    default:
      throw ExportError.unrepresentable(
        format: "neo4j-csv", item: excerpt(item),
        reason: "property \(name) holds \(value), its column is \(type == .string ? "string" : type.rawValue)")
    }
    return false
  }

  private static func joined(_ parts: [String]) -> String {
    parts.joined(separator: String(UnicodeScalar(CSVEscaping.arrayDelimiter)))
  }
}

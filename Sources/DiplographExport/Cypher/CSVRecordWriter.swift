import DiplographModel

/// Writes one node or relationship as a CSV record in its schema's column order.
enum CSVRecordWriter {
  /// Appends the record to `out`; returns whether any value held a line break.
  static func append(_ node: PropertyNode, schema: CSVSchema, to out: inout [UInt8]) throws -> Bool {
    try append(schema: schema, item: node.id, properties: node.properties, extraID: nil, to: &out) { column, out in
      switch column {
      case .nodeID: return try CSVEscaping.appendQuoted(node.id, to: &out, insideArray: false)
      case .labels:
        out.append(UInt8(ascii: "\""))
        var holdsLineBreak = try CSVEscaping.appendEscaped(node.key.rawValue, to: &out, insideArray: false)
        for label in node.extraLabels {
          out.append(CSVEscaping.arrayDelimiter)
          holdsLineBreak = try CSVEscaping.appendEscaped(label, to: &out, insideArray: false) || holdsLineBreak
        }
        out.append(UInt8(ascii: "\""))
        return holdsLineBreak
      default: return false
      }
    }
  }

  /// A relationship's `id`, when it has one, is written as its first property.
  static func append(_ relationship: PropertyRelationship, schema: CSVSchema, to out: inout [UInt8]) throws -> Bool {
    try append(
      schema: schema, item: relationship.id ?? relationship.start.id + " " + relationship.type,
      properties: relationship.properties, extraID: relationship.id, to: &out
    ) { column, out in
      switch column {
      case .startID: return try CSVEscaping.appendQuoted(relationship.start.id, to: &out, insideArray: false)
      case .endID: return try CSVEscaping.appendQuoted(relationship.end.id, to: &out, insideArray: false)
      case .type: return try CSVEscaping.appendQuoted(relationship.type, to: &out, insideArray: false)
      default: return false
      }
    }
  }

  /// Properties come in about the schema's order, so each column looks first at the property
  /// after the last one taken and searches the rest only when that one has another name.
  private static func append(
    schema: CSVSchema, item: @autoclosure () -> String, properties: [Property], extraID: String?,
    to out: inout [UInt8], special: (CSVSchema.Column, inout [UInt8]) throws -> Bool
  ) throws -> Bool {
    var holdsLineBreak = false
    var used = 0
    var next = 0
    var idPending = extraID != nil
    for (index, column) in schema.columns.enumerated() {
      if index > 0 { out.append(UInt8(ascii: ",")) }
      guard case .property(let name, let type) = column else {
        holdsLineBreak = try special(column, &out) || holdsLineBreak
        continue
      }
      let value: PropertyValue
      if idPending, let extraID, name == "id" {
        value = .string(extraID)
        idPending = false
      } else if next < properties.count, properties[next].key == name {
        value = properties[next].value
        next += 1
      } else if let found = properties.first(where: { $0.key == name })?.value {
        value = found
      } else {
        continue
      }
      used += 1
      holdsLineBreak = try append(value, as: type, name: name, item: item, to: &out) || holdsLineBreak
    }
    let propertyCount = properties.count + (extraID == nil ? 0 : 1)
    if used < propertyCount {
      let names = (extraID == nil ? [] : ["id"]) + properties.map(\.key)
      let missing = names.filter { name in
        !schema.columns.contains { if case .property(name, _) = $0 { return true } else { return false } }
      }
      throw ExportError.unrepresentable(
        format: "neo4j-csv", item: excerpt(item()), reason: "no column for \(missing.joined(separator: ", "))")
    }
    out.append(0x0A)
    return holdsLineBreak
  }

  private static func append(
    _ value: PropertyValue, as type: CSVSchema.PropertyType, name: String, item: () -> String, to out: inout [UInt8]
  ) throws -> Bool {
    switch (value, type) {
    case (.string(let text), .string): return try CSVEscaping.appendQuoted(text, to: &out, insideArray: false)
    case (.integer(let number), .long): out.appendDecimal(number)
    case (.double(let number), .double): out.appendDouble(number)
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
    case (.integers(let numbers), .longs):
      for (index, number) in numbers.enumerated() {
        if index > 0 { out.append(CSVEscaping.arrayDelimiter) }
        out.appendDecimal(number)
      }
    case (.doubles(let numbers), .doubles):
      for (index, number) in numbers.enumerated() {
        if index > 0 { out.append(CSVEscaping.arrayDelimiter) }
        out.appendDouble(number)
      }
    case (.provenance(let column, let provenance), _) where type == CSVSchema.type(of: column):
      return try appendList(column, of: provenance, to: &out)
    default:
      throw ExportError.unrepresentable(
        format: "neo4j-csv", item: excerpt(item()),
        reason: "property \(name) holds \(value), its column is \(type == .string ? "string" : type.rawValue)")
    }
    return false
  }

  /// A provenance column as an array field: quoted when its entries are text.
  private static func appendList(_ column: ProvenanceColumn, of provenance: [Provenance], to out: inout [UInt8]) throws
    -> Bool
  {
    let isText = CSVSchema.type(of: column) == .strings
    if isText { out.append(UInt8(ascii: "\"")) }
    var holdsLineBreak = false
    for index in provenance.indices {
      if index > 0 { out.append(CSVEscaping.arrayDelimiter) }
      switch column.entry(of: provenance[index]) {
      case .sentence(let id):
        holdsLineBreak = try CSVEscaping.appendEscaped(id.source.rawValue, to: &out, insideArray: true) || holdsLineBreak
        out.append(contentsOf: SentenceID.ordinalPrefix.utf8)
        out.appendDecimal(id.ordinal)
      case .string(let text):
        holdsLineBreak = try CSVEscaping.appendEscaped(text, to: &out, insideArray: true) || holdsLineBreak
      case .integer(let number): out.appendDecimal(number)
      case .double(let number): out.appendDouble(number)
      }
    }
    if isText { out.append(UInt8(ascii: "\"")) }
    return holdsLineBreak
  }
}

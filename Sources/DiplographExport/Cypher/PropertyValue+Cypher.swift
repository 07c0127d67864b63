import DiplographModel

extension PropertyValue {
  /// Appends the value as a Cypher literal: `'text'`, `42`, `0.95`, `date('2021-06-28')`, lists
  /// in brackets. Strings go through `CypherEscaping`.
  func appendCypher(to out: inout [UInt8], dialect: CypherDialect) throws {
    switch self {
    case .string(let text): try CypherEscaping.appendString(text, to: &out, dialect: dialect)
    case .integer(let value): out.appendDecimal(value)
    case .double(let value): out.appendDouble(value)
    case .date(let date):
      out.appendLiteral("date('")
      out.append(contentsOf: date.description.utf8)
      out.appendLiteral("')")
    case .strings(let texts):
      try appendList(texts, to: &out) { try CypherEscaping.appendString($0, to: &$1, dialect: dialect) }
    case .integers(let values):
      try appendList(values, to: &out) { $1.appendDecimal($0) }
    case .doubles(let values):
      try appendList(values, to: &out) { $1.appendDouble($0) }
    case .provenance(let column, let provenance):
      try appendList(provenance, to: &out) { entry, out in
        switch column.entry(of: entry) {
        case .sentence(let id): try CypherEscaping.appendString(id, to: &out, dialect: dialect)
        case .string(let text): try CypherEscaping.appendString(text, to: &out, dialect: dialect)
        case .integer(let value): out.appendDecimal(value)
        case .double(let value): out.appendDouble(value)
        }
      }
    }
  }
}

/// Appends `{key: value, …}`; keys are checked to be plain identifiers.
func appendCypherMap(
  _ properties: [Property], to out: inout [UInt8], dialect: CypherDialect
) throws {
  out.append(UInt8(ascii: "{"))
  for index in properties.indices {
    if index > 0 { out.appendLiteral(", ") }
    try CypherEscaping.appendIdentifier(properties[index].key, to: &out)
    out.appendLiteral(": ")
    try properties[index].value.appendCypher(to: &out, dialect: dialect)
  }
  out.append(UInt8(ascii: "}"))
}

private func appendList<Element>(
  _ elements: [Element], to out: inout [UInt8], _ appendElement: (Element, inout [UInt8]) throws -> Void
) throws {
  out.append(UInt8(ascii: "["))
  for index in elements.indices {
    if index > 0 { out.appendLiteral(", ") }
    try appendElement(elements[index], &out)
  }
  out.append(UInt8(ascii: "]"))
}

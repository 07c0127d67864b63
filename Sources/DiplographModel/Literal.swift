/// A literal object of a fact or a property value.
public enum Literal: Hashable, Comparable, Sendable, Codable {
  case date(CalendarDate)
  case integer(Int)
  case string(String)

  /// The lexical form, as written in N-Triples or GraphML.
  public var lexicalForm: String {
    switch self {
    case .date(let date): return date.description
    case .integer(let value): return String(value)
    case .string(let text): return text
    }
  }

  public static func < (lhs: Literal, rhs: Literal) -> Bool {
    switch (lhs, rhs) {
    case (.date(let a), .date(let b)): return a < b
    case (.integer(let a), .integer(let b)): return a < b
    case (.string(let a), .string(let b)): return a.utf8.lexicographicallyPrecedes(b.utf8)
    default: return lhs.order < rhs.order
    }
  }

  private var order: Int {
    switch self {
    case .date: return 0
    case .integer: return 1
    case .string: return 2
    }
  }
}

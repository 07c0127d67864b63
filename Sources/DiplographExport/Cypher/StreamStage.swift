import DiplographModel

/// Where a stream stands, so an exporter refuses events out of `GraphEvent`'s order instead of
/// writing a script whose relationships point at nodes not yet created.
enum Stage: Int, Comparable {
  case start, begun, sources, entities, relations, ended

  static func < (lhs: Stage, rhs: Stage) -> Bool { lhs.rawValue < rhs.rawValue }

  mutating func advance(to event: GraphEvent) throws {
    let next: Stage
    switch event {
    case .begin: next = .begun
    case .source: next = .sources
    case .entity: next = .entities
    case .relation: next = .relations
    case .end: next = .ended
    }
    let allowed = self == .start ? next == .begun : (self != .ended && next >= self && next != .begun)
    guard allowed else {
      throw ExportError.protocolViolation("\(next) after \(self)")
    }
    self = next
  }
}

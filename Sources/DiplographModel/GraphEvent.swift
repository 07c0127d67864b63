/// One event of the stream a graph is handed to its sinks as.
///
/// The order is fixed: `begin`, every `source`, every `entity`, every `relation`, `end`; within
/// each kind, sorted by id. A sink can write as events come and never needs the whole graph;
/// a relation never arrives before the entities and sources it points to.
public enum GraphEvent: Sendable {
  case begin(GraphSchema)
  case source(SourceDocument)
  case entity(Entity)
  case relation(Relation)
  case end(GraphSummary)
}

/// Receives a graph as a stream of events.
public protocol GraphSink {
  mutating func consume(_ event: GraphEvent) throws
}

/// Hands each event to several sinks in turn, so every format is written in one pass.
///
/// The first sink that throws stops the stream; the caller decides what to do with the others.
public struct TeeSink: GraphSink {
  public var sinks: [any GraphSink]

  public init(_ sinks: [any GraphSink]) { self.sinks = sinks }

  public mutating func consume(_ event: GraphEvent) throws {
    for index in sinks.indices { try sinks[index].consume(event) }
  }
}

import DiplographModel
import DiplographText

/// Reads entities and facts from normalized documents and builds the graph.
///
/// Placeholder until the extraction rules land: the graph holds the sources and their sentences.
public struct GraphBuilder: Sendable {
  private var graph = Graph()

  public init() {}

  public mutating func add(_ document: NormalizedDocument) {
    graph.add(document.source)
  }

  public func build() -> Graph { graph }
}

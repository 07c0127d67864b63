import DiplographModel
import DiplographTestSupport
import Foundation
import Testing

@testable import DiplographExport

/// `render`'s choice of what to draw, and the drawing itself.
@Suite struct DOTGraphSelectionTests {
  /// A hub with five facts; B–F one each; G linked only to H; a meeting dated; co-occurrences.
  static func graph() -> (Graph, [String: EntityID]) {
    var graph = Graph()
    var ids: [String: EntityID] = [:]
    for name in ["A", "B", "C", "D", "E", "F", "G", "H", "Q"] {
      let entity = Entity(kind: name == "Q" ? .meeting : .country, label: name)
      graph.add(entity)
      ids[name] = entity.id
    }
    func fact(_ subject: String, _ object: String, _ predicate: DiplographModel.Predicate = .supports) {
      graph.add(Relation(subject: ids[subject]!, predicate: predicate, object: .entity(ids[object]!)))
    }
    func together(_ a: String, _ b: String, _ weight: Int) {
      graph.add(Relation(subject: ids[a]!, predicate: .coOccursWith, object: .entity(ids[b]!), weight: weight))
    }
    for other in ["B", "C", "D", "E", "Q"] { fact("A", other) }
    fact("G", "H", .partOf)
    graph.add(Relation(subject: ids["Q"]!, predicate: .date, object: .literal(.date(CalendarDate(year: 2020)!))))
    together("A", "B", 9)  // already a fact: no line
    together("C", "D", 2)
    together("D", "E", 1)
    together("F", "C", 5)  // F has no fact: chosen only with co-occurrence
    return (graph, ids)
  }

  @Test func keepsTheEntitiesWithMostFactsAndTheEdgesAmongThem() {
    let (graph, ids) = Self.graph()
    let picture = GraphSelection.mostConnected(graph, top: 3, includeCoOccurrence: false).graph
    // A has 5 facts; among the one-fact entities B (named with others 9 times) and C (7) win
    // the tie on co-occurrence weight.
    #expect(Set(picture.entities.keys) == [ids["A"]!, ids["B"]!, ids["C"]!])
    #expect(picture.relations.values.allSatisfy { $0.predicate == .supports })
    #expect(picture.relations.count == 2)
  }

  @Test func anEntityWithoutADrawnEdgeIsDropped() {
    let (graph, ids) = Self.graph()
    // F has no fact; G and H link only to each other and are kept together.
    let picture = GraphSelection.mostConnected(graph, top: 8, includeCoOccurrence: false).graph
    #expect(picture.entities[ids["F"]!] == nil)
    #expect(picture.entities[ids["G"]!] != nil && picture.entities[ids["H"]!] != nil)
    let smaller = GraphSelection.mostConnected(graph, top: 1, includeCoOccurrence: false)
    #expect(smaller.graph.entities.isEmpty)
    #expect(smaller.entityTotal == 9)
  }

  @Test func datesOfChosenEntitiesComeAlong() {
    let (graph, ids) = Self.graph()
    let picture = GraphSelection.mostConnected(graph, top: 9, includeCoOccurrence: false).graph
    #expect(picture.relations.values.contains { $0.subject == ids["Q"]! && $0.predicate == .date })
  }

  @Test func coOccurrenceAddsOnlyLinesNoFactExplains() {
    let (graph, ids) = Self.graph()
    let picture = GraphSelection.mostConnected(graph, top: 9, includeCoOccurrence: true).graph
    let lines = picture.relations.values.filter { $0.predicate == .coOccursWith }
    #expect(
      Set(lines.map { Set([$0.subject, $0.object.entity!]) }) == [
        [ids["C"]!, ids["D"]!], [ids["D"]!, ids["E"]!], [ids["F"]!, ids["C"]!],
      ])
    #expect(picture.entities[ids["F"]!] != nil)
  }

  @Test func eachEntityKeepsAtMostItsStrongestPartners() {
    var graph = Graph()
    let hub = Entity(kind: .country, label: "中国")
    graph.add(hub)
    for index in 0..<8 {
      let other = Entity(kind: .city, label: "城市\(index)")
      graph.add(other)
      graph.add(Relation(subject: hub.id, predicate: .coOccursWith, object: .entity(other.id), weight: index + 1))
    }
    let picture = GraphSelection.mostConnected(graph, top: 20, includeCoOccurrence: true).graph
    // Each city's only partner is the hub, so every line is some entity's strongest: all stay.
    #expect(picture.relations.count == 8)
    var lonely = Graph()
    let a = Entity(kind: .country, label: "甲")
    lonely.add(a)
    for index in 0..<6 {
      let other = Entity(kind: .city, label: "乙\(index)")
      lonely.add(other)
      lonely.add(Relation(subject: a.id, predicate: .coOccursWith, object: .entity(other.id), weight: index + 1))
      for earlier in 0..<index {
        lonely.add(
          Relation(
            subject: other.id, predicate: .coOccursWith,
            object: .entity(Entity(kind: .city, label: "乙\(earlier)").id), weight: 10))
      }
    }
    let kept = GraphSelection.mostConnected(lonely, top: 20, includeCoOccurrence: true).graph
    let fromA = kept.relations.values.filter { $0.subject == a.id }.map(\.weight).sorted()
    #expect(fromA.count <= GraphSelection.coOccurrencesPerEntity)
  }

  @Test func sameGraphSamePicture() throws {
    let (graph, _) = Self.graph()
    let first = GraphSelection.mostConnected(graph, top: 4, includeCoOccurrence: true).graph
    let second = GraphSelection.mostConnected(Self.graph().0, top: 4, includeCoOccurrence: true).graph
    #expect(try dot(first) == dot(second))
  }

  @Test func pictureFilesAreWrittenWhole() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("render-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let drawn = try GraphPicture(top: 5, factsOnly: true).draw(Self.graph().0, into: directory)
    #expect(
      drawn.files.map { URL(fileURLWithPath: $0).lastPathComponent } == [
        "graph-top5-facts.dot", "graph-top5-facts.svg", "graph-top5-facts.png",
      ])
    let png = try #require(FileManager.default.contents(atPath: drawn.files[2]))
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    let svg = try String(contentsOfFile: drawn.files[1], encoding: .utf8)
    #expect(svg.contains("<svg"))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == [
        "graph-top5-facts.dot", "graph-top5-facts.png", "graph-top5-facts.svg",
      ])
  }

  /// Two hubs with thirty arrows each: layered, a strip thirty boxes wide; so a spring layout.
  @Test func aWideFanIsDrawnWithASpringLayout() throws {
    var graph = Graph()
    let hubs = [Entity(kind: .country, label: "中国"), Entity(kind: .country, label: "俄罗斯")]
    for hub in hubs { graph.add(hub) }
    for index in 0..<30 {
      let organization = Entity(kind: .internationalOrganization, label: "国际组织\(index)")
      graph.add(organization)
      for hub in hubs { graph.add(Relation(subject: hub.id, predicate: .supports, object: .entity(organization.id))) }
    }
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("render-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    #expect(try GraphPicture(top: 40, factsOnly: true).draw(graph, into: directory).layout == .neato)
    #expect(try GraphPicture(top: 40, factsOnly: true, layout: .dot).draw(graph, into: directory).layout == .dot)
    #expect(try GraphPicture(top: 5, factsOnly: true).draw(Self.graph().0, into: directory).layout == .dot)
    #expect(try GraphPicture(top: 40).draw(graph, into: directory).layout == .sfdp)
  }

  @Test func anEmptyGraphIsNothingToDraw() throws {
    let error = try #require(throws: RenderError.self) {
      try GraphPicture(top: 5).draw(Graph(), into: FileManager.default.temporaryDirectory.path)
    }
    #expect("\(error)".hasPrefix("nothing to draw"))
  }
}

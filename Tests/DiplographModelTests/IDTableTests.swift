import DiplographModel
import Testing

@Suite struct IDTableTests {
  /// A value with an id and something a merge changes.
  struct Tally: Identified, Sendable, Equatable {
    let id: String
    var total: Int
  }

  @Test func agreesWithADictionaryOverInsertsAndMerges() {
    // A fixed pseudo-random walk: few ids, so most inserts merge, and enough to grow the table
    // several times.
    var state: UInt64 = 0x2545_f491_4f6c_dd1d
    var table = IDTable<Tally>()
    var model: [String: Int] = [:]
    var order: [String] = []
    for step in 0..<5_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let id = "id-" + String(state >> 53)
      if model[id] == nil { order.append(id) }
      model[id, default: 0] += step
      table.insert(Tally(id: id, total: step)) { existing, new in existing.total += new.total }
    }
    #expect(table.count == model.count)
    #expect(Array(table.keys) == order)
    for (id, total) in model {
      #expect(table[id]?.total == total)
      #expect(table.position(of: id).map { table.values[$0].id } == id)
    }
    #expect(table["id-absent"] == nil)
    #expect(table.position(of: "id-absent") == nil)
  }

  @Test func findsEveryValueItWasBuiltWithAndNothingElse() {
    let values = (0..<1_000).map { Tally(id: "v\($0)", total: $0) }
    let table = IDTable(uniqueValues: values)
    #expect(table.values == values)
    for value in values { #expect(table[value.id] == value) }
    #expect(table["v1000"] == nil)
    #expect(IDTable<Tally>()["v0"] == nil)
    #expect(IDTable<Tally>(uniqueValues: []).isEmpty)
  }

  @Test func takingTheValuesLeavesItEmptyAndUsable() {
    var table = IDTable(uniqueValues: [Tally(id: "a", total: 1), Tally(id: "b", total: 2)])
    #expect(table.takeValues().map(\.id) == ["a", "b"])
    #expect(table.isEmpty && table["a"] == nil)
    table.insert(Tally(id: "b", total: 5)) { _, _ in Issue.record("nothing to merge with") }
    #expect(table["b"]?.total == 5 && table.count == 1)
  }

  @Test func insertingIfAbsentTellsWhereTheValueLies() {
    var table = IDTable<Tally>()
    let first = table.insertIfAbsent(Tally(id: "a", total: 1))
    let second = table.insertIfAbsent(Tally(id: "b", total: 2))
    let again = table.insertIfAbsent(Tally(id: "a", total: 9))
    #expect(first.inserted && first.position == 0)
    #expect(second.inserted && second.position == 1)
    #expect(!again.inserted && again.position == 0)
    #expect(table["a"]?.total == 1 && table.count == 2)
  }

  @Test func reservingRoomKeepsWhatIsThere() {
    var table = IDTable(uniqueValues: [Tally(id: "a", total: 1)])
    table.reserveCapacity(10_000)
    #expect(table["a"]?.total == 1)
    for index in 0..<100 { table.insert(Tally(id: "n\(index)", total: index)) { _, _ in } }
    #expect(table.count == 101 && table["n99"]?.total == 99 && table["a"]?.total == 1)
  }
}

/// Something the graph holds under an id of its own.
public protocol Identified {
  associatedtype ID: Hashable
  var id: ID { get }
}

extension SourceDocument: Identified {}
extension Entity: Identified {}
extension Relation: Identified {}

/// Values under their ids, stored densely in the order they were added.
///
/// What a `Dictionary` does for the graph, in less memory: a dictionary keeps its values inside a
/// bucket array that is between 1⅓ and 2⅔ times as long as it is full, and a relation is a large
/// value; here the values lie packed in one array and the hash table holds 4-byte positions. At
/// 100MB of input that is the difference between about 220 MB and 85 MB for the relations.
///
/// Inlinable, so other modules (the corpus merge) get it specialized for their values: the
/// generic version copied a whole relation out of the array to compare its id at every probe.
public struct IDTable<Value: Identified>: Sendable where Value: Sendable, Value.ID: Sendable {
  public typealias ID = Value.ID

  /// Every value, in the order added.
  public var values: [Value] { storage }
  @usableFromInline var storage: [Value] = []
  /// Open addressing with linear probing: each slot holds a position in `values`, or -1.
  @usableFromInline var slots: [Int32] = []

  public init() {}

  /// A table of values whose ids are all different (checked).
  public init(uniqueValues: [Value]) {
    storage = uniqueValues
    rehash(minimumCapacity: storage.count)
  }

  public var count: Int { storage.count }
  public var isEmpty: Bool { storage.isEmpty }
  public var keys: LazyMapSequence<[Value], ID> { storage.lazy.map(\.id) }

  @inlinable
  public subscript(id: ID) -> Value? {
    guard let position = position(of: id) else { return nil }
    return storage[position]
  }

  @inlinable
  public func position(of id: ID) -> Int? {
    guard !slots.isEmpty else { return nil }
    let position = slots[probe(id)]
    return position < 0 ? nil : Int(position)
  }

  /// Adds `value` unless its id is taken; either way, where the value under that id lies. One
  /// look-up, for callers that keep more beside each value.
  @inlinable @discardableResult
  public mutating func insertIfAbsent(_ value: Value) -> (inserted: Bool, position: Int) {
    if (storage.count + 1) * 2 > slots.count { rehash(minimumCapacity: storage.count + 1) }
    let slot = probe(value.id)
    if slots[slot] >= 0 { return (false, Int(slots[slot])) }
    slots[slot] = Int32(storage.count)
    storage.append(value)
    return (true, storage.count - 1)
  }

  /// Adds `value`, or, when its id is taken, hands the value already there to `merge`.
  @inlinable
  public mutating func insert(_ value: Value, merge: (inout Value, Value) -> Void) {
    let (inserted, position) = insertIfAbsent(value)
    guard !inserted else { return }
    merge(&storage[position], value)
    precondition(storage[position].id == value.id, "a merge changed the id \(value.id)")
  }

  public mutating func reserveCapacity(_ capacity: Int) {
    storage.reserveCapacity(capacity)
    if capacity * 2 > slots.count { rehash(minimumCapacity: capacity) }
  }

  /// The values, leaving the table empty; they move out without a copy.
  @inlinable
  public mutating func takeValues() -> [Value] {
    slots = []
    defer { storage = [] }
    return storage
  }

  /// The slot that holds `id`, or the empty slot where it would go.
  @inlinable
  func probe(_ id: ID) -> Int {
    let mask = slots.count - 1
    var slot = id.hashValue & mask
    while true {
      let position = slots[slot]
      if position < 0 || storage[Int(position)].id == id { return slot }
      slot = (slot + 1) & mask
    }
  }

  /// Slots for at least twice `minimumCapacity` values, a power of two, filled from `values`.
  @inlinable
  mutating func rehash(minimumCapacity: Int) {
    var size = 8
    while size < minimumCapacity * 2 { size *= 2 }
    slots = Array(repeating: -1, count: size)
    for position in storage.indices {
      let slot = probe(storage[position].id)
      precondition(slots[slot] < 0, "two values with the id \(storage[position].id)")
      slots[slot] = Int32(position)
    }
  }
}

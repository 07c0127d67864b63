/// An entity's node while it waits for the end of the stream in a `SpillFile`: written as GraphML
/// already, value by value, so that the literal facts that arrive later can still go in among its
/// values in key order. One record:
///
///     id, label                       each a byte count (UInt32) and UTF-8
///     value count (UInt32)            then per value its key's place and its byte count (UInt32 each)
///     body                            the values' `<data>` elements, then the yEd drawing if any
struct PendingNode {
  struct Value {
    /// The key's place among the declared keys: values are sorted by it when literals join.
    let order: Int
    let bytes: UnsafeRawBufferPointer
  }

  let id: UnsafeRawBufferPointer
  let label: String
  let values: [Value]
  /// Every value, then the drawing: the node's content when no literal joins it.
  let body: UnsafeRawBufferPointer
  /// What follows the values in `body`.
  let drawing: UnsafeRawBufferPointer

  /// Reads a record made of `header(id:label:values:)` and the body; the buffers point into `bytes`.
  init(decoding bytes: UnsafeRawBufferPointer) throws {
    var cursor = 0
    func number() throws -> Int {
      guard cursor + 4 <= bytes.count else { throw Self.damaged }
      defer { cursor += 4 }
      return Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: cursor, as: UInt32.self)))
    }
    func slice(_ count: Int) throws -> UnsafeRawBufferPointer {
      guard cursor + count <= bytes.count else { throw Self.damaged }
      defer { cursor += count }
      return UnsafeRawBufferPointer(rebasing: bytes[cursor..<(cursor + count)])
    }
    id = try slice(try number())
    label = String(decoding: try slice(try number()), as: UTF8.self)
    let lengths = try (0..<(try number())).map { _ in (order: try number(), count: try number()) }
    body = UnsafeRawBufferPointer(rebasing: bytes[cursor...])
    values = try lengths.map { Value(order: $0.order, bytes: try slice($0.count)) }
    drawing = UnsafeRawBufferPointer(rebasing: bytes[cursor...])
  }

  /// The start of the record of a node whose body, which follows it, holds `values`' bytes in
  /// their order, then the drawing.
  static func header(id: String, label: String, values: [(order: Int, count: Int)]) -> [UInt8] {
    var header: [UInt8] = []
    header.reserveCapacity(12 + id.utf8.count + label.utf8.count + 8 * values.count)
    func append(_ number: Int) {
      withUnsafeBytes(of: UInt32(number).littleEndian) { header.append(contentsOf: $0) }
    }
    append(id.utf8.count)
    header.append(contentsOf: id.utf8)
    append(label.utf8.count)
    header.append(contentsOf: label.utf8)
    append(values.count)
    for value in values {
      append(value.order)
      append(value.count)
    }
    return header
  }

  private static let damaged = ExportError.io(path: "temporary file", reason: "damaged record")
}

/// Collects what an `XMLMarkupWriter` writes, for one pending node at a time.
final class PendingNodeBuffer: ByteSink {
  private(set) var bytes: [UInt8] = []

  func write(_ buffer: UnsafeRawBufferPointer) throws { bytes.append(contentsOf: buffer) }

  func close() throws {}

  func removeAll() { bytes.removeAll(keepingCapacity: true) }
}

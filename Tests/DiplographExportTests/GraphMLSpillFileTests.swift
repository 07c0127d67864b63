import Testing

@testable import DiplographExport

@Suite struct GraphMLSpillFileTests {
  /// Records of every awkward length: empty, shorter than a count, longer than a read chunk
  /// (1 MiB), and many small ones whose counts straddle chunk ends.
  static let records: [[UInt8]] = [
    Array("<data key=\"n.label\">中国</data>\n".utf8), [], [0], [1, 2, 3], Array("🇨🇳\u{0}\n\r\t]]>".utf8),
    Array(String(repeating: "条", count: 400_000).utf8),
  ] + (0..<3000).map { Array(String($0).utf8) }

  @Test(arguments: [1 << 22, 64, 1])
  func recordsComeBackInOrder(memoryLimit: Int) throws {
    let spill = SpillFile(memoryLimit: memoryLimit)
    for _ in 0..<3 { for record in Self.records { try spill.append(record: record) } }
    var read: [[UInt8]] = []
    try spill.forEachRecord { read.append(Array($0)) }
    #expect(read == Self.records + Self.records + Self.records)
  }

  @Test(arguments: [1 << 22, 64, 1])
  func bytesComeBackInOrder(memoryLimit: Int) throws {
    let spill = SpillFile(memoryLimit: memoryLimit)
    var expected: [UInt8] = []
    for index in 0..<500 {
      let piece = Array("<edge id=\"e\(index)\">中俄</edge>\n".utf8) + [UInt8](repeating: UInt8(index % 256), count: index * 13)
      try piece.withUnsafeBytes { try spill.write($0) }
      expected += piece
    }
    var read: [UInt8] = []
    var largest = 0
    try spill.forEachChunk { chunk in
      read += chunk
      largest = max(largest, chunk.count)
    }
    #expect(read == expected)
    #expect(largest <= 1 << 20)
  }

  @Test func emptySpillReadsNothing() throws {
    var count = 0
    try SpillFile(memoryLimit: 1).forEachRecord { _ in count += 1 }
    try SpillFile(memoryLimit: 1).forEachChunk { _ in count += 1 }
    #expect(count == 0)
  }

  @Test func errorsFromTheReaderStopTheRead() throws {
    let spill = SpillFile(memoryLimit: 16)
    for index in 0..<100 { try spill.append(record: Array(String(index).utf8)) }
    struct Stop: Error {}
    var seen = 0
    #expect(throws: Stop.self) {
      try spill.forEachRecord { _ in
        seen += 1
        if seen == 10 { throw Stop() }
      }
    }
    #expect(seen == 10)
  }
}

import Foundation
import Testing

@testable import DiplographExport

/// Files are written through an aligned buffer that goes to the disk whole (direct I/O where the
/// file system takes it) and a tail written the ordinary way; whatever the sizes of the writes,
/// the file must hold exactly the bytes given, in order.
@Suite struct FileSinkTests {
  static let buffer = FileSink.bufferSize
  /// Sizes around the block (4,096) and the buffer, and writes larger than the buffer.
  static let awkwardSizes = [0, 1, 7, 4_095, 4_096, 4_097, buffer - 1, buffer, buffer + 1, 2 * buffer + 1_003, 3]

  @Test(arguments: ["/tmp", "/dev/shm"])
  func writesOfAnySizeGiveBackTheSameBytes(parent: String) throws {
    guard FileManager.default.fileExists(atPath: parent) else { return }
    var generator = SeededGenerator(seed: 9)
    var chunks = Self.awkwardSizes.map { size in (0..<size).map { _ in UInt8(truncatingIfNeeded: generator.next()) } }
    // And a run of small writes, as the writers make them.
    chunks += (0..<5_000).map { index in Array(repeating: UInt8(index % 251), count: index % 97) }
    let expected = chunks.flatMap { $0 }
    #expect(try written(chunks, under: parent) == expected)
  }

  @Test(arguments: [0, 4_096, buffer, 2 * buffer, 2 * buffer + 1])
  func filesEndingOnOrOffABufferBoundaryAreWhole(size: Int) throws {
    let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    #expect(try written([bytes], under: "/tmp") == bytes)
  }

  private func written(_ chunks: [[UInt8]], under parent: String) throws -> [UInt8] {
    let path = parent + "/filesink-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let directory = try FileOutputDirectory(path: path)
    let sink = try directory.create("data.bin")
    for chunk in chunks { try sink.write(chunk) }
    try sink.close()
    try directory.commit()
    return Array(try Data(contentsOf: URL(fileURLWithPath: path + "/data.bin")))
  }
}

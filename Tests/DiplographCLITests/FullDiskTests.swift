import Foundation
import Testing

/// A disk that fills up while exports are written, simulated with a file-size limit: the formats
/// that do not fit fail with a clear error, the earlier exports of those formats stay as they
/// were, and no partial file is left behind.
@Suite struct FullDiskTests {
  static let corpus: URL = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.appendingPathComponent("corpus")
  }()

  @Test func exportsThatDoNotFitFailAndLeaveThePreviousOnesIntact() throws {
    let folder = try CommandRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let small = folder.appendingPathComponent("small.txt")
    try Data("双方支持第七届中俄博览会。\n".utf8).write(to: small)
    let out = folder.appendingPathComponent("out")
    let first = try CommandRunner.run(["export", small.path, "--out", out.path, "--quiet"])
    #expect(first.status == 0, "\(first.standardError)")
    let previous = try Data(contentsOf: out.appendingPathComponent("graph.nt"))

    // The corpus's N-Triples run to megabytes; 256 KB cannot hold them.
    let full = try CommandRunner.run(["export", Self.corpus.path, "--out", out.path, "--quiet"], fileSizeLimitKB: 256)
    #expect(full.status == 1, "\(full.standardError)")
    #expect(full.standardError.contains("ntriples"), "\(full.standardError)")
    #expect(full.standardError.contains("File too large"), "\(full.standardError)")
    #expect(try Data(contentsOf: out.appendingPathComponent("graph.nt")) == previous)
    let names = try FileManager.default.contentsOfDirectory(atPath: out.path)
    #expect(!names.contains { $0.hasPrefix(".") || $0.hasSuffix(".tmp") }, "\(names)")
    for name in names {
      let size = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent(name).path)[.size] as? Int ?? 0
      #expect(size <= 256 * 1024, "\(name) has \(size) bytes")
    }
  }
}

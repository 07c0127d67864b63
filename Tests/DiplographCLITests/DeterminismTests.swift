import Foundation
import Testing

/// Same input, same bytes: two runs, and the same files named in another order.
@Suite struct DeterminismTests {
  static let corpus: URL = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.appendingPathComponent("corpus")
  }()

  static func files(in directory: URL) throws -> [String: Data] {
    var result: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
      result[name] = try Data(contentsOf: directory.appendingPathComponent(name))
    }
    return result
  }

  @Test func twoRunsAndAnotherInputOrderWriteTheSameBytes() throws {
    let folder = try CommandRunner.temporaryDirectory()
    let inputs = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).sorted()
      .map { Self.corpus.appendingPathComponent($0).path }
    var outputs: [[String: Data]] = []
    for (index, order) in [inputs, inputs, inputs.reversed()].enumerated() {
      let out = folder.appendingPathComponent("run\(index)")
      let result = try CommandRunner.run(["export"] + order + ["--out", out.path, "--quiet"])
      #expect(result.status == 0, "\(result.standardError)")
      outputs.append(try Self.files(in: out))
    }
    #expect(outputs[0].count >= 8)
    #expect(outputs[0] == outputs[1])
    #expect(outputs[0] == outputs[2])
  }

  /// Formats start heaviest first, but are reported in the order asked for.
  @Test func formatsAreReportedInTheOrderAskedFor() throws {
    let out = try CommandRunner.temporaryDirectory()
    let result = try CommandRunner.run(["export", Self.corpus.path, "--out", out.path, "--format", "dot,jsonl,ntriples"])
    #expect(result.status == 0, "\(result.standardError)")
    let wrote = (result.standardOutput + result.standardError).split(separator: "\n").filter { $0.hasPrefix("wrote ") }
    #expect(wrote.map { URL(fileURLWithPath: String($0.dropFirst(6))).lastPathComponent } == ["graph.dot", "graph.jsonl", "graph.nt"])
  }

  @Test func strictStopsAtTheFirstBadInputAndWritesNothing() throws {
    let folder = try CommandRunner.temporaryDirectory()
    let good = folder.appendingPathComponent("a.txt")
    let bad = folder.appendingPathComponent("b.txt")
    try Data("双方支持合作。".utf8).write(to: good)
    try Data([0x00, 0x01, 0x02]).write(to: bad)
    let out = folder.appendingPathComponent("out")
    let result = try CommandRunner.run(["export", good.path, bad.path, "--out", out.path, "--strict"])
    #expect(result.status == 3)
    #expect(result.standardError.contains("b.txt: binary file at byte 0: NUL byte"))
    #expect((try? FileManager.default.contentsOfDirectory(atPath: out.path))?.isEmpty ?? true)
  }
}

import Foundation
import Testing

import DiplographTestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// A whole export file: XML that parses, JSON lines ending with the summary, N-Triples and
/// scripts ending with a full line.
func isComplete(name: String, data: Data) -> Bool {
  let bytes = [UInt8](data)
  switch (name as NSString).pathExtension {
  case "rdf", "graphml": return xmlWellFormednessErrors(bytes).isEmpty
  case "jsonl": return String(decoding: bytes, as: UTF8.self).split(separator: "\n").last?.contains("\"record\":\"summary\"") == true
  default: return bytes.last == 0x0A
  }
}

/// A run killed in the middle of writing leaves the previous exports as they were and no
/// partial or temporary file behind.
@Suite struct AtomicExportTests {
  @Test func sigkillDuringExportLeavesThePreviousExportsIntact() throws {
    let folder = try CommandRunner.temporaryDirectory()
    let out = folder.appendingPathComponent("out")
    let first = try CommandRunner.run(["export", DeterminismTests.corpus.path, "--out", out.path, "--quiet"])
    #expect(first.status == 0)
    let before = try DeterminismTests.files(in: out)

    // A larger input (the corpus many times over, each copy a different file) so the kill lands
    // while files are being written.
    let big = folder.appendingPathComponent("big")
    try FileManager.default.createDirectory(at: big, withIntermediateDirectories: true)
    let corpusFiles = try FileManager.default.contentsOfDirectory(atPath: DeterminismTests.corpus.path)
    for copy in 0..<60 {
      for name in corpusFiles {
        var data = try Data(contentsOf: DeterminismTests.corpus.appendingPathComponent(name))
        data.append(contentsOf: Array("\n第\(copy)份。".utf8))
        try data.write(to: big.appendingPathComponent("\(copy)-\(name)"))
      }
    }
    var killedWhileRunning = 0
    for delay in [0.2, 0.5, 0.9, 1.4] {
      let process = Process()
      process.executableURL = CommandRunner.binary
      process.arguments = ["export", big.path, "--out", out.path, "--quiet"]
      process.standardError = FileHandle.nullDevice
      try process.run()
      Thread.sleep(forTimeInterval: delay)
      if process.isRunning {
        kill(process.processIdentifier, SIGKILL)
        killedWhileRunning += 1
      }
      process.waitUntilExit()
      let after = try DeterminismTests.files(in: out)
      if process.terminationReason == .uncaughtSignal {
        #expect(Set(after.keys) == Set(before.keys), "files appeared or vanished after a kill at \(delay) s")
      }
      #expect(!after.keys.contains { $0.contains(".tmp") }, "a temporary file was left behind")
      for (name, data) in after where data != before[name] {
        // A format finished before the kill was replaced whole by the new run's file.
        #expect(isComplete(name: name, data: data), "\(name) is partial after a kill at \(delay) s")
      }
    }
    #expect(killedWhileRunning > 0, "no run was still going when killed; make the input larger")
  }
}

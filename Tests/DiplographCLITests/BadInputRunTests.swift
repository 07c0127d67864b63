import Foundation
import Testing

/// A folder with good and bad files: the bad ones are reported by name and reason, the good ones
/// exported, and the exit status says some inputs failed.
@Suite struct BadInputRunTests {
  @Test func badFilesAreReportedAndTheOthersExported() throws {
    let folder = try CommandRunner.temporaryDirectory()
    let inputs = folder.appendingPathComponent("in")
    let out = folder.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
    try Data("双方支持举办第七届中俄博览会。".utf8).write(to: inputs.appendingPathComponent("a-good.txt"))
    try Data().write(to: inputs.appendingPathComponent("b-empty.txt"))
    try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0]).write(to: inputs.appendingPathComponent("c-binary.txt"))
    var invalid = Array("中俄总理第二十七次定期会晤。".utf8)
    invalid.insert(0xFF, at: 6)
    try Data(invalid).write(to: inputs.appendingPathComponent("d-invalid.txt"))
    try Data("俄方欢迎中方提出的倡议。".utf8).write(to: inputs.appendingPathComponent("e-good.md"))

    let result = try CommandRunner.run(["export", inputs.path, "--out", out.path, "--format", "jsonl"])
    #expect(result.status == 2)
    #expect(result.standardError.contains("b-empty.txt: empty file"))
    #expect(result.standardError.contains("c-binary.txt: binary file at byte 0: looks like a PNG file"))
    #expect(result.standardError.contains("d-invalid.txt: cannot decode at byte 6: invalid UTF-8 byte 0xFF"))
    #expect(result.standardError.contains("2 documents"))
    let export = try String(contentsOf: out.appendingPathComponent("graph.jsonl"), encoding: .utf8)
    #expect(export.contains("a-good.txt"))
    #expect(export.contains("e-good.md"))
    #expect(!export.contains("d-invalid.txt"))
  }

  @Test func normalizePrintsStructure() throws {
    let folder = try CommandRunner.temporaryDirectory()
    let file = folder.appendingPathComponent("s.txt")
    try Data("中俄联合声明\n\n双方指出，合作\n\n发展。".utf8).write(to: file)
    let result = try CommandRunner.run(["normalize", file.path])
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("¶0 heading"))
    #expect(result.standardOutput.contains("[1] 3:1 双方指出，合作发展。"))
  }

  @Test func unknownFormatIsAUsageError() throws {
    let result = try CommandRunner.run(["export", "--format", "pdf"])
    #expect(result.status == 64)
    #expect(result.standardError.contains("unknown format 'pdf'"))
  }
}

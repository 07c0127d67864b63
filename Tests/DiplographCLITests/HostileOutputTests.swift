import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// An output directory that cannot be used, and an input too large for a careless reader: clear
/// errors, a failing exit status, nothing half-written.
@Suite struct HostileOutputTests {
  static func folderWithInputAndBlocker() throws -> (folder: URL, input: URL, blocker: URL) {
    let folder = try CommandRunner.temporaryDirectory()
    let input = folder.appendingPathComponent("a.txt")
    try Data("双方支持合作。".utf8).write(to: input)
    let blocker = folder.appendingPathComponent("blocker")
    try Data().write(to: blocker)
    return (folder, input, blocker)
  }

  @Test func anOutputPathUnderAFileIsAClearErrorAndNothingIsWritten() throws {
    let (folder, input, blocker) = try Self.folderWithInputAndBlocker()
    let out = blocker.appendingPathComponent("out").path
    let result = try CommandRunner.run(["export", input.path, "--out", out, "--quiet"])
    #expect(result.status == 1)
    #expect(result.standardError.contains("\(out): cannot create the output directory: Not a directory"), "\(result.standardError)")
    #expect(!result.standardError.contains("NSCocoaErrorDomain"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["a.txt", "blocker"])
    #expect(try Data(contentsOf: blocker).isEmpty)
  }

  @Test func anOutputPathThatIsAFileIsAClearErrorAndTheFileIsKept() throws {
    let (folder, input, blocker) = try Self.folderWithInputAndBlocker()
    let result = try CommandRunner.run(["export", input.path, "--out", blocker.path, "--quiet"])
    #expect(result.status == 1)
    #expect(result.standardError.contains("\(blocker.path): exists and is not a directory"), "\(result.standardError)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["a.txt", "blocker"])
    #expect(try Data(contentsOf: blocker).isEmpty)
  }

  /// Root writes into a read-only directory anyway, so this only means something for other users.
  @Test(.enabled(if: getuid() != 0, "root can write into a read-only directory"))
  func aReadOnlyOutputDirectoryIsAClearErrorAndStaysEmpty() throws {
    let (folder, input, _) = try Self.folderWithInputAndBlocker()
    let out = folder.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: out.path)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: out.path) }
    let result = try CommandRunner.run(["export", input.path, "--out", out.path, "--quiet"])
    #expect(result.status == 1)
    #expect(result.standardError.contains("\(out.path): not writable"), "\(result.standardError)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
  }

  /// A 100 MB file that is one line without a sentence end. Measured with a release binary:
  /// about 34 s and 1.4 GB resident on a 2-core machine (a debug build is ten times slower), so
  /// it runs only when asked: `DIPLOGRAPH_LARGE_INPUT_TESTS=1 DIPLOGRAPH_BINARY=.build/release/diplograph`.
  @Test(.enabled(if: ProcessInfo.processInfo.environment["DIPLOGRAPH_LARGE_INPUT_TESTS"] != nil, "slow: 100 MB input"))
  func aHundredMegabyteSingleLineIsCutIntoBoundedSentences() throws {
    let folder = try CommandRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("big.txt")
    // "双方支持合作，" is 7 characters, 21 bytes; 4,761,905 copies pass 100,000,000 bytes.
    let unit = Data("双方支持合作，".utf8)
    FileManager.default.createFile(atPath: file.path, contents: nil)
    let handle = try FileHandle(forWritingTo: file)
    let block = Array(repeating: unit, count: 50_000).reduce(Data(), +)
    for _ in 0..<95 { try handle.write(contentsOf: block) }
    for _ in 0..<11_905 { try handle.write(contentsOf: unit) }
    try handle.close()
    let started = Date()
    let result = try CommandRunner.run(["normalize", file.path])
    let seconds = Date().timeIntervalSince(started)
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
    #expect(result.status == 0, "\(result.standardError)")
    // Each sentence is cut after its last comma before 4,096 characters: 585 copies, 4,095
    // characters; 33,333,335 characters make 8,141 sentences, numbered from 0.
    #expect(result.standardOutput.contains("[8140] 1:33333301 "))
    #expect(!result.standardOutput.contains("[8141]"))
    #expect(seconds < 120, "took \(seconds) s")
    #expect(usage.ru_maxrss < 3_000_000, "peak \(usage.ru_maxrss) KB")
  }
}

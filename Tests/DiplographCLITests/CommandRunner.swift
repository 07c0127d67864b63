import Foundation

/// Runs the built `diplograph` binary, as a user would.
struct CommandRunner {
  struct Result {
    let status: Int32
    let standardOutput: String
    let standardError: String
  }

  /// The binary beside the test bundle (`swift build --build-tests` builds both), or the one
  /// `DIPLOGRAPH_BINARY` names (a release build, for the large-input tests).
  static let binary: URL = {
    if let path = ProcessInfo.processInfo.environment["DIPLOGRAPH_BINARY"] { return URL(fileURLWithPath: path) }
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    if directory.lastPathComponent == "MacOS" || directory.pathExtension == "xctest" {
      directory.deleteLastPathComponent()
    }
    return directory.appendingPathComponent("diplograph")
  }()

  /// `fileSizeLimitKB`: run under `ulimit -f`, with SIGXFSZ ignored, so a write past the limit
  /// fails with EFBIG as on a full disk.
  static func run(_ arguments: [String], in directory: URL? = nil, fileSizeLimitKB: Int? = nil) throws -> Result {
    guard FileManager.default.isExecutableFile(atPath: binary.path) else {
      throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: binary.path])
    }
    let process = Process()
    if let limit = fileSizeLimitKB {
      process.executableURL = URL(fileURLWithPath: "/bin/bash")
      process.arguments = ["-c", "ulimit -f \(limit); trap '' XFSZ; exec \"$0\" \"$@\"", binary.path] + arguments
    } else {
      process.executableURL = binary
      process.arguments = arguments
    }
    if let directory { process.currentDirectoryURL = directory }
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    try process.run()
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    let errData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, standardOutput: String(decoding: outData, as: UTF8.self),
      standardError: String(decoding: errData, as: UTF8.self))
  }

  /// A fresh temporary directory.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("diplograph-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

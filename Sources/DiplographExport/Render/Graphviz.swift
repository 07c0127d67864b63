import Foundation

/// Runs Graphviz's `dot` program: lays a DOT file out once and writes the SVG and PNG of it.
public struct Graphviz: Sendable {
  /// A Graphviz layout engine (`dot -K…`).
  public enum Layout: String, CaseIterable, Sendable {
    /// Layered: arrows run top to bottom; the clearest for a few dozen facts.
    case dot
    /// Spring model: for undirected structure such as co-occurrence.
    case neato
    /// Force-directed for large graphs.
    case sfdp
    case fdp
  }

  public let executable: String
  /// Graphviz's `unflatten`, where installed (it comes with `dot` in Debian's package).
  public let unflattenExecutable: String?

  /// Finds `dot` (and `unflatten`) on `PATH`.
  public init(environment: [String: String] = ProcessInfo.processInfo.environment) throws {
    guard let path = Self.find("dot", in: environment["PATH"] ?? "") else {
      throw RenderError.notInstalled(program: "dot")
    }
    executable = path
    unflattenExecutable = Self.find("unflatten", in: environment["PATH"] ?? "")
  }

  /// Fails when fontconfig does not know `family`; does nothing where `fc-list` is missing,
  /// since Graphviz then finds fonts some other way.
  public static func checkFont(_ family: String, environment: [String: String] = ProcessInfo.processInfo.environment)
    throws
  {
    guard let fcList = find("fc-list", in: environment["PATH"] ?? "") else { return }
    let result = try run(fcList, [":family=" + family, "family"])
    if result.status == 0, result.output.isEmpty { throw RenderError.fontMissing(family) }
  }

  /// Lays `dotFile` out with `layout` and writes each `(format, path)` pair, e.g. `("svg", …)`.
  public func render(_ dotFile: String, layout: Layout, outputs: [(format: String, path: String)]) throws {
    var arguments = ["-K" + layout.rawValue]
    for output in outputs { arguments += ["-T" + output.format, "-o", output.path] }
    arguments.append(dotFile)
    let result = try Self.run(executable, arguments)
    guard result.status == 0 else {
      throw RenderError.failed(
        status: result.status, message: result.errors.trimmingCharacters(in: .whitespacesAndNewlines))
    }
  }

  /// The drawing's width and height in inches once laid out with `layout`.
  public func size(of dotFile: String, layout: Layout) throws -> (width: Double, height: Double) {
    let result = try Self.run(executable, ["-K" + layout.rawValue, "-Tplain", dotFile])
    // The first line of the plain format is `graph <scale> <width> <height>`.
    let fields = result.output.prefix { $0 != "\n" }.split(separator: " ")
    guard result.status == 0, fields.count == 4, let width = Double(fields[2]), let height = Double(fields[3]) else {
      throw RenderError.failed(
        status: result.status, message: result.errors.trimmingCharacters(in: .whitespacesAndNewlines))
    }
    return (width, height)
  }

  /// Writes `dotFile` with the leaves of wide fans staggered over a few ranks (`unflatten`), so
  /// a hub with thirty arrows does not become a picture thirty boxes wide. Returns false, and
  /// writes nothing, where `unflatten` is not installed.
  public func staggerLeaves(_ dotFile: String, into output: String) throws -> Bool {
    guard let unflattenExecutable else { return false }
    let result = try Self.run(unflattenExecutable, ["-l", "4", "-f", "-o", output, dotFile])
    guard result.status == 0 else {
      throw RenderError.failed(
        status: result.status, message: result.errors.trimmingCharacters(in: .whitespacesAndNewlines))
    }
    return true
  }

  private static func find(_ program: String, in path: String) -> String? {
    for directory in path.split(separator: ":") where !directory.isEmpty {
      let candidate = directory + "/" + program
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  private static func run(_ executable: String, _ arguments: [String]) throws
    -> (status: Int32, output: String, errors: String)
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    // Standard error is drained on another thread, so a chatty program cannot block on a full
    // pipe while this one waits for its output.
    let errorText = PipeText()
    let drained = DispatchGroup()
    drained.enter()
    DispatchQueue.global().async {
      errorText.data = errors.fileHandleForReading.readDataToEndOfFile()
      drained.leave()
    }
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    drained.wait()
    process.waitUntilExit()
    return (
      process.terminationStatus, String(decoding: outputData, as: UTF8.self),
      String(decoding: errorText.data, as: UTF8.self)
    )
  }
}

/// Written by one thread, read after `DispatchGroup.wait()` by another.
private final class PipeText: @unchecked Sendable {
  var data = Data()
}

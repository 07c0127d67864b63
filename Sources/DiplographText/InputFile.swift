import Foundation

/// A file to read: where it is, and the path to show and record for it.
public struct InputFile: Hashable, Sendable {
  /// The path to open.
  public let path: String
  /// The path as the user gave it, or relative to the directory given, with `/` separators.
  public let displayPath: String

  public init(path: String, displayPath: String) {
    self.path = path
    self.displayPath = displayPath
  }

  /// The file name extensions read; everything else in a directory is skipped.
  public static let extensions: Set<String> = ["txt", "md", "html", "htm"]

  /// Expands files and directories (recursively) into the inputs to read, sorted by display path,
  /// so the same set of files gives the same run whatever order they were named in.
  public static func collect(_ arguments: [String]) throws -> [InputFile] {
    var found: Set<InputFile> = []
    let manager = FileManager.default
    for argument in arguments {
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: argument, isDirectory: &isDirectory) else {
        throw TextError.unreadable(file: argument, reason: "no such file or directory")
      }
      if !isDirectory.boolValue {
        found.insert(InputFile(path: argument, displayPath: argument))
        continue
      }
      guard let walker = manager.enumerator(atPath: argument) else {
        throw TextError.unreadable(file: argument, reason: "cannot list directory")
      }
      let base = argument.hasSuffix("/") ? argument : argument + "/"
      for case let relative as String in walker {
        let ext = (relative as NSString).pathExtension.lowercased()
        guard extensions.contains(ext) else { continue }
        found.insert(InputFile(path: base + relative, displayPath: base + relative))
      }
    }
    return found.sorted { $0.displayPath.utf8.lexicographicallyPrecedes($1.displayPath.utf8) }
  }
}

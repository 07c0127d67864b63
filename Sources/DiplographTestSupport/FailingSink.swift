import DiplographExport

/// A sink that accepts `budget` bytes and then fails as a full disk does.
public final class FailingSink: ByteSink {
  public let name: String
  private var budget: Int
  private let failOnClose: Bool

  public init(name: String, budget: Int = 0, failOnClose: Bool = false) {
    self.name = name
    self.budget = budget
    self.failOnClose = failOnClose
  }

  public func write(_ bytes: UnsafeRawBufferPointer) throws {
    guard bytes.count <= budget else { throw Self.diskFull(name) }
    budget -= bytes.count
  }

  public func close() throws {
    if failOnClose { throw Self.diskFull(name) }
  }

  static func diskFull(_ name: String) -> ExportError {
    ExportError.io(path: name, reason: "no space left on device")
  }
}

/// Hands out `FailingSink`s, so a test can check that an exporter surfaces the failure.
public final class FailingOutputDirectory: OutputDirectory {
  private let budget: Int
  private let failOnClose: Bool

  /// By default every file fails on its first write.
  public init(budget: Int = 0, failOnClose: Bool = false) {
    self.budget = budget
    self.failOnClose = failOnClose
  }

  public func create(_ name: String) throws -> any ByteSink {
    FailingSink(name: name, budget: budget, failOnClose: failOnClose)
  }
}

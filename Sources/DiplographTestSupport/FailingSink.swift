import DiplographExport

/// A sink that accepts `budget` bytes and then fails, as a full disk or a closed pipe does.
public final class FailingSink: ByteSink {
  public struct Failure: Error, Equatable {}

  private var budget: Int
  private let failOnClose: Bool

  public init(budget: Int, failOnClose: Bool = false) {
    self.budget = budget
    self.failOnClose = failOnClose
  }

  public func write(_ bytes: UnsafeRawBufferPointer) throws {
    guard bytes.count <= budget else { throw Failure() }
    budget -= bytes.count
  }

  public func close() throws {
    if failOnClose { throw Failure() }
  }
}

/// Hands out `FailingSink`s, so a test can check that an exporter surfaces the failure.
public final class FailingOutputDirectory: OutputDirectory {
  private let budget: Int
  private let failOnClose: Bool

  public init(budget: Int, failOnClose: Bool = false) {
    self.budget = budget
    self.failOnClose = failOnClose
  }

  public func create(_ name: String) throws -> any ByteSink {
    FailingSink(budget: budget, failOnClose: failOnClose)
  }
}

/// Something in a file that was handled and reported, not fatal: the file is still read.
///
/// Messages are lower-case phrases; `description` names the file and the byte offset.
public struct Finding: Hashable, Sendable, CustomStringConvertible {
  public let file: String
  public let offset: Int
  public let message: String

  public init(file: String, offset: Int, message: String) {
    self.file = file
    self.offset = offset
    self.message = message
  }

  public var description: String { "\(file): at byte \(offset): \(message)" }
}

/// Text with numbered markers (`1️⃣`, `2️⃣`, …) standing for offsets, so tests never count by
/// hand: `MarkedText("签署了1️⃣《条约》2️⃣。")` gives the text without markers and, for each
/// marker, its offset in Unicode scalars and in UTF-8 bytes.
public struct MarkedText {
  public let text: String
  /// Marker digit → scalar offset in `text`.
  public let scalarOffsets: [Int: Int]
  /// Marker digit → UTF-8 byte offset in `text`.
  public let byteOffsets: [Int: Int]

  public init(_ marked: String) {
    var text = String.UnicodeScalarView()
    var scalarOffsets: [Int: Int] = [:]
    var byteOffsets: [Int: Int] = [:]
    var bytes = 0
    var scalars = Array(marked.unicodeScalars)[...]
    while let scalar = scalars.first {
      // A keycap marker is a digit, U+FE0F, U+20E3.
      if scalar.properties.numericType != nil, scalar.isASCII, scalars.count >= 3,
        scalars[scalars.startIndex + 1] == "\u{FE0F}", scalars[scalars.startIndex + 2] == "\u{20E3}"
      {
        let digit = Int(scalar.value - 0x30)
        scalarOffsets[digit] = text.count
        byteOffsets[digit] = bytes
        scalars = scalars.dropFirst(3)
        continue
      }
      text.append(scalar)
      bytes += String(scalar).utf8.count
      scalars = scalars.dropFirst()
    }
    self.text = String(text)
    self.scalarOffsets = scalarOffsets
    self.byteOffsets = byteOffsets
  }

  public var bytes: [UInt8] { Array(text.utf8) }
}

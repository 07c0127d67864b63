/// A file's text as Unicode scalars, each with the offset of its first byte in the file.
///
/// `byteStarts` has one entry more than `scalars`: the file's length, so the bytes of scalar `i`
/// are `byteStarts[i]..<byteStarts[i + 1]` whatever the encoding.
struct DecodedText {
  var scalars: [Unicode.Scalar]
  var byteStarts: [Int]
  /// `UTF-8`, `UTF-16LE`, `UTF-16BE`, `GB18030`, or `HTML (…)` for text taken from markup.
  var encoding: String
  /// For text taken from HTML: the source line of each scalar (its text node's line), since the
  /// scalars are not the file's characters one for one.
  var sourceLines: [Int32]?

  init(scalars: [Unicode.Scalar], byteStarts: [Int], encoding: String, sourceLines: [Int32]? = nil) {
    precondition(byteStarts.count == scalars.count + 1)
    self.scalars = scalars
    self.byteStarts = byteStarts
    self.encoding = encoding
    self.sourceLines = sourceLines
  }
}

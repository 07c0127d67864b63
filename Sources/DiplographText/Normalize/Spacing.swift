/// Removes the spaces a layout put between characters that are written together.
///
/// A run of spaces goes when a Han character or CJK punctuation stands on one side and a Han
/// character, CJK punctuation or a digit on the other (`2022 年` → `2022年`, `滨海 1 号` →
/// `滨海1号`), or digits on both sides (`10 000`). Spaces between Latin words stay, and so does
/// the space between Latin tokens and Han text (`运用 5G 网络`, `保护 and 运用`); the run becomes one
/// ASCII-width space of the source.
enum Spacing {
  static func removeLayoutSpaces(_ indices: [Int32], in scalars: [Unicode.Scalar]) -> [Int32] {
    var result: [Int32] = []
    result.reserveCapacity(indices.count)
    var index = 0
    while index < indices.count {
      let scalar = scalars[Int(indices[index])]
      guard ScalarClass.isSpace(scalar) else {
        result.append(indices[index])
        index += 1
        continue
      }
      var end = index
      while end < indices.count, ScalarClass.isSpace(scalars[Int(indices[end])]) { end += 1 }
      if let before = result.last.map({ scalars[Int($0)] }), end < indices.count {
        let after = scalars[Int(indices[end])]
        if !isWrittenTogether(before, after) || startsLatinToken(indices[end...], in: scalars) {
          result.append(indices[index])
        }
      }
      index = end
    }
    return result
  }

  /// Digits that run into Latin letters (`5G`, `74/247号` does not) make a Latin token, which
  /// keeps the space before it.
  private static func startsLatinToken(_ rest: ArraySlice<Int32>, in scalars: [Unicode.Scalar]) -> Bool {
    guard let first = rest.first, ScalarClass.isDigit(scalars[Int(first)]) else { return false }
    let next = rest.first { !ScalarClass.isDigit(scalars[Int($0)]) }
    return next.map { ScalarClass.isLatinLetter(scalars[Int($0)]) } ?? false
  }

  @inline(__always)
  static func isWrittenTogether(_ before: Unicode.Scalar, _ after: Unicode.Scalar) -> Bool {
    let cjkBefore = ScalarClass.isCJK(before)
    let cjkAfter = ScalarClass.isCJK(after)
    if cjkBefore && cjkAfter { return true }
    if cjkBefore && ScalarClass.isDigit(after) { return true }
    if ScalarClass.isDigit(before) && (cjkAfter || ScalarClass.isDigit(after)) { return true }
    return false
  }
}

/// Folds full-width forms to their ASCII twins for matching (`（` → `(`, `２` → `2`, `Ａ` → `A`)
/// and the ideographic space to a space. One scalar in, one out, so offsets stay aligned with the
/// printed text.
public enum WidthFolding {
  @inline(__always)
  public static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar.value {
    case 0xFF01...0xFF5E: return Unicode.Scalar(scalar.value - 0xFEE0)!
    case 0x3000: return " "
    default: return scalar
    }
  }
}

import DiplographModel

/// How a top class looks in every picture the project draws: yEd nodes, `render`'s DOT nodes and
/// its legend. One table, so a country is the same green in yEd as in `diplograph render`.
///
/// The colors are the Okabe–Ito set, which stays distinguishable for the common forms of color
/// blindness; fills are light tints of them so black Chinese labels stay readable on top.
///
///     ClassStyle.of(.country).strokeColor   // "#009E73" (Place)
///     ClassStyle.of(.country).fillColor     // "#B3E2D5"
public struct ClassStyle: Hashable, Sendable {
  /// The name shown in legends: the top class (`Place`), or `SourceDocument`.
  public let name: String
  /// The saturated color, for borders and legend swatches.
  public let strokeColor: String
  /// A light tint of `strokeColor`, for node fills.
  public let fillColor: String

  init(name: String, strokeColor: String) {
    self.name = name
    self.strokeColor = strokeColor
    self.fillColor = tint(strokeColor, towardWhite: 0.7)
  }

  /// The style of an entity's top class.
  public static func of(_ kind: EntityKind) -> ClassStyle {
    let top = kind.top
    return ClassStyle(name: top.rawValue, strokeColor: strokeColors[top] ?? "#000000")
  }

  /// The style whose `name` is given: a top class or `SourceDocument`; black for anything else.
  public static func named(_ name: String) -> ClassStyle {
    if name == source.name { return source }
    guard let kind = EntityKind(rawValue: name) else { return ClassStyle(name: name, strokeColor: "#000000") }
    return of(kind)
  }

  /// Source files drawn as nodes (`mentionedIn` targets): neutral gray.
  public static let source = ClassStyle(name: "SourceDocument", strokeColor: "#7F7F7F")

  /// Every top class in legend order (the order of `EntityKind`'s declaration).
  public static let topClasses: [EntityKind] = EntityKind.allCases.filter(\.isTop)

  private static let strokeColors: [EntityKind: String] = [
    .person: "#E69F00",
    .organization: "#56B4E9",
    .place: "#009E73",
    .document: "#D4B800",
    .project: "#0072B2",
    .event: "#D55E00",
    .initiative: "#CC79A7",
    .role: "#555555",
  ]
}

/// Mixes `#RRGGBB` with white; `fraction` 0 keeps the color, 1 gives white.
private func tint(_ hex: String, towardWhite fraction: Double) -> String {
  let digits = Array(hex.utf8.dropFirst())
  var result = "#"
  for index in stride(from: 0, to: 6, by: 2) {
    let channel = Double(hexValue(digits[index]) * 16 + hexValue(digits[index + 1]))
    let mixed = Int((channel + (255 - channel) * fraction).rounded())
    let text = String(mixed, radix: 16, uppercase: true)
    result += text.count == 1 ? "0" + text : text
  }
  return result
}

private func hexValue(_ digit: UInt8) -> Int {
  switch digit {
  case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(digit - UInt8(ascii: "0"))
  case UInt8(ascii: "A")...UInt8(ascii: "F"): return Int(digit - UInt8(ascii: "A")) + 10
  case UInt8(ascii: "a")...UInt8(ascii: "f"): return Int(digit - UInt8(ascii: "a")) + 10
  default: return 0
  }
}

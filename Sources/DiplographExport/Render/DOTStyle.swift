import DiplographModel

/// The look of the DOT export: how labels wrap, how big a node's name is, what color an edge
/// has, and the legend. Pure functions, so the pictures can be reasoned about without drawing.
enum DOTStyle {
  /// The font every label is set in; Chinese labels need a CJK face.
  static let defaultFont = "Noto Sans CJK SC"

  /// Breaks a name into lines about `width` Chinese characters wide (Chinese has no spaces to
  /// break at, so lines are cut evenly; a run of Latin letters or digits such as `2021` or
  /// `AUKUS` counts half a character per letter and is never cut), keeping at most `maxLines`
  /// lines and ending with `…` when the name is longer.
  ///
  ///     DOTStyle.wrapped("中华人民共和国和俄罗斯联邦睦邻友好合作条约")
  ///     // "中华人民共和国\n和俄罗斯联邦睦\n邻友好合作条约": three even lines, not 10 + 10 + 1
  static func wrapped(_ text: String, width: Int = 10, maxLines: Int = 4) -> String {
    // No character is wider than one, and none is made of fewer than one scalar.
    if text.unicodeScalars.count <= width { return text }
    let units = wrapUnits(text)
    let total = units.reduce(0) { $0 + $1.width }
    guard total > Double(width) else { return text }
    let lineCount = min(maxLines, Int((total / Double(width)).rounded(.up)))
    let perLine = lineCount == maxLines ? Double(width) : (total / Double(lineCount)).rounded(.up)
    var lines: [String] = [""]
    var lineWidth = 0.0
    var used = 0
    for unit in units {
      if lineWidth > 0, lineWidth + unit.width > perLine + 0.01 {
        if lines.count == lineCount { break }
        lines.append("")
        lineWidth = 0
      }
      lines[lines.count - 1] += unit.text
      lineWidth += unit.width
      used += 1
    }
    if used < units.count { lines[lines.count - 1] += "…" }
    return lines.joined(separator: "\n")
  }

  /// Single characters, except runs of ASCII letters, digits and `.-` that stay together.
  private static func wrapUnits(_ text: String) -> [(text: String, width: Double)] {
    var units: [(text: String, width: Double)] = []
    var run = ""
    func closeRun() {
      if !run.isEmpty { units.append((run, Double(run.count) / 2)) }
      run = ""
    }
    for character in text {
      if character.isASCII, character.isLetter || character.isNumber || character == "." || character == "-" {
        run.append(character)
      } else {
        closeRun()
        units.append((String(character), character.isASCII ? 0.5 : 1))
      }
    }
    closeRun()
    return units
  }

  /// Bigger names for entities with more facts, so the hubs are read first: 11pt alone, up to
  /// 22pt.
  static func fontSize(degree: Int) -> Int {
    min(22, 11 + Int((Double(degree).squareRoot() * 2.5).rounded()))
  }

  /// Stances carry their meaning in color (support green, opposition red, calls amber); other
  /// facts are dark gray, statistical edges light.
  static func edgeColor(_ predicate: Predicate) -> String {
    switch predicate {
    case .supports, .welcomes: return "#1B9E4B"
    case .opposes, .condemns: return "#D7301F"
    case .callsFor: return "#E08A00"
    case .coOccursWith, .mentionedIn: return "#C8C8C8"
    default: return "#5A5A5A"
    }
  }

  /// A width for a co-occurrence line: thicker for pairs named together in more sentences.
  static func penWidth(weight: Int) -> String {
    let width = 0.6 + min(3.0, Double(max(1, weight)).squareRoot() * 0.6)
    // Tenths, spelled as `String(Double)` spells 1.2 or 2.0, without its general algorithm:
    // every co-occurrence line has one.
    let tenths = Int((width * 10).rounded())
    return String(tenths / 10) + "." + String(tenths % 10)
  }

  /// The legend as a Graphviz HTML-like table: one swatch per class drawn, with its count, and
  /// the edge colors used.
  static func legend(classCounts: [(ClassStyle, Int)], predicates: Set<Predicate>, title: String) -> String {
    var rows = "<tr><td colspan=\"2\" align=\"left\"><b>\(title)</b></td></tr>"
    for (style, count) in classCounts {
      rows +=
        "<tr><td bgcolor=\"\(style.fillColor)\" width=\"18\"> </td>"
        + "<td align=\"left\">\(style.name) (\(count))</td></tr>"
    }
    let edgeKinds: [(String, [Predicate])] = [
      ("supports, welcomes", [.supports, .welcomes]), ("opposes, condemns", [.opposes, .condemns]),
      ("calls for", [.callsFor]), ("named in the same sentence", [.coOccursWith]),
    ]
    for (text, kinds) in edgeKinds where kinds.contains(where: predicates.contains) {
      rows += "<tr><td><font color=\"\(edgeColor(kinds[0]))\">━━</font></td><td align=\"left\">\(text)</td></tr>"
    }
    return "<<table border=\"0\" cellborder=\"0\" cellspacing=\"2\">" + rows + "</table>>"
  }
}

import Foundation

import CLibXML2

/// The body text of an HTML page, as lines the text normalizer reads like a plain file.
///
/// libxml2's HTML parser reads the page (decoded first by `TextDecoder`, with the charset of its
/// meta tag as a hint); `script`, `style` and the head are dropped; block elements end a line,
/// headings become `# ` lines and table cells are separated by tabs, so the same rules as for
/// Markdown and plain text apply. Offsets are approximate: every character points at the start of
/// the source line of the text node it came from.
enum HTMLText {
  static func extract(_ bytes: [UInt8], file: String) throws -> DecodedText {
    let decoded = try TextDecoder.decode(bytes, file: file, declared: declaredCharset(bytes))
    var utf8: [UInt8] = []
    utf8.reserveCapacity(bytes.count)
    for scalar in decoded.scalars { utf8.append(contentsOf: String(scalar).utf8) }
    let options = Int32(
      HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOBLANKS.rawValue)
    let document = utf8.withUnsafeBufferPointer { buffer in
      buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) {
        htmlReadMemory($0, Int32(buffer.count), file, "UTF-8", options)
      }
    }
    guard let document else { throw TextError.undecodable(file: file, offset: 0, reason: "libxml2 could not parse the HTML") }
    defer { xmlFreeDoc(document) }
    var collector = Collector(lineStarts: lineStartBytes(bytes, encoding: decoded.encoding), byteCount: bytes.count)
    if let root = xmlDocGetRootElement(document) { collector.walk(root) }
    return collector.finish(encoding: "HTML (\(decoded.encoding))")
  }

  /// The charset a meta tag declares in the first 2 KB, when it is one this reader knows.
  static func declaredCharset(_ bytes: [UInt8]) -> TextDecoder.Declared? {
    let head = String(decoding: bytes.prefix(2048).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
    guard let range = head.range(of: "charset=") else { return nil }
    let value = head[range.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
      .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    switch value {
    case "utf-8", "utf8": return .utf8
    case "gb18030", "gbk", "gb2312", "x-gbk", "cp936": return .gb18030
    default: return nil
    }
  }

  private static func lineStartBytes(_ bytes: [UInt8], encoding: String) -> [Int] {
    var starts = [0]
    let step = encoding.hasPrefix("UTF-16") ? 2 : 1
    var index = encoding.hasPrefix("UTF-16") ? 2 : 0
    while index < bytes.count {
      let isNewline = step == 1 ? bytes[index] == 0x0A : (bytes[index] == 0x0A && bytes[index + 1] == 0) || (bytes[index] == 0 && bytes[index + 1] == 0x0A)
      if isNewline { starts.append(index + step) }
      index += step
    }
    return starts
  }
}

private struct Collector {
  let lineStarts: [Int]
  let byteCount: Int
  var scalars: [Unicode.Scalar] = []
  var byteStarts: [Int] = []
  var lines: [Int32] = []
  var lastLine: Int32 = 1

  init(lineStarts: [Int], byteCount: Int) {
    self.lineStarts = lineStarts
    self.byteCount = byteCount
  }

  static let dropped: Set<String> = ["script", "style", "head", "noscript", "template", "iframe", "object", "svg"]
  static let blocks: Set<String> = [
    "p", "div", "br", "li", "ul", "ol", "tr", "table", "section", "article", "header", "footer", "main",
    "blockquote", "pre", "hr", "dd", "dt", "dl", "body", "center", "form", "nav", "aside", "figure", "figcaption",
  ]
  static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6", "title"]

  mutating func walk(_ node: xmlNodePtr) {
    var child: xmlNodePtr? = node
    while let current = child {
      switch current.pointee.type {
      case XML_ELEMENT_NODE:
        let name = current.pointee.name.map { String(cString: $0).lowercased() } ?? ""
        if Self.dropped.contains(name) { break }
        let line = Int32(clamping: xmlGetLineNo(current))
        if Self.headings.contains(name) { append("\n# ", line: line) }
        if name == "td" || name == "th" { append("\t", line: line) }
        if Self.blocks.contains(name) { append("\n", line: line) }
        if let children = current.pointee.children { walk(children) }
        if Self.blocks.contains(name) || Self.headings.contains(name) { append("\n", line: line) }
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let content = current.pointee.content {
          appendCollapsed(String(cString: content), line: Int32(clamping: xmlGetLineNo(current)))
        }
      default:
        break
      }
      child = current.pointee.next
    }
  }

  /// HTML white space (a line break in the source included) is one space.
  mutating func appendCollapsed(_ text: String, line: Int32) {
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{0C}" {
        pendingSpace = true
        continue
      }
      if pendingSpace, let last = scalars.last, last != "\n" { add(" ", line: line) }
      pendingSpace = false
      add(scalar, line: line)
    }
    if pendingSpace, let last = scalars.last, last != "\n" { add(" ", line: line) }
  }

  mutating func append(_ text: String, line: Int32) {
    for scalar in text.unicodeScalars { add(scalar, line: line) }
  }

  mutating func add(_ scalar: Unicode.Scalar, line: Int32) {
    let known = line > 0 ? line : lastLine
    lastLine = known
    scalars.append(scalar)
    byteStarts.append(lineStarts[min(Int(known), lineStarts.count) - 1])
    lines.append(known)
  }

  func finish(encoding: String) -> DecodedText {
    DecodedText(scalars: scalars, byteStarts: byteStarts + [byteCount], encoding: encoding, sourceLines: lines)
  }
}

import DiplographModel
import DiplographText

/// A heading that names a document (`中华人民共和国和俄罗斯联邦关于…的联合声明`) is that document:
/// the text's own title, written without 《》.
enum HeadingRule {
  static func candidate(in text: ScalarText, kind paragraph: ParagraphKind) -> Candidate? {
    guard paragraph == .heading, text.count >= 6, text.count <= 200 else { return nil }
    var end = text.count
    while end > 0, !text[end - 1].isNameScalar, text[end - 1] != ")" { end -= 1 }
    var start = 0
    while start < end, !text[start].isNameScalar { start += 1 }
    guard end - start >= 6 else { return nil }
    let kind = TitleRule.documentKind(text, start..<end)
    guard kind != .document, kind.isA(.document) else { return nil }
    return Candidate(range: start..<end, kind: kind, rule: "heading-title", isContainer: true)
  }
}

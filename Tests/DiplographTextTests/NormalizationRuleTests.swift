import DiplographModel
import DiplographTestSupport
import DiplographText
import Testing

/// One rule a test, on text written for it.
@Suite struct NormalizationRuleTests {
  @Test func wrappedLinesJoinInsideNamesAndTitles() throws {
    #expect(try sentences("总理米\n\n舒斯京出席。\n推动落实《中\n俄货物贸易路线图》。") == ["总理米舒斯京出席。", "推动落实《中俄货物贸易路线图》。"])
  }

  @Test func sentenceEndsAndListItemsEndParagraphs() throws {
    let document = try normalize("为此，双方商定：\n——支持举办博览会。\n——推动合作\n发展。")
    #expect(document.sentences.map(\.displayText) == ["为此，双方商定：", "——支持举办博览会。", "——推动合作发展。"])
    #expect(document.sentences.map(\.paragraphKind) == [.text, .listItem, .listItem])
  }

  @Test func aTitleLineIsNotJoinedToTheFirstSentence() throws {
    let document = try normalize("中俄总理定期会晤联合公报\n\n两国总理举行会晤。")
    #expect(document.sentences.map(\.displayText) == ["中俄总理定期会晤联合公报", "两国总理举行会晤。"])
    #expect(document.source.title == "中俄总理定期会晤联合公报")
  }

  @Test func sectionNumbersStandAlone() throws {
    let document = try normalize("一\n双方指出合作。\n五、\n三、双方将加强\n协调。")
    #expect(document.sentences.map(\.displayText) == ["一", "双方指出合作。", "五、", "三、双方将加强协调。"])
    #expect(document.sentences.map(\.paragraphKind) == [.heading, .text, .heading, .text])
  }

  @Test func pageAndNewspaperMarkersAreDropped() throws {
    #expect(try sentences("— 1 —\n双方支持\n- 2 -\n合作。\n（上接第二版）\n第 3 页\n俄方欢迎。") == ["双方支持合作。", "俄方欢迎。"])
  }

  @Test func layoutSpacesGoButLatinSpacingStays() throws {
    #expect(try sentences("于 2022 年 12 月 5 日发展“滨海 1 号”，保护 and 运用 5G 网络与 Spektr M 项目，10 000 人。") == [
      "于2022年12月5日发展“滨海1号”，保护 and 运用 5G 网络与 Spektr M 项目，10000人。"
    ])
  }

  @Test func sentencesNeverEndInsideATitleAndKeepTheirClosers() throws {
    #expect(try sentences("双方签署《关于合作！的协定》。他说：“好。”俄方欢迎；中方支持？") == [
      "双方签署《关于合作！的协定》。", "他说：“好。”", "俄方欢迎；", "中方支持？",
    ])
  }

  @Test func markdownHeadingTableAndBreaks() throws {
    let document = try normalize("# 联合声明\n\n正文第一段。\n\n|  |  |\n|--|--|\n| 中华人民共和国主席<br>习近平 | 俄罗斯联邦总统<br>弗·弗·普京 |", name: "x.md")
    #expect(document.sentences.map(\.displayText) == ["联合声明", "正文第一段。", "中华人民共和国主席", "习近平", "俄罗斯联邦总统", "弗·弗·普京"])
    #expect(document.sentences.map(\.paragraphKind) == [.heading, .text, .signature, .signature, .signature, .signature])
  }

  @Test func ideographicSpaceRunsSeparateParagraphsAndTabsSeparateCells() throws {
    let document = try normalize("联合声明　　双方声明如下：　　一　　条约有效。\n 中华人民共和国主席\t 俄罗斯联邦总统\n二〇二一年六月二十八日    ")
    #expect(document.sentences.map(\.displayText) == ["联合声明", "双方声明如下：", "一", "条约有效。", "中华人民共和国主席", "俄罗斯联邦总统", "二〇二一年六月二十八日"])
    #expect(document.sentences.map(\.paragraphKind) == [.heading, .text, .heading, .text, .signature, .signature, .signature])
  }

  @Test func matchTextFoldsFullWidthFormsOnly() throws {
    let sentence = try #require(try normalize("《计划》（２０２０—２０２３）ＡＢ“一带一路”。").sentences.first)
    #expect(sentence.matchText == "《计划》(2020—2023)AB“一带一路”。")
    #expect(sentence.displayText == "《计划》（２０２０—２０２３）ＡＢ“一带一路”。")
  }

  @Test func markersAreDroppedWithSpacesInsideAndDatelinesKept() throws {
    let document = try normalize("双方支持合作。\n（ 下转第3版 ）\n(上接第二版)\n（新华社北京12月2日电）\n")
    #expect(document.sentences.map(\.displayText) == ["双方支持合作。", "（新华社北京12月2日电）"])
    #expect(document.sentences.map(\.paragraphKind) == [.text, .signature])
  }

  @Test func aRepeatIsFoundWhateverTheSpellingOfItsCharacters() throws {
    // é composed, then e and a combining acute: one string to Swift, so the second is a repeat.
    let document = try normalize(
      "双方同意在café领域加强务实合作并推动各项目尽快落实。\n双方同意在cafe\u{301}领域加强务实合作并推动各项目尽快落实。\n双方同意在其他领域加强务实合作并推动各项目尽快落实。\n")
    #expect(document.sentences.map(\.isRepeat) == [false, true, false])
  }

  @Test func aListDashDoesNotHideARepeat() throws {
    let document = try normalize("——双方支持在上海举办第五届中俄博览会并欢迎两国企业积极参展。\n双方支持在上海举办第五届中俄博览会并欢迎两国企业积极参展。\n")
    #expect(document.sentences.map(\.isRepeat) == [false, true])
  }

  @Test func scalarsOutsideTheBasicPlaneKeepTheirBytes() throws {
    let sentence = try #require(try normalize("双方在𠮷野举行会谈。").sentences.first)
    #expect(sentence.displayText == "双方在𠮷野举行会谈。")
    #expect(sentence.matchText == "双方在𠮷野举行会谈。")
    let span = sentence.span(of: 3..<4)
    #expect(span.startByte == 9)
    #expect(span.endByte == 13)
  }

  @Test func spansLeadBackToTheMarkedBytes() throws {
    let marked = MarkedText("双方推动落实1️⃣《中\n\n俄货物贸易路线图》2️⃣。\n俄方3️⃣欢迎4️⃣。")
    let document = try normalize(marked.text)
    let first = document.sentences[0]
    let title = try #require(first.displayText.unicodeScalars.firstIndex(of: "《"))
    let start = first.displayText.unicodeScalars.distance(from: first.displayText.unicodeScalars.startIndex, to: title)
    let span = first.span(of: start..<(start + "《中俄货物贸易路线图》".unicodeScalars.count))
    #expect(span.startByte == marked.byteOffsets[1])
    #expect(span.endByte == marked.byteOffsets[2])
    #expect(span.line == 1)
    #expect(span.column == 7)
    let second = document.sentences[1].span(of: 2..<4)
    #expect(second.startByte == marked.byteOffsets[3])
    #expect(second.endByte == marked.byteOffsets[4])
    #expect(second.line == 4)
    #expect(second.column == 3)
  }

  @Test func htmlBodyTextWithoutScriptsStylesOrHead() throws {
    let document = try TextLoader.load(fixture("html/statement.gb2312.html"))
    #expect(document.source.encoding == "HTML (GB18030)")
    #expect(document.sentences.map(\.displayText) == [
      "中俄联合声明",
      "双方欢迎在俄罗斯叶卡捷琳堡举办第七届中俄博览会。",
      "双方支持“一带一路”倡议。",
      "俄方欢迎中方提出的《全球数据安全倡议》。",
      "中华人民共和国主席",
      "俄罗斯联邦总统",
      "二〇二三年三月二十一日于莫斯科",
    ])
    #expect(document.source.title == "中俄联合声明")
    #expect(document.sentences[1].span.line == 9)
  }
}

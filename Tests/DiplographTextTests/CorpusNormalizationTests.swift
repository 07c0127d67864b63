import DiplographModel
import DiplographText
import Foundation
import Testing

/// The five corpus texts, with expectations read off the texts by hand.
@Suite struct CorpusNormalizationTests {
  /// Every 《…》 title of the PDF-extracted 001, read from the file with its line breaks removed.
  static let meeting27Titles = [
    "《中俄货物贸易和服务贸易高质量发展的路线图》",
    "《中华人民共和国市场监督管理总局和俄罗斯联邦消费者权益保护和公益监督署合作谅解备忘录》",
    "《中华人民共和国国家市场监督管理总局与俄罗斯联邦技术规范与计量署关于协调煤炭及其加工产品、煤矿机械设备标准及合格评定要求的行动计划》",
    "《中华人民共和国交通运输部和俄罗斯联邦运输部海上搜救合作谅解备忘录》",
    "《中华人民共和国政府和俄罗斯联邦政府关于中俄边境口岸协定》",
    "《中华人民共和国政府与俄罗斯联邦政府关于合作建设国际月球科研站的协定》",
    "《中国国家航天局与俄罗斯联邦国家航天集团公司航天合作规划（2023—2027年）》",
    "《中华人民共和国工业和信息化部与俄罗斯联邦数字发展、通信和大众传媒部关于数字技术开发领域合作谅解备忘录》",
    "《中俄投资合作规划纲要》",
    "《中华人民共和国文化和旅游部与俄罗斯联邦文化部2020—2023年合作计划》",
    "《计划》",
    "《中华人民共和国国家卫生健康委员会和俄罗斯联邦卫生部在灾害医学领域的合作谅解备忘录》",
    "《中华人民共和国海关总署与俄罗斯联邦消费者权益保护和公益监督署国境卫生检疫合作协议》",
    "《协议》",
    "《中俄人文合作委员会媒体合作分委会2022—2023年度工作计划》",
    "《2021—2025年中俄档案合作分委会工作大纲》",
    "《中俄在俄罗斯远东地区合作发展规划（2018—2024年）》",
    "《中俄船只在黑瞎子岛（塔拉巴罗夫岛和博利绍伊乌苏里斯基岛）地区周围水域航行的政府间协定（草案）》",
    "《中华人民共和国与欧亚经济联盟经贸合作协定》",
    "《中俄总理第二十七次定期会晤联合公报》",
    "《中俄投资合作委员会第九次会议纪要》",
    "《中俄能源合作委员会第十九次会议纪要》",
    "《中俄人文合作委员会第二十三次会议纪要》",
    "《中俄总理定期会晤委员会第二十六次会议纪要》",
    "《中国东北地区和俄罗斯远东及贝加尔地区政府间合作委员会第四次会议纪要》",
    "《中华人民共和国政府和俄罗斯联邦政府关于合作建设国际月球科研站的协定》",
    "《中华人民共和国国家发展和改革委员会与俄罗斯联邦经济发展部关于持续深化投资合作的谅解备忘录》",
    "《中华人民共和国商务部和俄罗斯联邦经济发展部关于启动2006年11月9日签署的〈中华人民共和国政府和俄罗斯联邦政府关于促进和相互保护投资协定〉升级谈判的联合声明》",
    "《中华人民共和国海关总署和俄罗斯联邦兽医和植物卫生监督局关于俄罗斯豌豆对华出口检验检疫要求议定书》",
    "《中华人民共和国海关总署与俄罗斯联邦兽医和植物卫生监督局关于中国和俄罗斯进出口冷冻禽肉的检验检疫和兽医卫生要求议定书补充条款》",
    "《中国国家航天局和俄罗斯国家航天集团公司2023—2027年航天合作大纲》",
  ]

  @Test func everyTitleOfThePDFTextComesOutUnbroken() throws {
    let document = try TextLoader.load(corpusFile(Corpus.meeting27))
    for title in Self.meeting27Titles {
      #expect(document.sentences.contains { $0.displayText.contains(title) }, "\(title)")
    }
    let found = Set(document.sentences.flatMap { outerTitles($0.displayText) })
    #expect(found == Set(Self.meeting27Titles))
  }

  @Test func thePDFTextKeepsItsStructure() throws {
    let document = try TextLoader.load(corpusFile(Corpus.meeting27))
    #expect(document.source.title == "中俄总理第二十七次定期会晤联合公报")
    let first = document.sentences[1].displayText
    #expect(first.hasPrefix("中华人民共和国国务院总理李克强和俄罗斯联邦政府总理米舒斯京于2022年12月5日"))
    #expect(document.sentences.contains { $0.displayText == "——继续发展“滨海1号”、“滨海2号”国际交通运输走廊过境运输合作。" })
    #expect(document.sentences.filter { $0.paragraphKind == .heading }.map(\.displayText) == [
      "中俄总理第二十七次定期会晤联合公报", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
    ])
    #expect(!document.sentences.contains { $0.displayText.contains("— 1 —") || $0.displayText.contains("1 —") })
    #expect(document.sentences.last?.displayText == "本联合公报由中华人民共和国国务院总理李克强和俄罗斯联邦政府总理米舒斯京共同签署。")
  }

  /// 002 prints a block of its pages twice: 24 sentences repeat, each pointing at its first copy.
  @Test func repeatedNewspaperSentencesPointAtTheirFirstCopy() throws {
    let document = try TextLoader.load(corpusFile(Corpus.newspaper2024))
    let repeats = document.source.sentences.filter { $0.repeatOf != nil }
    #expect(repeats.count == 24)
    for sentence in repeats {
      let first = try #require(document.source.sentences.first { $0.id == sentence.repeatOf })
      #expect(first.id.ordinal < sentence.id.ordinal)
      #expect(strip(first.text) == strip(sentence.text))
    }
    let texts = repeats.map { strip($0.text) }
    #expect(texts.contains("——深化科技交流。"))
    #expect(texts.contains("——进一步推动工业、基础设施、住房和城市发展合作。"))
    #expect(document.sentences.filter(\.isRepeat).count == 24)
    // Short boilerplate said twice in other texts is not a repeat.
    let meeting = try TextLoader.load(corpusFile(Corpus.meeting27))
    #expect(meeting.sentences.filter(\.isRepeat).isEmpty)
  }

  @Test func markdownHeadingsTablesAndBreaksBecomeParagraphs() throws {
    let document = try TextLoader.load(corpusFile(Corpus.statements2023))
    let headings = document.sentences.filter { $0.paragraphKind == .heading }.map(\.displayText)
    #expect(headings.first == "中华人民共和国和俄罗斯联邦关于深化新时代全面战略协作伙伴关系的联合声明")
    #expect(headings.contains("中华人民共和国主席和俄罗斯联邦总统关于2030年前中俄经济合作重点方向发展规划的联合声明"))
    let signature = document.sentences.filter { $0.paragraphKind == .signature }.map(\.displayText)
    #expect(signature.prefix(6) == ["中华人民共和国主席", "习近平", "俄罗斯联邦总统", "弗·弗·普京", "二〇二三年三月二十一日于莫斯科", "(新华社莫斯科3月21日电)"])
    #expect(!document.sentences.contains { $0.displayText.contains("<br>") || $0.displayText.contains("|") })
    // Hard breaks inside words are joined.
    #expect(document.sentences.contains { $0.displayText.contains("不断拓展海外公民") })
    #expect(document.sentences.contains { $0.displayText.hasPrefix("双方将共同反对借在国际组织框架内") })
    #expect(document.sentences.contains { $0.displayText.hasPrefix("中华人民共和国和俄罗斯联邦（以下称“双方”）将在以下八个重点方向") })
  }

  @Test func ideographicSpacesSplitTheOneLineText() throws {
    let document = try TextLoader.load(corpusFile(Corpus.anniversary))
    #expect(document.source.title == "中华人民共和国和俄罗斯联邦关于《中俄睦邻友好合作条约》签署二十周年的联合声明")
    #expect(Set(document.sentences.map(\.paragraph)).count == 78)
    #expect(document.sentences.suffix(2).map(\.displayText) == ["二〇二一年六月二十八日", "（新华社北京6月28日电）"])
    #expect(document.sentences.suffix(2).allSatisfy { $0.paragraphKind == .signature })
  }

  @Test func indentedLinesAreParagraphs() throws {
    let document = try TextLoader.load(corpusFile(Corpus.meeting25))
    #expect(document.source.title == nil)
    #expect(document.sentences.first?.displayText.hasPrefix("中华人民共和国国务院总理李克强") == true)
    #expect(document.sentences.first?.span.column == 3, "after two ideographic spaces of indent")
    #expect(document.sentences.contains { $0.displayText == "——推动完成同江—下列宁斯阔耶铁路桥及相关口岸建设。" })
  }

  /// For every sentence of every corpus text, the source bytes its span covers hold the same
  /// characters once layout (line breaks, spaces, page markers) is set aside.
  @Test(arguments: Corpus.all) func spansCoverTheSentenceInTheSource(_ name: String) throws {
    let document = try TextLoader.load(corpusFile(name))
    let bytes = [UInt8](try Data(contentsOf: corpusDirectory.appendingPathComponent(name)))
    for sentence in document.sentences {
      let span = sentence.span
      let source = String(decoding: bytes[span.startByte..<span.endByte], as: UTF8.self)
      let sourceText = strip(source.replacingOccurrences(of: "<br>", with: "")).replacingOccurrences(of: "— 1 —", with: "")
      #expect(sourceText == strip(sentence.displayText), "\(name) sentence \(sentence.id.ordinal)")
      let line = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)[span.line - 1]
      #expect(Array(line.unicodeScalars)[span.column - 1] == sentence.displayText.unicodeScalars.first, "\(name) \(span)")
    }
  }

  private func strip(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace }))
  }

  /// The outermost 《…》 titles of a sentence.
  private func outerTitles(_ text: String) -> [String] {
    var titles: [String] = []
    var depth = 0
    var current = ""
    for character in text {
      if character == "《" { depth += 1 }
      if depth > 0 { current.append(character) }
      if character == "》", depth > 0 {
        depth -= 1
        if depth == 0 {
          titles.append(current)
          current = ""
        }
      }
    }
    return titles
  }
}

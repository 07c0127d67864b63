import DiplographModel
import Testing

/// Sentences of the genre that are not in the corpus, with names the gazetteers do not hold:
/// the rules must find them by their form.
@Suite struct UnseenTextTests {
  @Test func aTitleGivesItsClassItsPartiesAndItsSigningDate() throws {
    let g = try graph(of: "双方欢迎2019年6月5日签署的《中华人民共和国政府和哈萨克斯坦共和国政府关于跨界河流水资源合作的协定》。\n")
    let title = "中华人民共和国政府和哈萨克斯坦共和国政府关于跨界河流水资源合作的协定"
    #expect(g.entity(title)?.kind == .agreement)
    #expect(g.has(title, .signedOn, date: CalendarDate(year: 2019, month: 6, day: 5)!))
    #expect(g.has(title, .party, "中华人民共和国政府"))
    #expect(g.has(title, .party, "哈萨克斯坦共和国政府"))
  }

  @Test func ministriesOfAnyStateAreFoundWhole() throws {
    let g = try graph(of: "哈萨克斯坦共和国外交部和中华人民共和国生态环境部将加强沟通。\n")
    #expect(g.entity("哈萨克斯坦共和国外交部")?.kind == .ministry)
    #expect(g.entity("中华人民共和国生态环境部")?.kind == .ministry)
    #expect(g.has("哈萨克斯坦共和国外交部", .country, "哈萨克斯坦"))
    #expect(g.entity("中华人民共和国生态环境部和哈萨克斯坦共和国外交部") == nil)
  }

  @Test func aNameKeepsACharacterOutsideTheBasicPlane() throws {
    let g = try graph(of: "双方支持中俄𠮷野合作委员会的工作。\n")
    #expect(g.entity("中俄𠮷野合作委员会")?.kind == .commission)
  }

  @Test func aStateInsideANameIsNotABoundary() throws {
    // 和 inside 中华人民共和国 ends no name; the 和 after 商务部 ends the first.
    let g = try graph(of: "双方欢迎中华人民共和国商务部和俄罗斯联邦经济发展部加强合作。\n")
    #expect(g.entity("中华人民共和国商务部")?.kind == .ministry)
    #expect(g.entity("俄罗斯联邦经济发展部")?.kind == .ministry)
    #expect(g.has("中华人民共和国商务部", .country, "中国"))
    #expect(g.has("俄罗斯联邦经济发展部", .country, "俄罗斯"))
  }

  @Test func aDashJoinedCrossingConnectsItsTwoEnds() throws {
    let g = try graph(of: "双方将推动满洲里—后贝加尔斯克公路口岸扩能改造。\n")
    #expect(g.entity("满洲里—后贝加尔斯克公路口岸")?.kind == .borderCrossing)
    #expect(g.has("满洲里—后贝加尔斯克公路口岸", .connects, "满洲里"))
    #expect(g.has("满洲里—后贝加尔斯克公路口岸", .connects, "后贝加尔斯克"))
  }

  @Test func quotedNamesAreKeptByTheirFormAndSlogansDropped() throws {
    let g = try graph(of: "双方将研究“滨海3号”国际交通走廊建设，反对“小院高墙”。\n")
    #expect(g.entity("滨海3号")?.kind.top == .project)
    #expect(g.entity("小院高墙") == nil)
  }

  @Test func aNumberedEventIsHeldWhereAndWhenTheTextSays() throws {
    let g = try graph(of: "双方商定，第十届中俄博览会将于2025年在哈尔滨举行。\n")
    let expo = try #require(g.entity("第十届中俄博览会"))
    #expect(expo.kind == .expo)
    #expect(expo.attribute(.ordinal) == .integer(10))
    #expect(g.has("第十届中俄博览会", .heldIn, "哈尔滨"))
    #expect(g.has("第十届中俄博览会", .date, date: CalendarDate(year: 2025)!))
  }

  @Test func aShortTitleRefersBackToTheFullOne() throws {
    let g = try graph(of: "双方将落实《中俄北极航道合作规划纲要》。\n双方愿按照《纲要》推进合作。\n")
    let plan = try #require(g.entity("中俄北极航道合作规划纲要"))
    #expect(plan.aliases.contains("纲要"))
    #expect(g.entities.values.filter { $0.kind.top == .document }.count == 1)
  }

  @Test func anAcronymInParenthesesIsAnAlias() throws {
    let g = try graph(of: "双方欢迎亚洲基础设施投资银行（AIIB）发挥作用。\n")
    let bank = try #require(g.entity("亚洲基础设施投资银行"))
    #expect(bank.kind == .bank)
    #expect(bank.aliases.contains("AIIB"))
    #expect(bank.attribute(.acronym) == .string("AIIB"))
  }

  @Test func aPersonNamedAfterTheirPostHoldsIt() throws {
    let g = try graph(of: "哈萨克斯坦共和国总统托卡耶夫和中华人民共和国国务院总理李强举行会谈。\n")
    #expect(g.entity("托卡耶夫")?.kind == .person)
    #expect(g.entity("李强")?.kind == .person)
    #expect(g.has("托卡耶夫", .holdsRole, "哈萨克斯坦共和国总统"))
    #expect(g.has("哈萨克斯坦共和国总统", .country, "哈萨克斯坦"))
  }

  @Test func aSideSupportsWhatFollowsItsVerb() throws {
    let g = try graph(of: "中方支持俄方举办第五届中俄能源商务论坛。中国和俄罗斯将加强合作。\n")
    #expect(g.has("中国", .supports, "第五届中俄能源商务论坛"))
  }

  @Test func namesInsideAFrameworkClauseAreLinkedToIt() throws {
    let g = try graph(of: "双方将在上海合作组织框架下举办首届中俄青年论坛。\n")
    #expect(g.has("首届中俄青年论坛", .withinFramework, "上海合作组织"))
  }

  @Test func theBodiesThatIssueADocumentAreItsParties() throws {
    let g = try graph(of: "双方欢迎哈萨克斯坦国家银行和中国人民银行于2023年5月18日签署的《本币互换协议》。\n")
    #expect(g.has("本币互换协议", .party, "哈萨克斯坦国家银行"))
    #expect(g.has("本币互换协议", .party, "中国人民银行"))
    #expect(g.has("本币互换协议", .signedOn, date: CalendarDate(year: 2023, month: 5, day: 18)!))
  }

  @Test func aNameMayJoinTwoKnownPlacesWithADash() throws {
    let g = try graph(of: "双方支持在中国—中亚合作机制框架下举办第二届中国—中亚峰会。\n")
    #expect(g.entity("中国—中亚合作机制")?.kind == .mechanism)
    #expect(g.entity("第二届中国—中亚峰会")?.kind.top == .event)
    #expect(g.has("第二届中国—中亚峰会", .withinFramework, "中国—中亚合作机制"))
  }

  @Test func signatureColumnsGiveEachNameThePostAboveIt() throws {
    let text = """
      中华人民共和国和哈萨克斯坦共和国联合声明

      双方同意加强合作。

      中华人民共和国主席　　　　　　　哈萨克斯坦共和国总统
      　　习近平　　　　　　　　　　　　　托卡耶夫
      　　　　　　二〇二四年七月三日于阿斯塔纳

      """
    let g = try graph(of: text)
    #expect(g.has("习近平", .holdsRole, "中华人民共和国主席"))
    #expect(g.has("托卡耶夫", .holdsRole, "哈萨克斯坦共和国总统"))
    #expect(!g.has("习近平", .holdsRole, "哈萨克斯坦共和国总统"))
    let statement = "中华人民共和国和哈萨克斯坦共和国联合声明"
    #expect(g.has(statement, .signatory, "托卡耶夫"))
    #expect(g.has(statement, .signedIn, "阿斯塔纳"))
    #expect(g.has(statement, .signedOn, date: CalendarDate(year: 2024, month: 7, day: 3)!))
  }
}

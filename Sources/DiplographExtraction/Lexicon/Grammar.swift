import DiplographModel

/// The word lists the rules are written in: head nouns, name suffixes, boundaries.
enum Grammar {
  /// The head noun of a document title and the class it gives, longest first.
  static let documentHeads: [(head: [Unicode.Scalar], kind: EntityKind)] = sortedByLength([
    ("条约", .treaty), ("协定", .agreement), ("协议", .agreement), ("议定书", .protocol),
    ("议定书补充条款", .protocol), ("补充议定书", .protocol), ("谅解备忘录", .memorandumOfUnderstanding),
    ("备忘录", .memorandumOfUnderstanding), ("联合声明", .jointStatement), ("声明", .jointStatement),
    ("联合公报", .communique), ("公报", .communique), ("宣言", .declaration), ("规划", .plan),
    ("计划", .plan), ("行动计划", .plan), ("纲要", .plan), ("规划纲要", .plan), ("战略", .plan),
    ("路线图", .roadmap), ("大纲", .programme), ("纲领", .programme), ("议程", .programme),
    ("纪要", .minutes), ("会议纪要", .minutes), ("公约", .convention), ("决议", .resolution),
    ("宪章", .charter), ("倡议", .initiative), ("框架", .document), ("愿景", .document), ("立场", .document),
  ] as [(String, EntityKind)])

  /// Suffixes of organization and event names, with the class they give, longest first.
  /// `needsState`: the suffix is too common to trust unless the name opens with a state
  /// (商务部, but not 内部).
  static let nameSuffixes: [(suffix: [Unicode.Scalar], kind: EntityKind, needsState: Bool)] = sortedByLength3([
    ("委员会", .commission, false), ("分委会", .subcommission, false), ("工作组", .workingGroup, false),
    ("理事会", .council, false), ("组织", .internationalOrganization, false), ("联盟", .internationalOrganization, false),
    ("集团", .internationalOrganization, false), ("公司", .company, false), ("集团公司", .company, false),
    ("银行", .bank, false), ("交易所", .exchange, false), ("部", .ministry, true), ("局", .agency, true),
    ("署", .agency, true), ("总局", .agency, true), ("总署", .agency, true), ("大学", .university, false),
    ("研究所", .researchInstitute, false), ("研究院", .researchInstitute, false), ("科学院", .researchInstitute, false),
    ("基金", .fund, false), ("协会", .association, false), ("秘书处", .organization, false),
    ("政府", .government, true), ("国务院", .government, true), ("会晤机制", .mechanism, false),
    ("对话机制", .mechanism, false), ("合作机制", .mechanism, true),
    ("论坛", .forum, false), ("博览会", .expo, false), ("运动会", .games, false), ("峰会", .meeting, false),
    ("大集", .event, false), ("传播周", .event, false), ("文化节", .event, false), ("艺术节", .event, false),
    ("倡议", .initiative, false), ("地区", .region, true), ("联邦区", .region, true), ("边疆区", .region, true),
    ("自治区", .region, true), ("发展区", .region, true), ("省", .region, true), ("州", .region, true),
    ("理事会会议", .meeting, false), ("宪章", .charter, true), ("决议", .resolution, true), ("中心", .organization, true), ("联欢节", .event, false),
    ("机构", .agency, true), ("对话", .mechanism, true), ("节", .event, true), ("演习", .exercise, false),
    ("自由港", .region, false), ("加速器", .facility, false), ("天文台", .facility, false), ("孵化器", .project, false),
    ("科研站", .facility, false), ("天然气管道", .pipeline, false), ("石油管道", .pipeline, false),
  ] as [(String, EntityKind, Bool)])

  /// States and pairs of states that open a name (中俄投资合作委员会), longest first.
  static let statePrefixes: [(prefix: [Unicode.Scalar], country: String?)] = sortedByLength([
    ("中华人民共和国", "中国"), ("中国", "中国"), ("俄罗斯联邦", "俄罗斯"), ("俄罗斯", "俄罗斯"), ("中俄", nil),
    ("中蒙俄", nil), ("中俄印", nil), ("俄", "俄罗斯"),
  ] as [(String, String?)])

  /// Words that end a name to their left wherever they stand: verbs that introduce a name and
  /// function words.
  static let strongBoundaries: [[Unicode.Scalar]] = [
    "支持", "欢迎", "通过", "举办", "举行", "召开", "出席", "参加", "根据", "按照", "依托", "落实", "实施", "签署", "商签",
    "启动", "建立", "设立", "成立", "成为", "包括", "作为", "同意", "认为", "强调", "指出", "表示", "评价", "肯定", "赞赏",
    "反对", "谴责", "呼吁", "鼓励", "加入", "参与", "参加", "主办", "承办", "互办", "共办", "成功", "期间", "框架", "机制下", "以及", "及其", "两国", "双方",
    "各方", "愿同", "任何", "框架下", "框架内", "发起", "前述", "上述", "切断", "拼凑", "恢复", "确保", "捍卫", "违反", "标志着",
    "维护", "破坏", "损害", "保障", "巩固", "打击", "组建", "纳入", "丰富", "或", "双边", "多边", "在", "由", "于", "对", "向", "为", "是", "同", "等", "的", "之", "其", "该",
    "各", "这", "将", "愿", "并", "把", "被", "从", "给", "使", "就", "也", "都", "均", "已", "还", "又", "即", "以", "有关",
    "相关", "所有", "本",
  ].map(scalars)

  /// Verbs that also occur inside names (经济发展部, 合理利用和保护跨界水联合委员会): they end a
  /// name only when no state opens one to their left.
  static let weakBoundaries: [[Unicode.Scalar]] = [
    "加强", "推动", "继续", "建设", "发挥", "利用", "开展", "深化", "扩大", "发展", "提升", "促进", "完善", "积极", "保护", "和", "与", "及",
  ].map(scalars)

  /// Words that continue a list of names: `A和B`, `A与B`, `A、B`.
  static let conjunctions = ScalarSet(["和", "与", "及", "、", "同"] as [Unicode.Scalar])

  /// Head nouns with the class they give, longest first.
  static func heads(_ rows: [(String, EntityKind)]) -> [(head: [Unicode.Scalar], kind: EntityKind)] {
    rows.map { (scalars($0.0), $0.1) }.sorted { $0.0.count > $1.0.count }
  }

  private static func sortedByLength<T>(_ rows: [(String, T)]) -> [([Unicode.Scalar], T)] {
    rows.map { (scalars($0.0), $0.1) }.sorted { $0.0.count > $1.0.count }
  }

  private static func sortedByLength3<T, U>(_ rows: [(String, T, U)]) -> [([Unicode.Scalar], T, U)] {
    rows.map { (scalars($0.0), $0.1, $0.2) }.sorted { $0.0.count > $1.0.count }
  }
}

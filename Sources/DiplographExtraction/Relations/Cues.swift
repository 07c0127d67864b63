/// Words the relation rules look for around names.
enum Cues {
  static let signed = scalars("签署")
  static let signedOf = ["签署的", "发表的", "通过的", "签订的"].map(scalars)
  /// What stands between the bodies that issue a document and its title.
  static let issuedBy = signedOf + [signed]
  static let held = ["举办", "举行", "召开", "开幕", "进行"].map(scalars)
  static let at: Unicode.Scalar = "在"
  static let framework = ["框架下", "框架内"].map(scalars)
  static let adoptedList = ["以下文件", "下列文件"].map(scalars)
  static let stances: [(verb: [Unicode.Scalar], predicate: String)] = ([
    ("支持", "supports"), ("欢迎", "welcomes"), ("反对", "opposes"), ("谴责", "condemns"), ("呼吁", "callsFor"),
    ("赞赏", "welcomes"), ("祝贺", "welcomes"),
  ] as [(String, String)]).map { (scalars($0.0), $0.1) }
  /// Who speaks: a side (中方), or both (双方, 两国).
  static let bothSides = ["双方", "两国", "两国元首", "两国总理", "两国领导人"].map(scalars)
  static let clauseEnds = ScalarSet([",", ";", ":", "。", "，", "；", "：", "!", "?"] as [Unicode.Scalar])
}

"""A hand-made graph of the bundled corpus, written as the `jsonl` export, for testing the graph
exporters and `render` before (and independently of) the extractor.

Every sentence is quoted verbatim from a corpus file (its byte offset and line are looked up
there); the entities and facts are plausible readings of those sentences, chosen to exercise
every kind of node, edge and date the exporters handle — test data, not a gold standard for the
extractor. Co-occurrence and mentionedIn edges are derived from the mentions as the model
defines them. Ids are computed as DiplographModel computes them (FNV-1a 64), so they look like
real ones. `write(path)` writes the jsonl that `diplograph convert` reads.
"""
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]

TOP = {
    "Person": "Person", "Role": "Role", "Country": "Place", "City": "Place", "Region": "Place",
    "InternationalOrganization": "Organization", "WorkingGroup": "Organization",
    "Exchange": "Organization", "Mechanism": "Organization", "Meeting": "Event", "Expo": "Event",
    "Games": "Event", "ThemedYear": "Event", "Treaty": "Document", "JointStatement": "Document",
    "Communique": "Document", "Agreement": "Document", "Roadmap": "Document", "Bridge": "Project",
    "Pipeline": "Project", "TransportCorridor": "Project", "Initiative": "Initiative",
}


def fnv_hex(*fields):
    """StableHash.hex: FNV-1a 64 over the UTF-8 fields, separated by 0x1f."""
    value = 0xCBF29CE484222325
    for index, field in enumerate(fields):
        data = (b"\x1f" if index else b"") + (field if isinstance(field, bytes) else field.encode())
        for byte in data:
            value = ((value ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return f"{value:016x}"


def entity_id(kind, label):
    top = TOP[kind]
    return f"{top.lower()}-{fnv_hex(top, label)}"


SOURCES = {
    "pm25": ("corpus/2020-12-02_pm-meeting-25_communique.txt", "中俄总理第二十五次定期会晤联合公报"),
    "js21": ("corpus/2021-06-28_treaty-20th-anniversary_joint-statement_one-line.txt",
             "中华人民共和国和俄罗斯联邦关于《中俄睦邻友好合作条约》签署二十周年的联合声明"),
    "hs23": ("corpus/2023-03-21_heads-of-state_joint-statements_markdown.md",
             "中华人民共和国和俄罗斯联邦关于深化新时代全面战略协作伙伴关系的联合声明"),
    "hs24": ("corpus/2024-05-16_heads-of-state_joint-statement_newspaper-fragments.txt", None),
}

# (key, source, verbatim sentence)
SENTENCES = [
    ("open25", "pm25", "中华人民共和国国务院总理李克强和俄罗斯联邦政府总理米舒斯京于2020年12月2日以视频方式举行中俄总理第二十五次定期会晤。"),
    ("roadmap", "pm25", "——进一步加强经贸和投资合作，推动签署《至2024年中俄货物贸易和服务贸易高质量发展的路线图》，努力优化结构，培育新的贸易增长点，进一步优化贸易和投资营商环境，实现扩大贸易规模的发展目标。"),
    ("tradewg", "pm25", "——在中俄贸易畅通工作组框架下加强合作，进一步推动解决双边贸易投资合作中存在的问题。"),
    ("expo7", "pm25", "——支持2021年在俄罗斯举办第七届中俄博览会。"),
    ("wto", "pm25", "——继续加强多边贸易体制和捍卫世界贸易组织作为国际贸易主要协调者的关键作用，利用二十国集团、亚太经合组织、上海合作组织和金砖国家等机制协调行动，确保该组织有效顺畅运行。"),
    ("bridge", "pm25", "——推动完成同江—下列宁斯阔耶铁路桥及相关口岸建设。"),
    ("year", "pm25", "——以举办2020—2021中俄科技创新年为契机，深化在科技创新领域的务实合作，加强双方联合科研攻关，推动共建科研机构，促进人才双向流动，拓展科技产业合作。"),
    ("arctic", "pm25", "——加强北极可持续发展合作，基于法律并兼顾沿海国家利益推动开发利用北方海航道，促进北极航行合作、应急救援保障、基础设施、资源开发、科研、旅游、生态环保等领域合作，探讨推动互利的具体合作项目。"),
    ("gold", "pm25", "——继续支持上海黄金交易所与莫斯科交易所在谅解备忘录框架下开展合作，以及欢迎俄罗斯全国金融协会与上海黄金交易所签署谅解备忘录并在其框架下共同推进合作。"),
    ("gas", "pm25", "——深化能源领域全方位合作，包括油气勘探、开采和加工，液化天然气合作项目实施，稳妥做好中俄东线天然气管道运营，持续推进俄其他天然气管道输华项目商谈，推动能源领域现有政府间协议逐步落实，并研究该领域合作新模式。"),
    ("bri25", "pm25", "双方高度重视“一带一路”倡议同大欧亚伙伴关系倡议并行不悖，协调发展，积极推进“一带一路”建设与欧亚经济联盟对接，在欧亚空间推动开放、平等、共赢的合作。"),
    ("treaty21", "js21", "中华人民共和国和俄罗斯联邦（以下称“双方”），在《中华人民共和国和俄罗斯联邦睦邻友好合作条约》（2001年7月16日签署）缔结20周年之际，为进一步弘扬条约精神，落实条约内容，推动新时代全面战略协作伙伴关系高水平发展，声明如下："),
    ("multi21", "js21", "双方将继续深化合作，加强上海合作组织、金砖国家、中俄印、二十国集团等多边机制的作用，推动其在构建更具代表性、更加公正国际秩序的进程中担当责任、发挥影响，以维护平等、共同、综合、合作、可持续的安全和稳定的经济发展。"),
    ("visit23", "hs23", "应俄罗斯联邦总统普京邀请，中华人民共和国主席习近平于2023年3月20日至22日对俄罗斯联邦进行国事访问。"),
    ("talks23", "hs23", "两国元首在莫斯科举行会谈。"),
    ("treaties23", "hs23", "双方重申遵循2001年7月16日签署的《中华人民共和国和俄罗斯联邦睦邻友好合作条约》、2021年6月28日发表的《中华人民共和国和俄罗斯联邦关于〈中俄睦邻友好合作条约〉签署20周年的联合声明》和2022年2月4日发表的《中华人民共和国和俄罗斯联邦关于新时代国际关系和全球可持续发展的联合声明》确定的原则和精神发展双边关系。"),
    ("roadmap23", "hs23", "双方将巩固双边贸易增长势头，持续优化贸易结构，实施好《中俄货物贸易和服务贸易高质量发展的路线图》，支持电子商务发展，培育经贸新增长点，拓展经贸合作广度，提升合作效率，将外部风险降到最低，确保产业链供应链的稳固和安全。"),
    ("expo23", "hs23", "双方支持2023年在俄罗斯叶卡捷琳堡举办第七届中俄博览会。"),
    ("eaeu23", "hs23", "中方支持在欧亚经济联盟框架内推动一体化进程，俄方支持建设“一带一路”。"),
    ("agreement23", "hs23", "双方将继续落实2018年5月17日签署的《中华人民共和国与欧亚经济联盟经贸合作协定》。"),
    ("aukus23", "hs23", "双方对美国、英国、澳大利亚建立“三边安全伙伴关系”（AUKUS）及相关核动力潜艇合作计划对区域战略稳定产生的后果和风险表示严重关切。"),
    ("nato23", "hs23", "双方敦促北约恪守作为区域性、防御性组织的承诺，呼吁北约尊重他国主权、安全、利益及文明多样性、历史文化多样性，客观公正看待他国和平发展。"),
    ("sco23", "hs23", "双方将继续密切协作，推动上海合作组织在维护所在地区和平、安全与稳定方面发挥更大作用和影响。"),
    ("aukus24", "hs24", "双方对美英澳三边安全伙伴关系（AUKUS）各领域对亚太地区战略稳定造成的后果表示严重关切。"),
    ("nato24", "hs24", "双方指出，美国“印太战略”以及北约图谋在亚太地区采取的破坏性动向，对该地区和平稳定造成消极影响。"),
    ("expo8", "hs24", "——欢迎在中国哈尔滨举办第八届中俄博览会，支持中俄各界代表参与在两国举办的重要论坛和展会。"),
    ("eaeu24", "hs24", "——继续加强协作，落实2018年5月17日签署的《中华人民共和国与欧亚经济联盟经贸合作协定》，推动共建“一带一路”与欧亚经济联盟建设对接合作，深化亚欧地区全方位合作和互联互通。"),
    ("sco24", "hs24", "双方认为，在上海合作组织框架内开展合作是加强两国全面战略协作伙伴关系的重要方向。"),
    ("games24", "hs24", "中方高度评价俄方2024年在喀山市举办的首届“未来运动会”，支持俄方举办金砖国家运动会。"),
]

# key: (kind, label, aliases, names, attributes, {sentence key: surface})
ENTITIES = {
    "CN": ("Country", "中国", ["中华人民共和国", "中方"], {"en": "China"}, {"wikidata": "Q148", "isoCode": "CN"},
           {"open25": "中华人民共和国", "treaty21": "中华人民共和国", "visit23": "中华人民共和国", "eaeu23": "中方",
            "agreement23": "中华人民共和国", "expo8": "中国", "games24": "中方"}),
    "RU": ("Country", "俄罗斯", ["俄罗斯联邦", "俄方"], {"en": "Russia", "ru": "Россия"}, {"wikidata": "Q159", "isoCode": "RU"},
           {"open25": "俄罗斯联邦", "expo7": "俄罗斯", "treaty21": "俄罗斯联邦", "visit23": "俄罗斯联邦",
            "expo23": "俄罗斯", "eaeu23": "俄方", "games24": "俄方"}),
    "LKQ": ("Person", "李克强", [], {"en": "Li Keqiang"}, {}, {"open25": "李克强"}),
    "MISH": ("Person", "米舒斯京", [], {"en": "Mikhail Mishustin", "ru": "Михаил Мишустин"}, {}, {"open25": "米舒斯京"}),
    "XI": ("Person", "习近平", [], {"en": "Xi Jinping"}, {}, {"visit23": "习近平"}),
    "PUTIN": ("Person", "普京", [], {"en": "Vladimir Putin", "ru": "Владимир Путин"}, {}, {"visit23": "普京"}),
    "PREMIER_CN": ("Role", "国务院总理", [], {"en": "Premier of the State Council"}, {}, {"open25": "国务院总理"}),
    "PREMIER_RU": ("Role", "俄罗斯联邦政府总理", [], {"en": "Prime Minister of Russia"}, {}, {"open25": "俄罗斯联邦政府总理"}),
    "PRES_CN": ("Role", "中华人民共和国主席", [], {"en": "President of China"}, {}, {"visit23": "中华人民共和国主席"}),
    "PRES_RU": ("Role", "俄罗斯联邦总统", [], {"en": "President of Russia"}, {}, {"visit23": "俄罗斯联邦总统"}),
    "MEET25": ("Meeting", "中俄总理第二十五次定期会晤", [], {}, {"ordinal": 25}, {"open25": "中俄总理第二十五次定期会晤"}),
    "VISIT23": ("Meeting", "习近平对俄罗斯联邦国事访问", ["两国元首会谈"], {}, {}, {"visit23": "国事访问", "talks23": "两国元首"}),
    "MOSCOW": ("City", "莫斯科", [], {"en": "Moscow", "ru": "Москва"}, {"wikidata": "Q649"}, {"talks23": "莫斯科"}),
    "TREATY": ("Treaty", "中华人民共和国和俄罗斯联邦睦邻友好合作条约", ["中俄睦邻友好合作条约"], {"en": "Treaty of Good-Neighborliness and Friendly Cooperation"}, {},
               {"treaty21": "中华人民共和国和俄罗斯联邦睦邻友好合作条约", "treaties23": "中华人民共和国和俄罗斯联邦睦邻友好合作条约"}),
    "JS21": ("JointStatement", "中华人民共和国和俄罗斯联邦关于〈中俄睦邻友好合作条约〉签署20周年的联合声明", [], {}, {},
             {"treaties23": "中华人民共和国和俄罗斯联邦关于〈中俄睦邻友好合作条约〉签署20周年的联合声明"}),
    "JS22": ("JointStatement", "中华人民共和国和俄罗斯联邦关于新时代国际关系和全球可持续发展的联合声明", [], {}, {},
             {"treaties23": "中华人民共和国和俄罗斯联邦关于新时代国际关系和全球可持续发展的联合声明"}),
    "ROADMAP": ("Roadmap", "中俄货物贸易和服务贸易高质量发展的路线图", ["至2024年中俄货物贸易和服务贸易高质量发展的路线图"], {}, {},
                {"roadmap": "至2024年中俄货物贸易和服务贸易高质量发展的路线图", "roadmap23": "中俄货物贸易和服务贸易高质量发展的路线图"}),
    "TRADEWG": ("WorkingGroup", "中俄贸易畅通工作组", [], {}, {}, {"tradewg": "中俄贸易畅通工作组"}),
    "EXPO7": ("Expo", "第七届中俄博览会", [], {}, {"ordinal": 7}, {"expo7": "第七届中俄博览会", "expo23": "第七届中俄博览会"}),
    "EXPO8": ("Expo", "第八届中俄博览会", [], {}, {"ordinal": 8}, {"expo8": "第八届中俄博览会"}),
    "YEKATERINBURG": ("City", "叶卡捷琳堡", [], {"en": "Yekaterinburg"}, {}, {"expo23": "叶卡捷琳堡"}),
    "HARBIN": ("City", "哈尔滨", [], {"en": "Harbin"}, {}, {"expo8": "哈尔滨"}),
    "WTO": ("InternationalOrganization", "世界贸易组织", [], {"en": "World Trade Organization"}, {"acronym": "WTO"}, {"wto": "世界贸易组织"}),
    "G20": ("InternationalOrganization", "二十国集团", [], {"en": "G20"}, {}, {"wto": "二十国集团", "multi21": "二十国集团"}),
    "APEC": ("InternationalOrganization", "亚太经合组织", [], {"en": "APEC"}, {"acronym": "APEC"}, {"wto": "亚太经合组织"}),
    "SCO": ("InternationalOrganization", "上海合作组织", [], {"en": "Shanghai Cooperation Organisation"}, {"acronym": "SCO"},
            {"wto": "上海合作组织", "multi21": "上海合作组织", "sco23": "上海合作组织", "sco24": "上海合作组织"}),
    "BRICS": ("InternationalOrganization", "金砖国家", [], {"en": "BRICS"}, {}, {"wto": "金砖国家", "multi21": "金砖国家", "games24": "金砖国家"}),
    "BRIDGE": ("Bridge", "同江—下列宁斯阔耶铁路桥", [], {"en": "Tongjiang–Nizhneleninskoye railway bridge"}, {}, {"bridge": "同江—下列宁斯阔耶铁路桥"}),
    "TONGJIANG": ("City", "同江", [], {"en": "Tongjiang"}, {}, {"bridge": "同江"}),
    "NIZHNELENINSKOYE": ("City", "下列宁斯阔耶", [], {"en": "Nizhneleninskoye"}, {}, {"bridge": "下列宁斯阔耶"}),
    "YEAR": ("ThemedYear", "2020—2021中俄科技创新年", [], {}, {}, {"year": "2020—2021中俄科技创新年"}),
    "NSR": ("TransportCorridor", "北方海航道", [], {"en": "Northern Sea Route"}, {}, {"arctic": "北方海航道"}),
    "SGE": ("Exchange", "上海黄金交易所", [], {"en": "Shanghai Gold Exchange"}, {}, {"gold": "上海黄金交易所"}),
    "MOEX": ("Exchange", "莫斯科交易所", [], {"en": "Moscow Exchange"}, {}, {"gold": "莫斯科交易所"}),
    "GAS": ("Pipeline", "中俄东线天然气管道", [], {"en": "Power of Siberia"}, {}, {"gas": "中俄东线天然气管道"}),
    "BRI": ("Initiative", "一带一路", ["“一带一路”倡议"], {"en": "Belt and Road Initiative"}, {},
            {"bri25": "“一带一路”倡议", "eaeu23": "一带一路", "eaeu24": "一带一路"}),
    "GEP": ("Initiative", "大欧亚伙伴关系", ["大欧亚伙伴关系倡议"], {"en": "Greater Eurasian Partnership"}, {}, {"bri25": "大欧亚伙伴关系倡议"}),
    "EAEU": ("InternationalOrganization", "欧亚经济联盟", [], {"en": "Eurasian Economic Union"}, {"acronym": "EAEU"},
             {"bri25": "欧亚经济联盟", "eaeu23": "欧亚经济联盟", "agreement23": "欧亚经济联盟", "eaeu24": "欧亚经济联盟"}),
    "EAEU_AGREEMENT": ("Agreement", "中华人民共和国与欧亚经济联盟经贸合作协定", [], {}, {},
                       {"agreement23": "中华人民共和国与欧亚经济联盟经贸合作协定", "eaeu24": "中华人民共和国与欧亚经济联盟经贸合作协定"}),
    "AUKUS": ("Mechanism", "三边安全伙伴关系", ["美英澳三边安全伙伴关系"], {"en": "AUKUS"}, {"acronym": "AUKUS"},
              {"aukus23": "三边安全伙伴关系", "aukus24": "美英澳三边安全伙伴关系"}),
    "NATO": ("InternationalOrganization", "北约", [], {"en": "NATO"}, {"acronym": "NATO"}, {"nato23": "北约", "nato24": "北约"}),
    "KAZAN": ("City", "喀山", ["喀山市"], {"en": "Kazan"}, {}, {"games24": "喀山市"}),
    "GAMES": ("Games", "未来运动会", [], {"en": "Games of the Future"}, {}, {"games24": "未来运动会"}),
    "BRICS_GAMES": ("Games", "金砖国家运动会", [], {"en": "BRICS Games"}, {}, {"games24": "金砖国家运动会"}),
}

# (subject, predicate, object key or ISO date, sentence key, rule, confidence)
FACTS = [
    ("LKQ", "holdsRole", "PREMIER_CN", "open25", "title-before-name", 0.95),
    ("MISH", "holdsRole", "PREMIER_RU", "open25", "title-before-name", 0.95),
    ("PREMIER_CN", "country", "CN", "open25", "role-country", 0.9),
    ("PREMIER_RU", "country", "RU", "open25", "role-country", 0.9),
    ("MEET25", "participant", "LKQ", "open25", "meeting-participants", 0.9),
    ("MEET25", "participant", "MISH", "open25", "meeting-participants", 0.9),
    ("MEET25", "date", "2020-12-02", "open25", "meeting-date", 0.95),
    ("RU", "supports", "ROADMAP", "roadmap", "stance-support", 0.8),
    ("CN", "supports", "ROADMAP", "roadmap", "stance-support", 0.8),
    ("ROADMAP", "party", "CN", "roadmap23", "bilateral-document", 0.7),
    ("ROADMAP", "party", "RU", "roadmap23", "bilateral-document", 0.7),
    ("TRADEWG", "partOf", "MEET25", "tradewg", "framework", 0.6),
    ("CN", "supports", "EXPO7", "expo7", "stance-support", 0.8),
    ("RU", "supports", "EXPO7", "expo23", "stance-support", 0.8),
    ("EXPO7", "heldIn", "YEKATERINBURG", "expo23", "held-in", 0.9),
    ("EXPO7", "date", "2023", "expo23", "event-year", 0.9),
    ("YEKATERINBURG", "locatedIn", "RU", "expo23", "place-in-country", 0.9),
    ("CN", "welcomes", "EXPO8", "expo8", "stance-welcome", 0.8),
    ("EXPO8", "heldIn", "HARBIN", "expo8", "held-in", 0.9),
    ("HARBIN", "locatedIn", "CN", "expo8", "place-in-country", 0.9),
    ("CN", "supports", "WTO", "wto", "stance-support", 0.7),
    ("RU", "supports", "WTO", "wto", "stance-support", 0.7),
    ("BRIDGE", "connects", "TONGJIANG", "bridge", "bridge-ends", 0.95),
    ("BRIDGE", "connects", "NIZHNELENINSKOYE", "bridge", "bridge-ends", 0.95),
    ("TONGJIANG", "locatedIn", "CN", "bridge", "place-in-country", 0.6),
    ("NIZHNELENINSKOYE", "locatedIn", "RU", "bridge", "place-in-country", 0.6),
    ("YEAR", "startDate", "2020", "year", "themed-year-span", 0.95),
    ("YEAR", "endDate", "2021", "year", "themed-year-span", 0.95),
    ("SGE", "locatedIn", "CN", "gold", "org-in-country", 0.6),
    ("MOEX", "locatedIn", "MOSCOW", "gold", "org-in-city", 0.7),
    ("CN", "supports", "NSR", "arctic", "stance-support", 0.6),
    ("GAS", "connects", "RU", "gas", "pipeline-ends", 0.6),
    ("GAS", "connects", "CN", "gas", "pipeline-ends", 0.6),
    ("BRI", "withinFramework", "EAEU", "bri25", "docking", 0.6),
    ("CN", "supports", "GEP", "bri25", "stance-support", 0.6),
    ("TREATY", "signedOn", "2001-07-16", "treaty21", "title-signing-date", 0.95),
    ("TREATY", "party", "CN", "treaty21", "bilateral-document", 0.9),
    ("TREATY", "party", "RU", "treaty21", "bilateral-document", 0.9),
    ("JS21", "refersTo", "TREATY", "treaties23", "nested-title", 0.95),
    ("JS21", "signedOn", "2021-06-28", "treaties23", "title-signing-date", 0.95),
    ("JS21", "party", "CN", "treaties23", "bilateral-document", 0.9),
    ("JS21", "party", "RU", "treaties23", "bilateral-document", 0.9),
    ("JS22", "signedOn", "2022-02-04", "treaties23", "title-signing-date", 0.95),
    ("JS22", "party", "CN", "treaties23", "bilateral-document", 0.9),
    ("JS22", "party", "RU", "treaties23", "bilateral-document", 0.9),
    ("XI", "holdsRole", "PRES_CN", "visit23", "title-before-name", 0.95),
    ("PUTIN", "holdsRole", "PRES_RU", "visit23", "title-before-name", 0.95),
    ("PRES_CN", "country", "CN", "visit23", "role-country", 0.9),
    ("PRES_RU", "country", "RU", "visit23", "role-country", 0.9),
    ("VISIT23", "participant", "XI", "visit23", "meeting-participants", 0.9),
    ("VISIT23", "participant", "PUTIN", "visit23", "meeting-participants", 0.9),
    ("VISIT23", "heldIn", "MOSCOW", "talks23", "held-in", 0.9),
    ("VISIT23", "startDate", "2023-03-20", "visit23", "visit-dates", 0.9),
    ("VISIT23", "endDate", "2023-03-22", "visit23", "visit-dates", 0.9),
    ("MOSCOW", "locatedIn", "RU", "talks23", "place-in-country", 0.9),
    ("CN", "supports", "EAEU", "eaeu23", "stance-support", 0.9),
    ("RU", "supports", "BRI", "eaeu23", "stance-support", 0.9),
    ("EAEU_AGREEMENT", "signedOn", "2018-05-17", "agreement23", "title-signing-date", 0.95),
    ("EAEU_AGREEMENT", "party", "CN", "agreement23", "title-parties", 0.8),
    ("EAEU_AGREEMENT", "party", "EAEU", "agreement23", "title-parties", 0.8),
    ("CN", "opposes", "AUKUS", "aukus23", "stance-concern", 0.7),
    ("RU", "opposes", "AUKUS", "aukus23", "stance-concern", 0.7),
    ("CN", "callsFor", "NATO", "nato23", "stance-urge", 0.6),
    ("RU", "callsFor", "NATO", "nato23", "stance-urge", 0.6),
    ("CN", "supports", "SCO", "sco23", "stance-support", 0.8),
    ("RU", "supports", "SCO", "sco23", "stance-support", 0.8),
    ("CN", "supports", "BRICS", "multi21", "stance-support", 0.7),
    ("RU", "supports", "BRICS", "multi21", "stance-support", 0.7),
    ("CN", "supports", "G20", "multi21", "stance-support", 0.7),
    ("GAMES", "heldIn", "KAZAN", "games24", "held-in", 0.9),
    ("GAMES", "date", "2024", "games24", "event-year", 0.9),
    ("KAZAN", "locatedIn", "RU", "games24", "place-in-country", 0.9),
    ("CN", "supports", "BRICS_GAMES", "games24", "stance-support", 0.8),
]


def _sentence_order(sentence_id):
    """SentenceID's order: source id, then ordinal."""
    source, ordinal = sentence_id.rsplit("-s", 1)
    return source, int(ordinal)


def _date(text):
    parts = [int(p) for p in text.split("-")]
    return dict(zip(("year", "month", "day"), parts))


def _literal(value):
    if isinstance(value, int):
        return {"integer": {"_0": value}}
    return {"string": {"_0": value}}


class _Source:
    def __init__(self, key, path, title):
        self.path = path
        self.raw = (ROOT / path).read_bytes()
        self.text = self.raw.decode("utf-8")
        self.id = "source-" + fnv_hex(self.raw)
        self.title = title
        self.sentences = []

    def span(self, needle, start_char=0):
        index = self.text.find(needle, start_char)
        assert index >= 0, f"{self.path}: sentence not found: {needle[:30]}"
        before = self.text[:index]
        line = before.count("\n") + 1
        column = index - (before.rfind("\n") + 1) + 1
        start = len(before.encode())
        return index, {"startByte": start, "endByte": start + len(needle.encode()), "line": line, "column": column}


def build():
    """The records of the jsonl export, in the order the exporter writes them."""
    sources = {key: _Source(key, path, title) for key, (path, title) in SOURCES.items()}
    sentence_of = {}
    for key, source_key, text in SENTENCES:
        source = sources[source_key]
        index, span = source.span(text)
        sentence_id = f"{source.id}-s{len(source.sentences)}"
        source.sentences.append({"id": sentence_id, "text": text, "span": span, "paragraph": len(source.sentences)})
        sentence_of[key] = (source, sentence_id, index, span)

    ids = {key: entity_id(kind, label) for key, (kind, label, *_rest) in ENTITIES.items()}
    entities, by_sentence = {}, {}
    for key, (kind, label, aliases, names, attributes, mentions) in ENTITIES.items():
        mention_records = []
        for sentence_key, surface in mentions.items():
            source, sentence_id, index, _ = sentence_of[sentence_key]
            _, span = source.span(surface, index)
            mention_records.append({"sentence": sentence_id, "span": span, "surface": surface, "rule": "gazetteer"})
            by_sentence.setdefault(sentence_key, set()).add(key)
        mention_records.sort(key=lambda m: (_sentence_order(m["sentence"]), m["span"]["startByte"], m["span"]["endByte"]))
        entities[key] = {
            "id": ids[key], "kind": kind, "label": label,
            "aliases": sorted(set(aliases) - {label}, key=lambda a: a.encode()),
            "names": [{"language": lang, "text": text} for lang, text in sorted(names.items())],
            "attributes": [{"key": k, "value": _literal(v)} for k, v in sorted(attributes.items())],
            "mentions": mention_records,
        }

    relations = {}

    def add(subject, predicate, obj, obj_key, weight, provenance):
        rid = "rel-" + fnv_hex(subject, predicate, obj_key)
        if rid in relations:
            relations[rid]["weight"] += weight
            relations[rid]["provenance"] += provenance
            return
        relations[rid] = {"id": rid, "subject": subject, "predicate": predicate, "object": obj,
                          "weight": weight, "provenance": provenance}

    for subject, predicate, obj, sentence_key, rule, confidence in FACTS:
        _, sentence_id, _, span = sentence_of[sentence_key]
        provenance = [{"sentence": sentence_id, "span": span, "rule": rule, "confidence": confidence}]
        if obj in ENTITIES:
            add(ids[subject], predicate, {"entity": {"_0": ids[obj]}}, "e:" + ids[obj], 1, provenance)
        else:
            add(ids[subject], predicate, {"literal": {"_0": {"date": {"_0": _date(obj)}}}}, "d:" + obj, 1, provenance)

    for sentence_key, keys in by_sentence.items():
        _, sentence_id, _, span = sentence_of[sentence_key]
        members = sorted(ids[k] for k in keys)
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                add(a, "coOccursWith", {"entity": {"_0": b}}, "e:" + b, 1,
                    [{"sentence": sentence_id, "span": span, "rule": "same-sentence", "confidence": 1.0}])
    for key, entity in entities.items():
        per_source = {}
        for mention in entity["mentions"]:
            per_source.setdefault(mention["sentence"].rsplit("-s", 1)[0], []).append(mention)
        for source_id, mentions in per_source.items():
            provenance = [{"sentence": m["sentence"], "span": m["span"], "rule": m["rule"], "confidence": 1.0} for m in mentions]
            add(ids[key], "mentionedIn", {"source": {"_0": source_id}}, "s:" + source_id, len(mentions), provenance)

    for relation in relations.values():
        relation["provenance"].sort(key=lambda p: (_sentence_order(p["sentence"]), p["span"]["startByte"], p["span"]["endByte"], p["rule"]))

    records = []
    for source in sorted(sources.values(), key=lambda s: s.id):
        value = {"id": source.id, "path": source.path, "encoding": "UTF-8", "byteCount": len(source.raw),
                 "sentences": source.sentences}
        if source.title:
            value["title"] = source.title
        records.append({"record": "source", "value": value})
    records += [{"record": "entity", "value": e} for e in sorted(entities.values(), key=lambda e: e["id"])]
    records += [{"record": "relation", "value": r} for r in sorted(relations.values(), key=lambda r: r["id"])]
    return records


def write(path):
    """Writes the graph as jsonl; returns the records."""
    records = build()
    with open(path, "w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    return records


if __name__ == "__main__":
    import sys
    write(sys.argv[1])

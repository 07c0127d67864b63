"""Hand-made graphs the RDF consumer tests export with the real exporters."""
from rdf_support import GraphFile, date, integer, string

HOSTILE = ["\"\n<>&", "]]>", "'single' \"double\"", "back\\slash \\n \\u0041", "line\u2028sep\u2029para",
           "emoji 🇨🇳👩‍👩‍👧 𠀀", "tab\tcr\rcrlf\r\nend", "   ", "&amp; <!-- x -->", "长" * 10_000]


def treaty_graph():
    """SampleGraphs.treaty() of the Swift tests, rebuilt by hand: 118 triples, counted by hand in
    RDFExportTests.sampleTripleCount."""
    g = GraphFile()
    (sentence,) = g.source("corpus/sample.txt", ["双方重申遵循2001年7月16日签署的《中华人民共和国和俄罗斯联邦睦邻友好合作条约》。"],
                           title="样例", source_id="source-0000000000000001")
    treaty = g.entity("Treaty", "中华人民共和国和俄罗斯联邦睦邻友好合作条约", aliases=["中俄睦邻友好合作条约"],
                      names=[("en", "Treaty of Good-Neighborliness")],
                      mentions=[(sentence, "中华人民共和国和俄罗斯联邦睦邻友好合作条约")])
    china = g.entity("Country", "中国", aliases=["中华人民共和国", "中方"], names=[("en", "China")],
                     attributes=[("wikidata", string("Q148")), ("isoCode", string("CN"))])
    russia = g.entity("Country", "俄罗斯", aliases=["俄罗斯联邦", "俄方"], names=[("en", "Russia"), ("ru", "Россия")],
                      attributes=[("wikidata", string("Q159"))])
    g.relation(treaty, "signedOn", date(2001, 7, 16), [sentence], confidence=0.95)
    for party in (china, russia):
        g.relation(treaty, "party", party, [sentence], confidence=0.95)
    g.relation(treaty, "mentionedIn", ("source", "source-0000000000000001"), [sentence], confidence=0.95)
    return g


def rich_graph():
    """Every kind of triple the exports write: all date precisions, integer attributes, stance,
    statistical edges with weights, a repeated sentence, and hostile text everywhere."""
    g = GraphFile()
    s = g.source("corpus/a <b> & \"c\".txt", ["第一句。", "|".join(HOSTILE), {"text": "第一句。", "repeat_of": 0}],
                 title="]]> & <title>")
    t = g.source("corpus/second.md", ["中俄总理第二十七次定期会晤以视频方式举行。"])
    china = g.entity("Country", "中国", names=[("en", "China")], attributes=[("wikidata", string("Q148"))])
    russia = g.entity("Country", "俄罗斯", names=[("ru", "Россия")], attributes=[("isoCode", string("RU"))])
    island = g.entity("Island", "黑瞎子岛", aliases=HOSTILE, mentions=[(s[1], HOSTILE[0]), (s[0], "黑瞎子岛")])
    meeting = g.entity("Meeting", "中俄总理第二十七次定期会晤", attributes=[("ordinal", integer(27)), ("acronym", string("PM-27"))])
    treaty = g.entity("Treaty", "中华人民共和国和俄罗斯联邦睦邻友好合作条约")
    agreement = g.entity("Agreement", "中华人民共和国政府和俄罗斯联邦政府关于中俄边境口岸协定")
    memorandum = g.entity("MemorandumOfUnderstanding", "合作谅解备忘录")
    communique = g.entity("Communique", "中俄总理第二十七次定期会晤联合公报")
    premier = g.entity("Person", "李克强")
    role = g.entity("Role", "国务院总理")
    bridge = g.entity("Bridge", "黑河—布拉戈维申斯克公路桥")
    city = g.entity("City", "黑河")
    g.relation(treaty, "signedOn", date(2001, 7, 16), [s[0]])
    g.relation(meeting, "date", date(2022, 12), [t[0]])
    g.relation(meeting, "startDate", date(2022), [t[0], s[0]], rule="year")
    g.relation(agreement, "party", china, [s[0]])
    g.relation(agreement, "party", russia, [s[0]])
    g.relation(communique, "adoptedAt", meeting, [t[0]])
    g.relation(meeting, "participant", premier, [t[0]])
    g.relation(premier, "holdsRole", role, [t[0]])
    g.relation(bridge, "connects", city, [s[1]])
    g.relation(china, "supports", memorandum, [s[1]], confidence=0.5)
    g.relation(island, "mentionedIn", ("source", s[0].rsplit("-s", 1)[0]), [s[0], s[1]], weight=3)
    g.relation(island, "coOccursWith", china, [s[0], s[1]], weight=2, confidence=1.0)
    return g

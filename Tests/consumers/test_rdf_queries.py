"""The example queries of queries/sparql, run on pyoxigraph against answers worked out by hand.

Now: every query parses and runs, and on a hand-made graph holding the corpus facts a careful
reader lists (plus distractors each query must leave out) returns exactly the expected rows.
On the export of corpus/ (marker corpus_facts): the same queries return the same hand-checked
answers."""
import subprocess

import pytest

from rdf_answers import compare, expected_rows, load_store, query_names, QUERIES
from rdf_support import ONTOLOGY_TTL, GraphFile, convert, date, integer, jena_classpath

C2020 = "corpus/2020-12-02_pm-meeting-25_communique.txt"
C2021 = "corpus/2021-06-28_treaty-20th-anniversary_joint-statement_one-line.txt"
C2022 = "corpus/2022-12-05_pm-meeting-27_communique_pdf-extract.txt"
C2024 = "corpus/2024-05-16_heads-of-state_joint-statement_newspaper-fragments.txt"
PRC, RF = "中华人民共和国政府", "俄罗斯联邦政府"

# Intergovernmental agreements as the texts title them (see the expected file for lines).
AGREEMENTS = [
    "中华人民共和国政府与俄罗斯联邦政府国际道路运输协定",
    "中华人民共和国政府与俄罗斯联邦政府反垄断执法和竞争政策领域的合作协定",
    "中华人民共和国政府和俄罗斯联邦政府关于反不正当竞争与反垄断领域合作交流协定",
    "中华人民共和国政府和俄罗斯联邦政府关于和平使用北斗和格洛纳斯全球卫星导航系统的合作协定",
    "中华人民共和国政府和俄罗斯联邦政府关于结算和支付的协定",
    "中华人民共和国政府和俄罗斯联邦政府关于合作制作电视片的协议",
    "中华人民共和国政府和俄罗斯联邦政府关于互免团体旅游签证的协定",
    "中华人民共和国政府和俄罗斯联邦政府关于便利公民往来的协议",
    "中华人民共和国政府和俄罗斯联邦政府关于在保障国际信息安全领域合作协定",
    "中华人民共和国政府和俄罗斯联邦政府关于合作建设国际月球科研站的协定",
    "中华人民共和国政府和俄罗斯联邦政府关于中俄边境口岸协定",
    "中华人民共和国政府和俄罗斯联邦政府关于促进和相互保护投资协定",
    "中华人民共和国政府和俄罗斯联邦政府关于互免团队旅游签证的协定",
]

# The 27th meeting's documents (2022 communiqué, section 十), with their classes.
ADOPTED_AT_27 = [
    ("Communique", "中俄总理第二十七次定期会晤联合公报"),
    ("Minutes", "中俄投资合作委员会第九次会议纪要"),
    ("Minutes", "中俄能源合作委员会第十九次会议纪要"),
    ("Minutes", "中俄人文合作委员会第二十三次会议纪要"),
    ("Minutes", "中俄总理定期会晤委员会第二十六次会议纪要"),
    ("Minutes", "中国东北地区和俄罗斯远东及贝加尔地区政府间合作委员会第四次会议纪要"),
    ("Agreement", "中华人民共和国政府和俄罗斯联邦政府关于合作建设国际月球科研站的协定"),
    ("MemorandumOfUnderstanding", "中华人民共和国国家发展和改革委员会与俄罗斯联邦经济发展部关于持续深化投资合作的谅解备忘录"),
    ("JointStatement", "中华人民共和国商务部和俄罗斯联邦经济发展部关于启动2006年11月9日签署的〈中华人民共和国政府和俄罗斯联邦政府关于促进和相互保护投资协定〉升级谈判的联合声明"),
    ("MemorandumOfUnderstanding", "中华人民共和国国家卫生健康委员会和俄罗斯联邦卫生部在灾害医学领域的合作谅解备忘录"),
    ("Protocol", "中华人民共和国海关总署和俄罗斯联邦兽医和植物卫生监督局关于俄罗斯豌豆对华出口检验检疫要求议定书"),
    ("Protocol", "中华人民共和国海关总署与俄罗斯联邦兽医和植物卫生监督局关于中国和俄罗斯进出口冷冻禽肉的检验检疫和兽医卫生要求议定书补充条款"),
    ("Plan", "中华人民共和国国家市场监督管理总局与俄罗斯联邦技术规范与计量署关于协调煤炭及其加工产品、煤矿机械设备标准及合格评定要求的行动计划"),
    ("Programme", "中国国家航天局和俄罗斯国家航天集团公司2023—2027年航天合作大纲"),
]


def corpus_facts_graph():
    """The facts the five queries ask about, as a careful reader lists them, with sentences
    from the texts, and distractors each query must leave out (marked below)."""
    g = GraphFile()
    s2020 = g.source(C2020, [
        {"text": "——尽快签署并落实《中华人民共和国政府与俄罗斯联邦政府反垄断执法和竞争政策领域的合作协定》，在1996年4月25日签署的《中华人民共和国政府和俄罗斯联邦政府关于反不正当竞争与反垄断领域合作交流协定》框架下继续加强长期合作。", "line": 22},
        {"text": "双方商定恢复中俄合理利用和保护跨界水联合委员会的正常工作，积极推动就黑瞎子岛地区（塔拉巴罗夫岛和博利绍伊乌苏里斯基岛地区）周围水域航行达成协议，继续就中国船只经图们江出海航行事宜，包括航行规则制定、图们江下游生态环保和旅游合作等，同朝鲜民主主义人民共和国加强沟通。", "line": 123},
    ])
    (s2021,) = g.source(C2021, ["在《中华人民共和国和俄罗斯联邦睦邻友好合作条约》（2001年7月16日签署）缔结20周年之际"])
    s2022 = g.source(C2022, [
        {"text": "——推动修订 1994 年 1 月 27 日签署的《中华人民共和国政府和俄罗斯联邦政府关于中俄边境口岸协定》。", "line": 165},
        {"text": "——继续推动黑瞎子岛（大乌苏里岛）环境保护和开发规划方面的对接工作。", "line": 529},
        {"text": "在中俄总理第二十七次定期会晤框架下签署了以下文件：", "line": 598},
    ])
    s2024 = g.source(C2024, [
        {"text": "双方计划完善1992年6月19日签订的《中华人民共和国和俄罗斯联邦关于民事和刑事司法协助的条约》中所规定的法律判决认可和执行机制。", "line": 200},
        {"text": "遵循睦邻友好、尊重国家主权的原则共同开发黑瞎子岛（大乌苏里岛）。", "line": 152},
    ])
    prc = g.entity("Government", PRC, aliases=["中国政府"])
    rf = g.entity("Government", RF, aliases=["俄罗斯政府"])
    china = g.entity("Country", "中国", aliases=["中华人民共和国"])
    russia = g.entity("Country", "俄罗斯", aliases=["俄罗斯联邦"])
    agreements = {title: g.entity("Agreement", title) for title in AGREEMENTS}
    for agreement in agreements.values():
        g.relation(agreement, "party", prc)
        g.relation(agreement, "party", rf)
    # Signing dates (query 1; query 5 follows the 1994 one to its sentence).
    g.relation(agreements[AGREEMENTS[10]], "signedOn", date(1994, 1, 27), [s2022[0]], rule="title-signing-date")
    g.relation(agreements[AGREEMENTS[2]], "signedOn", date(1996, 4, 25), [s2020[0]])
    legal_aid = g.entity("Treaty", "中华人民共和国和俄罗斯联邦关于民事和刑事司法协助的条约")
    g.relation(legal_aid, "signedOn", date(1992, 6, 19), [s2024[0]])
    for party in (china, russia):  # distractor for query 4: states, not governments
        g.relation(legal_aid, "party", party)
    treaty = g.entity("Treaty", "中华人民共和国和俄罗斯联邦睦邻友好合作条约")
    g.relation(treaty, "signedOn", date(2001, 7, 16), [s2021])  # distractor: after 1999
    g.relation(agreements[AGREEMENTS[11]], "signedOn", date(2006, 11, 9))  # distractor: after 1999
    # Query 2: the 27th meeting's documents; the 25th meeting's communiqué is a distractor.
    meeting27 = g.entity("Meeting", "中俄总理第二十七次定期会晤", attributes=[("ordinal", integer(27))])
    meeting25 = g.entity("Meeting", "中俄总理第二十五次定期会晤", attributes=[("ordinal", integer(25))])
    for kind, title in ADOPTED_AT_27:
        document = agreements.get(title) or g.entity(kind, title)
        g.relation(document, "adoptedAt", meeting27, [s2022[2]])
    g.relation(g.entity("Communique", "中俄总理第二十五次定期会晤联合公报"), "adoptedAt", meeting25)
    nested = g.entity("JointStatement", ADOPTED_AT_27[8][1])
    g.relation(nested, "refersTo", agreements[AGREEMENTS[11]])  # distractor: referred to, not adopted
    # Query 3: the island, its sources and what is named with it.
    island = g.entity("Island", "黑瞎子岛", aliases=["大乌苏里岛"], mentions=[(s2022[1], "黑瞎子岛")])
    for source_sentence, weight in ((s2020[1], 1), (s2022[1], 2), (s2024[1], 2)):
        g.relation(island, "mentionedIn", ("source", source_sentence.rsplit("-s", 1)[0]), weight=weight)
    commission = g.entity("Commission", "中俄合理利用和保护跨界水联合委员会")
    tumen = g.entity("River", "图们江")
    dprk = g.entity("Country", "朝鲜民主主义人民共和国")
    for other in (commission, tumen, dprk):
        g.relation(island, "coOccursWith", other, [s2020[1]])
    draft = g.entity("Agreement", "中俄船只在黑瞎子岛（塔拉巴罗夫岛和博利绍伊乌苏里斯基岛）地区周围水域航行的政府间协定（草案）")
    g.relation(draft, "coOccursWith", island)  # a "maybe" row, in the other direction
    g.relation(tumen, "coOccursWith", dprk, [s2020[1]])  # distractor: not linked to the island
    # Query 4 distractors: a ministries' agreement and a governments' memorandum.
    transport = g.entity("Agreement", "中华人民共和国交通运输部和俄罗斯联邦运输部关于危险货物国际道路运输的协议")
    for ministry in ("中华人民共和国交通运输部", "俄罗斯联邦运输部"):
        g.relation(transport, "party", g.entity("Ministry", ministry))
    memorandum = g.entity("MemorandumOfUnderstanding", "中华人民共和国政府与俄罗斯联邦政府关于建立国际月球科研站合作的谅解备忘录")
    for government in (prc, rf):
        g.relation(memorandum, "party", government)
    return g


@pytest.fixture(scope="module")
def facts_export(diplograph, tmp_path_factory):
    directory = tmp_path_factory.mktemp("corpus-facts")
    out = convert(diplograph, corpus_facts_graph().write(directory / "graph.jsonl"), directory / "out", "ntriples")
    return out / "graph.nt"


@pytest.fixture(scope="module")
def facts_store(facts_export):
    return load_store(facts_export)


@pytest.fixture(scope="module")
def corpus_store(corpus_exports):
    return load_store(corpus_exports / "graph.nt")


def test_every_query_has_a_hand_checked_answer_beside_it():
    names = query_names()
    assert len(names) >= 5
    for name in names:
        columns, rows = expected_rows(name)
        assert columns and any(required for required, _ in rows), f"{name}: no required row"
        assert "by hand" in (QUERIES / f"{name}.expected.tsv").read_text(encoding="utf-8"), name


@pytest.mark.parametrize("name", query_names())
def test_query_runs_on_the_corpus_export(name, corpus_store):
    """Parses and runs (answers come with the extractor: see the corpus_facts test)."""
    assert corpus_store.query((QUERIES / f"{name}.rq").read_text(encoding="utf-8")) is not None


@pytest.mark.parametrize("name", query_names())
def test_query_finds_the_hand_checked_answer_in_a_graph_of_the_corpus_facts(name, facts_store):
    compare(facts_store, name)


@pytest.mark.parametrize("name", query_names())
def test_jena_gives_as_many_rows_as_pyoxigraph(name, facts_export, facts_store):
    """The queries are plain SPARQL 1.1: Jena's arq answers them as pyoxigraph does."""
    query = QUERIES / f"{name}.rq"
    result = subprocess.run(["java", "-cp", jena_classpath(), "arq.sparql", "--data", str(facts_export),
                             "--data", str(ONTOLOGY_TTL), "--query", str(query), "--results=TSV"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    rows = result.stdout.splitlines()[1:]
    assert len(rows) == len(list(facts_store.query(query.read_text(encoding="utf-8")))) > 0


@pytest.mark.corpus_facts
@pytest.mark.parametrize("name", query_names())
def test_query_finds_the_hand_checked_answer_in_the_corpus(name, corpus_store):
    compare(corpus_store, name)

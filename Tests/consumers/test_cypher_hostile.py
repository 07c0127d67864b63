"""Hostile text cannot break out of a Cypher literal: after loading, FalkorDB holds exactly the
strings that went in, and nothing else was created or deleted."""
from test_cypher_support import (convert, counts, entity, export_cypher, falkordb_load, open_graph,
                                 relation, source, to_entity, write_jsonl)

HOSTILE = [
    "'}) MATCH (n) DETACH DELETE n //",
    "'}]->(b) DETACH DELETE b; MATCH (n) DETACH DELETE n;",
    "\\'", "\\", "end\\", "'", '"', '\\"', "`", "``) DELETE n //`", "*/", "/*", "// comment",
    "\\u0041", "\\u0027", "\\\\u0027", "\\U0001F600",
    "line one\nline two", "\r\n", "tab\there", "\x01\x08\x0b\x0c\x1b\x1f\x7f",
    "\u0085\u2028\u2029", "\u3000全角", "😀", "{id: 'x'}", "$rows", "x" * 10000,
]


def hostile_id(n, text):
    """Hostile ids too, less what FalkorDB's index cannot hold (refused, see the test below)."""
    return f"place-{n}-" + text[:20].strip(" \t\n\r\x0b\x0c").replace("\x01", "?")


def hostile_graph():
    s1 = "source-'}) DETACH DELETE n //"
    sentences = ["正常的句子。"] + HOSTILE
    records = [source(s1, "corpus/'; DROP.txt\n", sentences, title="`title`\\'")]
    for n, text in enumerate(HOSTILE):
        records.append(entity(
            hostile_id(n, text), "City", text, aliases=[text + "·别名", "别名" + text],
            names=[("en", text), ("x-" + text[:3], text)],
            attributes=[("acronym", {"string": {"_0": text}})],
            mentions=[(f"{s1}-s{n + 1}", 0, 9, text)]))
    records.append(relation("rel-'}) DELETE r //", hostile_id(0, HOSTILE[0]), "partOf",
                            to_entity(hostile_id(1, HOSTILE[1])), [(f"{s1}-s0", 0, 9, HOSTILE[2], 0.5)]))
    return records


def test_the_database_holds_exactly_the_hostile_strings(diplograph, tmp_path):
    records = hostile_graph()
    script = export_cypher(diplograph, records, tmp_path)
    graph = open_graph(tmp_path / "falkor.db")
    graph.query("CREATE (:Canary {id: 'still here'})")
    falkordb_load.load(graph, script)
    falkordb_load.load(graph, script)

    assert graph.query("MATCH (c:Canary) RETURN c.id").result_set == [["still here"]]
    sentences = len(HOSTILE) + 1
    assert counts(graph) == (1 + 1 + sentences + len(HOSTILE), sentences + len(HOSTILE) + 1)

    expected = {}
    for record in records[1:-1]:
        value = record["value"]
        text = value["label"]
        expected[value["id"]] = [text, sorted([text + "·别名", "别名" + text]), text,
                                 ["x-" + text[:3] + ":" + text], text]
    rows = graph.query("MATCH (n:Entity) RETURN n.id, n.name, n.aliases, n.name_en, n.otherNames, n.acronym").result_set
    assert {row[0]: [row[1], sorted(row[2]), row[3], row[4], row[5]] for row in rows} == expected

    texts = graph.query("MATCH (s:Sentence) RETURN s.ordinal, s.text ORDER BY s.ordinal").result_set
    assert [text for _, text in texts] == ["正常的句子。"] + HOSTILE
    surfaces = graph.query("MATCH (:Sentence)-[m:MENTIONS]->(n:Entity) RETURN n.name, m.surface").result_set
    assert sorted(surfaces) == sorted([text, text] for text in HOSTILE)
    [[path, title, source_id]] = graph.query("MATCH (d:Source) RETURN d.path, d.title, d.id").result_set
    assert (path, title, source_id) == ("corpus/'; DROP.txt\n", "`title`\\'", "source-'}) DETACH DELETE n //")
    [[relation_id, rules]] = graph.query("MATCH ()-[r:PART_OF]->() RETURN r.id, r.rules").result_set
    assert (relation_id, rules) == ("rel-'}) DELETE r //", [HOSTILE[2]])


def test_every_statement_is_one_line_and_comments_hold_no_quotes(diplograph, tmp_path):
    script = export_cypher(diplograph, hostile_graph(), tmp_path)
    lines = script.read_text(encoding="utf-8").split("\n")
    assert lines[-1] == ""
    for line in lines[:-1]:
        if line.startswith("//"):
            assert not set(line) & set("'\";`"), line
        else:
            assert line.endswith(";"), line[:80]


def test_an_id_falkordb_cannot_index_is_refused(diplograph, tmp_path):
    for bad in ["place-1 ", "\tplace-1", "place-\x01-1"]:
        result = convert(diplograph, write_jsonl(tmp_path / "graph.jsonl", [entity(bad, "City", "名")]),
                         tmp_path / "out", "--format", "cypher", "--dialect", "falkordb")
        assert result.returncode != 0 and "FalkorDB's index" in result.stderr, result.stderr
    result = convert(diplograph, tmp_path / "graph.jsonl", tmp_path / "out", "--format", "cypher",
                     "--dialect", "neo4j")
    assert result.returncode == 0, result.stderr

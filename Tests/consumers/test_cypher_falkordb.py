"""The Cypher export (--dialect falkordb) loads into an embedded FalkorDB: counts equal the
exporter's summary and the input, a second load changes nothing, labels, types and typed
properties are what docs/cypher.md promises."""
import datetime
import re

import pytest

from test_cypher_support import (ROOT, convert, corpus_cypher, counts, dump, entity, export_cypher, falkordb_load,
                                 open_graph, relation, script_summary, source, to_date, to_entity,
                                 to_source, write_jsonl)


def model_names(file, pattern):
    text = (ROOT / "Sources/DiplographModel" / file).read_text(encoding="utf-8")
    return re.findall(pattern, text, re.M)


KINDS = model_names("EntityKind.swift", r'case \w+ = "(\w+)"')
PREDICATES = model_names("Predicate.swift", r"^  case (\w+)$")
DATE_PREDICATES = {"signedOn", "date", "startDate", "endDate"}
assert len(KINDS) > 50 and len(PREDICATES) > 20, "the model's enums were not found"


def cypher_type(predicate):
    return re.sub(r"([A-Z])", r"_\1", predicate).upper()


def every_kind_and_predicate():
    """One entity of every class, one fact of every predicate, with mentions and provenance."""
    s1 = "source-00000000000000a1"
    records = [source(s1, "corpus/a.txt", ["第一句。", "第二句。", "第三句。"], title="甲"),
               source("source-00000000000000b2", "corpus/b.md", ["另一句。"])]
    ids = []
    for n, kind in enumerate(KINDS):
        entity_id = f"e-{n:04d}"
        ids.append(entity_id)
        records.append(entity(
            entity_id, kind, f"名称{n}", aliases=[f"别名{n}", f"又名{n}"],
            names=[("en", f"Name {n}"), ("fr", f"Nom {n}"), ("ru", f"Имя {n}")],
            attributes=[("wikidata", {"string": {"_0": f"Q{n}"}}), ("ordinal", {"integer": {"_0": n}})],
            mentions=[(f"{s1}-s{n % 3}", n, n + 3, f"名称{n}")]))
    dates = [to_date(2001, 7, 16), to_date(2021, 6), to_date(2024)]
    for n, predicate in enumerate(PREDICATES):
        if predicate in DATE_PREDICATES:
            obj = dates[n % 3]
        elif predicate == "mentionedIn":
            obj = to_source(s1)
        else:
            obj = to_entity(ids[(n + 1) % len(ids)])
        provenance = [(f"{s1}-s0", 0, 9, "rule-a", 0.9), (f"{s1}-s2", 200, 290, "rule-b", 0.5)]
        records.append(relation(f"rel-{n:04d}", ids[n % len(ids)], predicate, obj, provenance, weight=2))
    return records


def expected_counts(records, statistical=True):
    sources = [r["value"] for r in records if r["record"] == "source"]
    entities = [r["value"] for r in records if r["record"] == "entity"]
    relations = [r["value"] for r in records if r["record"] == "relation"
                 and (statistical or r["value"]["predicate"] not in ("mentionedIn", "coOccursWith"))]
    sentences = sum(len(s["sentences"]) for s in sources)
    literals = {str(r["object"]) for r in relations if "literal" in r["object"]}
    nodes = len(sources) + sentences + len(entities) + len(literals)
    mentions = sum(len(e["mentions"]) for e in entities)
    return nodes, sentences + mentions + len(relations)


@pytest.fixture
def loaded(diplograph, tmp_path):
    records = every_kind_and_predicate()
    script = export_cypher(diplograph, records, tmp_path)
    graph = open_graph(tmp_path / "falkor.db")
    falkordb_load.load(graph, script)
    return records, script, graph


def test_counts_equal_the_summary_and_the_input(loaded):
    records, script, graph = loaded
    assert counts(graph) == script_summary(script) == expected_counts(records)


def test_a_second_load_changes_nothing(loaded):
    _, script, graph = loaded
    before = dump(graph)
    statements, _ = falkordb_load.load(graph, script)
    assert statements > 0
    assert dump(graph) == before


def test_labels_are_entity_top_class_and_class(loaded):
    _, _, graph = loaded
    rows = graph.query("MATCH (n:Entity) RETURN n.kind, labels(n)").result_set
    assert sorted(kind for kind, _ in rows) == sorted(KINDS)
    for kind, labels in rows:
        assert labels[0] == "Entity" and labels[-1] == kind and len(labels) in (2, 3), labels
    tops = {kind: labels[1] for kind, labels in rows}
    assert (tops["Island"], tops["Treaty"], tops["Meeting"], tops["Commission"]) == (
        "Place", "Document", "Event", "Organization")


def test_relationship_types_are_upper_snake_case_predicates(loaded):
    _, _, graph = loaded
    types = {row[0] for row in graph.query("MATCH ()-[r]->() RETURN DISTINCT type(r)").result_set}
    assert types == {cypher_type(p) for p in PREDICATES} | {"IN_SOURCE", "MENTIONS"}
    assert cypher_type("coOccursWith") == "CO_OCCURS_WITH"


def test_properties_are_typed(loaded):
    _, _, graph = loaded
    [[aliases, name_en, name_ru, other, ordinal, wikidata]] = graph.query(
        "MATCH (n:Entity {id: 'e-0003'}) RETURN n.aliases, n.name_en, n.name_ru, n.otherNames, n.ordinal, n.wikidata"
    ).result_set
    assert (aliases, name_en, name_ru, other, ordinal, wikidata) == (
        ["别名3", "又名3"], "Name 3", "Имя 3", ["fr:Nom 3"], 3, "Q3")
    dates = graph.query("MATCH (d:Date) RETURN d.value, d.date, d.year, d.month, d.precision ORDER BY d.value").result_set
    assert dates == [["2001-07-16", datetime.date(2001, 7, 16), 2001, 7, "day"],
                     ["2021-06", None, 2021, 6, "month"], ["2024", None, 2024, None, "year"]]


def test_the_sentence_behind_an_edge(loaded):
    _, _, graph = loaded
    rows = graph.query(
        "MATCH (:Entity)-[r:PARTY]->(:Entity) UNWIND range(0, size(r.sentences) - 1) AS i "
        "MATCH (s:Sentence {id: r.sentences[i]})-[:IN_SOURCE]->(d:Source) "
        "RETURN s.text, d.path, r.rules[i], r.startBytes[i], r.confidences[i] ORDER BY s.text").result_set
    assert rows == [["第一句。", "corpus/a.txt", "rule-a", 0, 0.9], ["第三句。", "corpus/a.txt", "rule-b", 200, 0.5]]


def test_mentions_lead_from_sentences_to_entities(loaded):
    _, _, graph = loaded
    rows = graph.query(
        "MATCH (s:Sentence)-[m:MENTIONS]->(e:Entity {id: 'e-0004'}) RETURN s.text, m.surface, m.startByte").result_set
    assert rows == [["第二句。", "名称4", 4]]


def test_statistical_edges_can_be_left_out(diplograph, tmp_path):
    records = every_kind_and_predicate()
    script = export_cypher(diplograph, records, tmp_path, "--no-statistical-edges")
    graph = open_graph(tmp_path / "falkor.db")
    falkordb_load.load(graph, script)
    assert counts(graph) == script_summary(script) == expected_counts(records, statistical=False)
    types = {row[0] for row in graph.query("MATCH ()-[r]->() RETURN DISTINCT type(r)").result_set}
    assert "MENTIONED_IN" not in types and "CO_OCCURS_WITH" not in types and "MENTIONS" in types


def test_many_rows_fill_several_statements(diplograph, tmp_path):
    s1 = "source-0000000000000001"
    records = [source(s1, "big.txt", [f"句{n}。" for n in range(1200)])]
    records += [entity(f"place-{n:06d}", "City", f"城市{n}", mentions=[(f"{s1}-s{n % 1200}", 0, 3, "城")])
                for n in range(1500)]
    records += [relation(f"rel-{n:06d}", f"place-{n:06d}", "locatedIn", to_entity(f"place-{(n * 7) % 1500:06d}"),
                         [(f"{s1}-s{n % 1200}", 0, 3, "r", 1.0)]) for n in range(1500)]
    script = export_cypher(diplograph, records, tmp_path)
    statements = [line for line in script.read_text(encoding="utf-8").splitlines() if line.startswith("UNWIND")]
    rows = [line.count("{id: '") + line.count("{start: '") for line in statements]
    assert max(rows) == 500 and sum(rows) == 1 + 1200 * 2 + 1500 * 3
    assert len(statements) >= 2 + 3 + 3 + 3  # sentences, entities, mentions, facts, 500 rows apiece
    graph = open_graph(tmp_path / "falkor.db")
    falkordb_load.load(graph, script)
    assert counts(graph) == script_summary(script) == expected_counts(records)


def test_a_nul_is_refused_for_falkordb_with_the_entity_named(diplograph, tmp_path):
    records = [entity("place-1", "City", "a\x00b")]
    result = convert(diplograph, write_jsonl(tmp_path / "graph.jsonl", records), tmp_path / "out",
                     "--format", "cypher", "--dialect", "falkordb")
    assert result.returncode != 0
    assert "U+0000" in result.stderr and '"a' in result.stderr
    assert not (tmp_path / "out" / "graph.cypher").exists()


def test_the_corpus_export_loads_twice_with_the_same_counts(corpus_cypher, tmp_path):
    script, jsonl_summary = corpus_cypher
    graph = open_graph(tmp_path / "corpus.db")
    falkordb_load.load(graph, script)
    first = counts(graph)
    assert first == script_summary(script)
    assert first[0] >= jsonl_summary["sources"] + jsonl_summary["sentences"] + jsonl_summary["entities"]
    assert first[1] == jsonl_summary["sentences"] + jsonl_summary["mentions"] + jsonl_summary["relations"]
    before = dump(graph)
    falkordb_load.load(graph, script)
    assert counts(graph) == first and dump(graph) == before

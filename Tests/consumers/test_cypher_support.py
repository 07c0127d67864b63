"""Helpers for the Cypher and CSV consumer tests: hand-made graphs written as graph.jsonl (the
format of Sources/DiplographExport/Formats/JSONLinesExporter.swift), the CLI run on them, and an
embedded FalkorDB to load the exports into. Holds no tests itself."""
import json
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "queries" / "cypher"))

import falkordb_load  # noqa: E402  (the loader users run, tested here as shipped)

SUMMARY = re.compile(r"^// summary: nodes=(\d+) relationships=(\d+)$", re.M)


def span(start, end, line=1, column=1):
    return {"startByte": start, "endByte": end, "line": line, "column": column}


def source(source_id, path, sentences, title=None):
    value = {"id": source_id, "path": path, "encoding": "UTF-8", "byteCount": 1000, "sentences": [
        {"id": f"{source_id}-s{n}", "text": text, "paragraph": n, "span": span(n * 100, n * 100 + 90)}
        for n, text in enumerate(sentences)
    ]}
    if title is not None:
        value["title"] = title
    return {"record": "source", "value": value}


def entity(entity_id, kind, label, aliases=(), names=(), attributes=(), mentions=()):
    return {"record": "entity", "value": {
        "id": entity_id, "kind": kind, "label": label, "aliases": sorted(aliases),
        "names": [{"language": lang, "text": text} for lang, text in names],
        "attributes": [{"key": key, "value": value} for key, value in attributes],
        "mentions": [{"sentence": s, "span": span(a, b), "surface": surface, "rule": "gazetteer"}
                     for s, a, b, surface in mentions],
    }}


def relation(relation_id, subject, predicate, obj, provenance=(), weight=1):
    return {"record": "relation", "value": {
        "id": relation_id, "subject": subject, "predicate": predicate, "object": obj, "weight": weight,
        "provenance": [{"sentence": s, "span": span(a, b), "rule": rule, "confidence": c}
                       for s, a, b, rule, c in provenance],
    }}


def to_entity(entity_id):
    return {"entity": {"_0": entity_id}}


def to_source(source_id):
    return {"source": {"_0": source_id}}


def to_date(year, month=None, day=None):
    date = {"year": year}
    if month is not None:
        date["month"] = month
    if day is not None:
        date["day"] = day
    return {"literal": {"_0": {"date": {"_0": date}}}}


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def convert(diplograph, jsonl, out, *options):
    """Run `diplograph convert`; return the completed process (the caller checks the code)."""
    return subprocess.run([diplograph, "convert", str(jsonl), "--out", str(out), "--quiet", *options],
                          capture_output=True, text=True)


def export_cypher(diplograph, records, tmp_path, *options):
    """graph.jsonl → graph.cypher for FalkorDB; return its path."""
    jsonl = write_jsonl(tmp_path / "graph.jsonl", records)
    out = tmp_path / "out"
    result = convert(diplograph, jsonl, out, "--format", "cypher", "--dialect", "falkordb", *options)
    assert result.returncode == 0, result.stderr
    return out / "graph.cypher"


def script_summary(script):
    """The counts the exporter states in its closing comment: (nodes, relationships)."""
    match = SUMMARY.search(script.read_text(encoding="utf-8"))
    assert match, "the script ends without its summary comment"
    return int(match.group(1)), int(match.group(2))


def open_graph(db_path, name="diplograph"):
    from redislite.falkordb_client import FalkorDB

    return FalkorDB(str(db_path)).select_graph(name)


def counts(graph):
    nodes = graph.query("MATCH (n) RETURN count(n)").result_set[0][0]
    relationships = graph.query("MATCH ()-[r]->() RETURN count(r)").result_set[0][0]
    return nodes, relationships


def dump(graph):
    """Every node and relationship with labels and properties, sorted: for before/after equality."""
    nodes = graph.query("MATCH (n) RETURN n.id, labels(n), properties(n)").result_set
    relationships = graph.query(
        "MATCH (a)-[r]->(b) RETURN a.id, type(r), b.id, properties(r)").result_set
    as_text = lambda rows: sorted(json.dumps(row, default=str, ensure_ascii=False) for row in rows)
    return as_text(nodes), as_text(relationships)


import pytest  # noqa: E402


@pytest.fixture(scope="session")
def corpus_cypher(diplograph, tmp_path_factory):
    """The bundled corpus as graph.cypher (falkordb) and the jsonl summary of the same run."""
    out = tmp_path_factory.mktemp("corpus-cypher")
    result = subprocess.run([diplograph, "export", str(ROOT / "corpus"), "--out", str(out), "--quiet",
                             "--format", "cypher,jsonl", "--dialect", "falkordb"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    last = (out / "graph.jsonl").read_text(encoding="utf-8").splitlines()[-1]
    return out / "graph.cypher", json.loads(last)["value"]


@pytest.fixture(scope="session")
def corpus_graph(corpus_cypher, tmp_path_factory):
    """The corpus export loaded once into an embedded FalkorDB."""
    graph = open_graph(tmp_path_factory.mktemp("corpus-db") / "corpus.db")
    falkordb_load.load(graph, corpus_cypher[0])
    return graph

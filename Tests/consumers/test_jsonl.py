"""The JSON-lines dump parses line by line and holds every corpus file."""
import json


def test_every_line_is_json_and_every_corpus_file_is_a_source(corpus_exports):
    records = [json.loads(line) for line in (corpus_exports / "graph.jsonl").read_text().splitlines()]
    sources = [r["value"] for r in records if r["record"] == "source"]
    assert len(sources) == 5
    assert records[-1]["record"] == "summary"
    assert records[-1]["value"]["sources"] == 5

"""The example queries in queries/cypher run on FalkorDB against the corpus export; their answers
equal the ones worked out by hand from corpus/ (*.expected.json beside each query)."""
import json
import re

import pytest

from test_cypher_support import ROOT, corpus_cypher, corpus_graph  # noqa: F401 (fixtures)

QUERIES = sorted((ROOT / "queries" / "cypher").glob("*.cypher"))
TITLE_COLUMNS = {"document", "agreement", "meeting"}


def run(graph, path):
    """Rows of the query as dicts by column; the file's comments and final ';' are not sent."""
    text = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("//"))
    result = graph.query(text.strip().rstrip(";"))
    return [dict(zip((column[1] for column in result.header), row)) for row in result.result_set]


def squeeze(text):
    return re.sub(r"\s+", "", text or "")


def row_matches(expected, row):
    for column, want in expected.items():
        got = row.get(column)
        if column in TITLE_COLUMNS:
            names = {squeeze(got)} | {squeeze(alias) for alias in row.get("aliases") or []}
            if not {squeeze(title) for title in want} & names:
                return False
        elif column == "sentence":
            if squeeze(want) not in squeeze(got):
                return False
        elif column == "source":
            if not (got or "").endswith(want):
                return False
        elif got != want:
            return False
    return True


def unmatched(expected_rows, rows):
    """Expected rows left once each is paired with a distinct result row (greedy), and extras."""
    left = list(rows)
    missing = []
    for expected in expected_rows:
        match = next((row for row in left if row_matches(expected, row)), None)
        if match is None:
            missing.append(expected)
        else:
            left.remove(match)
    return missing, left


def test_every_query_has_its_hand_worked_answer_beside_it():
    assert len(QUERIES) == 4
    for query in QUERIES:
        expected = json.loads(query.with_suffix(".expected.json").read_text(encoding="utf-8"))
        assert expected["rows"] and expected["evidence"], query.name


@pytest.mark.parametrize("query", QUERIES, ids=lambda path: path.stem)
def test_the_query_runs_on_the_corpus_export(corpus_graph, query):
    run(corpus_graph, query)


@pytest.mark.corpus_facts
@pytest.mark.parametrize("query", QUERIES, ids=lambda path: path.stem)
def test_the_query_answers_as_read_by_hand(corpus_graph, query):
    expected = json.loads(query.with_suffix(".expected.json").read_text(encoding="utf-8"))
    missing, extra = unmatched(expected["rows"], run(corpus_graph, query))
    assert not missing and not extra, f"missing {missing}\nunexpected {extra}"


def test_the_matcher_pairs_rows_one_to_one():
    expected = [{"document": ["甲", "乙"], "hops": 2}, {"document": ["甲"], "hops": 2}]
    rows = [{"document": "丙", "aliases": ["乙 "], "hops": 2}, {"document": "甲", "aliases": [], "hops": 2}]
    assert unmatched(expected, rows) == ([], [])
    assert unmatched(expected, rows[:1]) == ([expected[1]], [])
    assert unmatched([{"document": ["丁"]}], rows + [{"document": "丁"}]) == ([], rows)

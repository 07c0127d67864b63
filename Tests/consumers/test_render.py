"""`diplograph render` draws with the real Graphviz: non-empty SVG and PNG whose text is the
Chinese names of the entities with most facts, and clear errors when it cannot draw."""
import collections
import json
import os
import subprocess
import xml.etree.ElementTree as ET

import pytest

import handmade_graph
from conftest import ROOT

SVG = "{http://www.w3.org/2000/svg}"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def render(diplograph, *arguments, env=None):
    return subprocess.run([diplograph, "render", *arguments], capture_output=True, text=True, env=env)


def svg_texts(path):
    return {"".join(t.itertext()) for t in ET.parse(path).iter(SVG + "text")}


def fact_counts(records):
    """Facts per entity label: relations between two entities, co-occurrence and mentions not counted."""
    labels = {r["value"]["id"]: r["value"]["label"] for r in records if r["record"] == "entity"}
    counts = collections.Counter()
    for r in records:
        value = r["value"]
        if r["record"] == "relation" and "entity" in value["object"] and value["predicate"] not in ("coOccursWith", "mentionedIn"):
            counts[labels[value["subject"]]] += 1
            counts[labels[value["object"]["entity"]["_0"]]] += 1
    return labels, counts


@pytest.fixture(scope="module")
def handmade(tmp_path_factory):
    path = tmp_path_factory.mktemp("render") / "graph.jsonl"
    return path, handmade_graph.write(path)


@pytest.mark.parametrize("flags, base", [(["--facts-only"], "graph-top12-facts"), ([], "graph-top12")])
def test_draws_the_most_connected_entities_with_chinese_names(diplograph, handmade, tmp_path, flags, base):
    path, records = handmade
    result = render(diplograph, "--graph", str(path), "--top", "12", "--out", str(tmp_path), *flags)
    assert result.returncode == 0, result.stderr
    for extension in ("dot", "svg", "png"):
        assert (tmp_path / f"{base}.{extension}").stat().st_size > 1000
    assert (tmp_path / f"{base}.png").read_bytes().startswith(PNG_MAGIC)
    texts = svg_texts(tmp_path / f"{base}.svg")
    labels, counts = fact_counts(records)
    hubs = [label for label, _ in counts.most_common(2)]
    assert set(hubs) == {"中国", "俄罗斯"}
    assert set(hubs) <= texts
    nodes = [g for g in ET.parse(tmp_path / f"{base}.svg").iter(SVG + "g") if g.get("class") == "node"]
    assert 2 <= len(nodes) <= 12
    # An entity without any fact (APEC is only named beside others) is never among the top 12.
    assert "亚太经合组织" not in texts and "亚太经合组织" in labels.values()
    assert f"drew {len(nodes)} of {len(labels)} entities" in result.stderr


def test_dates_join_the_names_they_belong_to(diplograph, handmade, tmp_path):
    path, _ = handmade
    result = render(diplograph, "--graph", str(path), "--top", "40", "--facts-only", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    texts = svg_texts(tmp_path / "graph-top40-facts.svg")
    assert "2001-07-16" in texts  # the treaty's signing date, under its name
    assert "2023-03-20 – 2023-03-22" in texts  # the state visit's period


def test_corpus_renders_or_says_there_is_nothing_to_draw(diplograph, corpus_exports, tmp_path):
    records = [json.loads(line) for line in (corpus_exports / "graph.jsonl").read_text(encoding="utf-8").splitlines()]
    labels, counts = fact_counts(records)
    result = render(diplograph, str(ROOT / "corpus"), "--top", "40", "--facts-only", "--out", str(tmp_path))
    if not counts:
        assert result.returncode == 1
        assert "nothing to draw" in result.stderr
        return
    assert result.returncode == 0, result.stderr
    texts = svg_texts(tmp_path / "graph-top40-facts.svg")
    top = counts.most_common(1)[0][0]
    assert any(line in texts for line in [top, top[:7]]), top


def test_missing_graphviz_is_a_clear_error(diplograph, handmade, tmp_path):
    path, _ = handmade
    result = render(diplograph, "--graph", str(path), "--out", str(tmp_path), env={**os.environ, "PATH": str(tmp_path)})
    assert result.returncode == 1
    assert "Graphviz is not installed" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_usage_errors_exit_64(diplograph, handmade, tmp_path):
    path, _ = handmade
    assert render(diplograph, "--graph", str(path), "--top", "0").returncode == 64
    assert render(diplograph, "--graph", str(path), "--layout", "circle").returncode == 64
    assert render(diplograph, "--graph", str(path), "corpus").returncode == 64

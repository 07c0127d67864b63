"""GraphML exports checked by their consumers: the GraphML 1.0 schema (xmllint), NetworkX and
igraph. Expected counts and values come from the `jsonl` export of the same graph: its closing
summary line (the stream's GraphSummary) and its entity and relation records."""
import collections
import json
import pathlib
import subprocess
import xml.etree.ElementTree as ET

import igraph
import networkx as nx
import pytest

import handmade_graph
from conftest import ROOT, SHARED

SCHEMA = SHARED / "graphml-xsd" / "graphml.xsd"
YED_SCHEMA = ROOT / "Tests" / "consumers" / "graphml-yed.xsd"
LITERAL_PREDICATES = {"signedOn", "date", "startDate", "endDate"}
STATISTICAL = {"mentionedIn", "coOccursWith"}
YED = "{http://www.yworks.com/xml/graphml}"
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"


class Export:
    """A graph.graphml and the graph.jsonl written beside it from the same graph."""

    def __init__(self, directory, statistical=True, yed=False):
        self.path = directory / "graph.graphml"
        self.statistical = statistical
        self.yed = yed
        records = [json.loads(line) for line in (directory / "graph.jsonl").read_text(encoding="utf-8").splitlines()]
        self.summary = records[-1]["value"]
        assert records[-1]["record"] == "summary"
        self.entities = {r["value"]["id"]: r["value"] for r in records if r["record"] == "entity"}
        self.sources = {r["value"]["id"]: r["value"] for r in records if r["record"] == "source"}
        self.relations = [r["value"] for r in records if r["record"] == "relation"]

    def expected_nodes(self):
        by_predicate = self.summary["relationsByPredicate"]
        drawn_sources = self.summary["sources"] if self.statistical and by_predicate.get("mentionedIn") else 0
        return self.summary["entities"] + drawn_sources

    def expected_edges(self):
        dropped = LITERAL_PREDICATES | (set() if self.statistical else STATISTICAL)
        counts = self.summary["relationsByPredicate"]
        return self.summary["relations"] - sum(counts.get(p, 0) for p in dropped)

    def edge_relations(self):
        dropped = LITERAL_PREDICATES | (set() if self.statistical else STATISTICAL)
        return [r for r in self.relations if r["predicate"] not in dropped]

    def literal_values(self):
        """{entity id: {predicate: 'v1|v2'}} as the exporter is documented to write them."""
        values = collections.defaultdict(lambda: collections.defaultdict(list))
        for relation in self.relations:
            if relation["predicate"] in LITERAL_PREDICATES:
                date = relation["object"]["literal"]["_0"]["date"]["_0"]
                text = "-".join([f"{date['year']:04d}"] + [f"{date[k]:02d}" for k in ("month", "day") if k in date])
                values[relation["subject"]][relation["predicate"]].append(text)
        return {e: {p: "|".join(sorted(v)) for p, v in preds.items()} for e, preds in values.items()}


def convert(diplograph, jsonl, out, *flags):
    result = subprocess.run(
        [diplograph, "convert", str(jsonl), "--out", str(out), "--format", "graphml,jsonl", "--quiet", *flags],
        capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def handmade(diplograph, tmp_path_factory):
    base = tmp_path_factory.mktemp("handmade")
    handmade_graph.write(base / "graph.jsonl")
    return {
        "full": Export(convert(diplograph, base / "graph.jsonl", base / "full")),
        "facts": Export(convert(diplograph, base / "graph.jsonl", base / "facts", "--no-statistical-edges"), statistical=False),
        "yed": Export(convert(diplograph, base / "graph.jsonl", base / "yed", "--yed"), yed=True),
    }


def all_exports(handmade, corpus_exports):
    return [handmade["full"], handmade["facts"], handmade["yed"], Export(corpus_exports)]


def xmllint(path, schema):
    assert schema.exists(), f"GraphML schema missing: {schema} (CI keeps ../shared beside the clone)"
    return subprocess.run(["xmllint", "--noout", "--nonet", "--schema", str(schema), str(path)],
                          capture_output=True, text=True)


@pytest.mark.parametrize("variant", ["full", "facts"])
def test_handmade_export_is_valid_graphml(handmade, variant):
    result = xmllint(handmade[variant].path, SCHEMA)
    assert result.returncode == 0, result.stderr


def test_corpus_export_is_valid_graphml(corpus_exports):
    result = xmllint(corpus_exports / "graph.graphml", SCHEMA)
    assert result.returncode == 0, result.stderr


def test_yed_flavour_is_valid_against_graphml_opened_for_yfiles(handmade):
    result = xmllint(handmade["yed"].path, YED_SCHEMA)
    assert result.returncode == 0, result.stderr


def test_networkx_loads_every_node_and_edge_with_their_values(handmade, corpus_exports):
    for export in all_exports(handmade, corpus_exports):
        graph = nx.read_graphml(export.path, force_multigraph=True)
        assert graph.is_directed()
        assert graph.number_of_nodes() == export.expected_nodes(), export.path
        assert graph.number_of_edges() == export.expected_edges(), export.path
        for entity_id, entity in export.entities.items():
            node = graph.nodes[entity_id]
            assert node["label"] == entity["label"]
            assert node["type"] == entity["kind"]
            assert node.get("aliases", "") == "|".join(entity["aliases"])
            assert node["mentionCount"] == len(entity["mentions"])
            names = {n["language"]: n["text"] for n in entity["names"]}
            assert node.get("nameEn") == names.get("en") and node.get("nameRu") == names.get("ru")
        for entity_id, values in export.literal_values().items():
            for predicate, text in values.items():
                assert graph.nodes[entity_id][predicate] == text
        edges = {key: (u, v, data) for u, v, key, data in graph.edges(keys=True, data=True)}
        for relation in export.edge_relations():
            source, target, data = edges[relation["id"]]
            assert source == relation["subject"]
            assert data["type"] == relation["predicate"]
            assert data["relationId"] == relation["id"]
            assert data["weight"] == relation["weight"]


def test_igraph_loads_every_node_and_edge_with_their_values(handmade, corpus_exports):
    for export in all_exports(handmade, corpus_exports):
        graph = igraph.Graph.Read_GraphML(str(export.path))
        assert graph.is_directed()
        assert graph.vcount() == export.expected_nodes(), export.path
        assert graph.ecount() == export.expected_edges(), export.path
        if graph.vcount() == 0:
            continue
        vertex = {v["id"]: v for v in graph.vs}
        for entity_id, entity in export.entities.items():
            assert vertex[entity_id]["label"] == entity["label"]
            assert vertex[entity_id]["topClass"] in {"Person", "Organization", "Place", "Document", "Project",
                                                     "Event", "Initiative", "Role"}
        for entity_id, values in export.literal_values().items():
            for predicate, text in values.items():
                assert vertex[entity_id][predicate] == text
        # python-igraph 1.0 fills the edge "id" attribute with vertex ids; relationId is the way.
        edge = {e["relationId"]: e for e in graph.es}
        for relation in export.edge_relations():
            found = edge[relation["id"]]
            assert graph.vs[found.source]["id"] == relation["subject"]
            assert found["type"] == relation["predicate"]
            assert found["weight"] == relation["weight"]


def test_evidence_is_the_first_supporting_sentence(handmade):
    export = handmade["full"]
    graph = nx.read_graphml(export.path, force_multigraph=True)
    sentences = {s["id"]: (s["text"], source["path"]) for source in export.sources.values() for s in source["sentences"]}
    edges = {key: data for _, _, key, data in graph.edges(keys=True, data=True)}
    for relation in export.edge_relations():
        first = relation["provenance"][0]
        data = edges[relation["id"]]
        assert (data["evidence"], data["evidenceSource"]) == sentences[first["sentence"]]
        assert data["rule"] == first["rule"]
        assert data["sentenceCount"] == len({p["sentence"] for p in relation["provenance"]})


def test_facts_only_has_no_sources_mentions_or_co_occurrence(handmade):
    graph = nx.read_graphml(handmade["facts"].path)
    assert not any(d["type"] == "SourceDocument" for _, d in graph.nodes(data=True))
    assert not {d["type"] for _, _, d in graph.edges(data=True)} & STATISTICAL
    full = nx.read_graphml(handmade["full"].path)
    assert full.number_of_edges() > graph.number_of_edges()
    assert {d["type"] for _, _, d in full.edges(data=True)} >= STATISTICAL


def test_yed_graphics_color_nodes_by_top_class(handmade):
    export = handmade["yed"]
    tree = ET.parse(export.path)
    keys = {k.get("id"): k.get("attr.name") or k.get("yfiles.type") for k in tree.iter(GRAPHML + "key")}
    colors = collections.defaultdict(set)
    for node in tree.iter(GRAPHML + "node"):
        data = {keys[d.get("key")]: d for d in node.findall(GRAPHML + "data")}
        shape = data["nodegraphics"].find(YED + "ShapeNode")
        assert shape.find(YED + "NodeLabel").text == data["label"].text
        colors[data["topClass"].text].add(shape.find(YED + "Fill").get("color"))
    assert all(len(fills) == 1 for fills in colors.values()), colors
    assert len({next(iter(f)) for f in colors.values()}) == len(colors)
    # The graphics ride along without disturbing what the other tools read.
    assert nx.read_graphml(export.path).number_of_nodes() == export.expected_nodes()


def test_same_graph_same_bytes(diplograph, handmade, tmp_path):
    again = convert(diplograph, handmade["full"].path.parent.parent / "graph.jsonl", tmp_path)
    assert (again / "graph.graphml").read_bytes() == handmade["full"].path.read_bytes()

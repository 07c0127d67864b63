"""RDF/XML, N-Triples and Turtle exports, and the ontology, read by the real consumers:
Raptor (rapper), Apache Jena (riot), rdflib and pyoxigraph."""
import subprocess

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from rdf_samples import HOSTILE, rich_graph, treaty_graph
from rdf_support import (DG, ID, ONTOLOGY_RDF, ONTOLOGY_TTL, GraphFile, convert, fnv_hex, rapper_count, rapper_ntriples,
                         riot_counts)

FORMATS = ("graph.rdf", "graph.nt", "graph.ttl")
@pytest.fixture(scope="module")
def exports(diplograph, corpus_exports, tmp_path_factory):
    """name → directory with graph.rdf, graph.nt, graph.ttl."""
    directory = tmp_path_factory.mktemp("rdf")
    result = {"corpus": corpus_exports}
    for name, graph in (("treaty", treaty_graph()), ("rich", rich_graph())):
        result[name] = convert(diplograph, graph.write(directory / f"{name}.jsonl"), directory / name)
    return result


def test_the_sample_graph_holds_the_hand_counted_triples_for_raptor_and_jena(exports):
    # Counted in RDFExportTests.sampleTripleCount: the statistical mentionedIn has no evidence node.
    files = [exports["treaty"] / name for name in FORMATS]
    assert [rapper_count(path) for path in files] == [109, 109, 109]
    assert riot_counts(*files) == {name: 109 for name in FORMATS}


@pytest.mark.parametrize("name", ["rich", "corpus"])
def test_raptor_and_jena_parse_every_syntax_with_identical_counts(exports, name):
    files = [exports[name] / file for file in FORMATS]
    counts = [rapper_count(path) for path in files]
    assert counts[0] > 0 and len(set(counts)) == 1, counts
    assert set(riot_counts(*files).values()) == {counts[0]}


@pytest.mark.parametrize("name", ["treaty", "rich", "corpus"])
def test_rdfxml_ntriples_and_turtle_hold_the_same_triples(exports, name):
    canonical = [rapper_ntriples(exports[name] / file) for file in FORMATS]
    assert canonical[0] == canonical[1] == canonical[2]
    assert len(set(canonical[0])) == len(canonical[0]), "a triple was written twice"
    graphs = [rdflib.Graph().parse(exports[name] / file) for file in FORMATS]
    assert isomorphic(graphs[0], graphs[1]) and isomorphic(graphs[1], graphs[2])


def test_hostile_text_comes_back_exactly_through_rdflib_and_pyoxigraph(exports):
    island = rdflib.URIRef(ID + "place-" + fnv_hex("Place", "黑瞎子岛"))
    alt = rdflib.URIRef("http://www.w3.org/2004/02/skos/core#altLabel")
    for file in FORMATS:
        graph = rdflib.Graph().parse(exports["rich"] / file)
        assert {str(o) for o in graph.objects(island, alt)} == set(HOSTILE), file
        assert {o.language for o in graph.objects(island, alt)} == {"zh"}
    store = ox.Store()
    store.load(path=str(exports["rich"] / "graph.rdf"))
    texts = {q.object.value for q in store.quads_for_pattern(None, ox.NamedNode(DG + "text"), None)}
    assert "|".join(HOSTILE) in texts


def test_typed_literals_keep_the_precision_of_the_text(exports):
    lines = set(rapper_ntriples(exports["rich"] / "graph.rdf"))
    xsd = "http://www.w3.org/2001/XMLSchema#"
    for lexical, datatype in (("2001-07-16", "date"), ("2022-12", "gYearMonth"), ("2022", "gYear"), ("27", "integer")):
        assert any(f'"{lexical}"^^<{xsd}{datatype}>' in line for line in lines), (lexical, datatype)


def test_sparql_finds_every_document_through_the_class_tree(exports):
    store = ox.Store()
    store.load(path=str(exports["rich"] / "graph.nt"))
    store.load(path=str(ONTOLOGY_TTL))
    found = {s["x"].value for s in store.query(
        "PREFIX dg: <%s> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "SELECT ?x WHERE { ?x a/rdfs:subClassOf* dg:Document }" % DG)}
    labels = {q.object.value for x in found
              for q in store.quads_for_pattern(ox.NamedNode(x), ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), None)}
    assert labels == {"中华人民共和国和俄罗斯联邦睦邻友好合作条约", "中华人民共和国政府和俄罗斯联邦政府关于中俄边境口岸协定",
                      "合作谅解备忘录", "中俄总理第二十七次定期会晤联合公报"}
    stances = store.query("PREFIX dg: <%s> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                          "SELECT ?p WHERE { ?s ?p ?o . ?p rdfs:subPropertyOf* dg:stance }" % DG)
    assert {s["p"].value for s in stances} == {DG + "supports"}


def test_the_ontology_parses_in_raptor_and_jena_and_its_two_files_are_one_graph():
    assert rapper_count(ONTOLOGY_TTL) == rapper_count(ONTOLOGY_RDF) > 500
    counts = riot_counts(ONTOLOGY_TTL, ONTOLOGY_RDF)
    assert counts[ONTOLOGY_TTL.name] == counts[ONTOLOGY_RDF.name] == rapper_count(ONTOLOGY_TTL)
    turtle = rdflib.Graph().parse(ONTOLOGY_TTL, format="turtle")
    xml = rdflib.Graph().parse(ONTOLOGY_RDF, format="xml")
    assert isomorphic(turtle, xml), "ontology/diplograph.rdf is stale: run scripts/ontology-rdfxml.sh"


def test_every_class_in_the_export_is_declared_and_reaches_a_top_class(exports):
    store = ox.Store()
    store.load(path=str(exports["rich"] / "graph.nt"))
    store.load(path=str(ONTOLOGY_TTL))
    tops = "dg:Person dg:Organization dg:Place dg:Document dg:Project dg:Event dg:Initiative dg:Role"
    query = ("PREFIX dg: <%s> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
             "PREFIX owl: <http://www.w3.org/2002/07/owl#> "
             "SELECT DISTINCT ?class WHERE { ?x a ?class . FILTER(STRSTARTS(STR(?class), STR(dg:))) "
             "FILTER NOT EXISTS { ?class a owl:Class } } " % DG)
    assert list(store.query(query)) == []
    query = ("PREFIX dg: <%s> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
             "SELECT DISTINCT ?x WHERE { ?x dg:mentionedIn|dg:party|^dg:party ?y . "
             "FILTER NOT EXISTS { ?x a/rdfs:subClassOf* ?top VALUES ?top { %s } } }" % (DG, tops))
    assert list(store.query(query)) == []


def test_facts_only_leaves_out_statistical_edges_and_keeps_mentions(diplograph, tmp_path):
    out = convert(diplograph, rich_graph().write(tmp_path / "g.jsonl"), tmp_path / "out", "ntriples",
                  "--no-statistical-edges")
    text = (out / "graph.nt").read_text(encoding="utf-8")
    assert f"<{DG}mentionedIn>" not in text and f"<{DG}coOccursWith>" not in text
    assert f"<{DG}Mention>" in text and f"<{DG}signedOn>" in text
    assert rapper_count(out / "graph.nt") > 0


def test_the_same_graph_gives_the_same_bytes(diplograph, tmp_path):
    graph = rich_graph().write(tmp_path / "g.jsonl")
    first = convert(diplograph, graph, tmp_path / "first")
    second = convert(diplograph, graph, tmp_path / "second")
    for name in FORMATS:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_a_forbidden_character_fails_the_export_naming_the_entity(diplograph, tmp_path):
    g = GraphFile()
    g.entity("Island", "黑瞎子岛", aliases=["bad\u0001alias"])
    result = subprocess.run([diplograph, "convert", str(g.write(tmp_path / "g.jsonl")), "--out", str(tmp_path / "out"),
                             "--format", "rdfxml"], capture_output=True, text=True)
    assert result.returncode != 0
    assert "黑瞎子岛" in result.stderr and "U+1" in result.stderr, result.stderr
    assert not (tmp_path / "out" / "graph.rdf").exists(), "a failed export must leave no file"

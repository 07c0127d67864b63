"""`--shard-size`: N-Triples split into shards that loaders take in parallel, each shard a
complete document, and exports of different corpus parts that merge without clashes."""
import subprocess

import pyoxigraph as ox

from rdf_support import GraphFile, convert, rapper_count, riot_counts
from rdf_samples import rich_graph, treaty_graph


def shards(directory):
    return sorted(directory.glob("graph-*.nt"))


def test_shards_are_complete_documents_that_together_are_the_graph(diplograph, tmp_path):
    graph = rich_graph().write(tmp_path / "g.jsonl")
    whole = convert(diplograph, graph, tmp_path / "whole", "ntriples")
    split = convert(diplograph, graph, tmp_path / "split", "ntriples", "--shard-size", "25")
    parts = shards(split)
    total = rapper_count(whole / "graph.nt")
    assert [p.name for p in parts] == [f"graph-{n:05d}.nt" for n in range(1, len(parts) + 1)]
    assert len(parts) == -(-total // 25) and not (split / "graph.nt").exists()
    assert [rapper_count(p) for p in parts] == [25] * (len(parts) - 1) + [total - 25 * (len(parts) - 1)]
    assert sum(riot_counts(*parts).values()) == total
    assert b"".join(p.read_bytes() for p in parts) == (whole / "graph.nt").read_bytes()


def test_shards_load_in_parallel(diplograph, tmp_path):
    split = convert(diplograph, rich_graph().write(tmp_path / "g.jsonl"), tmp_path / "split", "ntriples",
                    "--shard-size", "40")
    loaders = [subprocess.Popen(["rapper", "-q", "-i", "ntriples", "-c", str(p)]) for p in shards(split)]
    assert [loader.wait() for loader in loaders] == [0] * len(loaders)
    store = ox.Store()
    for part in reversed(shards(split)):  # any order
        store.bulk_load(path=str(part))
    assert len(store) == sum(rapper_count(p) for p in shards(split))


def test_exports_of_different_corpus_parts_merge_without_clashes(diplograph, tmp_path):
    """Two machines export two parts of a corpus that share an entity; loading both gives one
    entity with one IRI, its labels once, and each part's facts."""
    first, second = treaty_graph(), GraphFile()
    (sentence,) = second.source("corpus/other.txt", ["中国和俄罗斯重申条约精神。"])
    china = second.entity("Country", "中国", aliases=["中华人民共和国", "中方"], names=[("en", "China")])
    russia = second.entity("Country", "俄罗斯")
    second.relation(china, "coOccursWith", russia, [sentence])
    a = convert(diplograph, first.write(tmp_path / "a.jsonl"), tmp_path / "a", "ntriples", "--shard-size", "30")
    b = convert(diplograph, second.write(tmp_path / "b.jsonl"), tmp_path / "b", "ntriples", "--shard-size", "30")
    store = ox.Store()
    for part in shards(a) + shards(b):
        store.load(path=str(part))
    dg, rdfs_label = "https://w3id.org/diplograph/ontology#", ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    china_iri = ox.NamedNode(f"https://w3id.org/diplograph/id/{china}")
    labels = {(q.object.value, q.object.language) for q in store.quads_for_pattern(china_iri, rdfs_label, None)}
    assert labels == {("中国", "zh"), ("China", "en")}
    assert list(store.quads_for_pattern(china_iri, ox.NamedNode(dg + "coOccursWith"), None))
    assert list(store.quads_for_pattern(None, ox.NamedNode(dg + "party"), china_iri))

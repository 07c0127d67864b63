"""The peers' graphs built straight from graph.jsonl, for when diplograph's own N-Triples or
GraphML export of the graph does not exist yet.

Both hold the same things: each source, each sentence (text, paragraph, its source), each
entity (class, label, aliases, names, attributes) and each relation. The vocabulary under
https://diplograph.invalid/ is a stand-in; the figures only need a graph of the right size and
shape (many short Chinese literals), not the project's ontology.
"""

import json
from pathlib import Path

BASE = "https://diplograph.invalid/"


def records(path: Path):
    with open(path, encoding="utf-8") as file:
        for line in file:
            if line.strip():
                record = json.loads(line)
                yield record["record"], record["value"]


def lexical(value) -> str:
    """A literal's text from the model's JSON: strings, integers and {year, month, day} dates."""
    if isinstance(value, dict):
        if "_0" in value:
            return lexical(value["_0"])
        if "year" in value:
            return "-".join(f"{value[k]:02d}" if k != "year" else str(value[k]) for k in ("year", "month", "day")
                            if value.get(k) is not None)
        (inner,) = value.values()
        return lexical(inner)
    return str(value)


def object_of(value: dict) -> tuple[str, str]:
    """('node', id) for an entity or source object, ('literal', text) otherwise."""
    (kind, inner), = value.items()
    if kind in ("entity", "source"):
        return "node", lexical(inner)
    return "literal", lexical(inner)


def statements(path: Path):
    """(subject, predicate, ('node'|'literal', value)) for everything the jsonl holds."""
    for record, value in records(path):
        if record == "source":
            yield value["id"], "type", ("node", "Source")
            yield value["id"], "path", ("literal", value["path"])
            yield value["id"], "byteCount", ("literal", str(value["byteCount"]))
            for sentence in value["sentences"]:
                yield sentence["id"], "type", ("node", "Sentence")
                yield sentence["id"], "text", ("literal", sentence["text"])
                yield sentence["id"], "paragraph", ("literal", str(sentence["paragraph"]))
                yield sentence["id"], "inSource", ("node", value["id"])
        elif record == "entity":
            yield value["id"], "type", ("node", value["kind"])
            yield value["id"], "label", ("literal", value["label"])
            for alias in value.get("aliases", []):
                yield value["id"], "alias", ("literal", alias)
            for name in value.get("names", []):
                yield value["id"], "name_" + name["language"], ("literal", name["text"])
            for attribute in value.get("attributes", []):
                yield value["id"], attribute["key"], ("literal", lexical(attribute["value"]))
        elif record == "relation":
            yield value["subject"], value["predicate"], object_of(value["object"])


def rdflib_from_jsonl(path: Path):
    import rdflib

    graph = rdflib.Graph()
    graph.bind("d", BASE + "ontology#")
    vocabulary = rdflib.Namespace(BASE + "ontology#")
    for subject, predicate, (kind, value) in statements(path):
        node = rdflib.URIRef(BASE + "id/" + subject)
        if predicate == "type":
            graph.add((node, rdflib.RDF.type, vocabulary[value]))
        elif kind == "node":
            graph.add((node, vocabulary[predicate], rdflib.URIRef(BASE + "id/" + value)))
        else:
            graph.add((node, vocabulary[predicate], rdflib.Literal(value)))
    return graph


def networkx_from_jsonl(path: Path):
    import networkx

    graph = networkx.MultiDiGraph()
    for subject, predicate, (kind, value) in statements(path):
        if kind == "node" and predicate != "type":
            graph.add_edge(subject, value, key=predicate, predicate=predicate)
            continue
        graph.add_node(subject)
        attributes = graph.nodes[subject]
        # GraphML keeps one value per key: aliases join into one string, as an exporter would.
        attributes[predicate] = value if predicate not in attributes else attributes[predicate] + "|" + value
    return graph

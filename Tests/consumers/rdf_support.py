"""Helpers for the RDF consumer tests: hand-made graphs in diplograph's jsonl form, the real
exporter behind `diplograph convert`, and the real parsers (Raptor, Jena, rdflib, pyoxigraph)."""
import functools
import json
import pathlib
import re
import subprocess

ROOT = pathlib.Path(__file__).resolve().parents[2]
ONTOLOGY_TTL = ROOT / "ontology" / "diplograph.ttl"
ONTOLOGY_RDF = ROOT / "ontology" / "diplograph.rdf"
RIOT = ROOT / "scripts" / "riot.sh"
DG = "https://w3id.org/diplograph/ontology#"
ID = "https://w3id.org/diplograph/id/"
SYNTAX = {".rdf": "rdfxml", ".nt": "ntriples", ".ttl": "turtle"}

@functools.cache
def top_class(kind):
    """The top class above `kind` (EntityKind.top), read from the ontology's subclass tree."""
    import rdflib
    ontology = _ontology()
    node = rdflib.URIRef(DG + kind)
    assert (node, rdflib.RDF.type, rdflib.OWL.Class) in ontology, f"dg:{kind} is not in the ontology"
    while True:
        parents = [p for p in ontology.objects(node, rdflib.RDFS.subClassOf) if str(p).startswith(DG)]
        if not parents:
            return str(node)[len(DG):]
        node = parents[0]


@functools.cache
def _ontology():
    import rdflib
    return rdflib.Graph().parse(ONTOLOGY_TTL, format="turtle")


def fnv_hex(*fields):
    """StableHash.hex: FNV-1a 64 over the UTF-8 fields, separated by 0x1F."""
    value = 0xCBF29CE484222325
    for index, field in enumerate(fields):
        data = field.encode("utf-8") if index == 0 else b"\x1f" + field.encode("utf-8")
        for byte in data:
            value = ((value ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return f"{value:016x}"


def span(start, end, line=1, column=1):
    return {"startByte": start, "endByte": end, "line": line, "column": column}


class GraphFile:
    """Builds a graph.jsonl record by record, with ids derived as the model derives them."""

    def __init__(self):
        self.records = []

    def source(self, path, sentences, title=None, source_id=None):
        """Adds a source; each sentence is a text, or a dict with `text` and optionally `line`
        (where it starts in the file) and `repeat_of` (the index of its first copy). Returns the
        sentence ids."""
        source_id = source_id or "source-" + fnv_hex(path)
        ids, rows, offset = [], [], 0
        for ordinal, item in enumerate(sentences):
            item = item if isinstance(item, dict) else {"text": item}
            sentence_id = f"{source_id}-s{ordinal}"
            size = len(item["text"].encode("utf-8"))
            row = {"id": sentence_id, "text": item["text"], "paragraph": ordinal,
                   "span": span(offset, offset + size, item.get("line", ordinal + 1), 1)}
            if item.get("repeat_of") is not None:
                row["repeatOf"] = ids[item["repeat_of"]]
            ids.append(sentence_id)
            rows.append(row)
            offset += size + 1
        value = {"id": source_id, "path": path, "encoding": "UTF-8", "byteCount": offset, "sentences": rows}
        if title is not None:
            value["title"] = title
        self.records.append({"record": "source", "value": value})
        return ids

    def entity(self, kind, label, aliases=(), names=(), attributes=(), mentions=()):
        """Adds an entity; `names` are (language, text), `attributes` (key, literal) with a
        literal from `string`, `integer` or `date`, `mentions` (sentence id, surface). Returns its id."""
        top = top_class(kind)
        entity_id = top.lower() + "-" + fnv_hex(top, label)
        self.records.append({"record": "entity", "value": {
            "id": entity_id, "kind": kind, "label": label,
            "aliases": sorted(set(aliases) - {label}, key=lambda s: s.encode("utf-8")),
            "names": [{"language": language, "text": text} for language, text in sorted(names)],
            "attributes": [{"key": key, "value": value} for key, value in sorted(attributes, key=lambda a: a[0])],
            "mentions": [{"sentence": sentence, "span": span(0, len(surface.encode("utf-8"))), "surface": surface,
                          "rule": "gazetteer"} for sentence, surface in mentions],
        }})
        return entity_id

    def relation(self, subject, predicate, obj, sentences=(), weight=1, rule="hand", confidence=0.9):
        """Adds a fact; `obj` is an entity id, or a literal made by `date`/`integer`/`string`,
        or `("source", id)`."""
        if isinstance(obj, tuple) and obj[0] == "source":
            value, key = {"source": {"_0": obj[1]}}, "s:" + obj[1]
        elif isinstance(obj, dict):
            value, key = {"literal": {"_0": obj}}, literal_key(obj)
        else:
            value, key = {"entity": {"_0": obj}}, "e:" + obj
        provenance = [{"sentence": s, "span": span(0, 3), "rule": rule, "confidence": confidence} for s in sentences]
        self.records.append({"record": "relation", "value": {
            "id": "rel-" + fnv_hex(subject, predicate, key), "subject": subject, "predicate": predicate,
            "object": value, "weight": weight, "provenance": provenance,
        }})

    def write(self, path):
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in self.records), encoding="utf-8")
        return path


def date(year, month=None, day=None):
    value = {"year": year}
    if month is not None:
        value["month"] = month
    if day is not None:
        value["day"] = day
    return {"date": {"_0": value}}


def integer(number):
    return {"integer": {"_0": number}}


def string(text):
    return {"string": {"_0": text}}


def literal_key(literal):
    kind, body = next(iter(literal.items()))
    if kind == "date":
        d = body["_0"]
        text = f"{d['year']:04d}" + (f"-{d['month']:02d}" if "month" in d else "") + (f"-{d['day']:02d}" if "day" in d else "")
        return "d:" + text
    return {"integer": "i:", "string": "t:"}[kind] + str(body["_0"])


def convert(diplograph, graph_file, out, formats="rdfxml,ntriples,turtle", *extra):
    """Runs the real exporters on a saved graph: `diplograph convert graph.jsonl --out DIR`."""
    out.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([diplograph, "convert", str(graph_file), "--out", str(out), "--format", formats,
                             "--quiet", *extra], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return out


def rapper_count(path):
    """Raptor's strict parse: the triple count, failing on any error or warning."""
    result = subprocess.run(["rapper", "-i", SYNTAX[path.suffix], "-c", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, f"rapper rejects {path.name}: {result.stderr}"
    assert "Warning" not in result.stderr and "Error" not in result.stderr, result.stderr
    match = re.search(r"returned (\d+) triples", result.stderr)
    assert match, result.stderr
    return int(match.group(1))


def rapper_ntriples(path):
    """The file as Raptor's N-Triples, sorted: a canonical form to compare syntaxes by."""
    result = subprocess.run(["rapper", "-q", "-i", SYNTAX[path.suffix], "-o", "ntriples", str(path)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return sorted(result.stdout.splitlines())


@functools.cache
def jena_classpath():
    """The classpath scripts/jena-classpath.sh builds from the Debian jars."""
    result = subprocess.run([str(ROOT / "scripts" / "jena-classpath.sh")], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def riot_counts(*paths):
    """Jena's riot: validates and counts each file; fails on any warning or error."""
    result = subprocess.run([str(RIOT), "--count", *map(str, paths)], capture_output=True, text=True)
    assert result.returncode == 0, f"riot rejects: {result.stderr}"
    problems = [line for line in result.stderr.splitlines() if " WARN " in line or " ERROR " in line]
    assert not problems, problems
    counts = dict(re.findall(r"(\S+) : Triples = ([\d,]+)", result.stderr))
    return {path.name: int(counts[path.resolve().as_uri()].replace(",", "")) for path in paths}


def riot_validate(*paths):
    result = subprocess.run([str(RIOT), "--validate", *map(str, paths)], capture_output=True, text=True)
    problems = [line for line in result.stderr.splitlines() if " WARN " in line or " ERROR " in line]
    assert result.returncode == 0 and not problems, result.stderr

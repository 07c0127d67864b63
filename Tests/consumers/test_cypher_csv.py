"""The neo4j-csv export, read by the rules of neo4j-admin database import full (separate headers,
typed columns, RFC 4180 quotes, U+001F between array elements and labels), holds the same graph
as the Cypher export loaded into FalkorDB; --shard-size splits the data files."""
import csv
import datetime
import io

from test_cypher_falkordb import every_kind_and_predicate
from test_cypher_hostile import HOSTILE, hostile_graph
from test_cypher_support import convert, export_cypher, falkordb_load, open_graph, write_jsonl

ARRAY = "\x1f"
CONVERT = {"": str, "long": int, "int": int, "double": float, "date": datetime.date.fromisoformat}


def export_csv(diplograph, records, tmp_path, *options):
    tmp_path.mkdir(parents=True, exist_ok=True)
    out = tmp_path / "csv"
    result = convert(diplograph, write_jsonl(tmp_path / "graph.jsonl", records), out, "--format", "neo4j-csv", *options)
    assert result.returncode == 0, result.stderr
    return out


def arguments(out):
    lines = (out / "graph.import.args").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if not line.startswith("#")]


def read_groups(out):
    """(option, header fields, records of every data file) for each --nodes/--relationships group."""
    groups = []
    for line in arguments(out):
        if not line.startswith(("--nodes=", "--relationships=")):
            continue
        option, files = line.split("=", 1)
        header, *data = files.split(",")
        fields = next(csv.reader(io.StringIO((out / header).read_text(encoding="utf-8"))))
        records = []
        for name in data:
            with open(out / name, encoding="utf-8", newline="") as data:  # keep \r inside quotes
                records.append(list(csv.reader(data, strict=True)))
        groups.append((option, fields, records))
    return groups


def typed(field, raw):
    """A header field and a raw value as the importer reads them; an empty field is no value."""
    name, _, kind = field.partition(":")
    if raw == "":
        return name, None
    if kind.endswith("[]"):
        return name, [CONVERT[kind[:-2].replace("string", "")](part) for part in raw.split(ARRAY)]
    return name, CONVERT[kind if kind in CONVERT else ""](raw)


def graph_from_csv(out):
    """Nodes {id: (labels, properties)} and relationships {(start, type, end, id): properties}."""
    nodes, relationships = {}, {}
    for option, fields, shards in read_groups(out):
        for record in (record for shard in shards for record in shard):
            props = {}
            for field, raw in zip(fields, record):
                name, value = typed(field, raw)
                if name and value is not None:
                    props[name] = value
            if option == "--nodes":
                labels = record[fields.index(":LABEL")].split(ARRAY)
                nodes[props["id"]] = (labels, props)
            else:
                start, end, kind = (record[fields.index(f)] for f in (":START_ID", ":END_ID", ":TYPE"))
                relationships[(start, kind, end, props.get("id"))] = props
    return nodes, relationships


def graph_from_falkordb(diplograph, records, tmp_path):
    graph = open_graph(tmp_path / "falkor.db")
    falkordb_load.load(graph, export_cypher(diplograph, records, tmp_path))
    nodes = {row[0]: (row[1], dict(row[2])) for row in
             graph.query("MATCH (n) RETURN n.id, labels(n), properties(n)").result_set}
    relationships = {(a, kind, b, props.get("id")): dict(props) for a, kind, b, props in
                     graph.query("MATCH (a)-[r]->(b) RETURN a.id, type(r), b.id, properties(r)").result_set}
    return nodes, relationships


def test_the_csv_holds_the_same_graph_as_the_cypher_script(diplograph, tmp_path):
    records = every_kind_and_predicate()
    csv_nodes, csv_relationships = graph_from_csv(export_csv(diplograph, records, tmp_path))
    db_nodes, db_relationships = graph_from_falkordb(diplograph, records, tmp_path)
    assert csv_nodes == db_nodes
    assert csv_relationships == db_relationships
    assert len(csv_relationships) > 60


def without_delimiter_in_arrays(records):
    """U+001F separates array elements, so aliases and other-language names may not hold it."""
    for record in records:
        if record["record"] == "entity":
            value = record["value"]
            value["aliases"] = [alias.replace(ARRAY, "") for alias in value["aliases"]]
            value["names"] = [{**name, "text": name["text"].replace(ARRAY, "")} if name["language"] != "en" else name
                              for name in value["names"]]
    return records


def test_hostile_strings_survive_csv_quoting(diplograph, tmp_path):
    out = export_csv(diplograph, without_delimiter_in_arrays(hostile_graph()), tmp_path)
    nodes, relationships = graph_from_csv(out)
    names = sorted(props["name"] for labels, props in nodes.values() if "Entity" in labels)
    assert names == sorted(HOSTILE)
    texts = [props["text"] for labels, props in sorted(nodes.values(), key=lambda n: n[1].get("ordinal", -1))
             if labels == ["Sentence"]]
    assert texts == ["正常的句子。"] + HOSTILE
    assert "--multiline-fields=true" in arguments(out)
    assert "--array-delimiter=U+001F" in arguments(out)


def test_no_multiline_flag_without_line_breaks(diplograph, tmp_path):
    assert "--multiline-fields=true" not in arguments(export_csv(diplograph, every_kind_and_predicate(), tmp_path))


def test_shards_hold_at_most_shard_size_records_and_together_the_whole_graph(diplograph, tmp_path):
    records = every_kind_and_predicate()
    whole = graph_from_csv(export_csv(diplograph, records, tmp_path / "whole"))
    out = export_csv(diplograph, records, tmp_path / "sharded", "--shard-size", "7")
    groups = read_groups(out)
    assert any(len(shards) > 1 for _, _, shards in groups)
    for _, _, shards in groups:
        assert all(1 <= len(shard) <= 7 for shard in shards)
        assert all(len(shard) == 7 for shard in shards[:-1])
    listed = [line.split("=", 1)[1].split(",") for line in arguments(out)
              if line.startswith(("--nodes=", "--relationships="))]
    assert all(files[0].endswith(".header.csv") and not any("header" in f for f in files[1:]) for files in listed)
    names = [name for files in listed for name in files]
    assert sorted(names) == sorted(path.name for path in out.iterdir() if path.suffix == ".csv")
    assert len(set(names)) == len(names)
    assert graph_from_csv(out) == whole


def test_an_array_value_holding_the_delimiter_is_refused(diplograph, tmp_path):
    from test_cypher_support import entity
    result = convert(diplograph, write_jsonl(tmp_path / "graph.jsonl", [entity("p-1", "City", "名", aliases=["a\x1fb"])]),
                     tmp_path / "out", "--format", "neo4j-csv")
    assert result.returncode != 0 and "U+001F" in result.stderr, result.stderr

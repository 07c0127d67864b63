#!/usr/bin/env python3
"""Times diplograph's serializers against the Python libraries users would otherwise reach for.

    .venv-test/bin/python scripts/bench/peers.py --binary .build/release/diplograph \
        --graph-dir bench-out/runs/10MB/out --work bench-out/peers

On the same graph: rdflib's RDF/XML serializer (`Graph.serialize(format="xml")`) and NetworkX's
`write_graphml`, against `diplograph convert graph.jsonl --format rdfxml|graphml --timings`.
Only serialization is timed, never parsing: each peer's graph is loaded first (from the
N-Triples or GraphML export when that format exists, else built from graph.jsonl), diplograph's
`export:<format>` figure starts after its jsonl graph is read. Prints one line per format and
writes the figures as JSON to WORK/peers.json.
"""

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

from peer_graphs import networkx_from_jsonl, rdflib_from_jsonl


def diplograph_seconds(binary: str, jsonl: Path, format_name: str, out: Path) -> float | None:
    """The `export:<format>` seconds `convert` reports, or None when the format is not built."""
    out.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [binary, "convert", str(jsonl), "--format", format_name, "--out", str(out), "--timings", "--quiet"],
        capture_output=True, text=True)
    if result.returncode != 0:
        if "unknown format" in result.stderr:
            return None
        sys.exit(f"error: diplograph convert --format {format_name} failed:\n{result.stderr[-2000:]}")
    for line in result.stderr.splitlines():
        if line.startswith("timings "):
            return json.loads(line[len("timings "):])["export:" + format_name]
    sys.exit(f"error: diplograph convert printed no timings for {format_name}")


def rdflib_seconds(graph_dir: Path, out: Path) -> dict:
    import rdflib

    ntriples = graph_dir / "graph.nt"
    start = time.perf_counter()
    if ntriples.exists():
        graph, source = rdflib.Graph(), "graph.nt"
        graph.parse(ntriples, format="nt")
    else:
        graph, source = rdflib_from_jsonl(graph_dir / "graph.jsonl"), "built from graph.jsonl"
    loaded = time.perf_counter()
    graph.serialize(destination=str(out / "peer.rdf"), format="xml")
    done = time.perf_counter()
    return {"seconds": done - loaded, "load_seconds": loaded - start, "graph": source, "triples": len(graph),
            "bytes": (out / "peer.rdf").stat().st_size}


def networkx_seconds(graph_dir: Path, out: Path) -> dict:
    import networkx

    graphml = graph_dir / "graph.graphml"
    start = time.perf_counter()
    if graphml.exists():
        graph, source = networkx.read_graphml(graphml), "graph.graphml"
    else:
        graph, source = networkx_from_jsonl(graph_dir / "graph.jsonl"), "built from graph.jsonl"
    loaded = time.perf_counter()
    networkx.write_graphml(graph, out / "peer.graphml")
    done = time.perf_counter()
    return {"seconds": done - loaded, "load_seconds": loaded - start, "graph": source,
            "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(),
            "bytes": (out / "peer.graphml").stat().st_size}


def line(format_name: str, ours: float | None, peer_name: str, peer: dict) -> str:
    size = f"{peer['triples']:,} triples" if "triples" in peer else f"{peer['nodes']:,} nodes, {peer['edges']:,} edges"
    theirs = f"{peer_name} {peer['seconds']:.2f} s ({size}, {peer['graph']})"
    if ours is None:
        return f"{format_name}: diplograph n/a: format not built; {theirs}"
    ratio = peer["seconds"] / ours if ours > 0 else float("inf")
    verdict = f"{ratio:.1f}× faster" if ratio >= 1 else f"{1 / ratio:.1f}× slower"
    return f"{format_name}: diplograph {ours:.3f} s, {theirs}: {verdict}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--graph-dir", type=Path, required=True, help="an export directory holding graph.jsonl")
    parser.add_argument("--work", type=Path, required=True)
    args = parser.parse_args()
    jsonl = args.graph_dir / "graph.jsonl"
    if not jsonl.exists():
        sys.exit(f"error: {jsonl}: missing; the peers need the jsonl export")
    if args.work.exists():
        shutil.rmtree(args.work)
    args.work.mkdir(parents=True)
    figures = {}
    for format_name, peer_name, peer in (("rdfxml", "rdflib", rdflib_seconds), ("graphml", "networkx", networkx_seconds)):
        ours = diplograph_seconds(args.binary, jsonl, format_name, args.work / "diplograph")
        theirs = peer(args.graph_dir, args.work)
        figures[format_name] = {"diplograph": ours, peer_name: theirs}
        print(line(format_name, ours, peer_name, theirs), flush=True)
    (args.work / "peers.json").write_text(json.dumps(figures, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

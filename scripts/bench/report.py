#!/usr/bin/env python3
"""Prints the benchmark's figures from measure.py's JSON results, smallest corpus first.

    scripts/bench/report.py bench-out/results/latest/*.json [--markdown]

Per size: input, wall time, MB/s, entities, relations and triples per second, output bytes per
file, peak memory, CPU use in cores, seconds per stage; then the cost growth (seconds per MB at
the largest size ÷ at the smallest) and each target of issue 9, met or not.
"""

import argparse
import json
import os
import sys
from pathlib import Path

MB = 10**6
TARGET_MBPS, TARGET_GROWTH, TARGET_RSS_MB = 20.0, 1.20, 1000.0


def derived(result: dict) -> dict:
    best = result["best"]
    wall, counts, megabytes = best["wall"], result["counts"], result["input_bytes"] / MB
    per_second = lambda n: None if n is None else n / wall  # noqa: E731
    return {
        "mb": megabytes, "wall": wall, "mbps": megabytes / wall, "s_per_mb": wall / megabytes,
        "cores": (best["user"] + best["sys"]) / wall, "rss_mb": best["max_rss_kb"] * 1024 / MB,
        "entities": counts.get("entities"), "relations": counts.get("relations"), "triples": result["triples"],
        "entities_s": per_second(counts.get("entities")), "relations_s": per_second(counts.get("relations")),
        "triples_s": per_second(result["triples"]), "output": sum(result["files"].values()),
    }


def formats_of(result: dict) -> str:
    """Results from before the option existed wrote every format."""
    formats = result.get("formats", "every format")
    return formats if formats == "every format" else f"formats {formats}"


def number(value, digits=0) -> str:
    return "n/a" if value is None else f"{value:,.{digits}f}"


def block(result: dict) -> list[str]:
    d, best = derived(result), result["best"]
    stages = dict(best["timings"])
    stages["other"] = max(0.0, d["wall"] - sum(seconds for name, seconds in stages.items() if name != "merge"))
    triples = "n/a: no N-Triples written" if d["triples"] is None else f"{d['triples']:,} ({number(d['triples_s'])}/s)"
    counts = result["counts"]
    return [
        f"== {result['label']}: {d['mb']:.2f} MB in {result['input_files']:,} files, {formats_of(result)}",
        f"  wall {d['wall']:.3f} s (runs: {' '.join(f'{w:.3f}' for w in result['walls'])}), {d['mbps']:.2f} MB/s, "
        f"{d['s_per_mb']:.4f} s/MB",
        f"  CPU {d['cores']:.2f} cores of {os.cpu_count()} (user {best['user']:.3f} s + sys {best['sys']:.3f} s), "
        f"peak RSS {d['rss_mb']:.1f} MB",
        f"  graph: {number(counts.get('sources'))} sources, {number(counts.get('sentences'))} sentences, "
        f"{number(d['entities'])} entities ({number(d['entities_s'])}/s), "
        f"{number(d['relations'])} relations ({number(d['relations_s'])}/s), triples {triples}",
        "  output: " + ", ".join(f"{name} {size / MB:.2f} MB" for name, size in result["files"].items())
        + f"; total {d['output'] / MB:.2f} MB",
        "  stages: " + ", ".join(f"{name} {seconds:.3f} s" for name, seconds in stages.items()),
        *split_line(d, best["timings"]),
        *([f"  {best['failed_inputs']} inputs failed (see the run's stderr)"] if best["failed_inputs"] else []),
    ]


def split_line(d: dict, timings: dict) -> list[str]:
    """Building the graph against writing it: the two scale with different things (input text,
    output volume), so the benchmark shows them apart. The merge runs while the next window is read
    and extracted, so its seconds lie within read+extract's and are not added."""
    graph = sum(seconds for name, seconds in timings.items() if not name.startswith("export:") and name != "merge")
    exports = sum(seconds for name, seconds in timings.items() if name.startswith("export:"))
    if graph <= 0 or exports <= 0:
        return []
    return [f"  graph built in {graph:.3f} s ({d['mb'] / graph:.2f} MB/s of input); exports {exports:.3f} s of work "
            f"for {d['output'] / MB:.1f} MB written ({d['output'] / MB / exports:.1f} MB/s of output per working thread)"]


COLUMNS = ["size", "MB", "wall s", "MB/s", "s/MB", "cores", "peak RSS MB", "entities/s", "relations/s", "triples/s",
           "output MB"]


def row(result: dict) -> list[str]:
    d = derived(result)
    return [result["label"], f"{d['mb']:.2f}", f"{d['wall']:.3f}", f"{d['mbps']:.2f}", f"{d['s_per_mb']:.4f}",
            f"{d['cores']:.2f}", f"{d['rss_mb']:.1f}", number(d["entities_s"]), number(d["relations_s"]),
            number(d["triples_s"]), f"{d['output'] / MB:.2f}"]


def targets(results: list[dict]) -> list[str]:
    small, large = derived(results[0]), derived(results[-1])
    met = lambda ok: "met" if ok else "NOT met"  # noqa: E731
    every = formats_of(results[-1]) == "every format"
    verdict = met(large["mbps"] >= TARGET_MBPS) if every else "not judged: the target is for every format"
    lines = [f"end to end at {results[-1]['label']}, {formats_of(results[-1])}: {large['mbps']:.2f} MB/s "
             f"(target ≥ {TARGET_MBPS:.0f}): {verdict}",
             f"both cores at {results[-1]['label']}: {large['cores']:.2f} cores busy (target: near 2, ≥ 1.6): "
             f"{met(large['cores'] >= 1.6)}"]
    if len(results) > 1:
        growth = large["s_per_mb"] / small["s_per_mb"]
        lines.append(f"cost growth: s/MB at {results[-1]['label']} ÷ s/MB at {results[0]['label']} = {growth:.2f} "
                     f"(target ≤ {TARGET_GROWTH:.2f} from 1MB to 100MB): {met(growth <= TARGET_GROWTH)}")
    for result in results:
        if result["label"].upper() == "100MB":
            rss = derived(result)["rss_mb"]
            lines.append(f"peak memory at 100MB: {rss:.0f} MB (target ≤ {TARGET_RSS_MB:.0f}): {met(rss <= TARGET_RSS_MB)}")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("results", nargs="+", type=Path)
    parser.add_argument("--markdown", action="store_true", help="print only the summary table, as Markdown")
    args = parser.parse_args()
    results = sorted((json.loads(p.read_text()) for p in args.results), key=lambda r: r["input_bytes"])
    if args.markdown:
        print("| " + " | ".join(COLUMNS) + " |")
        print("|" + "---|" * len(COLUMNS))
        for result in results:
            print("| " + " | ".join(row(result)) + " |")
        return 0
    for result in results:
        print("\n".join(block(result)))
    widths = [max(len(c), *(len(row(r)[i]) for r in results)) for i, c in enumerate(COLUMNS)]
    print("\n" + "  ".join(c.rjust(w) for c, w in zip(COLUMNS, widths)))
    for result in results:
        print("  ".join(v.rjust(w) for v, w in zip(row(result), widths)))
    print("\n" + "\n".join(targets(results)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

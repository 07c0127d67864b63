#!/usr/bin/env python3
"""Runs `diplograph export` end to end on one corpus and records what it cost, as JSON.

    scripts/bench/measure.py --binary .build/release/diplograph --corpus DIR --label 10MB \
        --runs 3 --work bench-out/runs/10MB > result.json

Each run writes every format (or those of --formats) into a fresh directory. Wall time is taken
around the process; user and system CPU come from the kernel's accounting of the child (wait4),
at microsecond resolution; peak resident memory is GNU time's %M. The fastest run is kept (the
usual choice on a shared machine, where noise only ever adds time) and its output directory
stays in WORK/out for the peers; the others are deleted.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

INPUT_EXTENSIONS = {".txt", ".md", ".html", ".htm"}
# The export's summary on stderr: "5 documents, 855 sentences, 340 entities, 1819 relations; …".
# Documents are the files read, not the graph's sources (files with equal bytes are one source),
# so that count is left to graph.jsonl's summary record.
SUMMARY = re.compile(r"\d+ documents, (?P<sentences>\d+) sentences, (?P<entities>\d+) entities, "
                     r"(?P<relations>\d+) relations")


def input_size(corpus: Path) -> tuple[int, int]:
    files = [p for p in corpus.rglob("*") if p.is_file() and p.suffix.lower() in INPUT_EXTENSIONS]
    return sum(p.stat().st_size for p in files), len(files)


def run_once(binary: str, corpus: Path, out: Path, work: Path, index: int, formats: str | None) -> dict:
    if out.exists():
        shutil.rmtree(out)
    time_file, stderr_file = work / f"time-{index}.txt", work / f"stderr-{index}.txt"
    command = ["/usr/bin/time", "-f", "%M", "-o", str(time_file),
               binary, "export", str(corpus), "--out", str(out), "--timings"]
    # Without graph.jsonl the counts come from the summary line, which --quiet leaves out.
    command += ["--format", formats] if formats else ["--quiet"]
    with open(stderr_file, "wb") as stderr:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=stderr)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
    lines = stderr_file.read_text(encoding="utf-8", errors="replace").splitlines()
    # 2 means some inputs failed and the others were exported; anything else is a broken run.
    if process.returncode not in (0, 2):
        sys.exit(f"error: diplograph export exited with {process.returncode}:\n" + "\n".join(lines[-20:]))
    timings = next((json.loads(line[len("timings "):]) for line in lines if line.startswith("timings ")), {})
    summary = next(filter(None, map(SUMMARY.search, lines)), None)
    return {
        "summary_counts": {key: int(value) for key, value in summary.groupdict().items()} if summary else {},
        "wall": wall, "user": usage.ru_utime, "sys": usage.ru_stime,
        "max_rss_kb": int(time_file.read_text().split()[-1]),
        "failed_inputs": sum(1 for line in lines if line.startswith("error:")),
        "timings": timings,
    }


def last_line(path: Path) -> bytes:
    with open(path, "rb") as file:
        file.seek(0, os.SEEK_END)
        position = file.tell()
        chunk = b""
        while position > 0 and chunk.count(b"\n") < 2:
            step = min(65536, position)
            position -= step
            file.seek(position)
            chunk = file.read(step) + chunk
        return chunk.rstrip(b"\n").rsplit(b"\n", 1)[-1]


def count_lines(paths: list[Path]) -> int:
    total = 0
    for path in paths:
        with open(path, "rb") as file:
            while block := file.read(1 << 20):
                total += block.count(b"\n")
    return total


def describe_output(out: Path, summary_counts: dict) -> dict:
    files = {str(p.relative_to(out)): p.stat().st_size for p in sorted(out.rglob("*")) if p.is_file()}
    counts = dict(summary_counts)
    jsonl = out / "graph.jsonl"
    if jsonl.exists():
        record = json.loads(last_line(jsonl))
        if record.get("record") == "summary":
            counts = {k: v for k, v in record["value"].items() if isinstance(v, int)}
    # N-Triples may be one file or shards (graph.nt, graph-00001.nt, …): one triple a line.
    ntriples = sorted(p for p in out.rglob("*.nt") if p.is_file())
    triples = count_lines(ntriples) if ntriples else None
    return {"files": files, "counts": counts, "triples": triples}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--label", required=True, help="the size as asked for, e.g. 10MB")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--work", type=Path, required=True, help="a directory for outputs and logs")
    parser.add_argument("--formats", help="formats to write, comma-separated (default: every format)")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    runs = []
    for index in range(args.runs):
        run = run_once(args.binary, args.corpus, args.work / f"out-{index}", args.work, index, args.formats)
        print(f"  {args.label} run {index + 1}/{args.runs}: {run['wall']:.3f} s", file=sys.stderr)
        runs.append(run)
    best = min(range(len(runs)), key=lambda i: runs[i]["wall"])
    kept = args.work / "out"
    if kept.exists():
        shutil.rmtree(kept)
    (args.work / f"out-{best}").rename(kept)
    for index in range(len(runs)):
        shutil.rmtree(args.work / f"out-{index}", ignore_errors=True)
    input_bytes, input_files = input_size(args.corpus)
    result = {"label": args.label, "corpus": str(args.corpus), "input_bytes": input_bytes, "input_files": input_files,
              "formats": args.formats or "every format", "best": runs[best], "walls": [r["wall"] for r in runs],
              **describe_output(kept, runs[best]["summary_counts"])}
    json.dump(result, sys.stdout, indent=1)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())

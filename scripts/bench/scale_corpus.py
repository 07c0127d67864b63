#!/usr/bin/env python3
"""Builds a larger corpus from the bundled texts, the same bytes for the same size and seed.

    scripts/bench/scale_corpus.py --size 10MB --out bench-out/corpora/10MB --seed 1

Each file is an invented statement of 10–40 KB: another partner, meeting number and date,
paragraphs recombined across the originals with their names replaced by invented ones, written
in one of the originals' shapes (see scaler/shapes.py). A corpus of N MB is the first files of
any larger corpus with the same seed, its last file cut to fit. `scale.json` beside the texts
records what was built (the tool reads only .txt, .md and .html files).
"""

import argparse
import json
import random
import sys
from pathlib import Path

from scaler.documents import compose
from scaler.names import NameMaker
from scaler.shapes import extension, pick_shape, render
from scaler.source_text import load_paragraphs
from scaler.variations import Cast

UNITS = {"KB": 10**3, "MB": 10**6, "GB": 10**9}
MIN_FILE, MAX_FILE = 10_000, 40_000


def parse_size(text: str) -> int:
    """`1MB` → 1 000 000 bytes (decimal units, as MB/s figures use)."""
    for unit, factor in UNITS.items():
        if text.upper().endswith(unit):
            try:
                return int(float(text[: -len(unit)]) * factor)
            except ValueError:
                break
    raise argparse.ArgumentTypeError(f"size '{text}' must look like 500KB, 1MB or 100MB")


def build(corpus: Path, out: Path, size: int, seed: int) -> dict:
    originals = load_paragraphs(corpus)
    rng = random.Random(seed)
    names = NameMaker(rng)
    written, shapes, index = 0, {}, 0
    while written < size:
        remaining = size - written
        target = min(rng.randint(MIN_FILE, MAX_FILE), remaining)
        cast = Cast(rng, names)
        document = compose(rng, cast, originals, target)
        shape = pick_shape(rng)
        data = render(shape, document, rng).encode("utf-8")
        date = cast.date.isoformat()
        path = out / date[:4] / f"{date}_{document.kind}_{index:05d}_{shape}.{extension(shape)}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written += len(data)
        shapes[shape] = shapes.get(shape, 0) + 1
        index += 1
    return {"seed": seed, "requested_bytes": size, "bytes": written, "files": index,
            "shapes": dict(sorted(shapes.items())), "names_invented": {k: len(v) for k, v in sorted(names.pools.items())
                                                                       if ":" not in k}}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=parse_size, required=True, help="total bytes: 500KB, 1MB, 10MB, 100MB")
    parser.add_argument("--out", type=Path, required=True, help="directory to create (must not hold files)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[2] / "corpus",
                        help="the texts to scale (default: the bundled corpus/)")
    args = parser.parse_args()
    if args.out.exists() and any(args.out.iterdir()):
        print(f"error: {args.out}: not empty; give a new directory", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    report = build(args.corpus, args.out, args.size, args.seed)
    (args.out / "scale.json").write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{args.out}: {report['files']} files, {report['bytes']:,} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

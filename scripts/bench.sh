#!/usr/bin/env bash
# The benchmark: scaled corpora through the release build end to end, then the serializers
# against their Python peers. See docs/performance.md for what each figure means.
#
#   scripts/bench.sh                          # 1MB, 10MB, 100MB; peers on the 10MB graph
#   scripts/bench.sh --sizes 1MB,10MB         # a quicker run
#   scripts/bench.sh --runs 5 --no-peers
#   scripts/bench.sh --build-path .build-perf # build somewhere other than .build
#   scripts/bench.sh --formats rdfxml,graphml,cypher   # only these formats (and no peers)
#
# Corpora are cached in bench-out/corpora/ (rebuilt when the scaler or corpus/ changes);
# results go to bench-out/results/<time>/ and bench-out/results/latest.
source "$(dirname "$0")/lib.sh"
cd "$(dirname "$0")/.."

sizes="1MB,10MB,100MB"
runs=""
seed=1
peers=1
peer_size="10MB"
build_path=".build"
formats=""
usage() {
  sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
  echo "options: --sizes LIST  --runs N (default 3 below 100MB, 1 at 100MB and above)  --seed N"
  echo "         --peer-size SIZE (default 10MB)  --no-peers  --build-path DIR (default .build)"
  echo "         --formats LIST (default: every format; the peers need every format, so it implies --no-peers)"
}
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --peer-size) peer_size="$2"; shift 2 ;;
    --no-peers) peers=0; shift ;;
    --build-path) build_path="$2"; shift 2 ;;
    --formats) formats="$2"; peers=0; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "error: unknown option '$1'" >&2; usage >&2; exit 64 ;;
  esac
done
IFS=, read -r -a size_list <<< "$sizes"

scripts/bootstrap.sh
apt_install time python3
swift build -c release --build-path "$build_path" --product diplograph
binary="$(swift build -c release --build-path "$build_path" --show-bin-path)/diplograph"

# A corpus is cached under a name that changes with the scaler's code and the bundled texts.
corpus_hash=$(cat scripts/bench/scale_corpus.py scripts/bench/scaler/*.py corpus/* | sha256sum | cut -c1-12)
corpus_for() {
  local size="$1" dir="bench-out/corpora/$1-seed$seed-$corpus_hash"
  if [ ! -f "$dir/scale.json" ]; then
    rm -rf "bench-out/corpora/$size-seed$seed-"* "$dir.partial"
    python3 scripts/bench/scale_corpus.py --size "$size" --seed "$seed" --out "$dir.partial" >&2
    mv "$dir.partial" "$dir"
  fi
  echo "$dir"
}

stamp=$(date -u +%Y%m%dT%H%M%SZ)
results="bench-out/results/$stamp"
mkdir -p "$results"
{
  echo "diplograph benchmark $stamp"
  echo "commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- Sources Package.swift || echo ' (Sources modified)')"
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  if [ -n "$formats" ]; then
    echo "formats: $formats only (the end-to-end target is for every format); seed $seed"
  else
    echo "formats: every format the build has (diplograph export, default); seed $seed"
  fi
  load=$(cut -d' ' -f1 /proc/loadavg)
  if awk -v load="$load" 'BEGIN { exit !(load > 0.5) }'; then
    echo "warning: the machine is busy (load $load before the first run); seconds will be noisy, instruction counts"
    echo "         (scripts/bench/profile.sh) will not"
  fi
} | tee "$results/header.txt"

for size in "${size_list[@]}"; do
  corpus=$(corpus_for "$size")
  size_runs="$runs"
  if [ -z "$size_runs" ]; then
    bytes=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["requested_bytes"])' "$corpus/scale.json")
    size_runs=$([ "$bytes" -ge 100000000 ] && echo 1 || echo 3)
  fi
  python3 scripts/bench/measure.py --binary "$binary" --corpus "$corpus" --label "$size" --runs "$size_runs" \
    --work "bench-out/runs/$size" ${formats:+--formats "$formats"} > "$results/$size.json"
done

echo
python3 scripts/bench/report.py "$results"/*.json | tee "$results/report.txt"

if [ "$peers" = 1 ]; then
  graph_size="$peer_size"
  if [ ! -f "$results/$graph_size.json" ]; then
    graph_size="${size_list[${#size_list[@]}-1]}"
    echo "note: $peer_size was not measured in this run; the peers use the $graph_size graph" >&2
  fi
  if ! .venv-test/bin/python -c 'import rdflib, networkx' 2>/dev/null; then
    scripts/setup-tests.sh
  fi
  echo
  echo "serializers against their Python peers, on the $graph_size graph (serialization only):" | tee "$results/peers.txt"
  .venv-test/bin/python scripts/bench/peers.py --binary "$binary" --graph-dir "bench-out/runs/$graph_size/out" \
    --work bench-out/peers | tee -a "$results/peers.txt"
  cp bench-out/peers/peers.json "$results/peers.json"
fi
ln -sfn "$stamp" bench-out/results/latest
echo
echo "results: $results"

#!/usr/bin/env bash
# Where the instructions go: the release build under callgrind on a scaled corpus, then the
# functions with the most instructions, self and inclusive. Instruction counts barely move
# between runs, unlike seconds on a shared 2-core machine, so before/after comparisons hold.
#
#   scripts/bench/profile.sh 200KB             # top 25 functions
#   scripts/bench/profile.sh 1MB 40            # top 40
#   scripts/bench/profile.sh 1MB 25 --format rdfxml   # extra arguments go to 'diplograph export'
#
# Callgrind runs ~50× slower than native: 200KB–1MB is plenty. The raw profile stays in
# bench-out/profile/callgrind.out (open it with kcachegrind or callgrind_annotate).
source "$(dirname "$0")/../lib.sh"
cd "$(dirname "$0")/../.."

size="${1:?usage: scripts/bench/profile.sh SIZE [TOP] [export options…]}"
top="${2:-25}"
shift $(($# >= 2 ? 2 : 1))

scripts/bootstrap.sh
apt_install valgrind python3
# -g keeps function names and lines in the optimized binary; the code is the same as in release.
# A scratch path of its own, so the benchmark's release build is not rebuilt with other flags.
build=(swift build -c release --product diplograph -Xswiftc -g --scratch-path .build-profile)
"${build[@]}"
binary="$("${build[@]}" --show-bin-path)/diplograph"

corpus="bench-out/profile/corpus-$size"
if [ ! -f "$corpus/scale.json" ]; then
  rm -rf "$corpus"
  python3 scripts/bench/scale_corpus.py --size "$size" --seed 1 --out "$corpus"
fi
out="bench-out/profile/out"
rm -rf "$out" bench-out/profile/callgrind.out
valgrind --tool=callgrind --callgrind-out-file=bench-out/profile/callgrind.out \
  "$binary" export "$corpus" --out "$out" --quiet --timings "$@" 2>&1 |
  grep -v '^==[0-9]*==' || true

# Swift symbols are mangled; swift demangle turns them into names a person can read. The
# function table follows the second "Ir" header (the first heads the program total).
annotate() {
  callgrind_annotate "$@" bench-out/profile/callgrind.out > bench-out/profile/annotate.txt 2>/dev/null
  swift demangle --simplified < bench-out/profile/annotate.txt |
    awk -v top="$top" '/^ *Ir/ { headers++; next } headers == 2 && /[^ -]/ && shown < top { print; shown++ }' |
    sed 's| \[[^]]*/\([^]/]*\)\]$| [\1]|' | cut -c1-200
}
total=$(callgrind_annotate bench-out/profile/callgrind.out 2>/dev/null | awk '/PROGRAM TOTALS/ && !done { print $1; done = 1 }')
echo
echo "$total instructions in all. Self (spent in the function itself):"
annotate
echo
echo "Inclusive (with everything it calls):"
annotate --inclusive=yes

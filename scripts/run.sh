#!/usr/bin/env bash
# The main job: build a release binary, export the bundled corpus into exports/ and draw it.
source "$(dirname "$0")/lib.sh"
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
apt_install graphviz fonts-noto-cjk
swift build -c release --product diplograph
.build/release/diplograph export corpus --out exports "$@"
# The picture the README shows: the 40 entities with most facts, facts only.
.build/release/diplograph render corpus --top 40 --facts-only --out exports --quiet

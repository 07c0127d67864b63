#!/usr/bin/env bash
# The main job: build a release binary and export the bundled corpus into exports/.
source "$(dirname "$0")/lib.sh"
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
swift build -c release --product diplograph
.build/release/diplograph export corpus --out exports "$@"

#!/usr/bin/env bash
# Every test: the Swift unit tests, then the exports checked by their real consumers.
source "$(dirname "$0")/lib.sh"
cd "$(dirname "$0")/.."
scripts/setup-tests.sh
swift build --build-tests
swift test --skip-build
swift build --product diplograph
DIPLOGRAPH="$PWD/.build/debug/diplograph" .venv-test/bin/python -m pytest -q Tests/consumers "$@"

#!/usr/bin/env bash
# Installs what building diplograph needs on a Debian machine that has Swift.
source "$(dirname "$0")/lib.sh"
apt_install libxml2-dev pkg-config
command -v swift >/dev/null || { echo "error: swift is not on PATH (expected Swift 6.1 or later)" >&2; exit 1; }

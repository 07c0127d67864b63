# Shared by the scripts: install Debian packages and find a Python for the consumer tests.
set -euo pipefail

# Runs apt-get as root, through sudo when needed, and only for packages not yet installed.
apt_install() {
  local missing=()
  for package in "$@"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "installing: ${missing[*]}" >&2
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Prints a Python interpreter of version 3.12 or later (the embedded FalkorDB needs it).
find_python() {
  local candidates=(python3.13 python3.12)
  for dir in "$HOME"/.pyenv/versions/3.1[2-9]*/bin; do
    [ -x "$dir/python" ] && candidates+=("$dir/python")
  done
  candidates+=(python3)
  for python in "${candidates[@]}"; do
    if command -v "$python" >/dev/null 2>&1 &&
      "$python" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' 2>/dev/null; then
      command -v "$python"
      return 0
    fi
  done
  echo "error: the consumer tests need Python 3.12 or later (python3.12, python3.13 or pyenv)" >&2
  return 1
}

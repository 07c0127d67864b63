#!/usr/bin/env bash
# Installs the real consumers the tests check exports with: Raptor, Apache Jena, xmllint,
# Graphviz with a CJK font, and a Python environment (.venv-test) with the SPARQL engines,
# NetworkX, igraph and an embedded FalkorDB.
source "$(dirname "$0")/lib.sh"
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
apt_install raptor2-utils libapache-jena-java libslf4j-java libxml2-utils graphviz fonts-noto-cjk \
  default-jre-headless valgrind python3-venv
python=$(find_python)
if [ ! -x .venv-test/bin/python ]; then
  "$python" -m venv .venv-test
fi
.venv-test/bin/python -m pip install -q --disable-pip-version-check -r Tests/consumers/requirements.txt

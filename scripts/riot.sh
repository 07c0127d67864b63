#!/usr/bin/env bash
# Apache Jena's riot (parse, validate, count, convert RDF) from the Debian jars:
#   scripts/riot.sh --validate graph.rdf     scripts/riot.sh --count graph.nt
set -euo pipefail
classpath=$("$(dirname "$0")/jena-classpath.sh")
exec java -cp "$classpath" riotcmd.riot "$@"

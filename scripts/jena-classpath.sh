#!/usr/bin/env bash
# Prints a Java classpath for Apache Jena's command-line tools (riotcmd.riot, tdb2.tdbloader,
# tdb2.xloader, arq) as Debian's libapache-jena-java installs them, which has jars but no
# launchers:
#   java -cp "$(scripts/jena-classpath.sh)" riotcmd.riot --validate graph.nt
# Two things make the plain /usr/share/java/*.jar unusable, both handled here:
# - it holds several slf4j bindings; exactly one is taken: slf4j-simple, so riot's error lines
#   are printed (JENA_SLF4J_BINDING=slf4j-nop hides them);
# - Jena's bundled xerces looks up its message bundles as xerces/impl/msg/… and
#   xerces/impl/xpath/regex/…, but jena-core.jar stores them under org/apache/jena/ext/xerces/;
#   without a copy at the expected path every RDF/XML parse dies with "internal error" in
#   XSSimpleTypeDecl.applyFacets1. The copy is made once into .build/jena-xerces-bundles/.
set -euo pipefail
java_dir=${JENA_JAVA_DIR:-/usr/share/java}
binding=${JENA_SLF4J_BINDING:-slf4j-simple}
root=$(cd "$(dirname "$0")/.." && pwd)
bundles="$root/.build/jena-xerces-bundles"

if [ ! -f "$java_dir/jena-core.jar" ]; then
  echo "error: $java_dir/jena-core.jar not found (install libapache-jena-java)" >&2
  exit 1
fi
if [ ! -f "$bundles/xerces/impl/msg/XMLSchemaMessages.properties" ]; then
  mkdir -p "$bundles/unpacked"
  prefix=org/apache/jena/ext/xerces
  if command -v unzip >/dev/null; then
    unzip -q -o "$java_dir/jena-core.jar" "$prefix/*.properties" -d "$bundles/unpacked"
  elif command -v python3 >/dev/null; then
    python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); z.extractall(sys.argv[2], [n for n in z.namelist() if n.startswith(sys.argv[3]) and n.endswith(".properties")])' \
      "$java_dir/jena-core.jar" "$bundles/unpacked" "$prefix/"
  else
    echo "error: need unzip or python3 to copy Jena's xerces message bundles" >&2
    exit 1
  fi
  cp -R "$bundles/unpacked/$prefix" "$bundles/xerces"
  rm -rf "$bundles/unpacked"
fi

jars=(jena-arq jena-base jena-cmds jena-core jena-dboe-base jena-dboe-index jena-dboe-storage
  jena-dboe-trans-data jena-dboe-transaction jena-iri jena-rdfconnection jena-shacl jena-shex
  jena-tdb jena-tdb2 commons-cli commons-codec commons-compress commons-csv commons-io
  commons-lang3 dexx.collection guava httpclient httpcore jackson-annotations jackson-core
  jackson-databind jakarta.json-api jsonld-java protobuf thrift titanium-json-ld slf4j-api "$binding")
classpath=""
for jar in "${jars[@]}"; do
  [ -f "$java_dir/$jar.jar" ] && classpath+="$java_dir/$jar.jar:"
done
echo "$classpath$bundles"

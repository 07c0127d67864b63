#!/usr/bin/env bash
# Writes ontology/diplograph.rdf, the RDF/XML twin of ontology/diplograph.ttl (the file edited by
# hand), with Raptor. Run it after every change to the Turtle; the tests fail while the two differ.
source "$(dirname "$0")/lib.sh"
cd "$(dirname "$0")/.."
apt_install raptor2-utils
# A fixed base IRI and absolute IRIs keep the output free of local file paths.
rapper --quiet --input turtle --output rdfxml-abbrev --feature relativeURIs=0 \
  ontology/diplograph.ttl https://w3id.org/diplograph/ontology >ontology/diplograph.rdf.tmp
mv ontology/diplograph.rdf.tmp ontology/diplograph.rdf
rapper --quiet --input rdfxml --count ontology/diplograph.rdf https://w3id.org/diplograph/ontology

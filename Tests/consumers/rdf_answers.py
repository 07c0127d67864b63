"""Runs the example SPARQL queries (queries/sparql/*.rq) on pyoxigraph and compares their rows
with the answers worked out by hand beside them (*.expected.tsv).

An expected file: '#' lines say how the answer was found in the texts; then a header
`required <var>…` and one row per answer. `required` is `yes` (the query must return it) or
`maybe` (a careful reader could go either way: allowed, not required). A cell may list names
that denote the same thing, separated by " | ". A result value matches a cell when, with white
space, title brackets 《》〈〉 and leading dashes removed, it equals one of the names: for an IRI,
any of its labels (rdfs:label, skos:prefLabel, skos:altLabel), its dg:path or that path's file
name, or its prefixed name (dg:coOccursWith); for a literal, its value or its file name."""
import pathlib
import re

import pyoxigraph as ox

from rdf_support import DG, ONTOLOGY_TTL, ROOT

QUERIES = ROOT / "queries" / "sparql"
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
NAME_PROPERTIES = [RDFS_LABEL, ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel"),
                   ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel"), ox.NamedNode(DG + "path")]
PREFIXES = {"dg:": DG}


def query_names():
    return sorted(path.stem for path in QUERIES.glob("*.rq"))


def load_store(*paths):
    """A store with the given RDF files and the ontology (the class tree the queries follow)."""
    store = ox.Store()
    for path in (*paths, ONTOLOGY_TTL):
        store.load(path=str(path))
    return store


def normalize(text):
    text = re.sub(r"\s+", "", text)
    text = re.sub(r"[《》〈〉]", "", text)
    return text.lstrip("—")


def expected_rows(name):
    lines = [line for line in (QUERIES / f"{name}.expected.tsv").read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    header = lines[0].split("\t")
    assert header[0] == "required", f"{name}: header must start with 'required'"
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        assert len(cells) == len(header), f"{name}.expected.tsv row {number}: {len(cells)} cells, {len(header)} columns"
        assert cells[0] in ("yes", "maybe"), f"{name}.expected.tsv row {number}: required is '{cells[0]}'"
        rows.append((cells[0] == "yes", [{normalize(alt) for alt in cell.split(" | ")} for cell in cells[1:]]))
    return header[1:], rows


def candidates(store, term):
    """Every spelling a result value may be matched by."""
    if term is None:
        return set()
    if isinstance(term, ox.NamedNode):
        names = {term.value}
        for prefix, namespace in PREFIXES.items():
            if term.value.startswith(namespace):
                names.add(prefix + term.value[len(namespace):])
        for prop in NAME_PROPERTIES:
            for quad in store.quads_for_pattern(term, prop, None):
                names.add(quad.object.value)
                names.add(pathlib.PurePosixPath(quad.object.value).name)
    else:
        names = {term.value, pathlib.PurePosixPath(term.value).name}
    return {normalize(name) for name in names}


def run(store, name):
    """The query's rows, each a list of candidate sets for the expected columns."""
    columns, _ = expected_rows(name)
    results = store.query((QUERIES / f"{name}.rq").read_text(encoding="utf-8"))
    variables = [v.value for v in results.variables]
    missing = set(columns) - set(variables)
    assert not missing, f"{name}.rq does not select {missing}"
    return [[candidates(store, solution[column]) for column in columns] for solution in results]


def compare(store, name):
    """Fails with every required row the query missed and every row nobody expected."""
    _, expected = expected_rows(name)
    actual = run(store, name)

    def matches(row, cells):
        return all(cell & values for cell, values in zip(cells, row))

    missing = [cells for required, cells in expected if required and not any(matches(row, cells) for row in actual)]
    unexpected = [row for row in actual if not any(matches(row, cells) for _, cells in expected)]
    assert not missing and not unexpected, (
        f"{name}: missing {len(missing)} required rows {missing[:5]}; "
        f"{len(unexpected)} unexpected rows {[[sorted(c)[:2] for c in r] for r in unexpected[:5]]}")
    return actual

#!/usr/bin/env python3
"""Load a diplograph Cypher script written with --dialect falkordb into FalkorDB.

FalkorDB runs one statement per query, so the script holds one statement a line, ended by ';'.
This loader sends each line as a query, skipping blank lines and '//' comments. On a second run
the 'CREATE INDEX' lines fail with "already indexed" (FalkorDB has no IF NOT EXISTS); that error,
on those lines only, is expected and skipped. Any other error stops the load and names the line.

  python3 falkordb_load.py graph.cypher --db diplograph.rdb      # embedded (pip falkordblite)
  python3 falkordb_load.py graph.cypher --host localhost --port 6379   # a server (pip falkordb)
"""
import argparse
import sys
import time


class LoadError(Exception):
    """A statement the database refused: the file, the line and the database's message."""


def statements(path):
    """Yield (line number, statement without its ';') for every statement line of the script."""
    with open(path, encoding="utf-8", newline="\n") as script:
        # Split on '\n' only: FalkorDB strings may hold raw U+2028 or U+0085, which
        # str.splitlines() would take for line ends.
        for number, line in enumerate(script, start=1):
            text = line.rstrip("\n")
            if not text.strip() or text.lstrip().startswith("//"):
                continue
            if not text.endswith(";"):
                raise LoadError(f"{path}:{number}: statement does not end with ';'")
            yield number, text[:-1]


def load(graph, path):
    """Run every statement of the script on `graph`; return (statements run, seconds taken)."""
    started = time.perf_counter()
    count = 0
    for number, statement in statements(path):
        try:
            graph.query(statement)
        except Exception as error:  # the client raises redis ResponseError subclasses
            if statement.startswith("CREATE INDEX") and "already indexed" in str(error):
                continue
            raise LoadError(f"{path}:{number}: {error}") from error
        count += 1
    return count, time.perf_counter() - started


def open_graph(arguments):
    if arguments.db:
        from redislite.falkordb_client import FalkorDB

        return FalkorDB(arguments.db).select_graph(arguments.graph)
    from falkordb import FalkorDB

    return FalkorDB(host=arguments.host, port=arguments.port).select_graph(arguments.graph)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("script", help="graph.cypher written with --dialect falkordb")
    parser.add_argument("--graph", default="diplograph", help="graph key (default: diplograph)")
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--db", help="embedded FalkorDB database file (falkordblite)")
    target.add_argument("--host", help="FalkorDB server host")
    parser.add_argument("--port", type=int, default=6379)
    arguments = parser.parse_args()
    try:
        count, seconds = load(open_graph(arguments), arguments.script)
    except LoadError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"{count} statements in {seconds:.2f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

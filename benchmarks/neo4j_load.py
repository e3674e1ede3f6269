"""Loading into Neo4j: promgraph's idempotent loader against a plain ``UNWIND … CREATE`` baseline.

    scripts/neo4j-dev-server &          # or any Neo4j; NEO4J_URI etc. as for `promgraph load neo4j`
    NEO4J_URI=bolt://127.0.0.1:7687 .venv/bin/python benchmarks/neo4j_load.py [organizations] [relationships]

The database is emptied before each run. Targets (issue 6): promgraph >= 0.5x the baseline and
>= 20,000 relationships/s, on 100,000 organizations and 400,000 relationships.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from synthetic import synthetic_graph  # noqa: E402

from promgraph.graph.model import Graph  # noqa: E402
from promgraph.graph.schema import load_schema  # noqa: E402
from promgraph.graph.stores import open_store  # noqa: E402
from promgraph.graph.stores.rows import edge_rows, node_rows  # noqa: E402


def _driver():
    from neo4j import GraphDatabase

    user = os.environ.get("NEO4J_USERNAME")
    return GraphDatabase.driver(os.environ.get("NEO4J_URI", "bolt://127.0.0.1:7687"),
                                auth=(user, os.environ.get("NEO4J_PASSWORD", "")) if user else None)


def _empty(driver) -> None:
    with driver.session() as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
        session.run("DROP INDEX baseline_id IF EXISTS").consume()


def baseline(driver, graph: Graph) -> float:
    """Plain CREATE of the same rows with the driver, with only an index to find the endpoints."""
    schema = load_schema()
    driver.execute_query("CREATE INDEX baseline_id IF NOT EXISTS FOR (n:Baseline) ON (n.id)")
    driver.execute_query("CALL db.awaitIndexes()")
    started = time.perf_counter()
    for _, rows in node_rows(graph, schema):
        for start in range(0, len(rows), 10000):
            driver.execute_query("UNWIND $rows AS r CREATE (n:Baseline) SET n = r", rows=rows[start:start + 10000])
    for type_, _, _, rows in edge_rows(graph, schema):
        for start in range(0, len(rows), 10000):
            batch = [{"s": r["_from"], "t": r["_to"], "p": {k: v for k, v in r.items() if not k.startswith("_")}}
                     for r in rows[start:start + 10000]]
            driver.execute_query(f"UNWIND $rows AS r MATCH (a:Baseline {{id: r.s}}) MATCH (b:Baseline {{id: r.t}}) "
                                 f"CREATE (a)-[e:{type_}]->(b) SET e = r.p", rows=batch)
    return time.perf_counter() - started


def main() -> None:
    organizations = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    relationships = int(sys.argv[2]) if len(sys.argv) > 2 else 400_000
    graph = synthetic_graph(organizations, relationships)
    nodes, edges = len(graph.nodes), len(graph.edges)
    driver = _driver()
    with open_store("neo4j") as store:
        _empty(driver)
        base = baseline(driver, graph)
        _empty(driver)
        started = time.perf_counter()
        store.write(graph)
        ours = time.perf_counter() - started
        started = time.perf_counter()
        store.write(graph)
        again = time.perf_counter() - started
        _empty(driver)
    driver.close()
    print(f"{'loader':<28} {'seconds':>8} {'nodes/s':>9} {'rels/s':>9}")
    for name, seconds in (("UNWIND … CREATE baseline", base), ("promgraph (MERGE, empty db)", ours),
                          ("promgraph again (no change)", again)):
        print(f"{name:<28} {seconds:>8.1f} {nodes / seconds:>9.0f} {edges / seconds:>9.0f}")
    print(f"promgraph / baseline speed: {base / ours:.2f}x  (target >= 0.5x, >= 20000 rels/s)")
    print(f"client and server share {os.cpu_count()} CPU cores here")


if __name__ == "__main__":
    main()

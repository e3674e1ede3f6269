"""RDF export and bulk load into the pyoxigraph store for a large graph.

    .venv/bin/python benchmarks/rdf_speed.py [organizations] [relationships]

Target (issue 5): export and bulk-load a 100,000-organization / 400,000-relationship graph in
under 15 s here (pyoxigraph's bulk_load alone did 2.3M triples in 6.5 s).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from synthetic import synthetic_graph  # noqa: E402

from promgraph.graph.rdf import write_rdf  # noqa: E402
from promgraph.graph.sparql import write_rdf_store  # noqa: E402


def main() -> None:
    organizations = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    relationships = int(sys.argv[2]) if len(sys.argv) > 2 else 400_000
    graph = synthetic_graph(organizations, relationships)
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        path = write_rdf(graph, Path(folder) / "g.nq", "nquads")
        exported = time.perf_counter() - started
        quads = sum(1 for _ in path.open(encoding="utf-8"))
        started = time.perf_counter()
        write_rdf_store(graph, Path(folder) / "store")
        loaded = time.perf_counter() - started
    print(f"{'step':<36} {'seconds':>8} {'quads/s':>10}")
    print(f"{'export N-Quads (' + str(quads) + ' quads)':<36} {exported:>8.1f} {quads / exported:>10.0f}")
    print(f"{'export + bulk load into pyoxigraph':<36} {loaded:>8.1f} {quads / loaded:>10.0f}")
    print(f"target: export and load under 15 s -> {'ok' if loaded <= 15 else 'SLOW'}")


if __name__ == "__main__":
    main()

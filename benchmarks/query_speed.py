"""Prebuilt queries and partner ranking on a large graph in the embedded store: p50 latency.

    .venv/bin/python benchmarks/query_speed.py [organizations] [relationships] [repeats]

Targets (issue 7): on 100,000 organizations / 400,000 relationships, each prebuilt query
p50 <= 50 ms and `partners` p50 <= 200 ms.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from synthetic import synthetic_graph  # noqa: E402

from promgraph.graph.stores.ladybug import LadybugStore  # noqa: E402
from promgraph.queries.library import Query, get_query, load_queries  # noqa: E402
from promgraph.queries.partners import partner_candidates  # noqa: E402


def main() -> None:
    organizations = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    relationships = int(sys.argv[2]) if len(sys.argv) > 2 else 400_000
    repeats = int(sys.argv[3]) if len(sys.argv) > 3 else 11
    graph = synthetic_graph(organizations, relationships)
    with tempfile.TemporaryDirectory() as folder:
        store = LadybugStore(Path(folder) / "g.lbug")
        started = time.perf_counter()
        store.write(graph)
        print(f"write: {len(graph.nodes)} nodes, {len(graph.edges)} relationships in "
              f"{time.perf_counter() - started:.1f} s")
        store.close()
        store = LadybugStore(Path(folder) / "g.lbug", read_only=True)  # as `promgraph query` opens it
        orgs = [f"org-{i}" for i in range(organizations // 200, organizations, max(1, organizations // repeats))]
        examples = {"org": orgs, "source": orgs, "target": orgs[::-1], "cluster": [f"org-{i}" for i in range(repeats)],
                    "region": ["plc-2"], "since": ["2025-06-01"]}
        rows = []
        for name in load_queries():
            query = get_query(name)
            runs = [_params(query, {p.name: examples[p.name][k % len(examples[p.name])]
                                    for p in query.params if p.default is None}) for k in range(repeats)]
            store.query(query.text(store.dialect), runs[-1])  # warm-up, untimed: the buffer pool fills
            times = []
            for params in runs:
                started = time.perf_counter()
                store.query(query.text(store.dialect), params)
                times.append(time.perf_counter() - started)
            rows.append((name, statistics.median(times), 0.050))
        times = []
        for org in orgs[:repeats]:
            started = time.perf_counter()
            partner_candidates(store, org)
            times.append(time.perf_counter() - started)
        rows.append(("partners", statistics.median(times), 0.200))
        store.close()
    print(f"{'query':<30} {'p50 ms':>8} {'target ms':>10}")
    for name, p50, target in rows:
        print(f"{name:<30} {p50 * 1000:>8.1f} {target * 1000:>10.0f} {'ok' if p50 <= target else 'SLOW'}")


def _params(query: Query, given: dict[str, str]) -> dict[str, object]:
    """Parameters with node ids given directly, defaults filled: name lookup is not what is timed."""
    values: dict[str, object] = {}
    for param in query.params:
        value = given.get(param.name, param.default)
        if value in (None, "null"):
            values[param.name] = None
        else:
            values[param.name] = int(value) if param.type == "int" else value
    return values


if __name__ == "__main__":
    main()

"""Partner ranking against baselines: hide the newest cooperation links, see who finds them.

    .venv/bin/python benchmarks/partners_eval.py [organizations] [relationships] [queries]

On the example graph (promgraph-data, built by `promgraph build`) and on a synthetic graph
(benchmarks/synthetic.py), the newest 10% (examples: 30%) of cooperation links by date are hidden; for each
hidden link (a, b) the ranking for a is asked where b stands. Baselines: random, common
neighbours, Adamic–Adar. Prints Hits@10 and MRR.
"""

from __future__ import annotations

import math
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import networkx as nx  # noqa: E402
from synthetic import synthetic_graph  # noqa: E402

from promgraph.graph.model import Graph  # noqa: E402
from promgraph.graph.stores.ladybug import LadybugStore  # noqa: E402
from promgraph.graph.workspace import Workspace  # noqa: E402
from promgraph.queries.partners import partner_candidates  # noqa: E402


def split(graph: Graph, share: float = 0.1) -> tuple[Graph, list[tuple[str, str]]]:
    links = sorted((min(ev.date or "" for ev in e.evidence), eid) for eid, e in graph.edges.items()
                   if e.type == "COOPERATES_WITH")
    hidden = {eid for _, eid in links[int(len(links) * (1 - share)):]}
    train = Graph(dict(graph.nodes), {k: v for k, v in graph.edges.items() if k not in hidden}, graph.documents)
    return train, [(graph.edges[e].source, graph.edges[e].target) for e in sorted(hidden)]


def cooperation(graph: Graph) -> nx.Graph:
    """Partners as promgraph counts them: cooperation links and co-parties of an agreement."""
    g = nx.Graph()
    g.add_nodes_from(n.id for n in graph.nodes.values() if n.label == "Organization")
    g.add_edges_from((e.source, e.target) for e in graph.edges.values() if e.type == "COOPERATES_WITH")
    parties: dict[str, list[str]] = {}
    for e in graph.edges.values():
        if e.type == "PARTY_TO":
            parties.setdefault(e.target, []).append(e.source)
    g.add_edges_from((a, b) for group in parties.values() for a in group for b in group if a != b)
    return g


def common_neighbours(g: nx.Graph, a: str, c: str) -> float:
    return float(len(set(g[a]) & set(g[c])))


def adamic_adar(g: nx.Graph, a: str, c: str) -> float:
    return sum(1 / math.log(g.degree(n)) for n in set(g[a]) & set(g[c]) if g.degree(n) > 1)


def baseline_rank(g: nx.Graph, a: str, b: str, score) -> float:
    """Expected rank of b among a's non-partners by ``score``, ties in random order (None: all tied)."""
    pool = [n for n in g.nodes if n != a and not g.has_edge(a, n)]
    scored = {} if score is None else {c: score(g, a, c) for c in {m for n in g[a] for m in g[n]} - set(g[a]) - {a}}
    target = scored.get(b, 0.0)
    better = sum(1 for v in scored.values() if v > target)
    ties = sum(1 for v in scored.values() if v == target) if target > 0 else len(pool) - sum(
        1 for v in scored.values() if v > 0)
    return better + (max(ties, 1) + 1) / 2


def evaluate(name: str, graph: Graph, queries: int, rng: random.Random,
             share: float = 0.1) -> list[tuple[str, str, float, float, int]]:
    train, hidden = split(graph, share)
    g = cooperation(train)
    tests = [(a, b) for a, b in hidden if g.degree(a) > 0 and not g.has_edge(a, b)]
    rng.shuffle(tests)
    tests = tests[:queries]
    with tempfile.TemporaryDirectory() as folder:
        store = LadybugStore(Path(folder) / "g.lbug")
        store.write(train)
        ranks: dict[str, list[float]] = {"promgraph": [], "random": [], "common neighbours": [], "Adamic–Adar": []}
        for a, b in tests:
            found = [c.id for c in partner_candidates(store, a, top=100)]
            ranks["promgraph"].append(found.index(b) + 1 if b in found else math.inf)
            ranks["random"].append(baseline_rank(g, a, b, None))
            ranks["common neighbours"].append(baseline_rank(g, a, b, common_neighbours))
            ranks["Adamic–Adar"].append(baseline_rank(g, a, b, adamic_adar))
        store.close()
    return [(name, method, sum(r <= 10 for r in rs) / len(rs), sum(1 / r for r in rs) / len(rs), len(rs))
            for method, rs in ranks.items() if rs]


def main() -> None:
    organizations = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    relationships = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
    queries = int(sys.argv[3]) if len(sys.argv) > 3 else 300
    rng = random.Random(1)
    rows = []
    workspace = Workspace("promgraph-data")
    if workspace.graph_path.exists():
        # the example graph is small: hiding 10% would leave a single test link
        rows += evaluate("examples (30% hidden)", workspace.load_graph(), queries, rng, share=0.3)
    rows += evaluate(f"synthetic {organizations}/{relationships}", synthetic_graph(organizations, relationships),
                     queries, rng)
    print(f"{'graph':<24} {'method':<18} {'Hits@10':>8} {'MRR':>7} {'queries':>8}")
    for graph, method, hits, mrr, n in rows:
        print(f"{graph:<24} {method:<18} {hits:>8.3f} {mrr:>7.3f} {n:>8}")


if __name__ == "__main__":
    main()

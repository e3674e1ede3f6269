"""Synthetic graphs with a realistic shape for benchmarks: regions, industries, clusters, hubs.

Organizations sit in regions and industries (ОКВЭД classes); cooperation links prefer partners in
the same region and complementary industries, and well-connected plants (preferential attachment);
clusters gather members of one region. Seeded, so every run builds the same graph.
"""

from __future__ import annotations

import random

from promgraph.graph.model import Edge, Evidence, Graph, Node

__all__ = ["synthetic_graph"]

REGIONS = ["Чувашская Республика", "Республика Татарстан", "Тульская область", "Липецкая область",
           "Нижегородская область", "Ульяновская область", "Самарская область", "Свердловская область",
           "Пермский край", "Челябинская область"]
INDUSTRIES = ["27.11", "27.12", "27.32", "28.41", "28.12", "24.52", "25.11", "20.14", "22.21", "30.30"]


def synthetic_graph(organizations: int, relationships: int, seed: int = 7) -> Graph:
    """About ``organizations`` organizations and ``relationships`` cooperation and membership links."""
    rng = random.Random(seed)
    graph = Graph()
    for i, region in enumerate(REGIONS):
        graph.nodes[f"plc-{i}"] = Node(f"plc-{i}", "Place", region, "region", (), {},
                                       (Evidence("gen", region, 0, 1, "synthetic", 1.0),))
    clusters = max(1, organizations // 200)
    ids: list[str] = []
    hubs: list[str] = []  # one entry per link end: drawing from it is preferential attachment
    for i in range(organizations):
        region = rng.randrange(len(REGIONS))
        kind = "cluster" if i < clusters else "company"
        ev = (Evidence(f"doc-{i % 5000}", f"Предприятие {i} сообщило о сотрудничестве.", 0, 40, "synthetic", 0.8,
                       f"20{20 + i % 6}-{1 + i % 12:02d}-15"),)
        graph.nodes[f"org-{i}"] = Node(f"org-{i}", "Organization", f"Завод {i}", kind, (f"З{i}",),
                                       {"okved": rng.choice(INDUSTRIES), "inn": None, "region": REGIONS[region]}, ev)
        graph.edges[f"loc-{i}"] = Edge("LOCATED_IN", f"org-{i}", f"plc-{region}", {}, ev)
        ids.append(f"org-{i}")
    made = 0
    while made < relationships - organizations:
        a = rng.choice(hubs) if hubs and rng.random() < 0.5 else rng.choice(ids)
        b = rng.choice(hubs) if hubs and rng.random() < 0.7 else rng.choice(ids)
        if a == b:
            continue
        source, target = graph.nodes[a], graph.nodes[b]
        ev = (Evidence(f"doc-{made % 5000}", "Стороны договорились о поставках.", 0, 33, "synthetic", 0.6,
                       f"20{20 + made % 6}-{1 + made % 12:02d}-01"),)
        if target.kind == "cluster" and source.kind == "company":
            graph.edges[f"mem-{made}"] = Edge("MEMBER_OF", a, b, {}, ev)
        else:
            graph.edges[f"coop-{made}"] = Edge("COOPERATES_WITH", a, b, {"what": "поставки"}, ev)
        hubs += [a, b]
        made += 1
    return graph

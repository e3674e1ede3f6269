"""Synthetic graphs with a realistic shape for benchmarks: regions, industries, clusters, hubs.

Organizations sit in regions and industries (ОКВЭД classes). A new cooperation link goes to a
partner of a partner (triadic closure), a partner in the same region or in a supplier industry,
or a well-connected plant (preferential attachment); clusters gather members of one region;
links get later dates as the graph grows, so "the newest links" are a fair test set. Seeded:
every run builds the same graph.
"""

from __future__ import annotations

import random
from collections import defaultdict

from promgraph.graph.model import Edge, Evidence, Graph, Node

__all__ = ["synthetic_graph", "REGIONS", "INDUSTRIES"]

REGIONS = ["Чувашская Республика", "Республика Татарстан", "Тульская область", "Липецкая область",
           "Нижегородская область", "Ульяновская область", "Самарская область", "Свердловская область",
           "Пермский край", "Челябинская область"]
INDUSTRIES = ["27.11", "27.12", "27.32", "28.41", "28.12", "24.52", "25.11", "20.14", "22.21", "30.30"]
SUPPLIERS = {i: [INDUSTRIES[(k + 1) % len(INDUSTRIES)], INDUSTRIES[(k + 3) % len(INDUSTRIES)]]
             for k, i in enumerate(INDUSTRIES)}


def _date(step: int, total: int) -> str:
    month = 72 * step // max(total, 1)
    return f"{2020 + month // 12}-{1 + month % 12:02d}-15"


def synthetic_graph(organizations: int, relationships: int, seed: int = 7) -> Graph:
    """About ``organizations`` organizations and ``relationships`` links (cooperation, membership, place)."""
    rng = random.Random(seed)
    graph = Graph()
    for i, region in enumerate(REGIONS):
        graph.nodes[f"plc-{i}"] = Node(f"plc-{i}", "Place", region, "region", (), {},
                                       (Evidence("gen", region, 0, 1, "synthetic", 1.0),))
    clusters = max(1, organizations // 200)
    ids: list[str] = []
    hubs: list[str] = []  # one entry per link end: drawing from it is preferential attachment
    region_of: dict[str, int] = {}
    industry_of: dict[str, str] = {}
    by_region: dict[int, list[str]] = defaultdict(list)
    by_industry: dict[str, list[str]] = defaultdict(list)
    partners: dict[str, list[str]] = defaultdict(list)
    for i in range(organizations):
        oid, region, okved = f"org-{i}", rng.randrange(len(REGIONS)), rng.choice(INDUSTRIES)
        kind = "cluster" if i < clusters else "company"
        ev = (Evidence(f"doc-{i % 5000}", f"Предприятие {i} сообщило о сотрудничестве.", 0, 40, "synthetic", 0.8,
                       "2020-01-15"),)
        graph.nodes[oid] = Node(oid, "Organization", f"Завод {i}", kind, (f"З{i}",),
                                {"okved": okved, "region": REGIONS[region]}, ev)
        graph.edges[f"loc-{i}"] = Edge("LOCATED_IN", oid, f"plc-{region}", {}, ev)
        ids.append(oid)
        region_of[oid], industry_of[oid] = region, okved
        if kind == "company":
            by_region[region].append(oid)
            by_industry[okved].append(oid)
    total = relationships - organizations
    made = 0
    while made < total:
        a = rng.choice(hubs) if hubs and rng.random() < 0.3 else rng.choice(ids)
        draw = rng.random()
        if a.startswith("org-") and int(a[4:]) < clusters:
            b = rng.choice(by_region[region_of[a]])
        elif draw < 0.35 and partners[a]:
            middle = rng.choice(partners[a])
            b = rng.choice(partners[middle])
        elif draw < 0.6:
            b = rng.choice(by_region[region_of[a]])
        elif draw < 0.85:
            b = rng.choice(by_industry[rng.choice(SUPPLIERS[industry_of[a]])])
        else:
            b = rng.choice(hubs) if hubs else rng.choice(ids)
        if a == b:
            continue
        ev = (Evidence(f"doc-{made % 5000}", "Стороны договорились о поставках.", 0, 33, "synthetic", 0.6,
                       _date(made, total)),)
        if graph.nodes[a].kind == "cluster":
            graph.edges[f"mem-{made}"] = Edge("MEMBER_OF", b, a, {}, ev)
        elif graph.nodes[b].kind == "cluster":
            graph.edges[f"mem-{made}"] = Edge("MEMBER_OF", a, b, {}, ev)
        else:
            graph.edges[f"coop-{made}"] = Edge("COOPERATES_WITH", a, b, {"what": "поставки"}, ev)
            partners[a].append(b)
            partners[b].append(a)
        hubs += [a, b]
        made += 1
    return graph

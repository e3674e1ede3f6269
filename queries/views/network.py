"""The data of the whole-network page: the cooperation core, coloured by community.

The core is what a reader came for: organizations linked to other organizations or to agreements,
the agreements, and the people who link two of them. Its :data:`CORE_LIMIT` most connected nodes
are drawn, whatever the size of the graph, so the page opens in the same time at 100 or 100,000
organizations; how many are left out is counted, and search and the region pages reach them.
Organizations with no link fill the screen and hide the links, so they are counted, and the most
documented :data:`ISOLATED_LIMIT` of them are placed apart, hidden until the reader asks.
Communities are networkx's Louvain communities of the drawn core; each starts the layout in a place
of its own, so the colours come in patches, as in Gephi.
"""

from __future__ import annotations

from typing import Any

from promgraph.queries.views.adjacency import Adjacency
from promgraph.queries.views.layout import drawing_scale, force_layout, grouped_start
from promgraph.queries.views.payload import edge_item, node_item, sources_of

__all__ = ["CORE_LIMIT", "ISOLATED_LIMIT", "COLOURED", "core_degrees", "network_page"]

CORE_LIMIT = 1600
ISOLATED_LIMIT = 400
COLOURED = 12  # the largest communities get a colour of their own, the rest one grey
CORE_LABELS = ("Organization", "Agreement")


def core_degrees(adjacency: Adjacency) -> dict[str, int]:
    """Links of every core node to other core nodes (for a person: the organizations and agreements it links)."""
    nodes = adjacency.graph.nodes
    degrees: dict[str, int] = {}
    for node_id, links in adjacency.links.items():
        label = nodes[node_id].label
        if label in CORE_LABELS:
            degree = sum(1 for link in links if nodes[link.other].label in CORE_LABELS)
        elif label == "Person":
            degree = len({link.other for link in links if nodes[link.other].label in CORE_LABELS})
            degree = degree if degree >= 2 else 0
        else:
            degree = 0
        if degree:
            degrees[node_id] = degree
    return degrees


def _communities(ids: list[str], edges: list[tuple[str, str]]) -> list[list[str]]:
    """Louvain communities, the largest first."""
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(ids)
    graph.add_edges_from(edges)
    found = [sorted(c) for c in nx.community.louvain_communities(graph, seed=7)]
    return sorted(found, key=lambda c: (-len(c), c[0]))


def _grid(ids: list[str], top: float, width: float, step: float = 90.0) -> dict[str, tuple[float, float]]:
    """Unlinked nodes in rows below the core, ``top`` being the core's lower edge."""
    columns = max(1, int(width // step))
    return {n: (-width / 2 + (i % columns) * step, top + step + (i // columns) * step) for i, n in enumerate(ids)}


def network_page(adjacency: Adjacency) -> dict[str, Any]:
    """Nodes, edges, communities and counts of ``network.html``."""
    graph = adjacency.graph
    degrees = core_degrees(adjacency)
    ranked = sorted(degrees, key=lambda n: (-degrees[n], n))
    core = sorted(ranked[:CORE_LIMIT])
    isolated = sorted((n for n in graph.nodes.values() if n.label == "Organization" and n.id not in degrees),
                      key=lambda n: (-len({e.doc for e in n.evidence}), n.name))
    edges = [edge_item(graph, e) for e in adjacency.between(set(core))]
    pairs = [(e["from"], e["to"]) for e in edges]
    index = {n: i for i, n in enumerate(core)}
    groups = _communities(core, pairs)
    community = {n: (i if i < COLOURED and len(c) > 2 else -1) for i, c in enumerate(groups) for n in c}
    scale = drawing_scale(len(core))
    start = grouped_start([[index[n] for n in c] for c in groups], len(core))
    spread = force_layout(len(core), [(index[a], index[b]) for a, b in pairs], iterations=40, scale=scale,
                          start=start)
    positions = {n: (float(x), float(y)) for n, (x, y) in zip(core, spread, strict=True)}
    lowest = max((y for _, y in positions.values()), default=0.0)
    shown = [n.id for n in isolated[:ISOLATED_LIMIT]]
    positions.update(_grid(shown, lowest, 2 * scale))
    nodes = [node_item(graph.nodes[n], adjacency, *positions[n], community=community[n]) for n in core]
    nodes += [node_item(graph.nodes[n], adjacency, *positions[n], isolated=True) for n in shown]
    names = {}
    for n in ranked:
        if community.get(n, -1) >= 0 and graph.nodes[n].label == "Organization":
            names.setdefault(community[n], graph.nodes[n].name)
    sizes = [sum(1 for c in community.values() if c == i) for i in range(COLOURED)]
    return {"kind": "network", "title": "Сеть кооперации", "nodes": nodes, "edges": edges,
            "sources": sources_of(graph, edges),
            "communities": [{"name": names.get(i, ""), "size": sizes[i]} for i in range(COLOURED) if sizes[i]],
            "counts": {"core": len(ranked), "drawn": len(core), "isolated": len(isolated),
                       "isolated_drawn": len(shown)}}

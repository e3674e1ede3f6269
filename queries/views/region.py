"""The data of one region's page: its most connected organizations, their partners, all its members.

A region with ЕГРЮЛ loaded has tens of thousands of organizations: the drawing keeps the
:data:`MEMBER_LIMIT` most connected and the :data:`PARTNER_LIMIT` partners elsewhere they work
with most, the table lists every member.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from promgraph.queries.views.adjacency import Adjacency
from promgraph.queries.views.layout import drawing_scale, force_layout
from promgraph.queries.views.payload import edge_item, node_item, sources_of

__all__ = ["MEMBER_LIMIT", "PARTNER_LIMIT", "region_members", "region_page"]

MEMBER_LIMIT = 200
PARTNER_LIMIT = 100
LINKS_PER_MEMBER = 20  # a hub's partners are counted from its strongest links only


def region_members(adjacency: Adjacency, region_id: str) -> list[str]:
    """Organizations located in the region or in one of its cities, the most connected first."""
    nodes = adjacency.graph.nodes
    found = []
    for member in adjacency.members.get(region_id, ()):
        if nodes[member].label == "Place":
            found += [m for m in adjacency.members.get(member, ()) if nodes[m].label == "Organization"]
        elif nodes[member].label == "Organization":
            found.append(member)
    return sorted(set(found), key=lambda m: (-adjacency.degree(m), nodes[m].name))


def region_page(adjacency: Adjacency, region_id: str) -> dict[str, Any]:
    """Nodes, edges, sources and the member table of ``region_id``'s page."""
    graph = adjacency.graph
    members = region_members(adjacency, region_id)
    drawn = [m for m in members if adjacency.degree(m)][:MEMBER_LIMIT]
    inside = set(drawn)
    partners = Counter(link.other for m in drawn for link in adjacency.of(m)[:LINKS_PER_MEMBER]
                       if link.other not in inside and graph.nodes[link.other].label != "Person")
    ids = sorted(inside | {p for p, _ in partners.most_common(PARTNER_LIMIT)})
    edges = [edge_item(graph, e) for e in adjacency.between(set(ids))]
    index = {n: i for i, n in enumerate(ids)}
    spread = force_layout(len(ids), [(index[e["from"]], index[e["to"]]) for e in edges], iterations=40, sample=100,
                          scale=drawing_scale(len(ids)))
    outside = {n for n in ids if n not in inside and graph.nodes[n].label == "Organization"}
    nodes = [node_item(graph.nodes[n], adjacency, float(x), float(y), outside=n in outside)
             for n, (x, y) in zip(ids, spread, strict=True)]
    table = [[m, graph.nodes[m].name, graph.nodes[m].kind, adjacency.degree(m),
              "org" if adjacency.has_page(m) else None] for m in members]
    return {"kind": "region", "title": graph.nodes[region_id].name, "focus": region_id, "nodes": nodes,
            "edges": edges, "sources": sources_of(graph, edges),
            "members": {"shown": len(drawn), "total": len(members), "rows": table}}

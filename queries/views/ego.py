"""The data of one organization's page: the organization in the middle, its strongest links around.

A hub with thousands of partners draws only its :data:`LINK_LIMIT` strongest links (most sources,
then newest) and the parties of its agreements; every link is still in the page's table, with its
type and dates, so nothing is lost by bounding the drawing. The page's size and the time to write
it depend on what it shows, never on the size of the graph.
"""

from __future__ import annotations

from typing import Any

from promgraph.queries.views.adjacency import Adjacency
from promgraph.queries.views.layout import radial_layout
from promgraph.queries.views.payload import edge_item, node_item, sources_of

__all__ = ["LINK_LIMIT", "FAN_LIMIT", "ego_page"]

LINK_LIMIT = 60  # links of the organization drawn around it
FAN_LIMIT = 6  # parties drawn behind each of its agreements, organizations behind each of its people
FANNED = ("Agreement", "Person")  # what a link goes through: an agreement's other parties, a person's other posts


def ego_page(adjacency: Adjacency, org_id: str) -> dict[str, Any]:
    """Nodes, edges, sources and the full table of links of ``org_id``'s page."""
    graph = adjacency.graph
    links = adjacency.of(org_id)
    ring: list[str] = []
    for link in links:
        if link.other not in ring and link.other != org_id:
            ring.append(link.other)
        if len(ring) == LINK_LIMIT:
            break
    drawn = {org_id, *ring}
    children: dict[str, list[str]] = {}
    for node in ring:
        if graph.nodes[node].label in FANNED:
            fan = [link.other for link in adjacency.of(node) if link.other not in drawn][:FAN_LIMIT]
            fan = list(dict.fromkeys(fan))
            children[node] = fan
            drawn.update(fan)
    positions = radial_layout(ring, children)
    positions[org_id] = (0.0, 0.0)
    nodes = [node_item(graph.nodes[n], adjacency, *positions[n]) for n in [org_id, *ring]
             + [c for node in ring for c in children.get(node, ())]]
    edges = [edge_item(graph, e) for e in adjacency.between(drawn)]
    table = [[link.other, graph.nodes[link.other].name, graph.nodes[link.other].label, link.type, link.first,
              link.last, link.sources, "org" if adjacency.has_page(link.other) else None] for link in links]
    shown = sum(1 for link in links if link.other in drawn)
    return {"kind": "org", "title": graph.nodes[org_id].name, "focus": org_id, "nodes": nodes, "edges": edges,
            "sources": sources_of(graph, edges), "links": {"shown": shown, "total": len(links), "rows": table}}

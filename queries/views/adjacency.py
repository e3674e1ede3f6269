"""Every node's links, strongest first, built once for the whole site.

Each page reads the links of a few nodes from here instead of scanning the graph's edges, which is
what made the site grow with the square of the graph: one pass over the edges, then every page
costs what it shows.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from promgraph.graph.model import Graph

__all__ = ["Link", "Adjacency", "HIDDEN_TYPES", "SHOWN_LABELS"]

HIDDEN_TYPES = {"MENTIONED_IN", "LOCATED_IN"}  # a link to a document or a place is a property, not a tie
SHOWN_LABELS = ("Organization", "Person", "Agreement")


@dataclass(frozen=True)
class Link:
    """One end's view of an edge: the edge, the node at the other end, and how strong the tie is."""

    edge: str
    other: str
    type: str
    sources: int  # distinct documents behind the edge
    first: str | None
    last: str | None

    def strength(self) -> tuple[int, str]:
        """Most sources first, then the newest."""
        return self.sources, self.last or ""


class Adjacency:
    """Links of every node among :data:`SHOWN_LABELS`, and the members of every place."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        links: dict[str, list[Link]] = defaultdict(list)
        members: dict[str, list[str]] = defaultdict(list)
        for edge_id, edge in graph.edges.items():
            if edge.type == "LOCATED_IN":
                members[edge.target].append(edge.source)
            if edge.type in HIDDEN_TYPES or edge.source not in graph.nodes or edge.target not in graph.nodes:
                continue
            if graph.nodes[edge.source].label not in SHOWN_LABELS or graph.nodes[edge.target].label not in SHOWN_LABELS:
                continue
            first, last = edge.seen()
            sources = edge.sources()
            links[edge.source].append(Link(edge_id, edge.target, edge.type, sources, first, last))
            links[edge.target].append(Link(edge_id, edge.source, edge.type, sources, first, last))
        for items in links.values():
            items.sort(key=Link.strength, reverse=True)
        self.links: dict[str, list[Link]] = dict(links)
        self.members: dict[str, list[str]] = dict(members)
        self._hubs: dict[str, dict[str, list[str]]] = {}

    def of(self, node_id: str) -> list[Link]:
        """The node's links, strongest first."""
        return self.links.get(node_id, [])

    def degree(self, node_id: str) -> int:
        return len(self.links.get(node_id, ()))

    def has_page(self, node_id: str) -> bool:
        """Whether the node gets a page of its own: an organization with at least one link."""
        return node_id in self.links and self.graph.nodes[node_id].label == "Organization"

    def between(self, nodes: set[str]) -> list[str]:
        """Ids of the edges joining two of ``nodes``, each once, in a time bounded by the number of
        nodes, not their degrees: a hub's links are looked up by the node at the other end."""
        found: set[str] = set()
        for node in nodes:
            items = self.of(node)
            if len(items) <= len(nodes):
                found.update(link.edge for link in items if link.other in nodes)
            else:
                by_other = self._by_other(node)
                found.update(edge for other in nodes for edge in by_other.get(other, ()))
        return sorted(found)

    def _by_other(self, node_id: str) -> dict[str, list[str]]:
        """A hub's edges by the node at the other end, made on first use and kept."""
        if node_id not in self._hubs:
            by_other: dict[str, list[str]] = defaultdict(list)
            for link in self.of(node_id):
                by_other[link.other].append(link.edge)
            self._hubs[node_id] = dict(by_other)
        return self._hubs[node_id]

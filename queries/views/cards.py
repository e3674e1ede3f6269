"""Cards: what the side panel shows of any organization, person, place or agreement.

Identifiers, region, ОКВЭД and the rest of the registry's properties, names and aliases, the
newest sources with the mention marked, and the strongest links. Every node has one, with or
without a page of its own: an organization no news links to is still found by search and shown.
Cards are grouped in buckets by a hash of the id (:mod:`addresses`), about thirty a file, so a
page loads the one bucket it needs and the site does not hold a file per registry record.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from promgraph.graph.model import Node
from promgraph.queries.views.addresses import bucket_count, bucket_of, card_data
from promgraph.queries.views.adjacency import Adjacency
from promgraph.queries.views.payload import evidence_items, sources_of, write_data

__all__ = ["CARD_LABELS", "page_of", "card", "write_cards"]

CARD_LABELS = ("Organization", "Person", "Place", "Agreement")
ALIAS_LIMIT = 20
LINK_LIMIT = 20  # nodes linked, each with the types of its links
EVIDENCE_LIMIT = 10


def page_of(node: Node, adjacency: Adjacency) -> str | None:
    """The kind of page a node has: ``org``, ``region``, or none."""
    if adjacency.has_page(node.id):
        return "org"
    if node.label == "Place" and node.kind == "region":
        return "region"
    return None


def card(node: Node, adjacency: Adjacency) -> dict[str, Any]:
    """The card of one node."""
    nodes = adjacency.graph.nodes
    evidence, more = evidence_items(node.evidence, EVIDENCE_LIMIT)
    links: dict[str, list[str]] = {}  # the other node's id → the types linking it, strongest first
    for link in adjacency.of(node.id):
        links.setdefault(link.other, []).append(link.type)
    item = {"id": node.id, "name": node.name, "group": node.label, "kind": node.kind,
            "aliases": list(node.aliases[:ALIAS_LIMIT]),
            "props": {k: v for k, v in node.props.items() if v not in (None, "", []) and k != "resolution"},
            "evidence": evidence, "more": more,
            "links": [[other, nodes[other].name, nodes[other].label, list(dict.fromkeys(types)),
                       page_of(nodes[other], adjacency)] for other, types in list(links.items())[:LINK_LIMIT]],
            "more_links": max(0, len(links) - LINK_LIMIT), "page": page_of(node, adjacency)}
    item["sources"] = sources_of(adjacency.graph, [item])
    return item


def write_cards(adjacency: Adjacency, folder: Path) -> tuple[int, int, int]:
    """Write every card into its bucket; returns the number of buckets, of files and of bytes written."""
    nodes = [n for n in adjacency.graph.nodes.values() if n.label in CARD_LABELS]
    buckets = bucket_count(len(nodes))
    grouped: dict[int, dict[str, Any]] = defaultdict(dict)
    for node in nodes:
        grouped[bucket_of(node.id, buckets)][node.id] = card(node, adjacency)
    written = sum(write_data(folder, card_data(b), cards) for b, cards in grouped.items())
    return buckets, len(grouped), written

"""The records the page script reads, and the data files that carry them.

A data file is one line of JavaScript, ``promgraph.receive("<its path>", <JSON>)``: a ``<script
src>`` of a local file works from ``file://`` where ``fetch`` does not. Evidence is cut to the
newest few sentences, so a node in a thousand articles does not make a page of megabytes; the
count of the rest is kept.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from promgraph.graph.model import Evidence, Graph, Node
from promgraph.queries.views.adjacency import Adjacency

__all__ = ["EVIDENCE_LIMIT", "evidence_items", "node_item", "edge_item", "sources_of",
           "to_json", "write_script", "write_data", "node_size"]

EVIDENCE_LIMIT = 5


def node_size(degree: int) -> float:
    """Nodes grow with the log of their links: a hub with 10,000 stays on the screen."""
    return round(8 + 3 * math.log2(1 + degree), 1)


def evidence_items(evidence: Iterable[Evidence], limit: int = EVIDENCE_LIMIT) -> tuple[list[dict[str, Any]], int]:
    """The newest ``limit`` pieces of evidence, with the mention's place in its sentence, and how many more."""
    ordered = sorted(evidence, key=lambda e: e.date or "", reverse=True)
    items = []
    for e in ordered[:limit]:
        item: dict[str, Any] = {"doc": e.doc, "sentence": e.sentence, "method": e.method,
                                "confidence": e.confidence}
        if e.date:
            item["date"] = e.date
        if e.mention_start is not None and e.start is not None and e.mention_end is not None:
            item["from"] = e.mention_start - e.start
            item["to"] = e.mention_end - e.start
        items.append(item)
    return items, max(0, len(ordered) - limit)


def node_item(node: Node, adjacency: Adjacency, x: float, y: float, **extra: Any) -> dict[str, Any]:
    """A node as drawn: name, class, kind, size and position, and whether it has a page."""
    item = {"id": node.id, "name": node.name, "group": node.label, "kind": node.kind,
            "size": node_size(adjacency.degree(node.id)), "x": round(x, 1), "y": round(y, 1)}
    if adjacency.has_page(node.id):
        item["page"] = "org"
    return {**item, **extra}


def edge_item(graph: Graph, edge_id: str) -> dict[str, Any]:
    """An edge as drawn, with its dates and its newest evidence."""
    edge = graph.edges[edge_id]
    first, last = edge.seen()
    evidence, more = evidence_items(edge.evidence)
    return {"id": edge_id, "from": edge.source, "to": edge.target, "type": edge.type,
            "props": {k: v for k, v in edge.props.items() if v is not None},
            "first_seen": first, "last_seen": last, "sources": edge.sources(),
            "evidence": evidence, "more": more}


def sources_of(graph: Graph, items: Iterable[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Title, address and date of every document the items' evidence cites."""
    docs = {e["doc"] for item in items for e in item.get("evidence", ())}
    return {d: {"title": graph.documents[d].title, "url": graph.documents[d].url,
                "published": graph.documents[d].published}
            for d in sorted(docs) if d in graph.documents}


def to_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def write_script(folder: Path, relative: str, json_text: str) -> int:
    """Write one data file, its payload given as JSON text, under the site ``folder``; returns its bytes."""
    path = folder / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = f"promgraph.receive({json.dumps(relative)},{json_text});\n".encode()
    path.write_bytes(raw)
    return len(raw)


def write_data(folder: Path, relative: str, data: Any) -> int:
    """Write one data file under the site ``folder``; returns its size in bytes."""
    return write_script(folder, relative, to_json(data))

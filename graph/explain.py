"""Why a node is what it is: the sources, rules and sentences that made it, for `promgraph explain`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from promgraph.graph.errors import QueryError
from promgraph.graph.model import Graph

__all__ = ["Explanation", "explain"]


@dataclass(frozen=True)
class Explanation:
    header: dict[str, Any]
    sources: list[dict[str, Any]]


def explain(graph: Graph, node_id: str) -> Explanation:
    """The node's identity and merge rules, and one row per piece of evidence, oldest source first."""
    node = graph.nodes.get(node_id)
    if node is None:
        raise QueryError(f"no node {node_id!r} in the workspace graph")
    header = {"id": node.id, "class": node.label, "name": node.name, "kind": node.kind,
              "aliases": list(node.aliases), "merged by": node.props.get("resolution") or "—",
              **{k: v for k, v in node.props.items() if k in ("inn", "ogrn", "kpp", "okved", "legal_form", "region")}}
    rows = []
    for evidence in sorted(node.evidence, key=lambda e: (e.date or "", e.doc, e.start)):
        document = graph.documents.get(evidence.doc)
        rows.append({"source": evidence.doc, "title": document.title if document else "", "date": evidence.date,
                     "method": evidence.method, "confidence": evidence.confidence,
                     "as written": evidence.mention or "", "sentence": evidence.sentence})
    return Explanation(header, rows)

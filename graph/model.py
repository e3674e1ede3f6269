"""Records of the canonical model: what loaders yield and stores write.

Records are frozen dataclasses with ``to_dict``/``from_dict``, so an extraction can be cached in
the workspace as JSON and read back unchanged. Node classes and relationship types are the names
in ``ontology/model.yaml``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["Evidence", "Document", "Node", "Edge", "Extraction", "Graph"]


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: a sentence of a document, or a block of a registry record.

    ``start`` and ``end`` are character offsets of ``sentence`` in the document's text;
    ``mention`` is the exact span (offsets ``mention_start``/``mention_end``) the fact hangs on.
    """

    doc: str
    sentence: str
    start: int
    end: int
    method: str
    confidence: float
    date: str | None = None
    mention: str | None = None
    mention_start: int | None = None
    mention_end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        # vars(), not dataclasses.asdict: this runs once per fact on every store write
        return {k: v for k, v in vars(self).items() if v is not None}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Evidence:
        return cls(**data)


@dataclass(frozen=True)
class Document:
    """A news item or a registry file, identified by the hash of its content."""

    id: str
    title: str
    text: str
    kind: str = "news"
    url: str | None = None
    published: str | None = None
    source: str | None = None
    content_hash: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        return cls(**data)


@dataclass(frozen=True)
class Node:
    """A node of one class of the model. ``id`` is local to an extraction until resolution."""

    id: str
    label: str
    name: str
    kind: str | None = None
    aliases: tuple[str, ...] = ()
    props: dict[str, Any] = field(default_factory=dict)
    evidence: tuple[Evidence, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "name": self.name,
            "kind": self.kind,
            "aliases": list(self.aliases),
            "props": dict(self.props),
            "evidence": [e.to_dict() for e in self.evidence],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Node:
        return cls(
            id=data["id"],
            label=data["label"],
            name=data["name"],
            kind=data.get("kind"),
            aliases=tuple(data.get("aliases", ())),
            props=dict(data.get("props", {})),
            evidence=tuple(Evidence.from_dict(e) for e in data.get("evidence", ())),
        )


@dataclass(frozen=True)
class Edge:
    """A typed relationship between two node ids, with its own properties and evidence."""

    type: str
    source: str
    target: str
    props: dict[str, Any] = field(default_factory=dict)
    evidence: tuple[Evidence, ...] = ()

    def seen(self) -> tuple[str | None, str | None]:
        """The first and the last date the relationship was reported, if any source is dated."""
        dated = sorted(e.date for e in self.evidence if e.date)
        return (dated[0], dated[-1]) if dated else (None, None)

    def sources(self) -> int:
        """How many documents report the relationship: its strength, in the views and exports."""
        return len({e.doc for e in self.evidence})

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "source": self.source,
            "target": self.target,
            "props": dict(self.props),
            "evidence": [e.to_dict() for e in self.evidence],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Edge:
        return cls(
            type=data["type"],
            source=data["source"],
            target=data["target"],
            props=dict(data.get("props", {})),
            evidence=tuple(Evidence.from_dict(e) for e in data.get("evidence", ())),
        )


@dataclass(frozen=True)
class Extraction:
    """Everything read from one document: its nodes and edges, with document-local ids."""

    document: Document
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "document": self.document.to_dict(),
            "nodes": [n.to_dict() for n in self.nodes],
            "edges": [e.to_dict() for e in self.edges],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Extraction:
        return cls(
            document=Document.from_dict(data["document"]),
            nodes=tuple(Node.from_dict(n) for n in data["nodes"]),
            edges=tuple(Edge.from_dict(e) for e in data["edges"]),
        )


@dataclass
class Graph:
    """The resolved graph: nodes by global id, edges by their stable id."""

    nodes: dict[str, Node] = field(default_factory=dict)
    edges: dict[str, Edge] = field(default_factory=dict)
    documents: dict[str, Document] = field(default_factory=dict)

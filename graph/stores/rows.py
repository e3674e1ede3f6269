"""The graph as table rows, shaped by the schema: what every store and bulk export writes.

Each node class and relationship type has the columns ``ontology/model.yaml`` gives it; a value
the schema does not know is an error here, not a silent loss in one backend.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from promgraph.graph.errors import InvalidData
from promgraph.graph.model import Edge, Graph, Node
from promgraph.graph.resolve import provenance
from promgraph.graph.schema import Property, Schema

__all__ = ["node_rows", "edge_rows", "linked_rows", "LINKS"]


def _cast(prop: Property, value: Any) -> Any:
    if value is None:
        return [] if prop.type == "string[]" else None
    if prop.type == "string[]":
        return [str(v) for v in (value if isinstance(value, (list, tuple)) else [value])]
    if prop.type == "double":
        return float(value)
    if prop.type == "int":
        return int(value)
    return str(value)


def _row(columns: tuple[Property, ...], values: dict[str, Any], where: str) -> dict[str, Any]:
    known = {p.name for p in columns}
    unknown = set(values) - known
    if unknown:
        raise InvalidData(f"{where}: properties {sorted(unknown)} are not in ontology/model.yaml")
    return {p.name: _cast(p, values.get(p.name)) for p in columns}


def node_values(node: Node) -> dict[str, Any]:
    values = {"id": node.id, "name": node.name, **node.props, **provenance(node.evidence)}
    if node.kind is not None:
        values["kind"] = node.kind
    if node.aliases:
        values["aliases"] = list(node.aliases)
    return values


LINKS = ("COOPERATES_WITH", "PARTY_TO", "MEMBER_OF")


def _links(graph: Graph) -> dict[str, int]:
    """Each organization's cooperation, agreement and membership links: stored, so that ranking
    the most connected of 100,000 organizations is an ORDER BY, not an aggregation."""
    counts: dict[str, int] = defaultdict(int)
    for edge in graph.edges.values():
        if edge.type in LINKS:
            counts[edge.source] += 1
            counts[edge.target] += 1
    return counts


def _chunks(items: list[Any], chunk: int | None) -> Iterator[list[Any]]:
    """``items`` in pieces of ``chunk`` (all at once when None); an empty list still gives one piece."""
    size = chunk or max(len(items), 1)
    for start in range(0, max(len(items), 1), size):
        yield items[start:start + size]


def node_rows(graph: Graph, schema: Schema, chunk: int | None = None) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """(label, rows) for each node class, rows sorted by id.

    With ``chunk``, a class comes in pieces of at most that many rows, each built only when the
    iteration reaches it: a loader can send one piece while the next is being built.
    """
    by_label: dict[str, list[Node]] = defaultdict(list)
    for node in graph.nodes.values():
        by_label[node.label].append(node)
    links = _links(graph)
    for label in schema.nodes:
        columns = (Property("id", "string", required=True),) + schema.node_properties(label)
        counted = "links" in {p.name for p in columns}
        for nodes in _chunks(sorted(by_label.get(label, []), key=lambda n: n.id), chunk):
            yield label, [_row(columns, {**node_values(n), **({"links": links.get(n.id, 0)} if counted else {})},
                               f"{label} {n.id} ({n.name!r})") for n in nodes]


def edge_values(eid: str, edge: Edge) -> dict[str, Any]:
    return {"id": eid, **edge.props, **provenance(edge.evidence)}


def edge_rows(graph: Graph, schema: Schema,
              chunk: int | None = None) -> Iterator[tuple[str, str, str, list[dict[str, Any]]]]:
    """(type, from label, to label, rows) for each relationship type and pair of node classes.

    Rows carry ``_from`` and ``_to`` (node ids) beside the relationship's own columns. Every
    relationship is checked against the model before the first row is built; ``chunk`` as for
    :func:`node_rows`.
    """
    groups: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for eid in sorted(graph.edges):
        edge = graph.edges[eid]
        source, target = graph.nodes[edge.source], graph.nodes[edge.target]
        if (source.label, target.label) not in schema.relationship(edge.type).pairs:
            raise InvalidData(f"{edge.type} from {source.label} {source.name!r} to {target.label} "
                              f"{target.name!r} is not allowed by ontology/model.yaml")
        groups[(edge.type, source.label, target.label)].append(eid)
    for (type_, a, b), ids in sorted(groups.items()):
        columns = schema.relationship_properties(type_)
        for piece in _chunks(ids, chunk):
            yield type_, a, b, [{"_from": graph.edges[eid].source, "_to": graph.edges[eid].target,
                                 **_row(columns, edge_values(eid, graph.edges[eid]), f"{type_} {eid}")}
                                for eid in piece]


def linked_rows(graph: Graph) -> Iterator[tuple[str, str, list[dict[str, str]]]]:
    """(from label, to label, rows) of the links (:data:`LINKS`) in both directions, each pair once.

    Not the model's data but an index of it, for stores that search paths breadth-first faster
    over one directed table than over three types in both directions.
    """
    groups: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    for edge in graph.edges.values():
        if edge.type in LINKS:
            a, b = graph.nodes[edge.source].label, graph.nodes[edge.target].label
            groups[(a, b)].add((edge.source, edge.target))
            groups[(b, a)].add((edge.target, edge.source))
    for (a, b), pairs in sorted(groups.items()):
        yield a, b, [{"_from": source, "_to": target} for source, target in sorted(pairs)]

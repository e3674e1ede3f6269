"""Make a resolved graph fit the model before anything is written, refusing records one by one.

The stores, the RDF export and the SHACL shapes all follow ``ontology/model.yaml``; a record that
breaks it (a relationship between classes the model does not pair, a property it does not know, an
identifier off its pattern, an agreement left with one party) would otherwise fail a whole batch at
the first store write. Here each such record is taken out of the graph and described — the document,
the rule that made it, the record — so the build reports it and goes on with everything else.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from promgraph.graph.model import Edge, Evidence, Graph, Node
from promgraph.graph.schema import Schema

__all__ = ["Refusal", "conform"]

@dataclass(frozen=True)
class Refusal:
    """One record the model does not accept: where it was read, by which rule, and why."""

    doc: str | None
    rule: str | None
    record: str
    reason: str

    def __str__(self) -> str:
        return f"{self.record}: {self.reason} (rule {self.rule or '?'})"


def _origin(evidence: tuple[Evidence, ...]) -> tuple[str | None, str | None]:
    first = evidence[0] if evidence else None
    return (first.doc, first.method) if first else (None, None)


@cache
def _pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _describe(node: Node) -> str:
    return f"{node.label} {node.name!r}"


def _node_refusals(node: Node, schema: Schema) -> tuple[Node | None, list[str]]:
    """The node as the model accepts it (None when it cannot be kept), and what was refused."""
    spec = schema.nodes.get(node.label)
    if spec is None:
        return None, [f"node class {node.label!r} is not in ontology/model.yaml"]
    if not node.name.strip():
        return None, ["a node without a name"]
    known = {p.name: p for p in schema.node_properties(node.label)}
    props, reasons = {}, []
    for key, value in node.props.items():
        prop = known.get(key)
        if prop is None:
            reasons.append(f"property {key!r} is not in ontology/model.yaml, left out")
        elif prop.pattern and value is not None and not _pattern(prop.pattern).fullmatch(str(value)):
            reasons.append(f"{key} {value!r} does not match {prop.pattern}, left out")
        else:
            props[key] = value
    if not reasons:
        return node, []
    return Node(node.id, node.label, node.name, node.kind, node.aliases, props, node.evidence), reasons


def _edge_refusal(edge: Edge, graph: Graph, schema: Schema) -> str | None:
    spec = schema.relationships.get(edge.type)
    if spec is None:
        return f"relationship type {edge.type!r} is not in ontology/model.yaml"
    pair = (graph.nodes[edge.source].label, graph.nodes[edge.target].label)
    if pair not in spec.pairs:
        return f"{edge.type} from {pair[0]} to {pair[1]} is not allowed by ontology/model.yaml"
    if not edge.evidence:
        return "a relationship without a source"
    unknown = set(edge.props) - {p.name for p in schema.relationship_properties(edge.type)}
    if unknown:
        return f"properties {sorted(unknown)} are not in ontology/model.yaml"
    return None


def conform(graph: Graph, schema: Schema) -> list[Refusal]:
    """Take out of ``graph``, in place, every record the model refuses, and say why for each.

    A node of an unknown class or without a name goes with its relationships; a property the model
    does not know or an identifier off its pattern is dropped from its node; a relationship between
    classes the model does not pair goes alone; an agreement left with fewer than two parties goes
    with its signatures, as the shapes require two.
    """
    refusals: list[Refusal] = []
    for nid in list(graph.nodes):
        node = graph.nodes[nid]
        kept, reasons = _node_refusals(node, schema)
        doc, rule = _origin(node.evidence)
        refusals += [Refusal(doc, rule, _describe(node), reason) for reason in reasons]
        if kept is None:
            del graph.nodes[nid]
        else:
            graph.nodes[nid] = kept
    _drop_dangling(graph)
    parties: dict[str, set[str]] = defaultdict(set)
    for eid in list(graph.edges):
        edge = graph.edges[eid]
        reason = _edge_refusal(edge, graph, schema)
        if reason is not None:
            doc, rule = _origin(edge.evidence)
            record = f"{edge.type} {graph.nodes[edge.source].name!r} → {graph.nodes[edge.target].name!r}"
            refusals.append(Refusal(doc, rule, record, reason))
            del graph.edges[eid]
        elif edge.type == "PARTY_TO":
            parties[edge.target].add(edge.source)
    for nid in [n for n, node in graph.nodes.items() if node.label == "Agreement" and len(parties[n]) < 2]:
        node = graph.nodes.pop(nid)
        doc, rule = _origin(node.evidence)
        refusals.append(Refusal(doc, rule, _describe(node), "an agreement needs two parties, left out"))
    _drop_dangling(graph)
    return refusals


def _drop_dangling(graph: Graph) -> None:
    """Relationships whose node was refused go with it (the node's refusal says so)."""
    nodes = graph.nodes
    for eid in [e for e, edge in graph.edges.items() if edge.source not in nodes or edge.target not in nodes]:
        del graph.edges[eid]

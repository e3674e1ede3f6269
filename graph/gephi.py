"""GraphML and GEXF files of the graph, for Gephi, Cytoscape and other network tools.

networkx writes both. Nodes are the actors — organizations, people, agreements, places, events —
with their name (``label``, what Gephi shows), class, kind, region and identifiers; edges are their
relationships, keyed by id, with their type (also the ``label``), first and last date and number of
sources. Documents and ``MENTIONED_IN`` are left out: a document is provenance, not an actor, and
thousands of them would bury the network (the RDF export keeps them). Both formats want one type
per attribute and no empty values, so an attribute a node lacks is absent, never ``None``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from promgraph.graph.errors import InvalidData
from promgraph.graph.model import Graph, Node

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["FORMATS", "to_networkx", "write_network"]

FORMATS = ("graphml", "gexf")
IDENTIFIERS = ("inn", "ogrn", "kpp", "okved", "legal_form", "status")
LEFT_OUT = {"MENTIONED_IN"}


def _regions(graph: Graph) -> dict[str, str]:
    """Each node's region: the registry's, else the region it is located in."""
    regions = {n.id: str(n.props["region"]) for n in graph.nodes.values() if n.props.get("region")}
    for edge in graph.edges.values():
        place = graph.nodes.get(edge.target)
        if edge.type == "LOCATED_IN" and place is not None and place.kind == "region":
            regions.setdefault(edge.source, place.name)
    return regions


def _node_attributes(node: Node, region: str | None) -> dict[str, Any]:
    attributes = {"label": node.name, "class": node.label, "kind": node.kind, "region": region,
                  "aliases": "; ".join(node.aliases) or None}
    attributes.update({key: str(node.props[key]) for key in IDENTIFIERS if node.props.get(key)})
    return {k: v for k, v in attributes.items() if v is not None}


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """The actors and their relationships as a networkx multigraph, attributes ready to write."""
    import networkx as nx

    regions = _regions(graph)
    network = nx.MultiDiGraph()
    for node in graph.nodes.values():
        if node.label != "Document":
            network.add_node(node.id, **_node_attributes(node, regions.get(node.id)))
    for edge_id, edge in graph.edges.items():
        if edge.type in LEFT_OUT or edge.source not in network or edge.target not in network:
            continue
        first, last = edge.seen()
        attributes: dict[str, Any] = {"label": edge.type, "relation": edge.type, "first_seen": first,
                                      "last_seen": last, "sources": edge.sources()}
        attributes.update({k: str(v) for k, v in edge.props.items() if v is not None and k not in attributes})
        network.add_edge(edge.source, edge.target, key=edge_id,
                         **{k: v for k, v in attributes.items() if v is not None})
    return network


def write_network(graph: Graph, path: Path, fmt: str) -> Path:
    """Write the graph to ``path`` as GraphML or GEXF."""
    import networkx as nx

    if fmt not in FORMATS:
        raise InvalidData(f"unknown network format {fmt!r}; known: {', '.join(FORMATS)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    network = to_networkx(graph)
    if fmt == "graphml":
        nx.write_graphml(network, path, encoding="utf-8")
    else:
        nx.write_gexf(network, path, encoding="utf-8")
    return path

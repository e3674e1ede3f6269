"""Measures Cypher cannot give on every store, computed with networkx on the rows of a query.

A query asks for one in its header (``// adds: betweenness``); its rows must carry ``id``, which
the measure uses and then drops, so the columns are the same on every store.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from promgraph.graph.stores import Store

__all__ = ["MEASURES", "add_measures"]

_NEIGHBOURS = (
    "MATCH (a:Organization)-[:COOPERATES_WITH|MEMBER_OF]-(b:Organization) WHERE a.id IN $ids "
    "RETURN a.id AS a, b.id AS b",
    "MATCH (a:Organization)-[:PARTY_TO]->(:Agreement)<-[:PARTY_TO]-(b:Organization) "
    "WHERE a.id IN $ids AND b.id <> a.id RETURN a.id AS a, b.id AS b",
)


def betweenness(store: Store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Betweenness of each row's organization in the graph of the rows and their partners.

    Local on purpose: exact on a neighbourhood, where the whole graph would need sampling.
    """
    import networkx as nx

    ids = [r["id"] for r in rows]
    graph = nx.Graph()
    graph.add_nodes_from(ids)
    for cypher in _NEIGHBOURS:
        graph.add_edges_from((r["a"], r["b"]) for r in store.query(cypher, {"ids": ids}))
    centrality = nx.betweenness_centrality(graph, normalized=True)
    return [{**r, "betweenness": round(centrality.get(r["id"], 0.0), 4)} for r in rows]


MEASURES: dict[str, Callable[[Store, list[dict[str, Any]]], list[dict[str, Any]]]] = {"betweenness": betweenness}


def add_measures(store: Store, rows: list[dict[str, Any]], names: tuple[str, ...]) -> list[dict[str, Any]]:
    for name in names:
        rows = MEASURES[name](store, rows)
    return [{k: v for k, v in r.items() if k != "id"} for r in rows] if names else rows

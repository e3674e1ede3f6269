"""The Neo4j store: idempotent, batched loading over Bolt with the official driver.

Works unchanged with ``bolt://``, ``neo4j://`` (routing, clusters) and ``neo4j+s://`` (Aura) URIs.
Constraints and indexes come from the model; rows are upserted with ``MERGE`` on the stable ids in
``UNWIND`` batches inside managed transactions (retried by the driver), so loading twice gives the
same graph and a load killed midway completes when run again. All values travel as parameters.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from itertools import chain
from typing import Any

from neo4j import GraphDatabase  # the neo4j extra: without it open_store names the extra to install
from neo4j.exceptions import AuthError, ConfigurationError, Neo4jError, ServiceUnavailable
from neo4j.graph import Node, Path, Relationship

from promgraph.graph.errors import QueryError, StoreError
from promgraph.graph.model import Graph
from promgraph.graph.schema import Schema, load_schema
from promgraph.graph.stores import Store
from promgraph.graph.stores.rows import edge_rows, node_rows

__all__ = ["Neo4jStore", "constraints"]

SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
BATCH = 10000
FULLTEXT = "promgraph_names"
INDEXED = ("name", "inn", "ogrn", "kind")


def constraints(schema: Schema) -> list[str]:
    """Uniqueness constraints and indexes for every class and relationship type of the model."""
    statements = [f"CREATE CONSTRAINT {name.lower()}_id IF NOT EXISTS FOR (n:{name}) REQUIRE n.id IS UNIQUE"
                  for name in schema.nodes]
    for name in schema.nodes:
        known = {p.name for p in schema.node_properties(name)}
        statements += [f"CREATE INDEX {name.lower()}_{prop} IF NOT EXISTS FOR (n:{name}) ON (n.{prop})"
                       for prop in INDEXED if prop in known]
    statements += [f"CREATE INDEX {name.lower()}_id IF NOT EXISTS FOR ()-[r:{name}]-() ON (r.id)"
                   for name in schema.relationships]
    labels = "|".join(n for n in schema.nodes if "aliases" in {p.name for p in schema.node_properties(n)})
    statements.append(f"CREATE FULLTEXT INDEX {FULLTEXT} IF NOT EXISTS FOR (n:{labels}) ON EACH [n.name, n.aliases] "
                      "OPTIONS {indexConfig: {`fulltext.analyzer`: 'russian'}}")
    return statements


def _plain(value: Any) -> Any:
    """Driver nodes, relationships and paths as plain dicts and lists, like the embedded store's."""
    if isinstance(value, Node):
        return {**dict(value), "_label": next(iter(value.labels), None)}
    if isinstance(value, Relationship):
        return {**dict(value), "_label": value.type}
    if isinstance(value, Path):
        return {"nodes": [_plain(n) for n in value.nodes], "rels": [_plain(r) for r in value.relationships]}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


class Neo4jStore(Store):
    dialect = "neo4j"

    def __init__(self, uri: str | None = None, user: str | None = None, password: str | None = None,
                 database: str | None = None):
        self.uri = uri or os.environ.get("NEO4J_URI", "bolt://127.0.0.1:7687")
        self.user = user or os.environ.get("NEO4J_USERNAME") or os.environ.get("NEO4J_USER")
        self.password = password or os.environ.get("NEO4J_PASSWORD")
        self.database = database or os.environ.get("NEO4J_DATABASE") or None
        self._driver: Any = None

    def _connect(self) -> Any:
        if self._driver is None:
            auth = (self.user, self.password or "") if self.user else None
            if self.uri.split("://")[0] not in SCHEMES:
                raise StoreError(f"bad Neo4j URI {self.uri!r}: the scheme must be one of {', '.join(SCHEMES)}")
            try:
                driver = GraphDatabase.driver(self.uri, auth=auth, connection_timeout=10)
                driver.verify_connectivity()  # fails at once, where a query would be retried for 30 s
                driver.execute_query("RETURN 1", database_=self.database, routing_="r")
            except (ValueError, ConfigurationError) as err:
                raise StoreError(f"bad Neo4j URI {self.uri!r}: {err}") from err
            except AuthError as err:
                raise StoreError(f"Neo4j at {self.uri} refused the credentials of user {self.user!r}") from err
            except ServiceUnavailable as err:
                reason = str(err).strip().splitlines()[-1] if str(err).strip() else type(err).__name__
                raise StoreError(f"Neo4j is unreachable at {self.uri} ({reason})") from err
            except Neo4jError as err:
                if err.code and err.code.endswith("DatabaseNotFound"):
                    raise StoreError(f"Neo4j at {self.uri} has no database {self.database!r}") from err
                raise StoreError(f"Neo4j at {self.uri}: {err.message}") from err
            self._driver = driver
        return self._driver

    def _write(self, cypher: str, parameters: dict[str, Any] | None = None) -> None:
        with self._connect().session(database=self.database) as session:
            session.execute_write(lambda tx: tx.run(cypher, parameters or {}).consume())

    def create_schema(self) -> None:
        for statement in constraints(load_schema()):
            self._write(statement)

    def write(self, graph: Graph, progress: Any = None) -> None:
        """Upsert every node and relationship, then drop what the graph no longer has."""
        schema = load_schema()
        self.create_schema()
        self._send(chain(
            ((f"UNWIND $rows AS r MERGE (n:{label} {{id: r.id}}) SET n += r", rows)
             for label, rows in node_rows(graph, schema, BATCH) if rows),
            ((f"UNWIND $rows AS r MATCH (a:{a} {{id: r.source}}) MATCH (b:{b} {{id: r.target}}) "
              f"MERGE (a)-[e:{type_} {{id: r.props.id}}]->(b) SET e += r.props",
              [{"source": r["_from"], "target": r["_to"], "props": {k: v for k, v in r.items() if k[0] != "_"}}
               for r in rows])
             for type_, a, b, rows in edge_rows(graph, schema, BATCH))))
        self._prune(schema, graph)

    def _send(self, batches: Iterable[tuple[str, list[dict[str, Any]]]]) -> None:
        """Write the batches in order, building each next one while the server writes the last.

        Rows are built in Python and written by the server: overlapping the two is what makes a
        large load fast. One batch is in flight at a time, so nodes land before their relationships.
        """
        with ThreadPoolExecutor(max_workers=1) as sender:
            pending: Future[None] | None = None
            for cypher, rows in batches:
                if pending is not None:
                    pending.result()
                pending = sender.submit(self._write, cypher, {"rows": rows})
            if pending is not None:
                pending.result()

    def _prune(self, schema: Schema, graph: Graph) -> None:
        """Remove nodes and relationships of the model's types whose ids the graph no longer has."""
        kept_edges: dict[str, list[str]] = {name: [] for name in schema.relationships}
        for eid, edge in graph.edges.items():
            kept_edges[edge.type].append(eid)
        for type_, ids in kept_edges.items():
            self._write(f"MATCH ()-[r:{type_}]->() WHERE NOT r.id IN $ids DELETE r", {"ids": ids})
        kept_nodes: dict[str, list[str]] = {name: [] for name in schema.nodes}
        for node in graph.nodes.values():
            kept_nodes[node.label].append(node.id)
        for label, ids in kept_nodes.items():
            self._write(f"MATCH (n:{label}) WHERE NOT n.id IN $ids DETACH DELETE n", {"ids": ids})

    def query(self, cypher: str, parameters: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        try:
            records, _, keys = self._connect().execute_query(cypher, parameters or {}, database_=self.database,
                                                             routing_="r")
        except Neo4jError as err:
            raise QueryError(f"Neo4j rejected the query: {err.message}") from err
        return [{k: _plain(record[k]) for k in keys} for record in records]

    def close(self) -> None:
        if self._driver is not None:
            self._driver.close()
        self._driver = None

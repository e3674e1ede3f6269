"""The embedded store: LadybugDB (the maintained fork of Kùzu), one file in the workspace.

Its schema is declared, so the node and relationship tables are generated from the model, with
one derived table beside them, :data:`LINKED`, for path search. A write builds a new database file
beside the old one with ``COPY … FROM`` pyarrow tables (100,000 nodes and 400,000 relationships in
about 2 s, where ``UNWIND … CREATE`` batches took 80 s) and swaps it in only when complete: a
failed write leaves the previous graph untouched, and writing the same graph twice gives the same
graph, never duplicates. The file also records a fingerprint of the tables it was written with, so
a store built by another version of promgraph is refused with a clear message rather than with a
missing property deep inside some query.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from promgraph.graph.errors import QueryError, StoreError
from promgraph.graph.model import Graph
from promgraph.graph.schema import Property, Schema, load_schema
from promgraph.graph.stores import Store
from promgraph.graph.stores.rows import LINKS, edge_rows, linked_rows, node_rows

__all__ = ["LadybugStore", "ddl"]

TYPES = {"string": "STRING", "string[]": "STRING[]", "double": "DOUBLE", "int": "INT64"}


def _columns(props: tuple[Property, ...]) -> str:
    return ", ".join(f"{p.name} {TYPES[p.type]}" for p in props)


# Derived, not in the model: every cooperation, agreement and membership link in both directions,
# in one table. A breadth-first search reads one adjacency list a node over it, where the undirected
# pattern over the three types read six: a shortest path across 400k links takes 30-40 ms, not 50-80.
LINKED = "LINKED"


def _pairs(pairs: Iterable[tuple[str, str]]) -> str:
    return ", ".join(f"FROM {a} TO {b}" for a, b in pairs)


def ddl(schema: Schema) -> list[str]:
    """``CREATE NODE TABLE`` and ``CREATE REL TABLE`` statements for the whole model, and :data:`LINKED`."""
    statements = [
        f"CREATE NODE TABLE {name}(id STRING PRIMARY KEY, {_columns(schema.node_properties(name))})"
        for name in schema.nodes
    ]
    for name, spec in schema.relationships.items():
        statements.append(f"CREATE REL TABLE {name}({_pairs(spec.pairs)}, "
                          f"{_columns(schema.relationship_properties(name))})")
    linked = {pair for type_ in LINKS for a, b in schema.relationship(type_).pairs for pair in ((a, b), (b, a))}
    statements.append(f"CREATE REL TABLE {LINKED}({_pairs(sorted(linked))})")
    return statements


def _fingerprint(statements: list[str]) -> str:
    """What the file says of its tables, as the comment of :func:`_commented` (``CALL show_tables()``)."""
    return "promgraph tables " + hashlib.sha256("\n".join(statements).encode("utf-8")).hexdigest()[:16]


def _commented(schema: Schema) -> str:
    """The table that carries the fingerprint: the model's first node class."""
    return next(iter(schema.nodes))


_ENDS = [("_from", "string"), ("_to", "string")]  # the node ids a relationship row links


def _arrow_table(columns: list[tuple[str, str]], rows: list[dict[str, Any]]) -> Any:
    """A pyarrow table of ``rows`` with the model's types: what LadybugDB's COPY reads fastest."""
    import pyarrow as pa

    types = {"string": pa.string(), "string[]": pa.list_(pa.string()), "double": pa.float64(), "int": pa.int64()}
    return pa.table({name: pa.array([r[name] for r in rows], type=types[kind]) for name, kind in columns})


def _plain(value: Any) -> Any:
    """Ladybug's node, relationship and path values as plain dicts and lists."""
    if isinstance(value, dict):
        if "_label" in value and ("_id" in value or "_src" in value):
            out = {k: _plain(v) for k, v in value.items() if not k.startswith("_") and v is not None}
            out["_label"] = value["_label"]
            return out
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


class LadybugStore(Store):
    dialect = "ladybug"

    def __init__(self, path: str | os.PathLike[str], read_only: bool = False):
        self.path = Path(path)
        self.read_only = read_only
        self._db: Any = None
        self._conn: Any = None

    def _connect(self) -> Any:
        if self._conn is None:
            import ladybug

            if self.read_only and not self.path.exists():
                raise StoreError(f"no graph at {self.path}: run `promgraph build` first")
            try:
                self._db = ladybug.Database(str(self.path), read_only=self.read_only)
                self._conn = ladybug.Connection(self._db)
            except RuntimeError as err:
                raise StoreError(f"cannot open the embedded store {self.path}: {err}") from err
            if self.read_only:
                self._check_build()
        return self._conn

    def _check_build(self) -> None:
        """Refuse a store whose tables are not the ones this version of promgraph queries."""
        schema = load_schema()
        result = self._conn.execute("CALL show_tables() RETURN name, comment")
        comments = {}
        while result.has_next():
            name, comment = result.get_next()
            comments[name] = comment
        if comments.get(_commented(schema)) != _fingerprint(ddl(schema)):
            self.close()
            raise StoreError(f"the graph at {self.path} was built by another version of promgraph (its tables "
                             "differ from ontology/model.yaml): run `promgraph build` to rebuild it")

    def write(self, graph: Graph) -> None:
        import ladybug

        self.close()
        schema = load_schema()
        tmp = self.path.with_name(self.path.name + ".new")
        for leftover in (tmp, Path(f"{tmp}.wal")):
            leftover.unlink(missing_ok=True)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = ladybug.Database(str(tmp))
        conn = ladybug.Connection(db)
        try:
            statements = ddl(schema)
            for statement in statements:
                conn.execute(statement)
            conn.execute(f"COMMENT ON TABLE {_commented(schema)} IS '{_fingerprint(statements)}'")
            for label, rows in node_rows(graph, schema):
                if rows:
                    props = (Property("id", "string"),) + schema.node_properties(label)
                    table = _arrow_table([(p.name, p.type) for p in props], rows)
                    conn.execute(f"COPY {label} FROM $rows", {"rows": table})
            for type_, a, b, rows in edge_rows(graph, schema):
                props = schema.relationship_properties(type_)
                table = _arrow_table(_ENDS + [(p.name, p.type) for p in props], rows)
                conn.execute(f"COPY {type_} FROM $rows (from='{a}', to='{b}')", {"rows": table})
            for a, b, rows in linked_rows(graph):
                table = _arrow_table(_ENDS, rows)
                conn.execute(f"COPY {LINKED} FROM $rows (from='{a}', to='{b}')", {"rows": table})
        except BaseException as err:
            conn.close()
            db.close()
            tmp.unlink(missing_ok=True)
            if isinstance(err, RuntimeError):
                raise StoreError(f"writing the embedded store failed: {err}") from err
            raise
        conn.close()
        db.close()
        Path(f"{self.path}.wal").unlink(missing_ok=True)
        os.replace(tmp, self.path)

    def query(self, cypher: str, parameters: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        conn = self._connect()
        try:
            result = conn.execute(cypher, parameters or {})
        except RuntimeError as err:
            raise QueryError(f"the embedded store rejected the query: {err}") from err
        columns = result.get_column_names()
        rows = []
        while result.has_next():
            rows.append(dict(zip(columns, (_plain(v) for v in result.get_next()), strict=True)))
        return rows

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._db.close()
        self._conn = self._db = None

"""The library of named, parameterized queries in ``cypher/``.

Each query is a ``.cypher`` file whose header says what it answers, its parameters (with type,
default and example) and its columns. Where LadybugDB and Neo4j differ (shortest paths, list
functions), a ``NAME.neo4j.cypher`` file stands beside ``NAME.cypher``; the header is read from
the common file. Path queries on LadybugDB walk its derived ``LINKED`` table (see
:mod:`promgraph.graph.stores.ladybug`). Organization parameters take any name, alias, abbreviation or ИНН and are
turned into node ids here, with a clear error when a name is unknown or ambiguous.

Example:
    >>> sorted(load_queries())[:2]
    ['agreements', 'cluster_members']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from promgraph.graph.errors import QueryError
from promgraph.graph.identifiers import clean_digits
from promgraph.graph.names import acronym, fold, name_key
from promgraph.graph.stores import Store

__all__ = ["Param", "Query", "load_queries", "get_query", "find_nodes", "resolve_name", "bind", "run_query",
           "load_sparql_queries"]

_PARAM = re.compile(r"^//\s*param\s+(\w+)\s*:\s*(\w+)(?:\s*=\s*(\S+))?\s*(?:—|-)\s*(.*?)(?:\(example:\s*(.*)\))?\s*$")
TYPES = {"string", "int", "date", "organization", "place", "node"}


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    default: str | None
    description: str
    example: str | None


@dataclass(frozen=True)
class Query:
    name: str
    description: str
    params: tuple[Param, ...]
    returns: str
    cypher: dict[str, str]  # dialect ("default", "neo4j", "ladybug") → text
    adds: tuple[str, ...] = ()  # measures computed in Python on the rows (promgraph.queries.analytics)

    def text(self, dialect: str) -> str:
        return self.cypher.get(dialect) or self.cypher["default"]


def _parse(name: str, text: str) -> Query:
    description, returns, params, adds = [], "", [], ()
    for line in text.splitlines():
        if not line.startswith("//"):
            continue
        body = line[2:].strip()
        if body.startswith("param "):
            match = _PARAM.match(line)
            if not match or match.group(2) not in TYPES:
                raise QueryError(f"cypher/{name}.cypher: bad parameter line {line!r}")
            pname, ptype, default, desc, example = match.groups()
            params.append(Param(pname, ptype, default, desc.strip(), example))
        elif body.startswith("returns:"):
            returns = body.removeprefix("returns:").strip()
        elif body.startswith("adds:"):
            adds = tuple(a.strip() for a in body.removeprefix("adds:").split(","))
        elif body and not body.startswith("name:"):
            description.append(body)
    return Query(name, " ".join(description), tuple(params), returns, {"default": text}, adds)


@cache
def load_queries() -> dict[str, Query]:
    """Every query of the library by name."""
    folder = files("promgraph.queries").joinpath("cypher")
    queries: dict[str, Query] = {}
    variants: dict[tuple[str, str], str] = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".cypher"):
            continue
        stem = entry.name.removesuffix(".cypher")
        text = entry.read_text(encoding="utf-8")
        if "." in stem:
            base, dialect = stem.split(".", 1)
            variants[(base, dialect)] = text
        else:
            queries[stem] = _parse(stem, text)
    for (base, dialect), text in variants.items():
        queries[base].cypher[dialect] = text
    return queries


def get_query(name: str) -> Query:
    queries = load_queries()
    if name not in queries:
        raise QueryError(f"unknown query {name!r}; `promgraph query --list` shows the {len(queries)} queries")
    return queries[name]


_LOOKUP = {
    "organization": "MATCH (n:Organization) RETURN n.id AS id, n.name AS name, n.aliases AS aliases, "
                    "n.inn AS inn, n.ogrn AS ogrn, n.kind AS kind",
    "place": "MATCH (n:Place) RETURN n.id AS id, n.name AS name, n.aliases AS aliases, "
             "'' AS inn, '' AS ogrn, n.kind AS kind",
    "person": "MATCH (n:Person) RETURN n.id AS id, n.name AS name, n.aliases AS aliases, "
              "n.inn AS inn, '' AS ogrn, '' AS kind",
}


def find_nodes(store: Store, kind: str, text: str) -> list[dict[str, Any]]:
    """Nodes whose id, ИНН, ОГРН, name, alias or acronym is ``text``; best matches first."""
    wanted, digits = fold(text), clean_digits(text)
    key = name_key(text)
    exact, loose = [], []
    for row in store.query(_LOOKUP[kind]):
        names = [row["name"], *(row["aliases"] or [])]
        if text in (row["id"], row["inn"], row["ogrn"]) or (digits and digits in (row["inn"], row["ogrn"])):
            return [row]
        if any(fold(n) == wanted or name_key(n) == key for n in names):
            exact.append(row)
        elif wanted.upper() == acronym(row["name"]).upper() or (len(wanted) > 3 and any(
                wanted in fold(n) for n in names)):
            loose.append(row)
    return exact or loose


def resolve_name(store: Store, kind: str, value: str, what: str) -> str:
    """The id of the one ``kind`` node (organization, place) named ``value``, or a clear QueryError."""
    found = find_nodes(store, kind, value)
    if not found:
        raise QueryError(f"{what}: no {kind} called {value!r} in the graph")
    if len(found) > 1:
        names = "; ".join(f"{r['name']} ({r['inn'] or r['id']})" for r in found[:8])
        raise QueryError(f"{what}: {value!r} is ambiguous, it may be: {names}. Give an ИНН or a fuller name")
    return found[0]["id"]


def bind(store: Store, query: Query, raw: dict[str, str]) -> dict[str, Any]:
    """Query parameters from ``key=value`` strings: defaults filled, types checked, names resolved."""
    known = {p.name for p in query.params}
    unknown = set(raw) - known
    if unknown:
        raise QueryError(f"query {query.name!r} has no parameter {sorted(unknown)[0]!r}; "
                         f"it takes: {', '.join(sorted(known)) or 'none'}")
    values: dict[str, Any] = {}
    for param in query.params:
        value = raw.get(param.name, param.default)
        if value in (None, "null"):
            if param.default is None and param.name not in raw and param.type in ("organization", "place", "node"):
                raise QueryError(f"query {query.name!r} needs --param {param.name}=… ({param.description})")
            values[param.name] = None
        elif param.type == "int":
            try:
                values[param.name] = int(value)
            except ValueError:
                raise QueryError(f"{param.name}: {value!r} is not a whole number") from None
        elif param.type == "date":
            if not re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", value):
                raise QueryError(f"{param.name}: {value!r} is not a date (YYYY-MM-DD)")
            values[param.name] = value
        elif param.type in ("organization", "place"):
            values[param.name] = resolve_name(store, param.type, value, param.name)
        else:
            values[param.name] = value
    return values


def run_query(store: Store, name: str, raw: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Rows of the named query on ``store``, in the store's dialect."""
    from promgraph.queries.analytics import add_measures

    query = get_query(name)
    rows = store.query(query.text(store.dialect), bind(store, query, raw or {}))
    return add_measures(store, rows, query.adds)


@cache
def load_sparql_queries() -> dict[str, tuple[str, str]]:
    """Prebuilt SPARQL queries (``sparql/*.rq``) by name: (description, text)."""
    folder = files("promgraph.queries").joinpath("sparql")
    queries = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            text = entry.read_text(encoding="utf-8")
            queries[entry.name.removesuffix(".rq")] = (text.splitlines()[0].lstrip("# ").strip(), text)
    return queries

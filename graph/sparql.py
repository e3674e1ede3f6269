"""The persistent RDF store of the workspace (pyoxigraph) and SPARQL over it.

Written whole at build time from the N-Quads export (one named graph per source), into a fresh
folder swapped in when complete, like the embedded property-graph store.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from promgraph.graph.errors import QueryError, StoreError
from promgraph.graph.model import Graph

__all__ = ["write_rdf_store", "open_rdf_store", "sparql"]


def write_rdf_store(graph: Graph, path: Path) -> Path:
    """Bulk-load the graph's quads into a new pyoxigraph store at ``path``."""
    import pyoxigraph

    from promgraph.graph.rdf import load_quads

    fresh = path.with_name(path.name + ".new")
    shutil.rmtree(fresh, ignore_errors=True)
    store = pyoxigraph.Store(str(fresh))
    load_quads(store, graph)
    store.flush()
    del store
    shutil.rmtree(path, ignore_errors=True)
    fresh.rename(path)
    return path


def _plain(term: Any) -> Any:
    if term is None:
        return None
    value = getattr(term, "value", term)
    return value


def open_rdf_store(path: Path) -> Any:
    """The workspace's RDF store, read-only; a missing one says what to run."""
    import pyoxigraph

    if not path.exists():
        raise StoreError(f"no RDF store at {path}: run `promgraph build` first")
    return pyoxigraph.Store.read_only(str(path))


def sparql(path: Path, text: str, parameters: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Rows of a SELECT (or ASK) query on the store at ``path``; named graphs are queryable with GRAPH.

    ``parameters`` bind variables to literals (``org`` → ``?org``), never pasted into the text.
    """
    import pyoxigraph

    store = open_rdf_store(path)
    bound = {pyoxigraph.Variable(k): pyoxigraph.Literal(v) for k, v in (parameters or {}).items()}
    try:
        result = store.query(text, substitutions=bound)
    except (SyntaxError, ValueError, OSError, RuntimeError) as err:
        raise QueryError(f"SPARQL rejected: {err}") from err
    if isinstance(result, bool):
        return [{"result": result}]
    if isinstance(result, pyoxigraph.QuerySolutions):
        names = [v.value for v in result.variables]
        return [{name: _plain(row[name]) for name in names} for row in result]
    raise QueryError("only SELECT and ASK queries print rows; use `promgraph export rdf` for graphs")

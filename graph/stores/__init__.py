"""Graph stores behind one small contract, chosen by name and imported on first use.

``embedded`` (LadybugDB, a file in the workspace) needs no server; ``neo4j`` talks to a user's
Neo4j over Bolt. Like rdflib's ``plugin.py``, a store's module is imported only when it is named,
so ``import promgraph`` loads no database driver.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from importlib import import_module
from typing import Any

from promgraph.graph.errors import StoreError
from promgraph.graph.model import Graph

__all__ = ["Store", "STORES", "open_store"]

STORES = {
    "embedded": "promgraph.graph.stores.ladybug:LadybugStore",
    "neo4j": "promgraph.graph.stores.neo4j:Neo4jStore",
}


class Store(ABC):
    """A graph database that can take a whole resolved graph and answer Cypher."""

    #: the Cypher dialect of :mod:`promgraph.queries` this store speaks
    dialect: str

    @abstractmethod
    def write(self, graph: Graph) -> None:
        """Make the store hold exactly ``graph``: re-writing the same graph changes nothing."""

    @abstractmethod
    def query(self, cypher: str, parameters: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Rows of a Cypher query as dicts keyed by column name, in the query's column order."""

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(name: str, **options: Any) -> Store:
    """The store registered under ``name``, opened with ``options``."""
    try:
        module_name, class_name = STORES[name].split(":")
    except KeyError:
        raise StoreError(f"unknown store {name!r}; known: {', '.join(STORES)}") from None
    try:
        module = import_module(module_name)
    except ImportError as err:
        raise StoreError(f"the {name} store needs an extra package: {err.name} "
                         f"(pip install 'promgraph[{name}]')") from err
    return getattr(module, class_name)(**options)

"""One small exception tree, so the command line can turn any of them into one readable line."""

__all__ = ["PromgraphError", "InvalidData", "InvalidOntology", "LoaderError", "StoreError", "QueryError"]


class PromgraphError(Exception):
    """Base of every error promgraph raises on purpose."""


class InvalidData(PromgraphError):
    """A value that breaks the model: a bad identifier, an unknown type, a missing field."""


class InvalidOntology(PromgraphError):
    """``ontology/model.yaml`` itself is inconsistent."""


class LoaderError(PromgraphError):
    """An input file that cannot be read; the message names the file and the place in it."""


class StoreError(PromgraphError):
    """A store that cannot be opened, reached or written."""


class QueryError(PromgraphError):
    """An unknown query, a missing parameter, or an ambiguous organization name."""

"""Stable identifiers: hashes of a namespace and the source keys, never random.

The same input gives the same ids on every run and machine, which is what lets a re-run upsert
instead of duplicating. If there is no key there is no id.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from promgraph.graph.errors import InvalidData

__all__ = ["make_id", "content_hash", "file_hash"]

PREFIXES = {
    "Organization": "org",
    "Person": "per",
    "Place": "plc",
    "Agreement": "agr",
    "Event": "evt",
    "Document": "doc",
    "edge": "rel",
}


def make_id(namespace: str, *keys: str | None) -> str:
    """``org-3f2a…`` from the namespace (a node class or ``edge``) and its keys.

    >>> make_id("Organization", "inn", "2128000011") == make_id("Organization", "inn", "2128000011")
    True
    """
    parts = [k for k in keys if k]
    if not parts:
        raise InvalidData(f"cannot make a {namespace} id without a key")
    digest = hashlib.sha1("\x1f".join([namespace, *parts]).encode("utf-8")).hexdigest()[:16]
    return f"{PREFIXES.get(namespace, namespace.lower()[:3])}-{digest}"


def content_hash(data: bytes) -> str:
    """The hash that identifies an input file's content in the workspace manifest."""
    return hashlib.sha256(data).hexdigest()


def file_hash(path: Path) -> str:
    """:func:`content_hash` of a file, read in chunks: a registry dump can be gigabytes."""
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()

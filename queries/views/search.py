"""The search index, in small files a page loads as the reader types.

Like Pagefind's prefix chunks: every word of an entity's names, aliases, abbreviations, ИНН and
ОГРН (folded by :func:`~promgraph.queries.views.addresses.words`) files the entity under the word's
first two letters. A prefix shared by more than :data:`SHARD_LIMIT` entities is split by one more
letter, and so on, so no file is large: the file of a split prefix lists only the next letters
with their counts, the entities whose word ends there, and the :data:`TOP` most connected of the
rest, enough to answer a query of that length. The page loads ``search/root.js`` (the two-letter
prefixes), then one file a letter at most; a query of several words is looked up by its rarest
word and the others are checked in the page.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from promgraph.graph.model import Node
from promgraph.queries.views.addresses import search_data, words
from promgraph.queries.views.adjacency import Adjacency
from promgraph.queries.views.cards import page_of
from promgraph.queries.views.payload import to_json, write_data, write_script

__all__ = ["SEARCHED", "SHARD_LIMIT", "TOP", "entry", "write_search"]

SEARCHED = ("Organization", "Person", "Place")
SHARD_LIMIT = 1000
TOP = 100
ROOT = 2  # letters of the first level of prefixes
DEPTH = 12  # a prefix this long is never split: its file keeps the strongest SHARD_LIMIT


def entry(node: Node, adjacency: Adjacency, rank: int) -> list[object]:
    """What a result shows and what the page checks the other words of a query against."""
    texts = [node.name, *node.aliases, *(str(node.props.get(k) or "") for k in ("inn", "ogrn"))]
    folded = " ".join(dict.fromkeys(w for text in texts for w in words(text)))
    return [node.id, node.name, node.label, node.kind, rank, page_of(node, adjacency), folded,
            node.props.get("inn"), node.props.get("region")]


class _Index:
    """Entries as JSON text, the most connected first, and the entities of each word."""

    def __init__(self, adjacency: Adjacency) -> None:
        nodes = [n for n in adjacency.graph.nodes.values() if n.label in SEARCHED]
        ranks = {n.id: len(adjacency.members.get(n.id, ())) if n.label == "Place" else adjacency.degree(n.id)
                 for n in nodes}
        nodes.sort(key=lambda n: (-ranks[n.id], n.name))
        self.entries: list[str] = []
        self.postings: dict[str, set[int]] = defaultdict(set)
        for i, node in enumerate(nodes):
            item = entry(node, adjacency, ranks[node.id])
            self.entries.append(to_json(item))
            for word in str(item[6]).split():
                if len(word) >= ROOT:
                    self.postings[word].add(i)


def _write(folder: Path, index: _Index, prefix: str, found: list[int], children: dict[str, list[object]] | None) -> int:
    rows = ",".join(index.entries[i] for i in found)
    return write_script(folder, search_data(prefix), f'{{"children":{to_json(children)},"entries":[{rows}]}}')


def _node(folder: Path, index: _Index, prefix: str, terms: list[str]) -> tuple[list[object], int, int]:
    """Write the file of ``prefix`` and those below it; returns its manifest entry, files and bytes written."""
    under = sorted(set().union(*(index.postings[w] for w in terms)))
    if len(under) <= SHARD_LIMIT or len(prefix) >= DEPTH:
        return [len(under), 0], 1, _write(folder, index, prefix, under[:SHARD_LIMIT], None)
    exact: list[int] = []
    longer: dict[str, list[str]] = defaultdict(list)
    for word in terms:
        if len(word) == len(prefix):
            exact = sorted(index.postings[word])
        else:
            longer[word[:len(prefix) + 1]].append(word)
    children: dict[str, list[object]] = {}
    files = written = 0
    for child, child_terms in sorted(longer.items()):
        children[child], more, size = _node(folder, index, child, child_terms)
        files, written = files + more, written + size
    shown = sorted(set(exact[:SHARD_LIMIT]) | set(under[:TOP]))
    return [len(under), 1], files + 1, written + _write(folder, index, prefix, shown, children)


def write_search(adjacency: Adjacency, folder: Path) -> tuple[int, int]:
    """Write ``search/root.js`` and every prefix file under ``folder``; returns the files and bytes written."""
    index = _Index(adjacency)
    by_root: dict[str, list[str]] = defaultdict(list)
    for word in index.postings:
        by_root[word[:ROOT]].append(word)
    root: dict[str, list[object]] = {}
    files = written = 0
    for prefix, terms in sorted(by_root.items()):
        root[prefix], more, size = _node(folder, index, prefix, terms)
        files, written = files + more, written + size
    return files + 1, written + write_data(folder, "search/root.js", {"children": root})

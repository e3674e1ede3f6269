"""The workspace: a folder that remembers what was ingested and holds what was built from it.

Layout::

    manifest.json        input files by content hash, in the order they were ingested
    extractions/*.jsonl  the extractions of each ingested file (one JSON object a document)
    graph.json           the resolved graph, for exports and views
    graph.lbug           the embedded store
    rdf.oxigraph/        the RDF store for SPARQL (pyoxigraph)
    report.json          the problems of the last build
    overrides.yaml       the user's corrections to entity resolution (optional, hand-edited)

A file whose content was ingested before is not read again, so a re-run adds only what is new;
each file's extractions are saved as soon as it is read, so an interrupted build loses nothing.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from promgraph.graph.errors import InvalidData, StoreError
from promgraph.graph.model import Document, Edge, Extraction, Graph, Node
from promgraph.graph.resolve import Overrides

__all__ = ["Workspace", "DEFAULT_WORKSPACE"]

DEFAULT_WORKSPACE = Path("promgraph-data")


def _write_atomic(path: Path, text: str | Iterable[str]) -> None:
    """Write ``text`` (or its pieces, as they come) to ``path`` whole or not at all."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        with tmp.open("w", encoding="utf-8") as handle:
            handle.writelines([text] if isinstance(text, str) else text)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    os.replace(tmp, path)


class Workspace:
    def __init__(self, path: str | os.PathLike[str] = DEFAULT_WORKSPACE):
        self.path = Path(path)
        self.manifest_path = self.path / "manifest.json"
        self.store_path = self.path / "graph.lbug"
        self.graph_path = self.path / "graph.json"
        self.html_path = self.path / "html"
        self.rdf_store_path = self.path / "rdf.oxigraph"
        self._manifest: dict[str, Any] | None = None

    @property
    def manifest(self) -> dict[str, Any]:
        if self._manifest is None:
            if self.manifest_path.exists():
                try:
                    self._manifest = json.loads(self.manifest_path.read_text(encoding="utf-8"))
                except json.JSONDecodeError as err:
                    raise StoreError(f"{self.manifest_path} is damaged: {err}") from err
            else:
                self._manifest = {"version": 1, "inputs": {}}
        return self._manifest

    def known(self, content_hash: str, reader: str | None = None) -> bool:
        """Whether a file with this content was ingested (by ``reader``, when given).

        An upgraded promgraph reads again what an older one read: its extraction may be better.
        """
        entry = self.manifest["inputs"].get(content_hash)
        return entry is not None and (reader is None or entry.get("read_by") == reader)

    def add(self, path: Path, content_hash: str, kind: str, extractions: Iterable[Extraction],
            reader: str = "") -> int:
        """Save one input file's extractions as they come, then record the file in the manifest.

        Streamed to a temporary file, so a gigabyte registry dump never sits in memory, and renamed
        only when complete, so an interrupted read leaves nothing half-saved. Returns the count.
        """
        folder = self.path / "extractions"
        folder.mkdir(parents=True, exist_ok=True)
        count = 0

        def lines() -> Iterator[str]:
            nonlocal count
            for extraction in extractions:
                yield json.dumps(extraction.to_dict(), ensure_ascii=False) + "\n"
                count += 1

        _write_atomic(folder / f"{content_hash[:32]}.jsonl", lines())
        self.manifest["inputs"][content_hash] = {
            "path": str(path), "kind": kind, "documents": count, "read_by": reader,
            "ingested": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        _write_atomic(self.manifest_path, json.dumps(self.manifest, ensure_ascii=False, indent=1))
        return count

    def extractions(self) -> Iterator[Extraction]:
        """Every saved extraction; a document ingested again (a changed file) keeps its latest version."""
        latest: dict[str, Extraction] = {}
        for content_hash in self.manifest["inputs"]:
            file = self.path / "extractions" / f"{content_hash[:32]}.jsonl"
            if not file.exists():
                continue
            with file.open(encoding="utf-8") as lines:
                for line in lines:
                    extraction = Extraction.from_dict(json.loads(line))
                    latest[extraction.document.id] = extraction
        yield from latest.values()

    def overrides(self) -> Overrides:
        """The user's resolution overrides, or none when the file is absent."""
        path = self.path / "overrides.yaml"
        if not path.exists():
            return Overrides()
        import yaml

        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as err:
            raise InvalidData(f"{path}: not valid YAML ({err})") from err
        if not isinstance(data, dict):
            raise InvalidData(f"{path}: expected 'merge:' and 'separate:' lists")
        try:
            return Overrides.from_dict(data)
        except InvalidData as err:
            raise InvalidData(f"{path}: {err}") from err

    def save_graph(self, graph: Graph) -> None:
        data = {
            "nodes": [n.to_dict() for n in graph.nodes.values()],
            "edges": [{"id": eid, **e.to_dict()} for eid, e in graph.edges.items()],
            "documents": [{**d.to_dict(), "text": ""} for d in graph.documents.values()],
        }
        self.path.mkdir(parents=True, exist_ok=True)
        _write_atomic(self.graph_path, json.dumps(data, ensure_ascii=False))

    def load_graph(self) -> Graph:
        if not self.graph_path.exists():
            raise StoreError(f"no graph in {self.path}: run `promgraph build` first")
        data = json.loads(self.graph_path.read_text(encoding="utf-8"))
        graph = Graph()
        for item in data["nodes"]:
            node = Node.from_dict(item)
            graph.nodes[node.id] = node
        for item in data["edges"]:
            graph.edges[item.pop("id")] = Edge.from_dict(item)
        for item in data["documents"]:
            doc = Document.from_dict(item)
            graph.documents[doc.id] = doc
        return graph

    def save_report(self, problems: list[str]) -> None:
        self.path.mkdir(parents=True, exist_ok=True)
        _write_atomic(self.path / "report.json", json.dumps(problems, ensure_ascii=False, indent=1))

"""The pipeline: input files → loaders → resolution → stores, RDF and views, in one direction.

The command line calls these functions; they take a :class:`~promgraph.graph.workspace.Workspace`
and an optional progress reporter and never print.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from promgraph import __version__
from promgraph.graph.identity import file_hash
from promgraph.graph.model import Document, Extraction, Graph
from promgraph.graph.workspace import Workspace
from promgraph.loaders.report import Report

if TYPE_CHECKING:
    from promgraph.queries.views.site import Site

__all__ = ["Progress", "BuildSummary", "EXAMPLES", "input_files", "build", "extract", "write_views"]


def _examples() -> Path:
    """The bundled examples: inside the installed package, or beside it in a checkout."""
    here = Path(__file__).resolve().parent
    return here / "examples" if (here / "examples").is_dir() else here.parent / "examples"


EXAMPLES = _examples()
READER = f"promgraph {__version__}"  # recorded with each ingested file: an upgrade reads it again
REGISTRY_TYPES = {"ЕГРЮЛ_ОТКР_СВЕД": "egrul", "ЕГРИП_ОТКР_СВЕД": "egrul", "РЕЕСТРМСП": "msp",
                  "ОТКРДАННЫЕ3": "msp", "ОТКРДАННЫЕ5": "msp"}


class Progress(Protocol):
    """Where long steps report how far they got; the CLI draws rich progress bars from it."""

    def task(self, description: str, total: int | None) -> Callable[[int], None]: ...


class _Silent:
    def task(self, description: str, total: int | None) -> Callable[[int], None]:
        return lambda step=1: None


@dataclass
class BuildSummary:
    files_read: int = 0
    files_skipped: int = 0
    documents: int = 0
    nodes: Counter[str] = field(default_factory=Counter)
    edges: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0


def input_files(inputs: Iterable[Path], report: Report) -> list[Path]:
    """Files named and files under folders named, sorted, hidden ones skipped."""
    files: list[Path] = []
    for item in inputs:
        if item.is_dir():
            files += sorted(p for p in item.rglob("*") if p.is_file() and not any(
                part.startswith(".") for part in p.relative_to(item).parts) and p.suffix.lower() != ".md")
        elif item.is_file():
            files.append(item)
        else:
            report.add(item, "no such file or folder")
    return files


def file_kind(path: Path) -> str | None:
    """``news``, ``egrul``, ``msp``, ``table``, or None for a file promgraph cannot read."""
    from promgraph.loaders.documents import NEWS_SUFFIXES
    from promgraph.loaders.tables import TABLE_SUFFIXES
    from promgraph.loaders.xmlstream import root_attributes

    suffix = path.suffix.lower()
    if suffix == ".xml":
        return REGISTRY_TYPES.get(root_attributes(path).get("ТипИнф", ""))
    if suffix in TABLE_SUFFIXES:
        return "table"
    return "news" if suffix in NEWS_SUFFIXES else None


class _Extractor:
    """Loads the NLP models on first use: a registry-only build never pays for them."""

    def __init__(self, columns: dict[str, Any] | None = None) -> None:
        self._models: Any = None
        self.columns = columns

    def __call__(self, path: Path, kind: str, report: Report) -> Iterator[Extraction]:
        if kind == "table":
            from promgraph.loaders.infrastructure import read_infrastructure

            yield from read_infrastructure(path, report, self.columns)
        elif kind == "egrul":
            from promgraph.loaders.egrul import read_egrul

            yield from read_egrul(path, report)
        elif kind == "msp":
            from promgraph.loaders.msp import read_msp

            yield from read_msp(path, report)
        else:
            from promgraph.loaders.documents import read_documents

            yield from (self.news(document, report) for document in read_documents(path, report))

    def news(self, document: Document, report: Report) -> Extraction:
        from promgraph.loaders.nlp import load_models

        if self._models is None:
            self._models = load_models()
        return _reported(*_extract_news(document, self._models), report)


def _extract_news(document: Document, models: Any) -> tuple[Extraction, str | None]:
    """The document's extraction, or an empty one and what failed: a rule that breaks on one article
    (a bug to report) must not stop a batch of thousands, nor lose what was read before it."""
    from promgraph.loaders.news import extract_document

    try:
        return extract_document(document, models), None
    except Exception as err:  # any rule, on any text: reported with the document, never silent
        return Extraction(document, (), ()), f"extraction failed ({type(err).__name__}: {err}); please report it"


def _reported(extraction: Extraction, failure: str | None, report: Report) -> Extraction:
    if failure:
        report.add(extraction.document.source or extraction.document.id, failure,
                   f"document {extraction.document.id}")
    return extraction


_WORKER_MODELS: Any = None  # each extraction worker process loads the models once


def _start_worker() -> None:
    from promgraph.loaders.nlp import load_models

    global _WORKER_MODELS
    _WORKER_MODELS = load_models()


def extract(inputs: Iterable[Path], report: Report, progress: Progress | None = None,
            workers: int = 1) -> Iterator[Extraction]:
    """Extractions of every news document in ``inputs``, in input order; no workspace, nothing saved.

    With ``workers`` > 1 documents are extracted in that many processes, each loading the models once.
    """
    from promgraph.loaders.documents import read_documents

    files = input_files(inputs, report)
    advance = (progress or _Silent()).task("Извлечение", len(files))

    def documents() -> Iterator[Document]:
        for path in files:
            if file_kind(path) != "news":
                report.add(path, "not a news file (.txt, .html, .jsonl, .rss), skipped")
            else:
                yield from read_documents(path, report)
            advance(1)

    if workers <= 1:
        extractor = _Extractor()
        yield from (extractor.news(document, report) for document in documents())
        return
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor

    # Executor.map would read every document before the first result: keep a bounded window instead,
    # so a corpus of any size streams in constant memory, results in input order.
    window: deque[Future[list[tuple[Extraction, str | None]]]] = deque()
    with ProcessPoolExecutor(workers, initializer=_start_worker) as pool:
        for chunk in _chunked(documents(), _CHUNK):
            window.append(pool.submit(_extract_chunk, chunk))
            if len(window) >= workers * 4:
                yield from (_reported(*result, report) for result in window.popleft().result())
        while window:
            yield from (_reported(*result, report) for result in window.popleft().result())


_CHUNK = 8  # documents a worker gets at a time


def _chunked(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _extract_chunk(documents: list[Document]) -> list[tuple[Extraction, str | None]]:
    return [_extract_news(d, _WORKER_MODELS) for d in documents]


def ingest(inputs: Iterable[Path], workspace: Workspace, report: Report, progress: Progress | None = None,
           columns: dict[str, Any] | None = None) -> tuple[int, int]:
    """Read every new input file into the workspace; returns (files read, files already known)."""
    progress = progress or _Silent()
    files = input_files(inputs, report)
    advance = progress.task("Чтение файлов", len(files))
    extractor = _Extractor(columns)
    read = skipped = 0
    for path in files:
        try:
            data_hash = file_hash(path)
        except OSError as err:
            report.add(path, f"cannot read: {err.strerror}")
            advance(1)
            continue
        kind = file_kind(path)
        if kind is None:
            report.add(path, "unsupported file type (news: .txt .html .jsonl .rss; registries: ФНС .xml, "
                             "cluster and park tables .csv .xlsx)")
        elif workspace.known(data_hash, READER):
            skipped += 1
        else:
            workspace.add(path, data_hash, kind, extractor(path, kind, report), READER)
            read += 1
        advance(1)
    return read, skipped


def build(inputs: Iterable[Path], workspace: Workspace, progress: Progress | None = None,
          views: bool = True, columns: dict[str, Any] | None = None) -> BuildSummary:
    """Ingest new inputs, resolve everything ingested so far, and write the store, RDF and views.

    ``columns`` overrides the column mapping of cluster and park tables (see
    :data:`promgraph.loaders.infrastructure.COLUMNS`).
    """
    from promgraph.graph.resolve import resolve
    from promgraph.graph.stores import open_store

    progress = progress or _Silent()
    started = time.perf_counter()
    report = Report()
    summary = BuildSummary()
    summary.files_read, summary.files_skipped = ingest(inputs, workspace, report, progress, columns)
    extractions = list(workspace.extractions())
    graph = resolve(extractions, workspace.overrides())
    _conform(graph, report)
    workspace.save_graph(graph)
    advance = progress.task("Запись графа", 1)
    with open_store("embedded", path=workspace.store_path) as store:
        store.write(graph)
    advance(1)
    if views:
        write_views(graph, workspace, progress)
    summary.documents = len(extractions)
    summary.nodes = Counter(n.label for n in graph.nodes.values())
    summary.edges = Counter(e.type for e in graph.edges.values())
    summary.problems = [str(p) for p in report.problems]
    workspace.save_report(summary.problems)
    summary.seconds = time.perf_counter() - started
    return summary


def _conform(graph: Graph, report: Report) -> None:
    """Leave out what the model refuses, each record reported with its file and document."""
    from promgraph.graph.conform import conform
    from promgraph.graph.schema import load_schema

    for refusal in conform(graph, load_schema()):
        document = graph.documents.get(refusal.doc or "")
        path = document.source if document and document.source else "graph"
        report.add(path, str(refusal), f"document {refusal.doc}" if refusal.doc else None)


def write_views(graph: Graph, workspace: Workspace, progress: Progress | None = None) -> tuple[Path, Site]:
    """The RDF export and the HTML site of the workspace's graph."""
    from promgraph.graph.rdf import dump_rdf
    from promgraph.graph.sparql import open_rdf_store, write_rdf_store
    from promgraph.queries.views.site import write_site

    progress = progress or _Silent()
    advance = progress.task("RDF и HTML", 2)
    write_rdf_store(graph, workspace.rdf_store_path)  # the TriG file is written from the loaded store
    rdf = dump_rdf(open_rdf_store(workspace.rdf_store_path), workspace.path / "graph.trig", "trig")
    advance(1)
    site = write_site(graph, workspace.html_path)
    advance(1)
    return rdf, site


def eval_lines(extractions: Iterable[Extraction]) -> Iterator[str]:
    """JSON Lines of ``promgraph extract``, in the evaluation format."""
    from promgraph.loaders.news import to_eval

    for extraction in extractions:
        yield json.dumps(to_eval(extraction), ensure_ascii=False) + "\n"

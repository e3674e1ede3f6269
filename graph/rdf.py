"""RDF export: one named graph per source document or registry record, so provenance is queryable.

A node's type and name are stated in the graph of every source that mentions it, its properties
in the graphs of the sources that give them (the registry's when there is one), and every
relationship both as a direct triple and as a reified statement carrying its role, evidence
sentence and confidence, in the graph of each source it came from.

The quads are written as N-Quads text directly (:func:`iter_nquads`), which is what the RDF store
bulk-loads and what a million-node graph needs. TriG and Turtle are written by pyoxigraph from a
store of those quads (:func:`dump_rdf`): rdflib took sixteen minutes to write the TriG of a
100,000-organization graph. JSON-LD, for small exports, still goes through rdflib.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

from promgraph.graph.errors import InvalidData
from promgraph.graph.model import Graph, Node
from promgraph.graph.schema import load_schema

__all__ = ["FORMATS", "DEFAULT_BASE", "iter_nquads", "to_dataset", "write_rdf", "dump_rdf", "load_quads"]

DEFAULT_BASE = "https://promgraph.org/id/"
FORMATS = {"turtle": "ttl", "nquads": "nq", "trig": "trig", "jsonld": "jsonld"}
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
XSD = "http://www.w3.org/2001/XMLSchema#"
PROV_DERIVED = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
DCTERMS = "http://purl.org/dc/terms/"
OWL_SAME_AS = "<http://www.w3.org/2002/07/owl#sameAs>"
WIKIDATA = "http://www.wikidata.org/entity/"
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _literal(value: Any, lang: str | None = None) -> str:
    if isinstance(value, bool):
        return f'"{str(value).lower()}"^^<{XSD}boolean>'
    if isinstance(value, float):
        return f'"{value!r}"^^<{XSD}double>'
    if isinstance(value, int):
        return f'"{value}"^^<{XSD}integer>'
    text = f'"{str(value).translate(_ESCAPES)}"'
    return f"{text}@{lang}" if lang else text


def _property_sources(node: Node) -> set[str]:
    registry = {e.doc for e in node.evidence if e.method.startswith("registry")}
    return registry or {e.doc for e in node.evidence}


def iter_nquads(graph: Graph, base: str = DEFAULT_BASE) -> Iterator[str]:
    """The graph as N-Quads lines (each ending in a newline)."""
    schema = load_schema()
    pg = schema.base

    def iri(local: str) -> str:
        return f"<{base}{local}>"

    def source(doc_id: str) -> str:
        return f"<{base}source/{quote(doc_id, safe='')}>"

    for doc in graph.documents.values():
        s = source(doc.id)
        yield f"{s} <{RDF}type> <{pg}Document> .\n"
        yield f"{s} <{DCTERMS}title> {_literal(doc.title or doc.id)} .\n"
        for key, value in (("published", doc.published), ("source", doc.source), ("url", doc.url)):
            if value:
                predicate = f"<{DCTERMS}date>" if key == "published" else f"<{pg}{key}>"
                yield f"{s} {predicate} {_literal(value)} .\n"
    for node in graph.nodes.values():
        if node.label == "Document":
            continue
        s = iri(node.id)
        for doc_id in sorted({e.doc for e in node.evidence}):
            g = source(doc_id)
            yield f"{s} <{RDF}type> <{pg}{node.label}> {g} .\n"
            yield f"{s} {RDFS_LABEL} {_literal(node.name, 'ru')} {g} .\n"
        for doc_id in sorted(_property_sources(node)):
            g = source(doc_id)
            if node.kind:
                yield f"{s} <{pg}kind> {_literal(node.kind)} {g} .\n"
            for alias in node.aliases:
                yield f"{s} <{pg}aliases> {_literal(alias, 'ru')} {g} .\n"
            for key, value in node.props.items():
                if key == "wikidata" and value:
                    yield f"{s} {OWL_SAME_AS} <{WIKIDATA}{quote(str(value))}> {g} .\n"
                for item in value if isinstance(value, list) else [value]:
                    if item is not None:
                        yield f"{s} <{pg}{key}> {_literal(item)} {g} .\n"
    for eid, edge in graph.edges.items():
        if edge.type == "MENTIONED_IN":
            continue
        spec = schema.relationship(edge.type)
        a, b, predicate, statement = iri(edge.source), iri(edge.target), f"<{pg}{edge.type}>", iri(eid)
        own = [f"{statement} <{pg}{p.name}> {_literal(edge.props[p.name])}" for p in spec.properties
               if edge.props.get(p.name) is not None]
        for evidence in edge.evidence:
            g = source(evidence.doc)
            yield f"{a} {predicate} {b} {g} .\n"
            yield f"{statement} <{RDF}type> <{RDF}Statement> {g} .\n"
            yield f"{statement} <{RDF}subject> {a} {g} .\n"
            yield f"{statement} <{RDF}predicate> {predicate} {g} .\n"
            yield f"{statement} <{RDF}object> {b} {g} .\n"
            yield f"{statement} {PROV_DERIVED} {g} {g} .\n"
            yield f"{statement} <{pg}evidence> {_literal(evidence.sentence, 'ru')} {g} .\n"
            yield f"{statement} <{pg}method> {_literal(evidence.method)} {g} .\n"
            yield f"{statement} <{pg}confidence> {_literal(float(evidence.confidence))} {g} .\n"
            for line in own:
                yield f"{line} {g} .\n"


def to_dataset(graph: Graph, base: str = DEFAULT_BASE) -> Any:
    """An rdflib ``Dataset`` of the graph (parsed from :func:`iter_nquads`)."""
    from rdflib import Dataset

    from promgraph.graph.ontology import PREFIXES

    dataset = Dataset()
    dataset.parse(data="".join(iter_nquads(graph, base)), format="nquads")
    dataset.bind("pg", load_schema().base)
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
    return dataset


def write_rdf(graph: Graph, path: Path, fmt: str = "trig", base: str = DEFAULT_BASE) -> Path:
    """Serialize the graph to ``path`` in one of :data:`FORMATS`."""
    if fmt not in FORMATS:
        raise InvalidData(f"unknown RDF format {fmt!r}; known: {', '.join(FORMATS)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "nquads":
        with path.open("w", encoding="utf-8") as handle:
            handle.writelines(iter_nquads(graph, base))
        return path
    if fmt == "jsonld":
        path.write_text(to_dataset(graph, base).serialize(format="json-ld", indent=1), encoding="utf-8")
        return path
    import pyoxigraph

    store = pyoxigraph.Store()  # in memory: it drops the quads stated twice
    load_quads(store, graph, base)
    return dump_rdf(store, path, fmt)


def load_quads(store: Any, graph: Graph, base: str = DEFAULT_BASE) -> None:
    """Bulk-load the graph's quads into a pyoxigraph store.

    Lenient: no IRI validation (12% of the load). The quads are promgraph's own, their IRIs the base
    with hashed ids and percent-quoted source ids, so there is nothing to catch.
    """
    import pyoxigraph

    store.bulk_load("".join(iter_nquads(graph, base)).encode("utf-8"), pyoxigraph.RdfFormat.N_QUADS, lenient=True)


def dump_rdf(store: Any, path: Path, fmt: str = "trig") -> Path:
    """Write a pyoxigraph store's quads as TriG, or as Turtle (no named graphs: every triple once,
    provenance kept in the reified statements), with the model's prefixes."""
    import pyoxigraph

    from promgraph.graph.ontology import PREFIXES

    prefixes = {"pg": load_schema().base, **PREFIXES,
                "rdf": RDF, "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "xsd": XSD}
    if fmt == "trig":
        store.dump(str(path), pyoxigraph.RdfFormat.TRIG, prefixes=prefixes)
    else:
        flat = pyoxigraph.Store()
        flat.bulk_extend(pyoxigraph.Quad(q.subject, q.predicate, q.object) for q in store)
        flat.dump(str(path), pyoxigraph.RdfFormat.TURTLE, from_graph=pyoxigraph.DefaultGraph(), prefixes=prefixes)
    return path

"""RDF export: one named graph per source document or registry record, so provenance is queryable.

A node's type and name are stated in the graph of every source that mentions it, its properties
in the graphs of the sources that give them (the registry's when there is one), and every
relationship both as a direct triple and as a reified statement carrying its role, evidence
sentence and confidence, in the graph of each source it came from.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

from promgraph.graph.errors import InvalidData
from promgraph.graph.model import Graph, Node
from promgraph.graph.schema import load_schema

__all__ = ["FORMATS", "to_dataset", "write_rdf", "DEFAULT_BASE"]

DEFAULT_BASE = "https://promgraph.org/id/"
FORMATS = {"turtle": "ttl", "nquads": "nq", "trig": "trig", "jsonld": "jsonld"}


def _is_registry(method: str) -> bool:
    return method.startswith("registry")


def _property_sources(node: Node) -> set[str]:
    registry = {e.doc for e in node.evidence if _is_registry(e.method)}
    return registry or {e.doc for e in node.evidence}


def to_dataset(graph: Graph, base: str = DEFAULT_BASE) -> Any:
    """An rdflib ``Dataset`` of the graph."""
    from rdflib import RDF, RDFS, XSD, Dataset, Literal, Namespace, URIRef
    from rdflib.namespace import DCTERMS, PROV

    schema = load_schema()
    pg = Namespace(schema.base)
    dataset = Dataset()
    dataset.bind("pg", pg)
    dataset.bind("prov", PROV)
    dataset.bind("dcterms", DCTERMS)
    ids = Namespace(base)

    def source_graph(doc_id: str) -> Any:
        return dataset.graph(URIRef(f"{base}source/{quote(doc_id, safe='')}"))

    def literal(value: Any) -> Any:
        if isinstance(value, float):
            return Literal(value, datatype=XSD.double)
        if isinstance(value, int):
            return Literal(value, datatype=XSD.integer)
        return Literal(str(value))

    for doc in graph.documents.values():
        iri = URIRef(f"{base}source/{quote(doc.id, safe='')}")
        meta = dataset.default_graph
        meta.add((iri, RDF.type, pg.Document))
        meta.add((iri, DCTERMS.title, Literal(doc.title or doc.id)))
        for key, value in (("published", doc.published), ("source", doc.source), ("url", doc.url)):
            if value:
                meta.add((iri, pg[key] if key != "published" else DCTERMS.date, Literal(value)))
    for node in graph.nodes.values():
        if node.label == "Document":
            continue
        subject = ids[node.id]
        for doc_id in sorted({e.doc for e in node.evidence}):
            g = source_graph(doc_id)
            g.add((subject, RDF.type, pg[node.label]))
            g.add((subject, RDFS.label, Literal(node.name, lang="ru")))
        for doc_id in sorted(_property_sources(node)):
            g = source_graph(doc_id)
            if node.kind:
                g.add((subject, pg.kind, Literal(node.kind)))
            for alias in node.aliases:
                g.add((subject, pg.aliases, Literal(alias, lang="ru")))
            for key, value in node.props.items():
                for item in value if isinstance(value, list) else [value]:
                    g.add((subject, pg[key], literal(item)))
    for eid, edge in graph.edges.items():
        if edge.type == "MENTIONED_IN":
            continue
        spec = schema.relationship(edge.type)
        predicate = pg[edge.type]
        statement = ids[eid]
        for evidence in edge.evidence:
            g = source_graph(evidence.doc)
            g.add((ids[edge.source], predicate, ids[edge.target]))
            g.add((statement, RDF.type, RDF.Statement))
            g.add((statement, RDF.subject, ids[edge.source]))
            g.add((statement, RDF.predicate, predicate))
            g.add((statement, RDF.object, ids[edge.target]))
            g.add((statement, PROV.wasDerivedFrom, URIRef(f"{base}source/{quote(evidence.doc, safe='')}")))
            g.add((statement, pg.evidence, Literal(evidence.sentence, lang="ru")))
            g.add((statement, pg.method, Literal(evidence.method)))
            g.add((statement, pg.confidence, literal(float(evidence.confidence))))
            for prop in spec.properties:
                if edge.props.get(prop.name) is not None:
                    g.add((statement, pg[prop.name], literal(edge.props[prop.name])))
    return dataset


def write_rdf(graph: Graph, path: Path, fmt: str = "trig", base: str = DEFAULT_BASE) -> Path:
    """Serialize the graph to ``path`` in one of :data:`FORMATS`."""
    if fmt not in FORMATS:
        raise InvalidData(f"unknown RDF format {fmt!r}; known: {', '.join(FORMATS)}")
    dataset = to_dataset(graph, base)
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "turtle":  # Turtle has no named graphs: all triples, provenance kept in the statements
        from rdflib import Graph as RDFGraph

        flat = RDFGraph()
        for prefix, namespace in dataset.namespaces():
            flat.bind(prefix, namespace)
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            flat.add((s, p, o))
        flat.serialize(destination=str(path), format="turtle", encoding="utf-8")
    elif fmt == "jsonld":
        text = dataset.serialize(format="json-ld", indent=1)
        path.write_text(text if isinstance(text, str) else json.dumps(text), encoding="utf-8")
    else:
        dataset.serialize(destination=str(path), format=fmt, encoding="utf-8")
    return path

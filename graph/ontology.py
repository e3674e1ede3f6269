"""The OWL ontology, the SHACL shapes and the JSON-LD context, generated from ``ontology/model.yaml``.

Like followthemoney's ``ontology.py``, nothing here is written by hand: the model YAML is the one
source, and ``python -m promgraph.graph.ontology ontology/`` rewrites the three shipped files
(a test fails when they drift from the model).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from promgraph.graph.schema import Schema, load_schema

__all__ = ["PREFIXES", "owl_graph", "shapes_graph", "jsonld_context", "write_ontology"]

PREFIXES = {
    "org": "http://www.w3.org/ns/org#",
    "schema": "https://schema.org/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
}
XSD_TYPES = {"string": "string", "string[]": "string", "double": "double", "int": "integer"}
# The export states a node's name as rdfs:label and its aliases as pg:aliases.
RDF_NAMED = {"name"}


def _namespaces(schema: Schema) -> tuple[Any, dict[str, Any]]:
    from rdflib import Namespace

    return Namespace(schema.base), {prefix: Namespace(iri) for prefix, iri in PREFIXES.items()}


def _curie(value: str, spaces: dict[str, Any]) -> Any:
    prefix, local = value.split(":", 1)
    return spaces[prefix][local]


def _bind(graph: Any, pg: Any, spaces: dict[str, Any]) -> None:
    graph.bind("pg", pg)
    for prefix, space in spaces.items():
        graph.bind(prefix, space)


def owl_graph(schema: Schema) -> Any:
    """Classes, datatype properties and object properties, with ru/en labels and alignments."""
    from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, URIRef

    pg, spaces = _namespaces(schema)
    g = Graph()
    _bind(g, pg, spaces)
    ontology = URIRef(schema.base.rstrip("#"))
    g.add((ontology, RDF.type, OWL.Ontology))
    g.add((ontology, RDFS.label, Literal("promgraph: организации, кластеры, соглашения и люди промышленности", "ru")))
    g.add((ontology, RDFS.label, Literal("promgraph: industrial actors, clusters, agreements and people", "en")))
    owners: dict[str, set[str]] = {}
    types: dict[str, str] = {}
    def declare(term: Any, kind: Any, spec: Any) -> None:
        g.add((term, RDF.type, kind))
        g.add((term, RDFS.label, Literal(spec.label_ru, "ru")))
        g.add((term, RDFS.label, Literal(spec.label_en, "en")))

    for name, spec in schema.nodes.items():
        cls = pg[name]
        declare(cls, OWL.Class, spec)
        if spec.definition_ru:
            g.add((cls, RDFS.comment, Literal(spec.definition_ru, "ru")))
            g.add((cls, RDFS.comment, Literal(spec.definition_en, "en")))
        for aligned in spec.aligned:
            g.add((cls, RDFS.subClassOf, _curie(aligned, spaces)))
        for prop in schema.node_properties(name):
            owners.setdefault(prop.name, set()).add(name)
            types[prop.name] = prop.type
    for name in schema.relationships:
        for prop in schema.relationship_properties(name):
            types.setdefault(prop.name, prop.type)
    for prop_name, prop_type in sorted(types.items()):
        if prop_name in RDF_NAMED:
            continue
        prop = pg[prop_name]
        g.add((prop, RDF.type, OWL.DatatypeProperty))
        g.add((prop, RDFS.label, Literal(prop_name.replace("_", " "), "en")))
        g.add((prop, RDFS.range, XSD[XSD_TYPES[prop_type]]))
        if len(owners.get(prop_name, ())) == 1:
            g.add((prop, RDFS.domain, pg[next(iter(owners[prop_name]))]))
    for name, spec in schema.relationships.items():
        prop = pg[name]
        declare(prop, OWL.ObjectProperty, spec)
        if spec.aligned:
            g.add((prop, RDFS.subPropertyOf, _curie(spec.aligned, spaces)))
        sources, targets = {a for a, _ in spec.pairs}, {b for _, b in spec.pairs}
        if len(sources) == 1:
            g.add((prop, RDFS.domain, pg[next(iter(sources))]))
        if len(targets) == 1:
            g.add((prop, RDFS.range, pg[next(iter(targets))]))
    return g


def shapes_graph(schema: Schema) -> Any:
    """SHACL: names required, identifier patterns, an agreement's two parties, a source for every fact."""
    from rdflib import RDF, RDFS, BNode, Graph, Literal
    from rdflib.namespace import SH

    pg, spaces = _namespaces(schema)
    g = Graph()
    _bind(g, pg, spaces)
    g.bind("sh", SH)

    def constraint(shape: Any, path: Any, message: str, **checks: Any) -> None:
        node = BNode()
        g.add((shape, SH.property, node))
        g.add((node, SH.path, path))
        g.add((node, SH.message, Literal(message, "ru")))
        for key, value in checks.items():
            g.add((node, SH[key], Literal(value)))

    for name in schema.nodes:
        if name == "Document":
            continue
        shape = pg[f"{name}Shape"]
        g.add((shape, RDF.type, SH.NodeShape))
        g.add((shape, SH.targetClass, pg[name]))
        constraint(shape, RDFS.label, f"{schema.node(name).label_ru}: нет названия", minCount=1)
        for prop in schema.node(name).properties:
            if prop.pattern:
                constraint(shape, pg[prop.name], f"{prop.name}: значение не по формату {prop.pattern}",
                           pattern=prop.pattern)
    agreement = pg["AgreementShape"]
    parties = BNode()
    g.add((parties, SH.inversePath, pg["PARTY_TO"]))
    constraint(agreement, parties, "у соглашения меньше двух сторон", minCount=2)
    statement = pg["StatementShape"]
    g.add((statement, RDF.type, SH.NodeShape))
    g.add((statement, SH.targetClass, RDF.Statement))
    constraint(statement, _curie("prov:wasDerivedFrom", spaces), "у связи нет источника", minCount=1)
    constraint(statement, pg["evidence"], "у связи нет подтверждающего текста", minCount=1)
    return g


def jsonld_context(schema: Schema) -> dict[str, Any]:
    """A JSON-LD context: short names for the model's classes and properties."""
    context: dict[str, Any] = {"pg": schema.base, "label": "http://www.w3.org/2000/01/rdf-schema#label",
                               **PREFIXES}
    for name in schema.nodes:
        context[name] = f"pg:{name}"
    for name in schema.relationships:
        context[name] = {"@id": f"pg:{name}", "@type": "@id"}
    for spec in schema.nodes.values():
        for prop in spec.properties + schema.provenance:
            if prop.name not in RDF_NAMED:
                entry: dict[str, Any] = {"@id": f"pg:{prop.name}"}
                if prop.type == "string[]":
                    entry["@container"] = "@set"
                elif prop.type != "string":
                    entry["@type"] = f"http://www.w3.org/2001/XMLSchema#{XSD_TYPES[prop.type]}"
                context[prop.name] = entry
    return {"@context": context}


def write_ontology(folder: Path, schema: Schema | None = None) -> list[Path]:
    """Write ``promgraph.ttl``, ``shapes.ttl`` and ``context.jsonld`` into ``folder``."""
    schema = schema or load_schema()
    files = {
        "promgraph.ttl": owl_graph(schema).serialize(format="turtle"),
        "shapes.ttl": shapes_graph(schema).serialize(format="turtle"),
        "context.jsonld": json.dumps(jsonld_context(schema), ensure_ascii=False, indent=1) + "\n",
    }
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [folder / name for name in files]


if __name__ == "__main__":
    for path in write_ontology(Path(sys.argv[1] if len(sys.argv) > 1 else "ontology")):
        print(path)

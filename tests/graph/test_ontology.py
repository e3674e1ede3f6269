"""The ontology, shapes and context are derived from the model; the graph conforms; SPARQL answers."""

import json
from importlib.resources import files

from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.compare import isomorphic

from promgraph.graph.ontology import jsonld_context, owl_graph, shapes_graph
from promgraph.graph.rdf import to_dataset
from promgraph.graph.schema import load_schema
from promgraph.graph.validate import validate

PG = "https://promgraph.org/ontology#"


def _shipped(name: str) -> str:
    return files("promgraph.ontology").joinpath(name).read_text(encoding="utf-8")


def test_shipped_files_are_generated_from_the_model():
    schema = load_schema()
    assert isomorphic(Graph().parse(data=_shipped("promgraph.ttl"), format="turtle"), owl_graph(schema)), \
        "ontology/promgraph.ttl drifted: run python -m promgraph.graph.ontology ontology"
    assert isomorphic(Graph().parse(data=_shipped("shapes.ttl"), format="turtle"), shapes_graph(schema))
    assert json.loads(_shipped("context.jsonld")) == jsonld_context(schema)


def test_owl_declares_the_model_with_labels_and_alignments():
    owl = Graph().parse(data=_shipped("promgraph.ttl"), format="turtle")
    classes = {str(c) for c in owl.subjects(RDF.type, OWL.Class)}
    assert {PG + n for n in load_schema().nodes} == classes
    organization = URIRef(f"{PG}Organization")
    assert "http://www.w3.org/ns/org#Organization" in {str(c) for c in owl.objects(organization, RDFS.subClassOf)}
    assert {label.language for label in owl.objects(organization, RDFS.label)} == {"ru", "en"}
    holds = URIRef(f"{PG}HOLDS_POSITION")
    assert [str(p) for p in owl.objects(holds, RDFS.subPropertyOf)] == ["http://www.w3.org/ns/org#holds"]


def test_every_term_the_export_uses_is_declared(example_graph):
    owl = Graph().parse(data=_shipped("promgraph.ttl"), format="turtle")
    declared = {str(s) for s in owl.subjects()}
    used = {str(t) for quad in to_dataset(example_graph).quads((None, None, None, None)) for t in quad[1:3]
            if str(t).startswith(PG)}
    assert used and used <= declared, used - declared


def test_example_graph_conforms_and_a_broken_one_is_reported(example_graph):
    assert validate(example_graph) == []
    broken = type(example_graph)(dict(example_graph.nodes), dict(example_graph.edges), example_graph.documents)
    party = next(i for i, e in sorted(broken.edges.items()) if e.type == "PARTY_TO")
    agreement = broken.nodes[broken.edges[party].target]
    del broken.edges[party]
    org = next(n for n in broken.nodes.values() if n.label == "Organization" and n.props.get("inn"))
    broken.nodes[org.id] = type(org)(org.id, org.label, org.name, org.kind, org.aliases, {**org.props, "inn": "12"},
                                     org.evidence)
    found = {(v.focus, v.message) for v in validate(broken)}
    assert (agreement.name, "у соглашения меньше двух сторон") in found
    assert any(focus == org.name and "inn" in message for focus, message in found)


def test_sparql_prebuilt_and_named_graphs(example_workspace):
    from typer.testing import CliRunner

    from promgraph.cli import app

    ws = ["-w", str(example_workspace.path)]
    runner = CliRunner()
    result = runner.invoke(app, ["sparql", "cluster_members", "-f", "json", *ws])
    rows = json.loads(result.stdout)
    kama = {r["member"] for r in rows if r["group"] == "Индустриальный парк «Кама»"}
    assert kama == {"Елабужский кабельный завод", "Камские полимеры"}
    assert all(r["source"].startswith("https://promgraph.org/id/source/") for r in rows)
    result = runner.invoke(app, ["sparql", "organization_profile", "-p", "org=тульский завод", "-f", "json", *ws])
    sources = {r["source"].rsplit("/", 1)[-1] for r in json.loads(result.stdout)}
    assert "egrul-1137114585915-2025-11-01" in sources and "tul-01" in sources
    assert runner.invoke(app, ["validate", *ws]).exit_code == 0
    bad = runner.invoke(app, ["sparql", "SELEC nothing", *ws])
    assert bad.exit_code == 1 and bad.stderr.startswith("Error: SPARQL rejected")

"""RDF export: parses back, one named graph per source, provenance queryable."""

import pytest
from rdflib import Dataset, Graph, Namespace

from promgraph.graph.rdf import FORMATS, write_rdf

PG = Namespace("https://promgraph.org/ontology#")


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_export_parses_back(tmp_path, example_graph, fmt):
    path = write_rdf(example_graph, tmp_path / f"graph.{FORMATS[fmt]}", fmt)
    parsed = Graph() if fmt == "turtle" else Dataset()
    parsed.parse(str(path), format={"turtle": "turtle", "nquads": "nquads", "trig": "trig", "jsonld": "json-ld"}[fmt])
    triples = parsed.triples((None, None, PG.Organization)) if fmt == "turtle" else \
        parsed.quads((None, None, PG.Organization, None))
    organizations = {t[0] for t in triples}
    expected = sum(1 for n in example_graph.nodes.values() if n.label == "Organization")
    assert len(organizations) == expected


def test_provenance_is_queryable(tmp_path, example_graph):
    dataset = Dataset()
    dataset.parse(str(write_rdf(example_graph, tmp_path / "g.trig", "trig")), format="trig")
    rows = list(dataset.query("""
        PREFIX pg: <https://promgraph.org/ontology#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?g ?sentence WHERE { GRAPH ?g { ?s rdf:predicate pg:COOPERATES_WITH ; pg:evidence ?sentence ;
                                              prov:wasDerivedFrom ?g } }"""))
    assert rows and all(str(g).startswith("https://promgraph.org/id/source/") for g, _ in rows)


def test_wikidata_ids_become_same_as_and_literals_are_escaped(tmp_path):
    from promgraph.graph.model import Document, Evidence, Node
    from promgraph.graph.model import Graph as PGraph

    doc = 'd1 <"ста\\тья"> #1'  # a document id is the user's: the store loads without checking IRIs
    ev = (Evidence(doc, 'Строка с "кавычками",\\ и\nпереводом', 0, 10, "rule:test", 0.5),)
    graph = PGraph()
    graph.nodes["org-1"] = Node("org-1", "Organization", 'ПАО "Тест"\\\n', "company", (), {"wikidata": "Q 1>"}, ev)
    graph.documents[doc] = Document(doc, "Заголовок", "")
    path = write_rdf(graph, tmp_path / "g.nq", "nquads")
    import pyoxigraph

    assert len(list(pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.N_QUADS))) > 0  # strict parse
    dataset = Dataset()
    dataset.parse(str(path), format="nquads")
    same = [o for _, p, o, _ in dataset.quads((None, None, None, None)) if str(p).endswith("#sameAs")]
    assert [str(o) for o in same] == ["http://www.wikidata.org/entity/Q%201%3E"]
    labels = [str(o) for _, p, o, _ in dataset.quads((None, None, None, None)) if str(p).endswith("#label")]
    assert labels == ['ПАО "Тест"\\\n']

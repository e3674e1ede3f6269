"""GraphML and GEXF for Gephi: written by networkx, read back whole."""

import networkx as nx
import pytest

from promgraph.graph.gephi import FORMATS, to_networkx, write_network

READERS = {"graphml": nx.read_graphml, "gexf": nx.read_gexf}


@pytest.mark.parametrize("fmt", FORMATS)
def test_files_read_back_with_every_attribute(tmp_path, example_graph, fmt):
    written = to_networkx(example_graph)
    read = READERS[fmt](write_network(example_graph, tmp_path / f"graph.{fmt}", fmt))
    assert set(read.nodes) == set(written.nodes)
    assert read.number_of_edges() == written.number_of_edges()
    for node, attributes in written.nodes(data=True):
        got = {k: v for k, v in read.nodes[node].items() if k in attributes}
        assert got == attributes
    edges = {(a, b, data["relation"], data.get("first_seen"), data.get("last_seen"), data["sources"])
             for a, b, data in read.edges(data=True)}
    assert edges == {(a, b, data["relation"], data.get("first_seen"), data.get("last_seen"), data["sources"])
                     for a, b, data in written.edges(data=True)}


def test_the_network_carries_names_regions_inn_and_dates(example_graph):
    network = to_networkx(example_graph)
    plant = next(n for n in example_graph.nodes.values() if n.name == "Тульский завод гидравлических машин")
    assert network.nodes[plant.id].items() >= {"label": plant.name, "class": "Organization", "kind": "company",
                                               "region": "Тульская область", "inn": plant.props["inn"]}.items()
    cooperation = [d for a, b, d in network.edges(plant.id, data=True) if d["relation"] == "COOPERATES_WITH"]
    assert cooperation and all(d["first_seen"] <= d["last_seen"] for d in cooperation)
    assert not any(d["class"] == "Document" for _, d in network.nodes(data=True))

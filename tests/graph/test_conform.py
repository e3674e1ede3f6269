"""A record the model refuses is left out and described; the rest of the graph is kept."""

from promgraph.graph.conform import conform
from promgraph.graph.model import Edge, Evidence, Graph, Node
from promgraph.graph.schema import load_schema


def _evidence(doc: str, method: str = "rule:test") -> tuple[Evidence, ...]:
    return (Evidence(doc, "Предложение.", 0, 12, method, 0.8),)


def _graph() -> Graph:
    graph = Graph()
    for nid, label, name in [("o1", "Organization", "Завод «Вектор»"), ("o2", "Organization", "Корпорация развития"),
                             ("l1", "Place", "Свердловская область"), ("p1", "Person", "Иван Петров"),
                             ("a1", "Agreement", "Соглашение о сотрудничестве"), ("a2", "Agreement", "Договор")]:
        graph.nodes[nid] = Node(nid, label, name, evidence=_evidence("doc-1"))
    graph.edges.update({
        "e1": Edge("PARTY_TO", "o1", "a1", evidence=_evidence("doc-1")),
        "e2": Edge("PARTY_TO", "l1", "a1", evidence=_evidence("doc-1")),  # a region signs: allowed
        "e3": Edge("PARTY_TO", "p1", "a2", evidence=_evidence("doc-2", "rule:deal")),  # a person is no party
        "e4": Edge("PARTY_TO", "o2", "a2", evidence=_evidence("doc-2")),
        "e5": Edge("SIGNED", "p1", "a2", evidence=_evidence("doc-2")),
        "e6": Edge("MEMBER_OF", "o1", "l1", evidence=_evidence("doc-3", "rule:member")),
        "e7": Edge("COOPERATES_WITH", "o1", "l1", {"what": "поставки"}, _evidence("doc-3")),
    })
    return graph


def test_refused_records_are_left_out_with_document_rule_and_record():
    graph = _graph()
    refusals = conform(graph, load_schema())
    by_doc = {r.doc: r for r in refusals if r.reason.startswith(("PARTY_TO", "MEMBER_OF"))}
    assert by_doc["doc-2"].rule == "rule:deal" and "Person" in by_doc["doc-2"].reason
    assert "'Иван Петров' → 'Договор'" in by_doc["doc-2"].record
    assert by_doc["doc-3"].rule == "rule:member"
    # the agreement left with one party goes, with its signature; the rest stays
    assert any(r.record == "Agreement 'Договор'" and "two parties" in r.reason for r in refusals)
    assert "a2" not in graph.nodes and {"e3", "e4", "e5", "e6"}.isdisjoint(graph.edges)
    assert {"e1", "e2", "e7"} <= set(graph.edges) and {"o1", "o2", "l1", "p1", "a1"} <= set(graph.nodes)


def test_bad_properties_are_dropped_not_the_node():
    graph = Graph()
    graph.nodes["o1"] = Node("o1", "Organization", "Завод", props={"inn": "12345", "colour": "red", "okved": "28.12"},
                             evidence=_evidence("egrul-1", "registry:egrul"))
    graph.nodes["o2"] = Node("o2", "Organization", "  ", evidence=_evidence("doc-1"))
    refusals = conform(graph, load_schema())
    assert graph.nodes["o1"].props == {"okved": "28.12"}
    assert "o2" not in graph.nodes
    assert sorted(r.reason.split()[0] for r in refusals) == ["a", "inn", "property"]


def test_a_conforming_graph_is_left_alone(example_graph):
    graph = Graph(dict(example_graph.nodes), dict(example_graph.edges), dict(example_graph.documents))
    assert conform(graph, load_schema()) == []
    assert graph.nodes == example_graph.nodes and graph.edges == example_graph.edges

"""The query library: headers parse, every query runs on the example graph, names resolve."""

import pytest

from promgraph.graph.errors import QueryError
from promgraph.queries.library import bind, find_nodes, get_query, load_queries, run_query

EXAMPLES = {
    "org": "ВЭМЗ", "source": "Узловский литейный завод", "target": "Волжский электромеханический завод",
    "cluster": "Индустриальный парк «Кама»", "region": "Тульская область", "since": "2025-01-01",
}


def test_every_query_is_documented():
    queries = load_queries()
    assert len(queries) >= 10
    for query in queries.values():
        assert query.description and query.returns, query.name
        for param in query.params:
            assert param.description and param.example, (query.name, param.name)


@pytest.mark.parametrize("name", sorted(load_queries()))
def test_every_query_runs_on_the_example_graph(embedded, name):
    query = get_query(name)
    raw = {p.name: EXAMPLES[p.name] for p in query.params if p.default is None}
    rows = run_query(embedded, name, raw)
    columns = [c.strip() for c in query.returns.split(",")]
    if rows:
        assert list(rows[0]) == columns


@pytest.mark.parametrize("name", sorted(load_queries()))
def test_the_examples_in_each_header_answer_on_the_example_graph(embedded, name):
    query = get_query(name)
    assert run_query(embedded, name, {p.name: p.example for p in query.params}), name


def test_answers_on_the_example_graph(embedded):
    members = {r["member"] for r in run_query(embedded, "cluster_members", {"cluster": "парк «Кама»"})}
    assert members == {"Елабужский кабельный завод", "Камские полимеры"}
    path = run_query(embedded, "shortest_path", {"source": "Узловский литейный завод", "target": "ТЗГМ"})
    assert path[0]["hops"] == 1
    profile = run_query(embedded, "organization_profile", {"org": "2118678250"})[0]
    assert profile["name"] == "Волжский электромеханический завод" and profile["okved"] == "27.12"
    assert "Сергей Ладыгин" in profile["people"]
    linking = {r["person"] for r in run_query(embedded, "people_linking_organizations")}
    assert "Сергей Ладыгин" in linking


def test_organization_names_resolve_or_fail_clearly(embedded):
    by_acronym = find_nodes(embedded, "organization", "ТЗГМ")
    by_name = find_nodes(embedded, "organization", "АО «Тульский завод гидравлических машин»")
    assert len(by_acronym) == 1 and by_acronym[0]["id"] == by_name[0]["id"]
    query = get_query("organization_profile")
    with pytest.raises(QueryError, match="no organization called 'Несуществующий завод'"):
        bind(embedded, query, {"org": "Несуществующий завод"})
    with pytest.raises(QueryError, match="ambiguous"):
        bind(embedded, query, {"org": "Корпорация развития"})
    with pytest.raises(QueryError, match="has no parameter 'bogus'"):
        bind(embedded, query, {"org": "ТЗГМ", "bogus": "1"})
    with pytest.raises(QueryError, match="needs --param org"):
        bind(embedded, query, {})


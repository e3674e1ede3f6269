"""Partner candidates: existing partners excluded, orderings that follow the evidence, explanations."""

import json

from typer.testing import CliRunner

from promgraph.cli import app
from promgraph.queries.library import resolve_name
from promgraph.queries.partners import partner_candidates


def _id(store, name):
    return resolve_name(store, "organization", name, "test")


def test_existing_partners_and_self_are_never_proposed(embedded):
    org = _id(embedded, "Волжский электромеханический завод")
    linked = embedded.query("MATCH (o:Organization {id: $id})-[:COOPERATES_WITH]-(b:Organization) RETURN b.name AS n",
                            {"id": org})
    co_parties = embedded.query("MATCH (o:Organization {id: $id})-[:PARTY_TO]->(:Agreement)<-[:PARTY_TO]-"
                                "(b:Organization) RETURN b.name AS n", {"id": org})
    current = {r["n"] for r in linked + co_parties}
    assert len(current) >= 5
    names = {c.name for c in partner_candidates(embedded, org)}
    assert names and not names & current
    assert "Волжский электромеханический завод" not in names


def test_a_partner_of_a_partner_ranks_above_a_stranger_and_is_explained(embedded):
    org = _id(embedded, "Чебоксарский завод силовых трансформаторов")
    ranked = partner_candidates(embedded, org, top=50)
    by_name = {c.name: c for c in ranked}
    via_partner = by_name["Электроника-Ч"]  # supplies ВЭМЗ, a partner of ЧЗСТ, and is in the same region
    assert "общий партнер: Волжский электромеханический завод" in via_partner.explanation
    assert "тот же регион: Чувашская Республика" in via_partner.explanation
    strangers = [c for c in ranked if c.features["common"] == 0 and not c.features["membership"]]
    assert all(via_partner.score > s.score for s in strangers)
    assert [c.score for c in ranked] == sorted((c.score for c in ranked), reverse=True)


def test_cluster_candidates_and_filters(embedded):
    park = _id(embedded, "Индустриальный парк «Кама»")
    ranked = partner_candidates(embedded, park)
    members = {"Камские полимеры", "Елабужский кабельный завод"}
    assert ranked and not members & {c.name for c in ranked}
    regional = partner_candidates(embedded, park, region="Чувашская Республика")
    assert regional and all(c.region == "Чувашская Республика" for c in regional)
    assert all((c.okved or "").startswith("27") for c in partner_candidates(embedded, park, industry="27"))


def test_partners_command_json(example_workspace):
    result = CliRunner().invoke(app, ["partners", "ЧЗСТ", "--top", "3", "-f", "json",
                                      "-w", str(example_workspace.path)])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert len(rows) == 3 and {"name", "score", "explanation"} <= set(rows[0])
    assert rows[0]["score"] >= rows[1]["score"] >= rows[2]["score"]


def _tiny_store(tmp_path):
    """Ростех cooperates with two plants; each of them with a third plant, a broken variant of Ростех,
    a ministry and a news agency."""
    from promgraph.graph.model import Edge, Evidence, Graph, Node
    from promgraph.graph.stores import open_store

    evidence = (Evidence("n1", "Предложение.", 0, 12, "rule:test", 0.8, "2025-01-01"),)
    graph = Graph()
    for nid, name, kind in [("r", "Ростех", "company"), ("p1", "Завод «Вектор»", "company"),
                            ("p2", "Завод «Луч»", "company"), ("c", "Завод «Искра»", "company"),
                            ("v", "Ростех по разработке", "company"),
                            ("m", "Министерство промышленности", "government"),
                            ("a", "Информационное агентство «Тульские новости»", "media")]:
        graph.nodes[nid] = Node(nid, "Organization", name, kind, evidence=evidence)
    pairs = [("r", "p1"), ("r", "p2")] + [(p, x) for p in ("p1", "p2") for x in ("c", "v", "m", "a")]
    for k, (a, b) in enumerate(pairs):
        graph.edges[f"e{k}"] = Edge("COOPERATES_WITH", a, b, {}, evidence)
    with open_store("embedded", path=tmp_path / "g.lbug") as store:
        store.write(graph)
    return open_store("embedded", path=tmp_path / "g.lbug", read_only=True)


def test_itself_under_another_name_and_non_actors_are_not_candidates(tmp_path):
    with _tiny_store(tmp_path) as store:
        assert [c.name for c in partner_candidates(store, "r")] == ["Завод «Искра»"]
        widened = {c.name for c in partner_candidates(store, "r", kinds=None)}
        assert widened == {"Завод «Искра»", "Министерство промышленности",
                           "Информационное агентство «Тульские новости»"}
        assert {c.name for c in partner_candidates(store, "r", kinds=frozenset({"government"}))} == {
            "Министерство промышленности"}

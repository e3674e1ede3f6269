"""Resolution: merges by ИНН and name, never across two ИНН, and explains itself."""

from promgraph.graph.model import Document, Edge, Evidence, Extraction, Node
from promgraph.graph.resolve import provenance, resolve


def _ev(doc: str, method: str = "rule:head") -> tuple[Evidence, ...]:
    return (Evidence(doc, "…", 0, 1, method, 0.8, "2025-01-01"),)


def _extraction(doc: str, *nodes: Node, edges: tuple[Edge, ...] = ()) -> Extraction:
    return Extraction(Document(doc, doc, ""), nodes, edges)


def test_news_and_registry_meet_on_name_and_ids_are_stable():
    news = _extraction("news-1", Node("e1", "Organization", "Чебоксарский электроаппаратный завод", "company",
                                      evidence=_ev("news-1")))
    registry = _extraction("egrul-1", Node("o1", "Organization", "Чебоксарский электроаппаратный завод", "company",
                                           ("ЧЭАЗ",), {"inn": "2129000014"}, _ev("egrul-1", "registry:egrul")))
    graph = resolve([news, registry])
    orgs = [n for n in graph.nodes.values() if n.label == "Organization"]
    assert len(orgs) == 1
    assert orgs[0].props["inn"] == "2129000014"
    assert "resolve:name" in orgs[0].props["resolution"]
    assert resolve([registry, news]).nodes.keys() == graph.nodes.keys()


def test_acronym_of_a_registry_name_joins_the_news_abbreviation():
    news = _extraction("news-1", Node("e1", "Organization", "ЧЭАЗ", "company", evidence=_ev("news-1")))
    registry = _extraction("egrul-1", Node("o1", "Organization", "Чебоксарский электроаппаратный завод", "company",
                                           (), {"inn": "2129000014"}, _ev("egrul-1", "registry:egrul")))
    orgs = [n for n in resolve([news, registry]).nodes.values() if n.label == "Organization"]
    assert len(orgs) == 1 and "ЧЭАЗ" in orgs[0].aliases


def test_two_inns_are_never_merged_by_name():
    a = _extraction("r1", Node("o1", "Organization", "Вектор", "company", (), {"inn": "7707083893"}, _ev("r1")))
    b = _extraction("r2", Node("o1", "Organization", "Вектор", "company", (), {"inn": "500100732259"}, _ev("r2")))
    news = _extraction("n1", Node("e1", "Organization", "Вектор", "company", evidence=_ev("n1")))
    orgs = [n for n in resolve([a, b, news]).nodes.values() if n.label == "Organization"]
    assert len(orgs) == 2


def test_registry_namesakes_stay_apart_but_join_the_news_person_of_their_company():
    org = Node("o1", "Organization", "Вектор", "company", (), {"inn": "7707083893"}, _ev("r1", "registry:egrul"))
    director = Node("p1", "Person", "Иван Петров", None, (), {"inn": "500100732259"}, _ev("r1", "registry:egrul"))
    registry = _extraction("r1", org, director, edges=(Edge("DIRECTS", "p1", "o1", {"role": "директор"}, _ev("r1")),))
    other = _extraction("r2", Node("p1", "Person", "Иван Петров", None, (), {"inn": "772900121110"}, _ev("r2")))
    news = _extraction("n1", Node("e1", "Organization", "Вектор", "company", evidence=_ev("n1")),
                       Node("p1", "Person", "Иван Петров", evidence=_ev("n1")),
                       edges=(Edge("HOLDS_POSITION", "p1", "e1", {"role": "директор"}, _ev("n1")),))
    people = [n for n in resolve([registry, other, news]).nodes.values() if n.label == "Person"]
    assert len(people) == 2
    merged = next(p for p in people if p.props.get("inn") == "500100732259")
    assert {e.doc for e in merged.evidence} == {"r1", "n1"}


def test_edges_merge_their_evidence_and_cooperation_is_undirected():
    def doc(name: str, first: str, second: str) -> Extraction:
        return _extraction(name, Node("e1", "Organization", first, evidence=_ev(name)),
                           Node("e2", "Organization", second, evidence=_ev(name)),
                           edges=(Edge("COOPERATES_WITH", "e1", "e2", {"what": "поставки"}, _ev(name)),))

    graph = resolve([doc("n1", "Альфа", "Бета"), doc("n2", "Бета", "Альфа")])
    links = [e for e in graph.edges.values() if e.type == "COOPERATES_WITH"]
    assert len(links) == 1 and {e.doc for e in links[0].evidence} == {"n1", "n2"}
    mentions = [e for e in graph.edges.values() if e.type == "MENTIONED_IN"]
    assert len(mentions) == 4


def test_provenance_names_the_source_a_fact_was_first_seen_in():
    evidence = [Evidence("b-later", "…", 0, 1, "rule:cooperation", 0.6, "2025-05-01"),
                Evidence("a-undated", "…", 0, 1, "rule:cooperation", 0.7),
                Evidence("c-earlier", "…", 0, 1, "rule:cooperation", 0.5, "2024-11-20")]
    facts = provenance(evidence)
    assert facts["sources"] == ["a-undated", "b-later", "c-earlier"]
    assert (facts["first_seen"], facts["first_source"], facts["last_seen"]) == ("2024-11-20", "c-earlier", "2025-05-01")
    assert provenance(evidence[1:2])["first_source"] is None


def test_overrides_keep_apart_and_force_together():
    from promgraph.graph.resolve import Overrides

    news = _extraction("n1", Node("e1", "Organization", "Вектор", "company", evidence=_ev("n1")),
                       Node("e2", "Organization", "ЗАО «Гамма»", "company", evidence=_ev("n1")))
    registry = _extraction("r1", Node("o1", "Organization", "Вектор", "company", (), {"inn": "7707083893"},
                                      _ev("r1", "registry:egrul")),
                           Node("o2", "Organization", "Гамма-Сервис", "company", (), {"inn": "500100732259"},
                                _ev("r1", "registry:egrul")))

    def orgs(overrides=None):
        return sorted((n for n in resolve([news, registry], overrides).nodes.values() if n.label == "Organization"),
                      key=lambda n: n.name)

    assert len(orgs()) == 3  # the two "Вектор" meet by name, "Гамма" stays apart from "Гамма-Сервис"
    kept_apart = orgs(Overrides(separate=(("Вектор", "7707083893"),)))
    assert len(kept_apart) == 4
    forced = orgs(Overrides(merge=(("Гамма", "500100732259"),)))
    assert len(forced) == 2
    gamma = next(n for n in forced if n.props.get("inn") == "500100732259")
    assert "override:merge" in gamma.props["resolution"] and "ЗАО «Гамма»" in {gamma.name, *gamma.aliases}


def test_overrides_file_is_checked(tmp_path):
    import pytest

    from promgraph.graph.errors import InvalidData
    from promgraph.graph.workspace import Workspace

    workspace = Workspace(tmp_path)
    (tmp_path / "overrides.yaml").write_text("merge:\n  - [only-one]\n", encoding="utf-8")
    with pytest.raises(InvalidData, match="overrides.yaml: overrides: 'merge' must be a list of"):
        workspace.overrides()
    (tmp_path / "overrides.yaml").write_text("separate:\n  - [А, Б]\n", encoding="utf-8")
    assert workspace.overrides().separate == (("А", "Б"),)


def test_near_names_join_once_and_explain_it():
    news = _extraction("news-1", Node("e1", "Organization", "Тульского завода гидравлических машин",
                                      evidence=_ev("news-1")))
    typo = _extraction("news-2", Node("e1", "Organization", "Тульский завод гидравлическх машин",
                                      evidence=_ev("news-2")))
    registry = _extraction("egrul-1", Node("o1", "Organization", 'АО "ТУЛЬСКИЙ ЗАВОД ГИДРАВЛИЧЕСКИХ МАШИН"', "company",
                                           (), {"inn": "7191497320", "region": "Тульская область"},
                                           _ev("egrul-1", "registry:egrul")))
    orgs = [n for n in resolve([news, typo, registry]).nodes.values() if n.label == "Organization"]
    assert len(orgs) == 1
    assert "resolve:fuzzy" in orgs[0].props["resolution"]


def test_an_ambiguous_near_name_stays_alone():
    first = _extraction("r1", Node("o1", "Organization", "Промавтоматика", None, (), {"inn": "7707083893"},
                                   _ev("r1", "registry:egrul")))
    second = _extraction("r2", Node("o1", "Organization", "Промавтоматика", None, (), {"inn": "500100732259"},
                                    _ev("r2", "registry:egrul")))
    news = _extraction("n1", Node("e1", "Organization", "Промавтоматики", evidence=_ev("n1")))
    orgs = [n for n in resolve([first, second, news]).nodes.values() if n.label == "Organization"]
    assert len(orgs) == 3


def test_names_never_join_organizations_of_two_regions():
    registry = _extraction("r1", Node("o1", "Organization", "Промавтоматика", None, (),
                                      {"inn": "7707083893", "region": "Тульская область"}, _ev("r1", "registry:egrul")))
    table = _extraction("t1", Node("o1", "Organization", "Промавтоматика", None, (),
                                   {"region": "Республика Татарстан"}, _ev("t1", "table:clusters")))
    orgs = [n for n in resolve([registry, table]).nodes.values() if n.label == "Organization"]
    assert len(orgs) == 2

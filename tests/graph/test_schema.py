import pytest

from promgraph.graph.errors import InvalidOntology
from promgraph.graph.schema import load_schema, parse_schema
from promgraph.graph.stores.ladybug import ddl


def test_model_is_consistent():
    schema = load_schema()
    assert {"Organization", "Person", "Place", "Agreement", "Event", "Document"} <= set(schema.nodes)
    assert {"HOLDS_POSITION", "PARTY_TO", "SIGNED", "MEMBER_OF", "LOCATED_IN", "COOPERATES_WITH", "DIRECTS",
            "FOUNDED", "MENTIONED_IN"} <= set(schema.relationships)
    kinds = set(schema.node("Organization").kinds)
    assert {"company", "government", "cluster", "technopark", "industrial_park", "sez"} <= kinds
    provenance = {p.name for p in schema.provenance}
    assert {"sources", "evidence", "method", "confidence", "first_seen", "last_seen"} <= provenance


def test_ddl_is_generated_from_the_model():
    schema = load_schema()
    statements = ddl(schema)
    assert len(statements) == len(schema.nodes) + len(schema.relationships) + 1  # and the derived LINKED
    # every pair of the links in both directions: regions and countries sign and cooperate too
    assert statements[-1] == ("CREATE REL TABLE LINKED(FROM Agreement TO Organization, FROM Agreement TO Place, "
                              "FROM Organization TO Agreement, FROM Organization TO Organization, "
                              "FROM Organization TO Place, FROM Place TO Agreement, FROM Place TO Organization, "
                              "FROM Place TO Place)")
    holds = next(s for s in statements if s.startswith("CREATE REL TABLE HOLDS_POSITION"))
    assert "FROM Person TO Organization" in holds and "role STRING" in holds and "evidence STRING" in holds


def test_bad_model_is_refused():
    raw = {"base": "x#", "provenance": {}, "nodes": {"A": {"label": {"ru": "а", "en": "a"}}},
           "relationships": {"R": {"label": {"ru": "р", "en": "r"}, "pairs": [["A", "B"]]}}}
    with pytest.raises(InvalidOntology, match="unknown node class"):
        parse_schema(raw)
    with pytest.raises(InvalidOntology):
        load_schema().node("Company")

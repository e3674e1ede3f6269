import pytest

from promgraph.graph.errors import InvalidData
from promgraph.graph.identifiers import clean_digits, valid_inn, valid_kpp, valid_ogrn
from promgraph.graph.identity import make_id


@pytest.mark.parametrize("inn, ok", [
    ("7707083893", True),      # ПАО Сбербанк
    ("7707083894", False),     # wrong check digit
    ("500100732259", True),    # a person's ИНН
    ("500100732258", False),
    ("77070838", False),
    ("77070838ab", False),
    ("", False),
    (None, False),
])
def test_inn(inn, ok):
    assert valid_inn(inn) is ok


@pytest.mark.parametrize("ogrn, ok", [
    ("1027700132195", True),
    ("1027700132196", False),
    ("304500116000157", True),  # ОГРНИП
    ("304500116000158", False),
    ("12345", False),
])
def test_ogrn(ogrn, ok):
    assert valid_ogrn(ogrn) is ok


def test_kpp_and_digits():
    assert valid_kpp("770701001") and valid_kpp("7707AB001") and not valid_kpp("7707")
    assert clean_digits("ИНН 7707-083 893") == "7707083893"


def test_ids_are_stable_and_keyed():
    first = make_id("Organization", "inn", "7707083893")
    assert first == make_id("Organization", "inn", "7707083893")
    assert first.startswith("org-")
    assert first != make_id("Organization", "inn", "7707083894")
    assert first != make_id("Person", "inn", "7707083893")
    with pytest.raises(InvalidData):
        make_id("Organization", None, "")

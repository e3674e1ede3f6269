"""Members read over a whole article by the residents model, and the logistic models behind it and the locations
model."""

from __future__ import annotations

from importlib.resources import files

import pytest

from promgraph.graph.model import Document
from promgraph.loaders.logistic import Logistic, fit, load_logistic
from promgraph.loaders.news import read_document

# The park is named in the headline and the lead, its new resident in the next sentence, by what it will
# build: no sentence says "резидент", so the member rules find nothing.
ARTICLE = (
    "Индустриальный парк «Ворсино» принял двух новых инвесторов\n"
    "Калужская область расширяет индустриальный парк «Ворсино», сообщили в министерстве экономического "
    "развития региона.\n"
    "Компания «Полимер-Пак» построит завод по выпуску упаковки, вложив в проект 2 млрд рублей.\n"
)
PAIR = ("Полимер-Пак", "Индустриальный парк «Ворсино»")


def _members(models, model: Logistic, text: str = ARTICLE) -> dict[tuple[str, str], str]:
    _, entities, facts = read_document(Document("t", "", text), models, {"residents": model})
    names = {e.id: e.name for e in entities}
    return {(names[f.args["member"]], names[f.args["group"]]): f.method for f in facts if f.type == "MEMBER"}


def test_a_company_the_model_takes_is_a_member_of_the_park_told_in_another_sentence(models):
    near = Logistic({"gap=1": 10.0}, -5.0)  # a company named in the sentence after its group's
    assert _members(models, near) == {PAIR: "model:residents"}


def test_a_pair_below_the_threshold_is_no_member(models):
    assert _members(models, Logistic({"gap=1": 10.0}, -5.0, threshold=1.0)) == {}
    assert _members(models, Logistic({"gap=0": 10.0}, -5.0)) == {}  # the features of another pair


def test_what_the_rules_found_is_kept_and_not_told_twice(models):
    text = ARTICLE + "Резидентом индустриального парка «Ворсино» стала и компания «Полимер-Пак».\n"
    everything = Logistic({}, 10.0)  # takes every pair
    found = _members(models, everything, text)
    assert found[PAIR] == "rule:member"
    assert len(found) == 1


def test_a_government_or_a_person_is_never_a_resident(models):
    found = _members(models, Logistic({}, 10.0))
    assert set(found) == {PAIR}  # not the ministry, nor the region


def test_fit_learns_the_features_that_tell_the_labels_and_is_deterministic():
    examples = [(["near", "company"], 1), (["near", "company", "headline"], 1), (["far", "company"], 0),
                (["far", "government"], 0), (["near", "government"], 0)] * 5
    model = fit(examples, l2=0.001)
    assert model.probability(["near", "company"]) > 0.8
    assert model.probability(["far", "company"]) < 0.2
    assert model.probability(["near", "government"]) < 0.5
    assert fit(examples, l2=0.001) == model


@pytest.mark.parametrize("name", ["residents", "locations"])
def test_the_shipped_weights_are_as_the_training_script_writes_them(name):
    text = files("promgraph.loaders").joinpath(f"data/{name}.json").read_text(encoding="utf-8")
    model = load_logistic(name)
    assert model.to_json() == text
    assert 0.0 < model.threshold < 1.0
    assert any(name.startswith("gap=") for name in model.weights)

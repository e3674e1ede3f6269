"""Relations read over a whole article by the residents and locations models, and the logistic model behind
them."""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files

import pytest

from promgraph.graph.model import Document
from promgraph.loaders.logistic import Logistic, fit, load_logistic
from promgraph.loaders.news import read_document


@dataclass(frozen=True)
class Case:
    """A model, the relation it adds, an article whose pair no rule links and a sentence by which one does."""

    model: str
    type: str
    ends: tuple[str, str]
    article: str
    pair: tuple[str, str]
    said: str


# The park is named in the headline and the lead, its new resident in the next sentence, by what it will
# build: no sentence says "резидент", so the member rules find nothing.
RESIDENTS = Case("residents", "MEMBER", ("member", "group"),
                 "Индустриальный парк «Ворсино» принял двух новых инвесторов\n"
                 "Калужская область расширяет индустриальный парк «Ворсино», сообщили в министерстве экономического "
                 "развития региона.\n"
                 "Компания «Полимер-Пак» построит завод по выпуску упаковки, вложив в проект 2 млрд рублей.\n",
                 ("Полимер-Пак", "Индустриальный парк «Ворсино»"),
                 "Резидентом индустриального парка «Ворсино» стала и компания «Полимер-Пак».\n")
# The region is named in the headline and the lead, the company in the next sentence, by what it will build:
# no sentence puts the company anywhere, so the location rules find nothing.
LOCATIONS = Case("locations", "LOCATED_IN", ("entity", "place"),
                 "Калужская область привлекла нового инвестора\n"
                 "Власти Калужской области подписали несколько инвестиционных соглашений.\n"
                 "Компания «Полимер-Пак» построит завод по выпуску упаковки, вложив в проект 2 млрд рублей.\n",
                 ("Полимер-Пак", "Калужская область"),
                 "Компания «Полимер-Пак» в Калужской области построит и склад.\n")
CASES = pytest.mark.parametrize("case", [RESIDENTS, LOCATIONS], ids=lambda case: case.model)


def _found(models, case: Case, model: Logistic, text: str | None = None) -> dict[tuple[str, str], str]:
    _, entities, facts = read_document(Document("t", "", text or case.article), models, {case.model: model})
    names = {e.id: e.name for e in entities}
    one, other = case.ends
    return {(names[f.args[one]], names[f.args[other]]): f.method for f in facts if f.type == case.type}


@CASES
def test_a_pair_the_model_takes_is_told_in_another_sentence(models, case):
    near = Logistic({"gap=1": 10.0}, -5.0)  # named in the sentence after the other
    assert _found(models, case, near) == {case.pair: f"model:{case.model}"}


@CASES
def test_a_pair_below_the_threshold_is_no_fact(models, case):
    assert _found(models, case, Logistic({"gap=1": 10.0}, -5.0, threshold=1.0)) == {}
    assert _found(models, case, Logistic({"gap=0": 10.0}, -5.0)) == {}  # the features of another pair


@CASES
def test_what_the_rules_found_is_kept_and_not_told_twice(models, case):
    found = _found(models, case, Logistic({}, 10.0), case.article + case.said)  # a model that takes every pair
    assert found[case.pair].startswith("rule:")
    assert list(found) == [case.pair]


def test_a_government_or_a_person_is_never_a_resident(models):
    found = _found(models, RESIDENTS, Logistic({}, 10.0))
    assert set(found) == {RESIDENTS.pair}  # not the ministry, nor the region


def test_a_government_is_placed_by_its_name_not_by_the_model(models):
    text = "Правительство Калужской области поддержало проект. Завод построят в Обнинске.\n"
    found = _found(models, LOCATIONS, Logistic({}, 10.0), text)
    assert all(method.startswith("rule:") for (org, _), method in found.items() if org.startswith("Правительство"))


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
    assert any(feature.startswith("gap=") for feature in model.weights)

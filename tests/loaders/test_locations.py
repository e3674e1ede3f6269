"""Places read over a whole article by the locations model."""

from __future__ import annotations

from promgraph.graph.model import Document
from promgraph.loaders.logistic import Logistic
from promgraph.loaders.news import read_document

# The region is named in the headline and the lead, the company in the next sentence, by what it will build:
# no sentence puts the company anywhere, so the location rules find nothing.
ARTICLE = (
    "Калужская область привлекла нового инвестора\n"
    "Власти Калужской области подписали несколько инвестиционных соглашений.\n"
    "Компания «Полимер-Пак» построит завод по выпуску упаковки, вложив в проект 2 млрд рублей.\n"
)
PAIR = ("Полимер-Пак", "Калужская область")


def _locations(models, model: Logistic, text: str = ARTICLE) -> dict[tuple[str, str], str]:
    _, entities, facts = read_document(Document("t", "", text), models, {"locations": model})
    names = {e.id: e.name for e in entities}
    return {(names[f.args["entity"]], names[f.args["place"]]): f.method for f in facts if f.type == "LOCATED_IN"}


def test_a_company_the_model_takes_is_in_the_region_told_in_another_sentence(models):
    near = Logistic({"gap=1": 10.0}, -5.0)  # a company named in the sentence after the place
    assert _locations(models, near) == {PAIR: "model:locations"}


def test_a_pair_below_the_threshold_is_nowhere(models):
    assert _locations(models, Logistic({"gap=1": 10.0}, -5.0, threshold=1.0)) == {}
    assert _locations(models, Logistic({"gap=0": 10.0}, -5.0)) == {}  # the features of another pair


def test_what_the_rules_found_is_kept_and_not_told_twice(models):
    text = ARTICLE + "Компания «Полимер-Пак» в Калужской области построит и склад.\n"
    found = _locations(models, Logistic({}, 10.0), text)  # a model that takes every pair
    assert found[PAIR].startswith("rule:")
    assert list(found) == [PAIR]


def test_a_government_is_placed_by_its_name_not_by_the_model(models):
    text = "Правительство Калужской области поддержало проект. Завод построят в Обнинске.\n"
    found = _locations(models, Logistic({}, 10.0), text)
    assert all(method.startswith("rule:") for (org, _), method in found.items() if org.startswith("Правительство"))

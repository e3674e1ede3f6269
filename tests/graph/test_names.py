import pytest

from promgraph.graph.names import (
    acronym,
    balanced_quotes,
    display_name,
    name_key,
    nominative_legal_form,
    spelled_legal_form,
    split_legal_form,
)


@pytest.mark.parametrize("name, bare, form", [
    ('АКЦИОНЕРНОЕ ОБЩЕСТВО "ЧЕБОКСАРСКИЙ ЭЛЕКТРОАППАРАТНЫЙ ЗАВОД"', "ЧЕБОКСАРСКИЙ ЭЛЕКТРОАППАРАТНЫЙ ЗАВОД", "АО"),
    ("ООО «Вектор»", "Вектор", "ООО"),
    ('ЗАО"Тандер"', "Тандер", "ЗАО"),  # a quote glued to its form
    ("НОАО «Гидромаш»", "Гидромаш", "НОАО"),
    ("ПАО «Казанский станкостроительный завод»", "Казанский станкостроительный завод", "ПАО"),
    ("Корпорация развития Донбасса", "Корпорация развития Донбасса", None),
    # a spelled-out form with a lower-case tail is the head of the name, not its legal form
    ("Государственная корпорация развития ВЭБ", "Государственная корпорация развития ВЭБ", None),
    ("Государственная корпорация «Ростех»", "Ростех", "ГК"),
    ("Публично-правовая компания «Российский экологический оператор»", "Российский экологический оператор", "ППК"),
    ("ППК РЭО", "РЭО", "ППК"),
    ("ФГБНУ «Федеральный исследовательский центр Институт цитологии и генетики СО РАН»",
     "Федеральный исследовательский центр Институт цитологии и генетики СО РАН", "ФГБНУ"),
])
def test_split_legal_form(name, bare, form):
    assert split_legal_form(name) == (bare, form)


@pytest.mark.parametrize("text, nominative", [
    ("Общества с ограниченной ответственностью «Юг-Агро»", "Общество с ограниченной ответственностью «Юг-Агро»"),
    ("публичным акционерным обществом «Татнефть»", "Публичное акционерное общество «Татнефть»"),
    ("Акционерного общества \"Вектор\"", "Акционерное общество \"Вектор\""),
    # a form not followed by a quoted name is left as it is
    ("Государственной корпорации развития ВЭБ", "Государственной корпорации развития ВЭБ"),
])
def test_a_spelled_out_legal_form_in_any_case_is_put_in_the_nominative(text, nominative):
    assert nominative_legal_form(text) == nominative


@pytest.mark.parametrize("text, length", [
    ("общества с ограниченной ответственностью «Луч» Антон", len("общества с ограниченной ответственностью")),
    ("акционерным обществом \"Вектор\"", len("акционерным обществом")),
    ("общества с ограниченной ответственностью Антон", 0),  # no quoted name after it
    ("компании «Луч»", 0),
])
def test_the_length_of_a_spelled_out_legal_form_before_a_quoted_name(text, length):
    assert spelled_legal_form(text) == length


def test_registry_and_news_names_meet_on_one_key():
    registry = 'АКЦИОНЕРНОЕ ОБЩЕСТВО "ЧЕБОКСАРСКИЙ ЭЛЕКТРОАППАРАТНЫЙ ЗАВОД"'
    assert name_key(registry) == name_key("АО «Чебоксарский электроаппаратный завод»")
    assert display_name(registry) == "Чебоксарский электроаппаратный завод"
    assert name_key("Ёлка") == name_key("елка")


def test_display_name_keeps_news_names_and_short_acronyms():
    assert display_name("Технопарк «Узловая»") == "Технопарк «Узловая»"
    assert display_name('ООО "УФР"') == "УФР"


@pytest.mark.parametrize("name, short", [
    ("Чебоксарский электроаппаратный завод", "ЧЭАЗ"),
    ("Казанский станкостроительный завод", "КСЗ"),
    ('АКЦИОНЕРНОЕ ОБЩЕСТВО "ТУЛЬСКИЙ ЗАВОД ГИДРАВЛИЧЕСКИХ МАШИН"', "ТЗГМ"),
])
def test_acronym(name, short):
    assert acronym(name) == short


@pytest.mark.parametrize("name, balanced", [
    ('Авиационный завод "Авиастар"', "Авиационный завод «Авиастар»"),
    ('ПСЗ "Янтарь', "ПСЗ «Янтарь»"),  # one quote closed both
    ("«Инновационный индустриальный парк «Технополис «Химград»",
     "Инновационный индустриальный парк «Технополис «Химград»»"),
    ('Тихвинский вагоностроительный завод"', "Тихвинский вагоностроительный завод"),
    ("Дзержинский химический комбинат «Синтез»", "Дзержинский химический комбинат «Синтез»"),
    ("Научно-производственная корпорация “Иркут", "Научно-производственная корпорация «Иркут»"),
    ("Казанское ОКБ “Союз”", "Казанское ОКБ «Союз»"),
    ("Соколиный центр „Камчатка“", "Соколиный центр «Камчатка»"),
    ('ЗАО"Тандер"', "ЗАО«Тандер»"),  # a straight quote before a capital opens, glued to a word or not
    # quotes escaped as in a program's string, the last one cut off with its backslash left
    ('\\"Научно-производственное предприятие \\"МедИнж\\', "Научно-производственное предприятие «МедИнж»"),
    ('Завод \\"Калина\\"', "Завод «Калина»"),
])
def test_balanced_quotes(name, balanced):
    assert balanced_quotes(name) == balanced

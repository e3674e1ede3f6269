import pytest

from promgraph.graph.names import acronym, balanced_quotes, display_name, name_key, split_legal_form


@pytest.mark.parametrize("name, bare, form", [
    ('АКЦИОНЕРНОЕ ОБЩЕСТВО "ЧЕБОКСАРСКИЙ ЭЛЕКТРОАППАРАТНЫЙ ЗАВОД"', "ЧЕБОКСАРСКИЙ ЭЛЕКТРОАППАРАТНЫЙ ЗАВОД", "АО"),
    ("ООО «Вектор»", "Вектор", "ООО"),
    ("НОАО «Гидромаш»", "Гидромаш", "НОАО"),
    ("ПАО «Казанский станкостроительный завод»", "Казанский станкостроительный завод", "ПАО"),
    ("Корпорация развития Донбасса", "Корпорация развития Донбасса", None),
    # a spelled-out form with a lower-case tail is the head of the name, not its legal form
    ("Государственная корпорация развития ВЭБ", "Государственная корпорация развития ВЭБ", None),
    ("Государственная корпорация «Ростех»", "Ростех", "ГК"),
    ("ФГБНУ «Федеральный исследовательский центр Институт цитологии и генетики СО РАН»",
     "Федеральный исследовательский центр Институт цитологии и генетики СО РАН", "ФГБНУ"),
])
def test_split_legal_form(name, bare, form):
    assert split_legal_form(name) == (bare, form)


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
])
def test_balanced_quotes(name, balanced):
    assert balanced_quotes(name) == balanced

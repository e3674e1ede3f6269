"""Fuzzy name matching: endings, typos, scripts and generic words join; other places and products never do."""

import pytest

from promgraph.graph.matching import NameIndex, same_name, skeleton, tokens


@pytest.mark.parametrize(("left", "right"), [
    ("Чебоксарского кабельного завода", "Чебоксарский кабельный завод"),  # inflection, generic word
    ("Фонда развития промышленности", "Фонд развития промышленности"),
    ("Липецкий завод сварчных конструкций", "Липецкий завод сварочных конструкций"),  # one typo
    ("Promavtomatika", "ООО «Промавтоматика»"),  # transliteration
    ("Volga-Tekh Development", "Волга-Тех Девелопмент"),
    ("Тулапривод-маш", "Тулаприводмаш"),  # written together
    ("Группа компаний «Кама-Инвест»", "Кама-Инвест"),
    ("Завод сварочных конструкций Липецкий", "Липецкий завод сварочных конструкций"),  # word order
])
def test_same_organization(left, right):
    assert same_name(tokens(left), tokens(right))


@pytest.mark.parametrize(("left", "right"), [
    ("Корпорация развития Тульской области", "Корпорация развития Липецкой области"),
    ("Электротехнический кластер Чувашской Республики", "Электромеханический кластер Чувашской Республики"),
    ("Чебоксарский завод силовых трансформаторов", "Чебоксарский завод торгового оборудования"),
    ("Корпорация развития", "Корпорация развития Тульской области"),
    ("Завод № 1", "Завод № 2"),
    ("Кама", "Кама-Инвест"),
    ("Вега", "Вета"),
    ("Завод", "Завод"),  # nothing distinctive to match on
])
def test_different_organizations(left, right):
    assert not same_name(tokens(left), tokens(right))


def test_skeleton_is_shared_by_scripts():
    assert skeleton("техноком") == skeleton("tehnokom")
    assert skeleton("электра") == skeleton("electra") == skeleton("elektra")


def test_index_finds_by_block_and_checks_region():
    index = NameIndex()
    index.add("tula", 'ООО "ПРОМАВТОМАТИКА"', "Тульская область")
    index.add("kazan", 'ООО "ЭНЕРГОМАШ"', "Республика Татарстан")
    assert index.matches("Промавтоматики") == ["tula"]
    assert index.matches("Промавтоматика", "Тульская область") == ["tula"]
    assert index.matches("Промавтоматика", "Республика Татарстан") == []
    assert index.matches("Энергомаш-Тула") == []
    assert len(index) == 2


def test_index_skips_words_too_common_to_block_on():
    index = NameIndex()
    for i in range(6_000):
        index.add(i, f"Промышленная компания {i}")
    index.add("rare", "Промышленная Зарница")
    assert index.matches("Промышленной Зарницы") == ["rare"]

"""Rows on an 80-column terminal: names stay whole, one record is a card, a wide table becomes cards."""

import io

from rich.console import Console

from promgraph.terminal import print_table

PLANT = "Тульский завод гидравлических машин"
SENTENCE = ("Корпорация развития Тульской области и АО «Тульский завод гидравлических машин» подписали "
            "соглашение о реализации инвестиционного проекта по выпуску гидроцилиндров.")


def _render(rows, width=80, title=None) -> list[str]:
    console = Console(width=width, file=io.StringIO(), color_system=None)
    print_table(console, rows, title)
    return console.file.getvalue().splitlines()


def test_one_record_is_a_card_of_labels_and_values():
    row = {"name": PLANT, "kind": "company", "inn": "7191497320", "okved": "28.12", "regions": ["Тульская область"],
           "groups": ["Особая экономическая зона «Приокская»", "Промышленный кластер «Тульское машиностроение»"],
           "agreements": ["Соглашение о реализации инвестиционного проекта по выпуску гидроцилиндров"],
           "people": ["Анна Белова"], "sources": ["tul-01", "tul-02"], "ogrn": "1137114585915", "status": "действующее",
           "legal_form": "АО"}
    lines = _render([row], title="organization_profile")
    assert all(len(line) <= 80 for line in lines)
    assert any(line.split() == ["name", *PLANT.split()] for line in lines)
    # each group on its own line, whole
    assert any(line.strip() == "Промышленный кластер «Тульское машиностроение»" for line in lines)
    assert len(lines) < 20


def test_a_table_too_wide_for_the_terminal_becomes_cards():
    rows = [{"source": f"tul-0{k}", "title": "Корпорация развития Тульской области и ТЗГМ подписали соглашение",
             "date": "2024-09-03", "method": "rule:legal_form", "confidence": 0.9,
             "as written": "АО «Тульский завод гидравлических машин»", "sentence": SENTENCE} for k in (1, 2)]
    lines = _render(rows, title="evidence")
    assert all(len(line) <= 80 for line in lines)
    assert sum(line.startswith("evidence [") for line in lines) == 2
    assert sum(line.startswith("as written") and "гидравлических машин»" in line for line in lines) == 2


def test_a_table_that_fits_keeps_names_whole_and_follows_the_width():
    rows = [{"name": PLANT, "kind": "company", "links": 5},
            {"name": "Волжский электромеханический завод", "kind": "company", "links": 6}]
    for width in (60, 120):
        lines = _render(rows, width=width)
        assert all(len(line) <= width for line in lines)
        for name in (PLANT, "Волжский электромеханический завод"):
            assert any(name in line for line in lines)
    assert _render([]) == ["(no rows)"]


def test_names_with_brackets_are_printed_as_written():
    lines = _render([{"name": "[bold]Завод[/bold]", "links": 1}, {"name": "ООО [Вектор]", "links": 2}],
                    title="[red]x")
    assert any("[bold]Завод[/bold]" in line for line in lines) and any("ООО [Вектор]" in line for line in lines)
    assert lines[0].strip() == "[red]x"

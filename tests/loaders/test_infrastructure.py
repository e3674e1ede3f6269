"""Cluster and park registry tables: column mapping, members, wrong columns, XLSX, user mappings."""

import json

from promgraph.loaders.infrastructure import COLUMNS, read_infrastructure
from promgraph.loaders.report import Report
from promgraph.pipeline import EXAMPLES


def _load(path, columns=None):
    report = Report()
    return list(read_infrastructure(path, report, columns)), report


def _names(extraction, type_):
    nodes = {n.id: n.name for n in extraction.nodes}
    return {(nodes[e.source], nodes[e.target], e.props.get("role")) for e in extraction.edges if e.type == type_}


def test_cluster_registry_members_specialized_org_and_region():
    (extraction,), report = _load(EXAMPLES / "registry" / "clusters_example.csv")
    assert not report
    members = _names(extraction, "MEMBER_OF")
    assert ("Тульский завод гидравлических машин", "Промышленный кластер «Тульское машиностроение»", "участник") \
        in members
    assert ("Центр развития промышленности Чувашской Республики", "Электротехнический кластер Чувашской Республики",
            "специализированная организация") in members
    assert {t for _, t, _ in _names(extraction, "LOCATED_IN")} == {"Чувашская Республика", "Тульская область"}
    plant = next(n for n in extraction.nodes if n.name == "Волжский электромеханический завод")
    assert plant.props["inn"] == "2118678250" and plant.props["legal_form"] == "АО"


def test_park_registry_from_xlsx(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Местонахождение промышленного технопарка, субъект РФ", "Наименование промышленного технопарка",
                  "Наименование управляющей компании промышленного технопарка"])
    sheet.append(["Тульская область", "Технопарк «Узловая»", 'ООО "Узловая-Девелопмент"'])
    book.save(tmp_path / "parks.xlsx")
    (extraction,), report = _load(tmp_path / "parks.xlsx")
    park = next(n for n in extraction.nodes if n.name == "Технопарк «Узловая»")
    assert park.kind == "technopark" and not report
    assert _names(extraction, "DIRECTS") == {("Узловая-Девелопмент", "Технопарк «Узловая»", "управляющая компания")}


def test_wrong_columns_are_named_and_a_user_mapping_fixes_them(tmp_path):
    table = tmp_path / "members.csv"
    table.write_text("Кластер2025,Компания\nКластер «Альфа»,ООО «Бета»\n", encoding="utf-8")
    extractions, report = _load(table)
    assert extractions == []
    message = str(report.problems[0])
    assert "members.csv" in message and "lacks cluster" in message and "member" in message
    mapping = {kind: dict(fields) for kind, fields in COLUMNS.items()}
    mapping["clusters"]["cluster"] = ["Кластер2025"]
    mapping["clusters"]["member"] = ["Компания"]
    (extraction,), report = _load(table, mapping)
    assert _names(extraction, "MEMBER_OF") == {("Бета", "Кластер «Альфа»", "участник")}


def test_cp1251_csv_and_rows_without_names(tmp_path):
    table = tmp_path / "cp.csv"
    table.write_bytes("Наименование кластера;Участник кластера\nКластер «Гамма»;\nКластер «Гамма»;АО «Дельта»\n"
                      .encode("cp1251"))
    (extraction,), report = _load(table)
    assert _names(extraction, "MEMBER_OF") == {("Дельта", "Кластер «Гамма»", "участник")}
    assert "line 2" in str(report.problems[0])


def test_build_takes_a_columns_file(tmp_path):
    from typer.testing import CliRunner

    from promgraph.cli import app

    table = tmp_path / "in" / "members.csv"
    table.parent.mkdir()
    table.write_text("Кластер2025,Компания\nКластер «Альфа»,ООО «Бета»\n", encoding="utf-8")
    columns = tmp_path / "columns.json"
    columns.write_text(json.dumps({"clusters": {"cluster": ["Кластер2025"], "member": ["Компания"]}}),
                       encoding="utf-8")
    result = CliRunner().invoke(app, ["build", str(table.parent), "--columns", str(columns), "--no-html",
                                      "-w", str(tmp_path / "ws"), "-f", "json"])
    assert result.exit_code == 0, result.output
    counts = {r["what"]: r["count"] for r in json.loads(result.stdout)}
    assert counts["relationships: MEMBER_OF"] == 1 and counts["problems"] == 0

"""Minpromtorg registries of industrial clusters (ПП РФ № 779) and of industrial parks and technoparks.

Tables differ from one publication to the next, so columns are found through a mapping from
promgraph's field names to the labels a table may use (``COLUMNS``); users pass their own
mapping for other tables. A table missing a required column is reported with the names it lacks.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from promgraph.graph.identity import content_hash
from promgraph.graph.model import Document, Extraction
from promgraph.graph.names import fold
from promgraph.loaders.registry import RecordBuilder, region_name
from promgraph.loaders.report import Report
from promgraph.loaders.tables import read_table

__all__ = ["COLUMNS", "REQUIRED", "read_infrastructure"]

COLUMNS: dict[str, dict[str, list[str]]] = {
    "clusters": {
        "cluster": ["Наименование кластера", "Название кластера", "Кластер", "cluster"],
        "region": ["Субъект РФ", "Субъект Российской Федерации", "Регион", "region"],
        "specialized_org": ["Специализированная организация", "Специализированная организация кластера"],
        "specialized_inn": ["ИНН специализированной организации"],
        "member": ["Участник кластера", "Наименование участника", "Участник", "member"],
        "member_inn": ["ИНН участника", "ИНН участника кластера", "ИНН", "inn"],
    },
    "parks": {
        "park": ["Название парка", "Наименование промышленного технопарка", "Наименование парка", "park"],
        "region": ["Субъект РФ", "Местонахождение промышленного технопарка, субъект РФ", "Регион", "region"],
        "park_type": ["Тип парка", "Тип площадки"],
        "management": ["Наименование управляющей компании парка",
                       "Наименование управляющей компании промышленного технопарка"],
        "management_inn": ["ИНН управляющей компании"],
        "specialization": ["Специализация парка", "Специализация промышленного технопарка"],
        "address": ["Адрес парка", "Почтовый адрес технопарка"],
        "status": ["Статус"],
    },
}
REQUIRED = {"clusters": ("cluster", "member"), "parks": ("park", "region")}


def _resolve_columns(header: list[str], mapping: dict[str, list[str]]) -> dict[str, str]:
    """Field → the table's column, matching labels case- and ё-insensitively."""
    by_label = {fold(h): h for h in header}
    found = {}
    for field, labels in mapping.items():
        column = next((by_label[fold(label)] for label in labels if fold(label) in by_label), None)
        if column:
            found[field] = column
    return found


def _choose(header: list[str], columns: dict[str, dict[str, list[str]]]) -> tuple[str | None, dict[str, str], str]:
    """The registry kind whose required fields the header has, or None and what each kind lacks."""
    lacking = []
    for kind, mapping in columns.items():
        found = _resolve_columns(header, mapping)
        missing = [f for f in REQUIRED[kind] if f not in found]
        if not missing:
            return kind, found, ""
        labels = "; ".join(f"{f} ({' | '.join(mapping[f][:2])})" for f in missing)
        lacking.append(f"{kind} registry lacks {labels}")
    return None, {}, ", ".join(lacking)


def _organization(b: RecordBuilder, seen: dict[str, str], name: str, inn: str | None, kind: str,
                  statement: str) -> str:
    key = inn or fold(name)
    if key not in seen:
        seen[key] = b.organization(name, b.identifiers(inn, None), statement, kind=kind)
    return seen[key]


def _place(b: RecordBuilder, seen: dict[str, str], region: str | None, statement: str) -> str | None:
    name = region_name(region) if region else None
    if not name:
        return None
    if f"place:{name}" not in seen:
        seen[f"place:{name}"] = b.node("Place", name, "region", {}, statement)
    return seen[f"place:{name}"]


def read_infrastructure(path: Path, report: Report, columns: dict[str, Any] | None = None) -> Iterator[Extraction]:
    """One extraction for a cluster or park registry table; bad rows are reported, good ones kept."""
    try:
        header, rows = read_table(path)
    except (ValueError, OSError, KeyError) as err:
        report.add(path, f"cannot read the table: {err}")
        return
    kind, found, lacking = _choose(header, columns or COLUMNS)
    if kind is None:
        report.add(path, f"unknown columns: {lacking}; columns present: {', '.join(header)}")
        return
    document = Document(id=f"{kind}-{path.stem}", title=f"Реестр: {path.name}", text="", kind="registry",
                        source=str(path), content_hash=content_hash(path.read_bytes()))
    b = RecordBuilder(document, f"registry:{kind}", report, "")
    seen: dict[str, str] = {}
    for number, row in rows:
        b.where = f"line {number}"
        value = {field: row.get(column, "") for field, column in found.items()}
        if kind == "clusters":
            _cluster_row(b, seen, value, number)
        else:
            _park_row(b, seen, value, number)
    if b.nodes:
        yield b.extraction()


def _cluster_row(b: RecordBuilder, seen: dict[str, str], value: dict[str, str], number: int) -> None:
    if not value["cluster"] or not value["member"]:
        b.report.add(b.document.source, "row without a cluster or member name, skipped", b.where)
        return
    statement = f"Реестр промышленных кластеров, строка {number}: {value['cluster']} — участник {value['member']}"
    cluster = _organization(b, seen, value["cluster"], None, "cluster", statement)
    member = _organization(b, seen, value["member"], value.get("member_inn") or None, "company", statement)
    b.edge("MEMBER_OF", member, cluster, {"role": "участник"}, statement)
    place = _place(b, seen, value.get("region"), statement)
    if place and f"located:{cluster}" not in seen:
        seen[f"located:{cluster}"] = place
        b.edge("LOCATED_IN", cluster, place, {}, statement)
    if value.get("specialized_org") and f"specialized:{cluster}" not in seen:
        org = _organization(b, seen, value["specialized_org"], value.get("specialized_inn") or None, "other",
                            statement)
        seen[f"specialized:{cluster}"] = org
        b.edge("MEMBER_OF", org, cluster, {"role": "специализированная организация"}, statement)


def _park_row(b: RecordBuilder, seen: dict[str, str], value: dict[str, str], number: int) -> None:
    if not value["park"]:
        b.report.add(b.document.source, "row without a park name, skipped", b.where)
        return
    statement = f"Реестр индустриальных парков и технопарков, строка {number}: {value['park']}"
    park_kind = "technopark" if "технопарк" in fold(value["park"] + " " + value.get("park_type", "")) \
        else "industrial_park"
    park = _organization(b, seen, value["park"], None, park_kind, statement)
    place = _place(b, seen, value.get("region"), statement)
    if place:
        b.edge("LOCATED_IN", park, place, {}, statement)
    if value.get("management"):
        manager = _organization(b, seen, value["management"], value.get("management_inn") or None, "company",
                                statement)
        b.edge("DIRECTS", manager, park, {"role": "управляющая компания"}, statement)

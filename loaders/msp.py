"""Единый реестр субъектов МСП (ФНС XML ``РЕЕСТРМСП``, versions 4.01 and 4.04, UTF-8).

Register entries give category, region, ОКВЭД and products of small and medium businesses; the
headcount (``ОТКРДАННЫЕ3``) and income/expense (``ОТКРДАННЫЕ5``) datasets add figures keyed by
ИНН. All of them become organization records that resolution merges on ИНН.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from xml.etree.ElementTree import Element

from promgraph.graph.model import Extraction
from promgraph.loaders.registry import RecordBuilder, record_document, region_name
from promgraph.loaders.report import Report
from promgraph.loaders.xmlstream import iter_records, root_attributes

__all__ = ["KNOWN_VERSIONS", "read_msp"]

KNOWN_VERSIONS = {"4.01", "4.04"}
CATEGORIES = {"1": "микропредприятие", "2": "малое предприятие", "3": "среднее предприятие"}
_TYPES = {"РЕЕСТРМСП", "ОТКРДАННЫЕ3", "ОТКРДАННЫЕ5"}


def _iso(date: str | None) -> str | None:
    """ISO date from the register's ``ДД.ММ.ГГГГ``."""
    if not date or len(date) != 10:
        return date
    day, month, year = date.split(".")
    return f"{year}-{month}-{day}"


def _register_entry(doc: Element, b: RecordBuilder) -> None:
    org = doc.find("ОргВклМСП")
    sole = doc.find("ИПВклМСП")
    category = CATEGORIES.get(doc.get("КатСубМСП", ""), doc.get("КатСубМСП"))
    okved = doc.find("СвОКВЭД/СвОКВЭДОсн")
    location = doc.find("СведМН")
    region_element = location.find("Регион") if location is not None else None
    region = region_name(region_element.get("Наим"), region_element.get("Тип")) if region_element is not None else None
    products = [p.get("НаимПрод") for p in doc.findall("СвПрод") if p.get("НаимПрод")]
    props = {"okved": okved.get("КодОКВЭД") if okved is not None else None,
             "okved_extra": [e.get("КодОКВЭД") for e in doc.findall("СвОКВЭД/СвОКВЭДДоп") if e.get("КодОКВЭД")],
             "region": region, "msp_category": category, "products": products}
    statement = f"Реестр МСП на {doc.get('ДатаСост')}: {category}, включено {doc.get('ДатаВклМСП')}"
    if org is not None:
        me = b.organization(org.get("НаимОрг") or org.get("НаимОргСокр") or "", {
            **b.identifiers(org.get("ИННЮЛ"), org.get("ОГРН")), **props}, statement, short=org.get("НаимОргСокр"))
    elif sole is not None:
        fio = sole.find("ФИОИП")
        full = " ".join((fio.get(k) or "").title() for k in ("Фамилия", "Имя", "Отчество")) if fio is not None else ""
        me = b.node("Organization", f"ИП {full}".strip(), "company", {
            **b.identifiers(sole.get("ИННФЛ"), sole.get("ОГРНИП")), "legal_form": "ИП", **props}, statement)
    else:
        return
    if region:
        place = b.node("Place", region, "region", {}, statement)
        b.edge("LOCATED_IN", me, place, {}, statement)


def _dataset_entry(doc: Element, b: RecordBuilder) -> None:
    taxpayer = doc.find("СведНП")
    if taxpayer is None or not taxpayer.get("НаимОрг"):
        return
    headcount = doc.find("СведССЧР")
    money = doc.find("СведДохРасх")
    props = {"headcount": int(headcount.get("КолРаб")) if headcount is not None and headcount.get("КолРаб") else None,
             "income": float(money.get("СумДоход")) if money is not None and money.get("СумДоход") else None,
             "expenses": float(money.get("СумРасход")) if money is not None and money.get("СумРасход") else None}
    figures = ", ".join(f"{k} {v:g}" for k, v in props.items() if v is not None)
    statement = f"ФНС, открытые данные на {doc.get('ДатаСост')}: {figures}"
    b.organization(taxpayer.get("НаимОрг"), {**b.identifiers(taxpayer.get("ИННЮЛ"), None), **props}, statement)


def read_msp(path: Path, report: Report) -> Iterator[Extraction]:
    """One extraction per entry of an МСП register or ФНС open-data file."""
    header = root_attributes(path)
    kind = header.get("ТипИнф")
    if kind in _TYPES and header.get("ВерсФорм") not in KNOWN_VERSIONS:
        version = header.get("ВерсФорм")
        report.add(path, f"format version {version!r} is not one of {sorted(KNOWN_VERSIONS)}; read as 4.04")
    register = "msp" if kind == "РЕЕСТРМСП" else "fns-open"
    for number, doc in enumerate(iter_records(path, "Документ", report), 1):
        holder = doc.find("ОргВклМСП") if doc.find("ОргВклМСП") is not None else (
            doc.find("ИПВклМСП") if doc.find("ИПВклМСП") is not None else doc.find("СведНП"))
        if holder is None:
            continue
        key = holder.get("ИННЮЛ") or holder.get("ИННФЛ") or doc.get("ИдДок") or str(number)
        title = holder.get("НаимОрг") or f"МСП {key}"
        published = _iso(doc.get("ДатаСост"))
        document = record_document(register, key, title, doc, str(path), published)
        b = RecordBuilder(document, f"registry:{register}", report, f"record {number}")
        (_register_entry if register == "msp" else _dataset_entry)(doc, b)
        if b.nodes:
            yield b.extraction()

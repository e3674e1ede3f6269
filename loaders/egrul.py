"""ЕГРЮЛ and ЕГРИП open extracts (ФНС XML, format versions 4.06 and 4.07, windows-1251).

Each ``СвЮЛ`` becomes an organization with its identifiers, status, address and region, ОКВЭД
codes, director (a person or a managing company), founders with their shares and predecessors;
each ``СвИП`` a sole trader. Every fact keeps its ГРН and record date as evidence.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from xml.etree.ElementTree import Element

from promgraph.graph.model import Extraction
from promgraph.loaders.registry import RecordBuilder, person_name, record_document, region_name
from promgraph.loaders.report import Report
from promgraph.loaders.xmlstream import iter_records, root_attributes

__all__ = ["KNOWN_VERSIONS", "read_egrul"]

KNOWN_VERSIONS = {"4.06", "4.07"}
_TYPES = {"ЕГРЮЛ_ОТКР_СВЕД", "ЕГРИП_ОТКР_СВЕД"}


def _grn(element: Element | None) -> tuple[str, str | None]:
    """(" (ГРН …, 2020-06-30)", date) of the ``ГРНДата`` under ``element``."""
    found = None if element is None else (element.find("ГРНДата") or element.find("ГРНДатаПерв")
                                          or element.find("ГРНИПДата"))
    if found is None:
        return "", None
    grn = found.get("ГРН") or found.get("ГРНИП")
    date = found.get("ДатаЗаписи")
    return f" (ГРН {grn} от {date})", date


def _address(record: Element) -> tuple[str | None, str | None]:
    """(address line, region name) from ``АдресРФ`` or the FIAS address."""
    rf = record.find("СвАдресЮЛ/АдресРФ")
    fias = record.find("СвАдресЮЛ/СвАдрЮЛФИАС")
    if rf is not None:
        region = rf.find("Регион")
        city = rf.find("Город")
        street = rf.find("Улица")
        parts = [region.get("НаимРегион") if region is not None else None,
                 f"{city.get('ТипГород', '')} {city.get('НаимГород', '')}".strip() if city is not None else None,
                 f"{street.get('ТипУлица', '')} {street.get('НаимУлица', '')}".strip() if street is not None else None,
                 rf.get("Дом"), rf.get("Корпус"), rf.get("Кварт")]
        return ", ".join(p for p in parts if p), region_name(region.get("НаимРегион") if region is not None else None)
    if fias is not None:
        region = fias.findtext("НаимРегион")
        parts = [region] + [f"{e.get('Тип', e.get('Вид', ''))} {e.get('Наим') or e.get('Номер') or ''}".strip()
                            for e in fias if e.tag in ("НаселенПункт", "ЭлУлДорСети", "Здание", "ПомещЗдания")]
        return ", ".join(p for p in parts if p), region_name(region)
    return None, None


def _legal_entity(record: Element, b: RecordBuilder) -> None:
    names = record.find("СвНаимЮЛ")
    full = names.get("НаимЮЛПолн") if names is not None else None
    if not full:
        b.report.add(b.document.source, "record without НаимЮЛПолн, skipped", b.where)
        return
    short_names = names.find("СвНаимЮЛСокр")
    short = short_names.get("НаимСокр") if short_names is not None else None
    okved = record.find("СвОКВЭД/СвОКВЭДОсн")
    extra = [e.get("КодОКВЭД") for e in record.findall("СвОКВЭД/СвОКВЭДДоп") if e.get("КодОКВЭД")]
    status = record.find("СвСтатус/СвСтатус")
    ended = record.find("СвПрекрЮЛ")
    address, region = _address(record)
    state = "действующее"
    if ended is not None:
        state = f"прекращено {ended.get('ДатаПрекрЮЛ')}: {ended.find('СпПрекрЮЛ').get('НаимСпПрекрЮЛ', '')}".strip(": ")
    elif status is not None:
        state = status.get("НаимСтатусЮЛ") or state
    grn, date = _grn(names)
    props = {**b.identifiers(record.get("ИНН"), record.get("ОГРН")), "kpp": record.get("КПП"),
             "okved": okved.get("КодОКВЭД") if okved is not None else None, "okved_extra": extra,
             "status": state, "address": address, "region": region}
    me = b.organization(full, props, f"ЕГРЮЛ: {full}, ОГРН {record.get('ОГРН')}, ИНН {record.get('ИНН')}{grn}",
                        date, short, "other" if record.get("КодОПФ", "").startswith("7") else "company")
    if region:
        place = b.node("Place", region, "region", {}, f"ЕГРЮЛ: адрес {address}")
        b.edge("LOCATED_IN", me, place, {}, f"ЕГРЮЛ: адрес {address}", date)
    _director(record, b, me)
    _founders(record, b, me)
    for predecessor in record.findall("СвПредш"):
        name = predecessor.get("НаимЮЛПолн")
        if name:
            pred = b.organization(name, b.identifiers(predecessor.get("ИНН"), predecessor.get("ОГРН")),
                                  f"ЕГРЮЛ: правопредшественник {name}")
            b.edge("FOUNDED", pred, me, {"role": "правопредшественник"}, f"ЕГРЮЛ: правопредшественник {name}")


def _director(record: Element, b: RecordBuilder, me: str) -> None:
    for officer in record.findall("СведДолжнФЛ"):
        person = officer.find("СвФЛ")
        role_element = officer.find("СвДолжн")
        role = "" if role_element is None else (role_element.get("НаимДолжн") or role_element.get("НаимВидДолжн") or "")
        name, patronymic = person_name(person)
        if not name:
            continue
        grn, date = _grn(role_element)
        statement = f"ЕГРЮЛ: {role.lower()} — {name} {patronymic or ''}".strip() + grn
        inn = person.get("ИННФЛ")
        who = b.node("Person", name, None, {"patronymic": patronymic, **b.identifiers(inn, None)}, statement, date)
        b.edge("DIRECTS", who, me, {"role": role.lower()}, statement, date)
    manager = record.find("СвУпрОрг/НаимИННЮЛ")
    if manager is not None and manager.get("НаимЮЛПолн"):
        grn, date = _grn(manager)
        statement = f"ЕГРЮЛ: управляющая организация {manager.get('НаимЮЛПолн')}{grn}"
        company = b.organization(manager.get("НаимЮЛПолн"), b.identifiers(manager.get("ИНН"), manager.get("ОГРН")),
                                 statement, date)
        b.edge("DIRECTS", company, me, {"role": "управляющая организация"}, statement, date)


def _share(founder: Element) -> float | None:
    percent = founder.findtext("ДоляУстКап/РазмерДоли/Процент")
    if percent:
        return float(percent)
    fraction = founder.find("ДоляУстКап/РазмерДоли/ДробьПрост")
    if fraction is not None and fraction.get("Знаменатель") not in (None, "0"):
        return round(100 * float(fraction.get("Числит", 0)) / float(fraction.get("Знаменатель")), 4)
    return None


def _founders(record: Element, b: RecordBuilder, me: str) -> None:
    for founder in record.findall("СвУчредит/*"):
        grn, date = _grn(founder)
        share = _share(founder)
        share_text = f", доля {share:g}%" if share is not None else ""
        if founder.tag == "УчрФЛ":
            name, patronymic = person_name(founder.find("СвФЛ"))
            if not name:
                continue
            statement = f"ЕГРЮЛ: учредитель {name}{share_text}{grn}"
            who = b.node("Person", name, None,
                         {"patronymic": patronymic, **b.identifiers(founder.find("СвФЛ").get("ИННФЛ"), None)},
                         statement, date)
        elif founder.tag in ("УчрЮЛРос", "УчрЮЛИн"):
            org = founder.find("НаимИННЮЛ")
            if org is None or not org.get("НаимЮЛПолн"):
                continue
            statement = f"ЕГРЮЛ: учредитель {org.get('НаимЮЛПолн')}{share_text}{grn}"
            who = b.organization(org.get("НаимЮЛПолн"), b.identifiers(org.get("ИНН"), org.get("ОГРН")),
                                 statement, date)
        elif founder.tag == "УчрРФСубМО":
            kind = founder.find("ВидНаимУчр")
            body = founder.find("СвОргОсущПр/НаимИННЮЛ")
            if body is not None and body.get("НаимЮЛПолн"):
                statement = (f"ЕГРЮЛ: учредитель {body.get('НаимЮЛПолн')} (от имени публичного образования)"
                             f"{share_text}{grn}")
                who = b.organization(body.get("НаимЮЛПолн"), b.identifiers(body.get("ИНН"), body.get("ОГРН")),
                                     statement, date, kind="government")
            elif kind is not None:
                place = kind.get("НаимМО") or kind.get("НаимРегион") or "Российская Федерация"
                statement = f"ЕГРЮЛ: учредитель {place}{share_text}{grn}"
                who = b.node("Place", region_name(place) or place, "region" if not kind.get("НаимМО") else "city",
                             {}, statement, date)
            else:
                continue
        else:
            continue
        b.edge("FOUNDED", who, me, {"share": share}, statement, date)


def _sole_trader(record: Element, b: RecordBuilder) -> None:
    fio = record.find("СвФЛ/ФИОРус")
    name, patronymic = person_name(fio)
    if not name:
        return
    grn, date = _grn(record.find("СвРегИП"))
    okved = record.find("СвОКВЭД/СвОКВЭДОсн")
    props = {**b.identifiers(record.get("ИННФЛ"), record.get("ОГРНИП")),
             "okved": okved.get("КодОКВЭД") if okved is not None else None, "legal_form": "ИП",
             "status": "прекращено" if record.find("СвПрекрИП") is not None else "действующее"}
    statement = f"ЕГРИП: индивидуальный предприниматель {name} {patronymic or ''}, ОГРНИП {record.get('ОГРНИП')}"
    full = " ".join((fio.get(k) or "").title() for k in ("Фамилия", "Имя", "Отчество")).strip()
    b.node("Organization", f"ИП {full}", "company", props, statement, date)


def read_egrul(path: Path, report: Report) -> Iterator[Extraction]:
    """One extraction per ЕГРЮЛ/ЕГРИП record of the file; unknown format versions warn and go on."""
    header = root_attributes(path)
    version = header.get("ВерсФорм")
    if header.get("ТипИнф") in _TYPES and version not in KNOWN_VERSIONS:
        report.add(path, f"format version {version!r} is not one of {sorted(KNOWN_VERSIONS)}; read as 4.07")
    for number, doc in enumerate(iter_records(path, "Документ", report), 1):
        for record in doc:
            if record.tag not in ("СвЮЛ", "СвИП"):
                continue
            key = record.get("ОГРН") or record.get("ОГРНИП") or f"{path.stem}-{number}"
            register = "egrul" if record.tag == "СвЮЛ" else "egrip"
            names = record.find("СвНаимЮЛ")
            title = (names.get("НаимЮЛПолн") if names is not None else None) or f"ЕГРИП {key}"
            document = record_document(register, key, title, record, str(path), record.get("ДатаВып"))
            b = RecordBuilder(document, f"registry:{register}", report, f"record {number}")
            (_legal_entity if record.tag == "СвЮЛ" else _sole_trader)(record, b)
            if b.nodes:
                yield b.extraction()

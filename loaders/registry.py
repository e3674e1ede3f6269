"""Shared pieces of the registry loaders: one record's nodes and edges, with ГРН provenance.

A registry record is a :class:`~promgraph.graph.model.Document` of kind ``registry``; every fact
read from it carries an :class:`~promgraph.graph.model.Evidence` whose sentence says what the
registry states and whose date is the record's (ГРН) date.
"""

from __future__ import annotations

from collections import Counter
from typing import Any
from xml.etree.ElementTree import Element

from promgraph.graph.identifiers import valid_inn, valid_ogrn
from promgraph.graph.identity import content_hash
from promgraph.graph.model import Document, Edge, Evidence, Extraction, Node
from promgraph.graph.names import display_name, split_legal_form
from promgraph.loaders.places import load_gazetteer
from promgraph.loaders.report import Report

__all__ = ["RecordBuilder", "record_document", "region_name", "person_name"]

_LOCAL_PREFIXES = {"Organization": "o", "Person": "p", "Place": "l", "Agreement": "a", "Event": "v"}
_REGION_TYPES = {"РЕСП": "Республика", "ОБЛ": "область", "КРАЙ": "край", "АО": "автономный округ", "Г": ""}


def region_name(name: str | None, kind: str | None = None) -> str | None:
    """The gazetteer's region for a registry spelling: "Г.САНКТ-ПЕТЕРБУРГ", "ЛУГАНСКАЯ НАРОДНАЯ" + "РЕСП."."""
    if not name:
        return None
    gazetteer = load_gazetteer()
    bare = name.strip().removeprefix("Г.").removeprefix("Г ").strip()
    kind = (kind or "").strip(" .")
    suffix = _REGION_TYPES.get(kind.upper(), kind)
    for candidate in (bare, f"{bare} {suffix}".strip(), f"{suffix} {bare}".strip(),
                      f"{bare} Республика", f"Республика {bare}"):
        place = gazetteer.lookup(candidate)
        if place:
            return place.name
    return display_name(bare).title() if bare.isupper() else bare


def person_name(element: Element | None) -> tuple[str, str | None]:
    """("Николай Фёдоров", "Андреевич") from a ``Фамилия``/``Имя``/``Отчество`` element."""
    if element is None:
        return "", None
    parts = [(element.get(k) or "").strip().title() for k in ("Имя", "Фамилия")]
    patronymic = (element.get("Отчество") or "").strip().title() or None
    return " ".join(p for p in parts if p), patronymic


class RecordBuilder:
    """Collects the nodes and edges of one registry record under record-local ids."""

    def __init__(self, document: Document, method: str, report: Report, where: str):
        self.document = document
        self.method = method
        self.report = report
        self.where = where
        self.nodes: list[Node] = []
        self.edges: list[Edge] = []
        self._numbers: Counter[str] = Counter()

    def evidence(self, statement: str, date: str | None = None) -> tuple[Evidence, ...]:
        return (Evidence(doc=self.document.id, sentence=statement, start=0, end=len(statement),
                         method=self.method, confidence=1.0, date=date or self.document.published),)

    def identifiers(self, inn: str | None, ogrn: str | None) -> dict[str, str]:
        """Valid ИНН and ОГРН as properties; invalid ones are reported and left out."""
        props = {}
        if inn:
            if valid_inn(inn):
                props["inn"] = inn
            else:
                self.report.add(self.document.source, f"invalid ИНН {inn!r} (checksum), not used", self.where)
        if ogrn:
            if valid_ogrn(ogrn):
                props["ogrn"] = ogrn
            else:
                self.report.add(self.document.source, f"invalid ОГРН {ogrn!r} (checksum), not used", self.where)
        return props

    def node(self, label: str, name: str, kind: str | None, props: dict[str, Any], statement: str,
             date: str | None = None, aliases: tuple[str, ...] = ()) -> str:
        self._numbers[label] += 1
        local = f"{_LOCAL_PREFIXES[label]}{self._numbers[label]}"
        clean = {k: v for k, v in props.items() if v not in (None, "", [], ())}
        self.nodes.append(Node(local, label, name, kind, aliases, clean, self.evidence(statement, date)))
        return local

    def organization(self, full_name: str, props: dict[str, Any], statement: str, date: str | None = None,
                     short: str | None = None, kind: str = "company") -> str:
        bare, legal_form = split_legal_form(full_name)
        aliases = tuple(dict.fromkeys(a for a in (full_name, short, display_name(short) if short else None) if a))
        return self.node("Organization", display_name(bare), kind, {"legal_form": legal_form, **props}, statement,
                         date, aliases)

    def edge(self, type_: str, source: str, target: str, props: dict[str, Any], statement: str,
             date: str | None = None) -> None:
        clean = {k: v for k, v in props.items() if v not in (None, "")}
        self.edges.append(Edge(type_, source, target, clean, self.evidence(statement, date)))

    def extraction(self) -> Extraction:
        return Extraction(self.document, tuple(self.nodes), tuple(self.edges))


def record_document(kind: str, key: str, title: str, element: Element, source: str,
                    published: str | None) -> Document:
    """The Document a registry record stands for, identified by register, key and state date."""
    from xml.etree.ElementTree import tostring

    data = tostring(element, encoding="utf-8")
    return Document(id=f"{kind}-{key}-{published or 'undated'}", title=title, text="", kind="registry",
                    url=None, published=published, source=source, content_hash=content_hash(data))

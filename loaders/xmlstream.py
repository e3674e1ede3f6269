"""Streaming, hostile-input-safe reading of large registry XML files.

Registry dumps run to gigabytes, so records are read one ``Документ`` at a time and cleared.
DTDs and entity declarations are refused (billion laughs, external entities) before anything is
expanded, and a truncated file yields every complete record before the error is reported.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

from promgraph.loaders.report import Report

__all__ = ["iter_records", "root_attributes"]


def iter_records(path: Path, tag: str, report: Report) -> Iterator[Element]:
    """Each complete ``tag`` element of the file, cleared after use; problems go to ``report``."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, iterparse

    try:
        for _, element in iterparse(str(path), events=("end",), forbid_dtd=True):
            if element.tag == tag:
                yield element
                element.clear()
    except DefusedXmlException as err:
        report.add(path, f"refused: the XML declares a DTD or entities ({type(err).__name__})")
    except ParseError as err:
        line, column = getattr(err, "position", (None, None))
        report.add(path, f"malformed XML, records after this point skipped: {err.msg if hasattr(err, 'msg') else err}",
                   f"line {line}, column {column}" if line else None)
    except OSError as err:
        report.add(path, f"cannot read: {err.strerror}")


def root_attributes(path: Path) -> dict[str, Any]:
    """The attributes of the root element (``ТипИнф``, ``ВерсФорм``), read without parsing the rest."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, iterparse

    try:
        for _, element in iterparse(str(path), events=("start",), forbid_dtd=True):
            return dict(element.attrib)
    except (DefusedXmlException, ParseError, OSError):
        return {}
    return {}

"""Tables from CSV (UTF-8 or windows-1251, comma or semicolon) and XLSX files, as header-keyed rows."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from promgraph.loaders.documents import decode

__all__ = ["TABLE_SUFFIXES", "read_table"]

TABLE_SUFFIXES = {".csv", ".xlsx"}


def _csv(path: Path) -> Iterator[list[str]]:
    text = decode(path.read_bytes())
    dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t") if text.strip() else csv.excel
    yield from csv.reader(io.StringIO(text), dialect)


def _xlsx(path: Path) -> Iterator[list[str]]:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        for row in workbook.worksheets[0].iter_rows(values_only=True):
            yield ["" if value is None else str(value) for value in row]
    finally:
        workbook.close()


def read_table(path: Path) -> tuple[list[str], Iterator[tuple[int, dict[str, str]]]]:
    """The header and the rows (with their line numbers) of the first sheet; ValueError when unreadable."""
    rows = _xlsx(path) if path.suffix.lower() == ".xlsx" else _csv(path)
    try:
        header = [h.strip() for h in next(rows)]
    except StopIteration:
        raise ValueError("empty table") from None

    def body() -> Iterator[tuple[int, dict[str, str]]]:
        for number, row in enumerate(rows, 2):
            if any(cell.strip() for cell in row):
                yield number, {h: (row[i].strip() if i < len(row) else "") for i, h in enumerate(header)}

    return header, body()

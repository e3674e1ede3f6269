"""Rows on a terminal, for the command line: a table that fits, or cards when it cannot.

A row of a dozen columns squeezed into 80 characters breaks every name into slivers. Like psql's
``\\x auto``: a single row is printed as a card (label, then value); a table whose columns cannot
each get a readable width is printed as one card per row; otherwise the table keeps the columns a
person scans (names, numbers) whole and wraps long text. ``--format csv|json`` is never shortened.
"""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

__all__ = ["cell", "print_card", "print_table"]

_NAMES = 32  # a name column gets this much when it needs it
_TEXT = 24  # below this, a column of long text is unreadable
_PADDING = 3  # a column's share of borders and padding


def cell(value: Any) -> str:
    """One value as text: lists joined with "; ", mappings as JSON, None as nothing."""
    if isinstance(value, list):
        return "; ".join(cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else str(value)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _widths(rows: list[dict[str, Any]], columns: list[str]) -> dict[str, int]:
    """The width each column needs to be read: whole for numbers and short values, a name's
    width for the first column (what a person scans), a readable share for long text."""
    needs = {}
    for k, column in enumerate(columns):
        longest = max([len(column)] + [len(cell(row[column])) for row in rows])
        if all(_is_number(row[column]) or row[column] is None for row in rows) or longest <= 12:
            needs[column] = longest
        else:
            needs[column] = min(longest, _NAMES if k == 0 else _TEXT)
    return needs


def print_card(console: Console, row: dict[str, Any], heading: str | None = None) -> None:
    """One record, a label and its value a line; a list's items one under the other."""
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    for column, value in row.items():
        text = "\n".join(cell(v) for v in value) if isinstance(value, list) else cell(value)
        grid.add_row(column, Text(text or "—"))
    if heading:
        console.rule(Text(heading), align="left", style="dim")
    console.print(grid)


def print_table(console: Console, rows: list[dict[str, Any]], title: str | None = None) -> None:
    """``rows`` (dicts with the same keys) as a table that fits ``console``'s width, or as cards."""
    if not rows:
        console.print("[dim](no rows)[/dim]")
        return
    columns = list(rows[0])
    if len(rows) == 1:
        print_card(console, rows[0], title)
        return
    needs = _widths(rows, columns)
    if sum(needs.values()) + _PADDING * len(columns) + 1 > console.width:
        for number, row in enumerate(rows, 1):
            print_card(console, row, f"{title or ''} [{number}]".strip())
        return
    table = Table(title=Text(title) if title else None, expand=False)
    for column in columns:
        numeric = all(_is_number(row[column]) or row[column] is None for row in rows)
        table.add_column(column, min_width=needs[column], overflow="fold", no_wrap=numeric,
                         justify="right" if numeric else "left")
    for row in rows:
        table.add_row(*(Text(cell(row[c])) for c in columns))
    console.print(table)

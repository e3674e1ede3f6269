"""CSV files for ``neo4j-admin database import full``: the bulk path for millions of nodes.

One file per node class and per relationship type, with the import tool's typed headers
(``id:ID``, ``:LABEL``, ``aliases:string[]``, ``:START_ID``, ``:END_ID``, ``:TYPE``). Ids are
global, so one ID space serves every class. Then, with Neo4j stopped::

    neo4j-admin database import full neo4j --array-delimiter='|' --multiline-fields=true \\
        --nodes=DIR/nodes_Organization.csv --nodes=DIR/nodes_Person.csv … \\
        --relationships=DIR/rels_COOPERATES_WITH.csv …

``import_command`` writes that command out for the files of a folder.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from promgraph.graph.model import Graph
from promgraph.graph.schema import Property, load_schema
from promgraph.graph.stores.rows import edge_rows, node_rows

__all__ = ["write_import_csv", "import_command", "ARRAY_DELIMITER"]

ARRAY_DELIMITER = "|"
SUFFIX = {"string": "", "string[]": ":string[]", "double": ":double", "int": ":long"}


def _header(props: tuple[Property, ...]) -> list[str]:
    return [f"{p.name}{SUFFIX[p.type]}" for p in props]


def _cell(prop: Property, value: Any) -> Any:
    if value is None:
        return ""
    if prop.type == "string[]":
        return ARRAY_DELIMITER.join(str(v).replace(ARRAY_DELIMITER, "¦") for v in value)
    return value


def write_import_csv(graph: Graph, folder: Path) -> list[Path]:
    """Write ``nodes_<Class>.csv`` and ``rels_<TYPE>.csv`` into ``folder``; returns the files written."""
    schema = load_schema()
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for label, rows in node_rows(graph, schema):
        if not rows:
            continue
        props = schema.node_properties(label)
        path = folder / f"nodes_{label}.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["id:ID", ":LABEL", *_header(props)])
            writer.writerows([r["id"], label, *(_cell(p, r[p.name]) for p in props)] for r in rows)
        written.append(path)
    by_type: dict[str, list[dict[str, Any]]] = {}
    for type_, _, _, rows in edge_rows(graph, schema):
        by_type.setdefault(type_, []).extend(rows)
    for type_, rows in by_type.items():
        props = schema.relationship_properties(type_)
        path = folder / f"rels_{type_}.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([":START_ID", ":END_ID", ":TYPE", *_header(props)])
            writer.writerows([r["_from"], r["_to"], type_, *(_cell(p, r[p.name]) for p in props)] for r in rows)
        written.append(path)
    return written


def import_command(files: list[Path], database: str = "neo4j") -> list[str]:
    """The ``neo4j-admin database import full`` arguments that load ``files``.

    The tool's report goes beside the files: by default it writes ``import.report`` into whatever
    folder it is run from.
    """
    report = files[0].parent / "import.report" if files else Path("import.report")
    args = ["neo4j-admin", "database", "import", "full", database, f"--array-delimiter={ARRAY_DELIMITER}",
            "--multiline-fields=true", f"--report-file={report}"]
    args += [f"--nodes={f}" for f in files if f.name.startswith("nodes_")]
    args += [f"--relationships={f}" for f in files if f.name.startswith("rels_")]
    return args

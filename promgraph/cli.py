"""The ``promgraph`` command line: each command parses its options and calls one library function.

Data goes to stdout, progress and messages to stderr. Any :class:`PromgraphError` becomes one
``Error: …`` line and exit code 1; ``--debug`` shows the traceback instead.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Callable, Iterable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from promgraph.graph.errors import PromgraphError
from promgraph.graph.workspace import DEFAULT_WORKSPACE, Workspace
from promgraph.terminal import cell, print_card, print_table

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # natasha runs 2–5x slower with threaded BLAS

app = typer.Typer(help="Knowledge graph of Russian industrial actors from news and registries.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
export_app = typer.Typer(help="Export the graph to other formats.", no_args_is_help=True)
app.add_typer(export_app, name="export")
load_app = typer.Typer(help="Load the graph into a graph database.", no_args_is_help=True)
app.add_typer(load_app, name="load")
out = Console()
err = Console(stderr=True)
_state = {"debug": False}
PROBLEMS_FOUND = 2  # exit status of a build that finished but left out or skipped something


class Format(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


class RDFFormat(StrEnum):
    turtle = "turtle"
    nquads = "nquads"
    trig = "trig"
    jsonld = "jsonld"


class Backend(StrEnum):
    embedded = "embedded"
    neo4j = "neo4j"


WorkspaceOption = Annotated[Path, typer.Option("--workspace", "-w", help="Workspace folder.",
                                               envvar="PROMGRAPH_WORKSPACE")]
FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
ParamOption = Annotated[list[str] | None, typer.Option("--param", "-p", help="Query parameter key=value (repeatable).")]


class _RichProgress:
    """rich progress bars on stderr for the pipeline's long steps."""

    def __init__(self, progress: Progress):
        self.progress = progress

    def task(self, description: str, total: int | None) -> Callable[[int], None]:
        task = self.progress.add_task(description, total=total)
        return lambda step=1: self.progress.advance(task, step)


def _progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=err, transient=False)


def print_rows(rows: list[dict[str, Any]], fmt: Format, title: str | None = None) -> None:
    """Rows as a table that fits the terminal (cards when it cannot), CSV or a JSON list, to stdout."""
    columns = list(rows[0]) if rows else []
    if fmt is Format.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
    elif fmt is Format.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows([cell(row[c]) for c in columns] for row in rows)
    else:
        print_table(out, rows, title)


def _params(pairs: Iterable[str] | None) -> dict[str, str]:
    params = {}
    for pair in pairs or []:
        if "=" not in pair:
            raise typer.BadParameter(f"{pair!r} is not key=value", param_hint="--param")
        key, value = pair.split("=", 1)
        params[key.strip()] = value
    return params


def _columns(path: Path) -> dict[str, Any]:
    """A user's column mapping, merged over the built-in one field by field."""
    from promgraph.loaders.infrastructure import COLUMNS

    try:
        user = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise PromgraphError(f"{path}: not a readable JSON column mapping ({error})") from error
    return {kind: {**fields, **user.get(kind, {})} for kind, fields in COLUMNS.items()}


def _run(action: Callable[[], Any]) -> Any:
    """Run a command body, turning promgraph's errors into one line and exit code 1."""
    try:
        return action()
    except PromgraphError as error:
        if _state["debug"]:
            raise
        err.print(f"[red]Error:[/red] {escape(str(error))}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None


@app.callback()
def main(debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False) -> None:
    _state["debug"] = debug


@app.command()
def build(
    inputs: Annotated[list[Path] | None,
                      typer.Argument(help="News files/folders and registry XML. Default: examples/.")] = None,
    workspace: WorkspaceOption = DEFAULT_WORKSPACE,
    html: Annotated[bool, typer.Option(help="Write the RDF export and the HTML views too.")] = True,
    columns: Annotated[Path | None, typer.Option(
        help='JSON mapping of cluster/park table columns: {"clusters": {"member": ["Label", ...]}}')] = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Ingest inputs, extract, resolve, and write the embedded store, RDF and HTML into the workspace."""
    from promgraph.pipeline import EXAMPLES
    from promgraph.pipeline import build as build_graph

    def action() -> None:
        sources = inputs or [EXAMPLES]
        mapping = _columns(columns) if columns else None
        with _progress() as progress:
            summary = build_graph(sources, Workspace(workspace), _RichProgress(progress), views=html,
                                  columns=mapping)
        for problem in summary.problems:
            err.print(f"[yellow]warning:[/yellow] {escape(str(problem))}", highlight=False, soft_wrap=True)
        rows = [{"what": "files read", "count": summary.files_read},
                {"what": "files already ingested", "count": summary.files_skipped},
                {"what": "documents", "count": summary.documents}]
        rows += [{"what": f"nodes: {label}", "count": n} for label, n in sorted(summary.nodes.items())]
        rows += [{"what": f"relationships: {type_}", "count": n} for type_, n in sorted(summary.edges.items())]
        rows += [{"what": "problems", "count": len(summary.problems)},
                 {"what": "seconds", "count": round(summary.seconds, 2)}]
        print_rows(rows, fmt, title=f"promgraph build → {workspace}")
        if summary.problems:  # the graph is written; the status tells scripts that something was left out
            err.print(f"{len(summary.problems)} problems, listed above and in {workspace / 'report.json'}",
                      highlight=False, markup=False)
            raise typer.Exit(PROBLEMS_FOUND)

    _run(action)


@app.command()
def extract(
    inputs: Annotated[list[Path], typer.Argument(help="News files or folders.")],
    output: Annotated[str, typer.Option("--output", "-o", help="JSON Lines file, - for stdout.")] = "-",
    workers: Annotated[int, typer.Option(help="Extract in this many processes.")] = 1,
) -> None:
    """Extract entities and relations per document, as JSON Lines in the evaluation format."""
    from promgraph.loaders.report import Report
    from promgraph.pipeline import eval_lines
    from promgraph.pipeline import extract as extract_all

    def action() -> None:
        report = Report()
        target = sys.stdout if output == "-" else open(output, "w", encoding="utf-8")  # noqa: SIM115
        try:
            with _progress() as progress:
                for line in eval_lines(extract_all(inputs, report, _RichProgress(progress), workers)):
                    target.write(line)
        finally:
            if target is not sys.stdout:
                target.close()
        for problem in report.problems:
            err.print(f"[yellow]warning:[/yellow] {escape(str(problem))}", highlight=False, soft_wrap=True)

    _run(action)


def _open(workspace: Path, backend: Backend) -> Any:
    from promgraph.graph.stores import open_store

    if backend is Backend.neo4j:
        return open_store("neo4j")  # NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE
    return open_store("embedded", path=Workspace(workspace).store_path, read_only=True)


@app.command()
def query(
    name: Annotated[str | None, typer.Argument(help="Query name; see --list.")] = None,
    list_: Annotated[bool, typer.Option("--list", help="List the prebuilt queries.")] = False,
    param: ParamOption = None,
    workspace: WorkspaceOption = DEFAULT_WORKSPACE,
    fmt: FormatOption = Format.table,
    backend: Annotated[Backend, typer.Option(help="Where to run it.")] = Backend.embedded,
) -> None:
    """Run a prebuilt query (organization parameters take names, aliases or ИНН)."""
    from promgraph.queries.library import load_queries, run_query

    def action() -> None:
        if list_ or name is None:
            rows = [{"name": q.name, "parameters": ", ".join(
                        f"{p.name}{'' if p.default is None else '?'}: {p.type}" for p in q.params),
                     "description": q.description} for q in load_queries().values()]
            print_rows(rows, fmt)
            return
        with _open(workspace, backend) as store:
            print_rows(run_query(store, name, _params(param)), fmt, title=name)

    _run(action)


@app.command()
def partners(
    org: Annotated[str, typer.Argument(help="The organization or cluster: name, alias, abbreviation or ИНН.")],
    region: Annotated[str | None, typer.Option(help="Only candidates located in this region.")] = None,
    industry: Annotated[str | None, typer.Option(help="Only candidates whose ОКВЭД starts with this.")] = None,
    top: Annotated[int, typer.Option(help="How many candidates.")] = 20,
    kinds: Annotated[str | None, typer.Option(
        help="Kinds of candidates, comma-separated (company,university,government,…), or 'all'. "
             "Default: companies, universities, development corporations, funds and associations.")] = None,
    workspace: WorkspaceOption = DEFAULT_WORKSPACE,
    fmt: FormatOption = Format.table,
    backend: Annotated[Backend, typer.Option(help="Where to run it.")] = Backend.embedded,
) -> None:
    """Ranked, explained partner candidates for an organization or a cluster."""
    from promgraph.queries.library import resolve_name
    from promgraph.queries.partners import CANDIDATE_KINDS, partner_candidates

    wanted = CANDIDATE_KINDS if not kinds else None if kinds == "all" else frozenset(
        k.strip() for k in kinds.split(",") if k.strip())

    def action() -> None:
        with _open(workspace, backend) as store:
            org_id = resolve_name(store, "organization", org, "ORG")
            place = resolve_name(store, "place", region, "--region") if region else None
            place_name = store.query("MATCH (p:Place {id: $id}) RETURN p.name AS name", {"id": place})[0]["name"] \
                if place else None
            rows = [c.to_row() for c in partner_candidates(store, org_id, place_name, industry, top, wanted)]
        print_rows(rows, fmt, title=f"partners: {org}")

    _run(action)


@app.command()
def cypher(
    text: Annotated[str, typer.Argument(help="A Cypher query, - to read it from stdin.")],
    param: ParamOption = None,
    workspace: WorkspaceOption = DEFAULT_WORKSPACE,
    fmt: FormatOption = Format.table,
) -> None:
    """Run ad-hoc Cypher on the embedded store (LadybugDB dialect)."""

    def action() -> None:
        source = sys.stdin.read() if text == "-" else text
        with _open(workspace, Backend.embedded) as store:
            print_rows(store.query(source, _params(param)), fmt)

    _run(action)


@app.command()
def sparql(
    text: Annotated[str | None, typer.Argument(help="A SPARQL SELECT/ASK query, - for stdin, or a prebuilt name.")]
        = None,
    list_: Annotated[bool, typer.Option("--list", help="List the prebuilt SPARQL queries.")] = False,
    param: ParamOption = None,
    workspace: WorkspaceOption = DEFAULT_WORKSPACE,
    fmt: FormatOption = Format.table,
) -> None:
    """Run SPARQL on the workspace's RDF store (one named graph per source document)."""
    from promgraph.graph.sparql import sparql as run_sparql
    from promgraph.queries.library import load_sparql_queries

    def action() -> None:
        prebuilt = load_sparql_queries()
        if list_ or text is None:
            print_rows([{"name": k, "description": d} for k, (d, _) in prebuilt.items()], fmt)
            return
        source = sys.stdin.read() if text == "-" else prebuilt[text][1] if text in prebuilt else text
        print_rows(run_sparql(Workspace(workspace).rdf_store_path, source, _params(param)), fmt)

    _run(action)


@app.command()
def explain(
    name: Annotated[str, typer.Argument(help="An organization or person: name, alias, ИНН or id.")],
    workspace: WorkspaceOption = DEFAULT_WORKSPACE,
    fmt: FormatOption = Format.table,
) -> None:
    """Which sources, rules and sentences made a node: ids, merge rules, every piece of evidence."""
    from promgraph.graph.explain import explain as explain_node
    from promgraph.graph.stores import open_store
    from promgraph.queries.library import find_nodes, resolve_name

    def action() -> None:
        ws = Workspace(workspace)
        with open_store("embedded", path=ws.store_path, read_only=True) as store:
            kind = "person" if find_nodes(store, "person", name) and not find_nodes(store, "organization", name) \
                else "organization"
            node_id = resolve_name(store, kind, name, "NAME")
        explanation = explain_node(ws.load_graph(), node_id)
        if fmt is Format.table:
            print_card(err, explanation.header)
        else:
            for key, value in explanation.header.items():
                err.print(f"{key}: {cell(value)}", highlight=False, markup=False, soft_wrap=True)
        print_rows(explanation.sources, fmt, title="evidence")

    _run(action)


@app.command()
def validate(workspace: WorkspaceOption = DEFAULT_WORKSPACE, fmt: FormatOption = Format.table) -> None:
    """Check the graph against the SHACL shapes of the model; exit code 1 when it breaks them."""
    from promgraph.graph.validate import validate as check

    def action() -> None:
        violations = check(Workspace(workspace).load_graph())
        if violations:
            print_rows([v.to_row() for v in violations], fmt, title="SHACL violations")
            raise typer.Exit(1)
        err.print("the graph conforms to the shapes", highlight=False)

    _run(action)


@app.command()
def html(workspace: WorkspaceOption = DEFAULT_WORKSPACE) -> None:
    """(Re)write the RDF export and the HTML views of the workspace's graph."""
    from promgraph.pipeline import write_views

    def action() -> None:
        ws = Workspace(workspace)
        with _progress() as progress:
            rdf, site = write_views(ws.load_graph(), ws, _RichProgress(progress))
        err.print(f"written {rdf} and the site: {site.files} files, {site.bytes / 1e6:.1f} MB; open {site.index}",
                  highlight=False, markup=False, soft_wrap=True)

    _run(action)


@export_app.command("rdf")
def export_rdf(
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write.")],
    fmt: Annotated[RDFFormat, typer.Option("--format", "-f", help="RDF syntax.")] = RDFFormat.turtle,
    base: Annotated[str, typer.Option(help="Base IRI of the graph's resources.")] = "https://promgraph.org/id/",
    workspace: WorkspaceOption = DEFAULT_WORKSPACE,
) -> None:
    """Export the graph as RDF, one named graph per source document (trig, nquads, jsonld)."""
    from promgraph.graph.rdf import write_rdf

    def action() -> None:
        path = write_rdf(Workspace(workspace).load_graph(), output, fmt.value, base)
        err.print(f"written {path}", highlight=False, markup=False, soft_wrap=True)

    _run(action)


def _export_network(fmt: str, output: Path, workspace: Path) -> None:
    from promgraph.graph.gephi import write_network

    def action() -> None:
        path = write_network(Workspace(workspace).load_graph(), output, fmt)
        err.print(f"written {path}", highlight=False, markup=False, soft_wrap=True)

    _run(action)


OutputOption = Annotated[Path, typer.Option("--output", "-o", help="File to write.")]


@export_app.command("graphml")
def export_graphml(output: OutputOption, workspace: WorkspaceOption = DEFAULT_WORKSPACE) -> None:
    """Export the actors and their links as GraphML (Gephi, Cytoscape, yEd): names, kinds, regions,
    ИНН and link dates as attributes."""
    _export_network("graphml", output, workspace)


@export_app.command("gexf")
def export_gexf(output: OutputOption, workspace: WorkspaceOption = DEFAULT_WORKSPACE) -> None:
    """Export the actors and their links as GEXF (Gephi): names, kinds, regions, ИНН and link dates
    as attributes."""
    _export_network("gexf", output, workspace)


@load_app.command("neo4j")
def load_neo4j(
    uri: Annotated[str, typer.Option(envvar="NEO4J_URI", help="bolt://, neo4j:// or neo4j+s:// URI.")]
        = "bolt://127.0.0.1:7687",
    user: Annotated[str | None, typer.Option(envvar="NEO4J_USERNAME", help="User name.")] = None,
    password: Annotated[str | None, typer.Option(envvar="NEO4J_PASSWORD", help="Password.")] = None,
    database: Annotated[str | None, typer.Option(envvar="NEO4J_DATABASE", help="Database name.")] = None,
    workspace: WorkspaceOption = DEFAULT_WORKSPACE,
) -> None:
    """Load the workspace's graph into Neo4j: constraints, indexes, then idempotent batched upserts."""
    from promgraph.graph.stores import open_store

    def action() -> None:
        graph = Workspace(workspace).load_graph()
        with open_store("neo4j", uri=uri, user=user, password=password, database=database) as store:
            store.write(graph)
            counts = store.query("MATCH (n) RETURN count(n) AS nodes")[0]["nodes"]
        err.print(f"loaded into {uri}: {len(graph.nodes)} nodes, {len(graph.edges)} relationships "
                  f"({counts} nodes in the database)", highlight=False, markup=False, soft_wrap=True)

    _run(action)


@export_app.command("neo4j-csv")
def export_neo4j_csv(
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder for the CSV files.")],
    workspace: WorkspaceOption = DEFAULT_WORKSPACE,
) -> None:
    """Write CSV files for `neo4j-admin database import full` and print the command that loads them."""
    from promgraph.graph.stores.neo4j_import import import_command, write_import_csv

    def action() -> None:
        files = write_import_csv(Workspace(workspace).load_graph(), output)
        err.print(f"{len(files)} files written to {output}; with Neo4j stopped, run:", highlight=False, markup=False)
        sys.stdout.write(" ".join(import_command(files)) + "\n")

    _run(action)

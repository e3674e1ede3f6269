"""The command line: every command has help, output formats, one-line errors with exit code 1."""

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from promgraph.cli import app

runner = CliRunner()
COMMANDS = [["build"], ["extract"], ["query"], ["partners"], ["explain"], ["cypher"], ["sparql"], ["validate"],
             ["html"], ["export", "rdf"], ["export", "graphml"], ["export", "gexf"], ["export", "neo4j-csv"],
             ["load", "neo4j"]]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_help(command):
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    assert len(result.output.split("\n")[2].strip() or result.output) > 10


def test_query_list_and_formats(example_workspace):
    ws = ["--workspace", str(example_workspace.path)]
    listing = runner.invoke(app, ["query", "--list", "--format", "json"])
    names = [row["name"] for row in json.loads(listing.stdout)]
    assert "organization_profile" in names and "shortest_path" in names
    result = runner.invoke(app, ["query", "cluster_members", "-p", "cluster=парк «Кама»", "-f", "json", *ws])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert {r["member"] for r in rows} == {"Елабужский кабельный завод", "Камские полимеры"}
    result = runner.invoke(app, ["query", "most_connected", "-p", "top=3", "-f", "csv", *ws])
    table = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(table) == 3 and list(table[0]) == ["name", "kind", "links", "betweenness"]
    result = runner.invoke(app, ["query", "most_connected", "-p", "top=3", *ws])
    assert "links" in result.stdout


def test_cypher(example_workspace):
    result = runner.invoke(app, ["cypher", "MATCH (p:Person) WHERE p.name = $name RETURN p.name AS name",
                                 "-p", "name=Анна Белова", "-f", "json", "-w", str(example_workspace.path)])
    assert json.loads(result.stdout) == [{"name": "Анна Белова"}]


@pytest.mark.parametrize("args, message", [
    (["query", "no_such_query"], "unknown query 'no_such_query'"),
    (["query", "organization_profile", "-p", "org=Несуществующий завод"], "no organization called"),
    (["cypher", "MATCH (n:Nope) RETURN n"], "rejected the query"),
])
def test_errors_are_one_line_with_exit_code_1(example_workspace, args, message):
    result = runner.invoke(app, [*args, "-w", str(example_workspace.path)])
    assert result.exit_code == 1
    assert message in result.stderr and "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1 or message in result.stderr.strip().splitlines()[0]


def test_missing_workspace_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["query", "organizations", "-w", str(tmp_path / "nowhere")])
    assert result.exit_code == 1 and "run `promgraph build` first" in result.stderr


def test_extract_writes_eval_jsonl(tmp_path):
    (tmp_path / "doc7.txt").write_text("АО «Тульский завод гидравлических машин» стало резидентом ОЭЗ «Приокская».",
                                       encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(tmp_path / "doc7.txt"), "--output", str(out)])
    assert result.exit_code == 0, result.output
    line = json.loads(out.read_text(encoding="utf-8"))
    assert line["doc"] == "doc7"
    assert {e["name"] for e in line["entities"]} == {"Тульский завод гидравлических машин",
                                                    "Особая экономическая зона «Приокская»"}
    assert [r["type"] for r in line["relations"]] == ["MEMBER"]


def test_export_rdf(tmp_path, example_workspace):
    out = tmp_path / "graph.nq"
    result = runner.invoke(app, ["export", "rdf", "--format", "nquads", "-o", str(out),
                                 "-w", str(example_workspace.path)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").count("\n") > 500


def test_load_neo4j_and_query_it(example_workspace):
    import os

    if not os.environ.get("NEO4J_URI"):
        if os.environ.get("CI"):
            pytest.fail("CI must run the Neo4j tests: NEO4J_URI is not set")
        pytest.skip("NEO4J_URI is not set")
    ws = ["-w", str(example_workspace.path)]
    result = runner.invoke(app, ["load", "neo4j", *ws])
    assert result.exit_code == 0, result.output
    rows = runner.invoke(app, ["query", "cluster_members", "-p", "cluster=ОЭЗ «Приокская»", "--backend", "neo4j",
                               "-f", "json", *ws])
    assert {r["member"] for r in json.loads(rows.stdout)} == {"Тульский завод гидравлических машин", "Тулаприводмаш"}


def test_unreachable_neo4j_is_one_line(example_workspace):
    result = runner.invoke(app, ["load", "neo4j", "--uri", "bolt://127.0.0.1:9", "-w", str(example_workspace.path)])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: Neo4j is unreachable at bolt://127.0.0.1:9")
    assert "Traceback" not in result.output


def test_extract_in_parallel_gives_the_same_lines(tmp_path):
    from promgraph.pipeline import EXAMPLES

    outputs = []
    for workers in ("1", "2"):
        out = tmp_path / f"out{workers}.jsonl"
        result = runner.invoke(app, ["extract", str(EXAMPLES / "news.jsonl"), "-o", str(out), "--workers", workers])
        assert result.exit_code == 0, result.output
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1] and outputs[0].count("\n") == 32


def test_a_command_that_needs_a_missing_extra_names_it_in_one_line(example_workspace, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "neo4j", None)  # as after a plain `pip install promgraph`
    monkeypatch.delitem(sys.modules, "promgraph.graph.stores.neo4j", raising=False)
    result = runner.invoke(app, ["load", "neo4j", "-w", str(example_workspace.path)])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        "Error: the neo4j store needs an extra package: neo4j (pip install 'promgraph[neo4j]')"]


def test_extract_warns_of_a_bad_file_and_goes_on(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "good.txt").write_text("АО «Вектор» открыло цех [в Туле].", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(inputs), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "empty.txt: empty file" in result.stderr
    assert [json.loads(line)["doc"] for line in out.read_text(encoding="utf-8").splitlines()] == ["good"]


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_for_gephi(tmp_path, example_workspace, example_graph, fmt):
    import networkx as nx

    out = tmp_path / f"graph.{fmt}"
    result = runner.invoke(app, ["export", fmt, "-o", str(out), "-w", str(example_workspace.path)])
    assert result.exit_code == 0, result.output
    read = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(out)
    assert read.number_of_nodes() == sum(1 for n in example_graph.nodes.values() if n.label != "Document")

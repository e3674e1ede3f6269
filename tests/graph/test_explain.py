"""`explain`: a merged node shows its identifiers, merge rules and every source that made it."""

import json

from typer.testing import CliRunner

from promgraph.cli import app
from promgraph.graph.explain import explain


def test_merged_plant_is_explained_by_registry_and_news(example_graph):
    plant = next(n for n in example_graph.nodes.values() if n.name == "Волжский электромеханический завод")
    explanation = explain(example_graph, plant.id)
    assert explanation.header["inn"] == "2118678250" and "resolve:name" in explanation.header["merged by"]
    sources = {row["source"] for row in explanation.sources}
    assert any(s.startswith("egrul-") for s in sources) and "chv-02" in sources
    assert all(row["sentence"] for row in explanation.sources)
    dates = [row["date"] or "" for row in explanation.sources]
    assert dates == sorted(dates)


def test_explain_command_by_acronym_and_person(example_workspace):
    runner = CliRunner()
    ws = ["-w", str(example_workspace.path)]
    result = runner.invoke(app, ["explain", "ВЭМЗ", "-f", "json", *ws])
    assert result.exit_code == 0, result.output
    assert "inn: 2118678250" in result.stderr
    assert any(r["method"] == "registry:egrul" for r in json.loads(result.stdout))
    person = runner.invoke(app, ["explain", "Анна Белова", "-f", "json", *ws])
    assert person.exit_code == 0 and "class: Person" in person.stderr
    unknown = runner.invoke(app, ["explain", "Никто Никакой", *ws])
    assert unknown.exit_code == 1 and "no organization called" in unknown.stderr

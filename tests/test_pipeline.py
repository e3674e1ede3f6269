"""The pipeline end to end: idempotent, incremental, and safe with bad files in the batch."""

import json
import shutil

from promgraph.graph.workspace import Workspace
from promgraph.pipeline import EXAMPLES, build

NEWS = {"id": "extra-1", "title": "Новый партнер", "published": "2025-11-01",
        "text": "ООО «Тулаприводмаш» будет поставлять редукторы для ПАО «Казанский станкостроительный завод»."}


def _counts(workspace):
    from promgraph.graph.stores import open_store

    with open_store("embedded", path=workspace.store_path, read_only=True) as store:
        nodes = store.query("MATCH (n) RETURN count(n) AS c")[0]["c"]
        edges = store.query("MATCH ()-[r]->() RETURN count(r) AS c")[0]["c"]
    return nodes, edges


def test_example_build_is_rich(example_graph):
    labels = {n.label for n in example_graph.nodes.values()}
    types = {e.type for e in example_graph.edges.values()}
    assert {"Organization", "Person", "Place", "Agreement", "Document"} <= labels
    assert {"HOLDS_POSITION", "PARTY_TO", "SIGNED", "MEMBER_OF", "LOCATED_IN", "COOPERATES_WITH", "DIRECTS",
            "FOUNDED", "MENTIONED_IN"} <= types
    kinds = {n.kind for n in example_graph.nodes.values() if n.label == "Organization"}
    assert {"company", "government", "cluster", "technopark", "industrial_park", "sez", "fund",
            "development_corporation", "association"} <= kinds
    # news and registry meet: the plant of the news has the registry's ИНН and its news evidence
    plant = next(n for n in example_graph.nodes.values() if n.name == "Волжский электромеханический завод")
    methods = {e.method.split(":")[0] for e in plant.evidence}
    assert plant.props["inn"] and methods == {"registry", "natasha", "rule"} - {"natasha"} | (methods & {"natasha"})
    assert {"registry", "rule"} <= methods


def test_rebuild_is_idempotent_and_incremental(tmp_path, example_workspace):
    workspace = Workspace(tmp_path / "ws")
    shutil.copytree(example_workspace.path, workspace.path)
    before = _counts(workspace)
    again = build([EXAMPLES], workspace, views=False)
    assert (again.files_read, again.files_skipped) == (0, 5)
    assert _counts(workspace) == before
    extra = tmp_path / "extra.jsonl"
    extra.write_text(json.dumps(NEWS, ensure_ascii=False), encoding="utf-8")
    added = build([EXAMPLES, extra], workspace, views=False)
    assert added.files_read == 1
    nodes, edges = _counts(workspace)
    assert nodes == before[0] + 1  # one new Document; both organizations were known
    assert edges > before[1]


def test_files_read_by_another_version_are_read_again_without_duplicates(tmp_path, example_workspace):
    workspace = Workspace(tmp_path / "ws")
    shutil.copytree(example_workspace.path, workspace.path)
    before = _counts(workspace)
    manifest = json.loads(workspace.manifest_path.read_text(encoding="utf-8"))
    for entry in manifest["inputs"].values():
        entry["read_by"] = "promgraph 0.0.1"
    workspace.manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    again = build([EXAMPLES], Workspace(workspace.path), views=False)
    assert (again.files_read, again.files_skipped) == (5, 0)
    assert _counts(workspace) == before
    assert build([EXAMPLES], Workspace(workspace.path), views=False).files_skipped == 5


def test_bad_files_are_reported_and_the_rest_is_built(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.jsonl").write_text(json.dumps(NEWS, ensure_ascii=False), encoding="utf-8")
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "table.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (inputs / "broken.xml").write_text('<Файл ТипИнф="ЕГРЮЛ_ОТКР_СВЕД" ВерсФорм="4.07"><Документ>', encoding="utf-8")
    summary = build([inputs], Workspace(tmp_path / "ws"), views=False)
    text = "\n".join(summary.problems)
    assert "empty.txt: empty file" in text
    assert "table.csv: unknown columns: clusters registry lacks cluster (Наименование кластера" in text
    assert "broken.xml" in text
    assert summary.nodes["Organization"] == 2
    report = json.loads((tmp_path / "ws" / "report.json").read_text(encoding="utf-8"))
    assert report == summary.problems


def test_a_failed_store_write_keeps_the_previous_graph(tmp_path, example_workspace, monkeypatch):
    import pytest

    from promgraph.graph.errors import InvalidData
    from promgraph.graph.stores.ladybug import LadybugStore

    workspace = Workspace(tmp_path / "ws")
    shutil.copytree(example_workspace.path, workspace.path)
    before = _counts(workspace)
    graph = workspace.load_graph()
    node = next(iter(graph.nodes.values()))
    graph.nodes[node.id] = type(node)(node.id, node.label, node.name, node.kind, node.aliases,
                                      {**node.props, "not_in_model": 1}, node.evidence)
    with pytest.raises(InvalidData, match="not_in_model"):
        LadybugStore(workspace.store_path).write(graph)
    assert _counts(workspace) == before
    assert not workspace.store_path.with_name("graph.lbug.new").exists()


def test_a_document_that_breaks_extraction_is_reported_and_the_rest_goes_on(tmp_path, monkeypatch):
    from promgraph.loaders import news
    from promgraph.loaders.report import Report
    from promgraph.pipeline import extract

    real = news.extract_document

    def breaks_on_n2(document, models):
        if document.id == "n2":
            raise IndexError("list index out of range")
        return real(document, models)

    monkeypatch.setattr(news, "extract_document", breaks_on_n2)
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(json.dumps({**NEWS, "id": f"n{k}"}, ensure_ascii=False) for k in (1, 2, 3)),
                      encoding="utf-8")
    for workers in (1, 2):  # the workers are forked with the broken extractor
        report = Report()
        extractions = list(extract([corpus], report, workers=workers))
        assert [e.document.id for e in extractions] == ["n1", "n2", "n3"]
        assert extractions[1].nodes == () and extractions[0].nodes and extractions[2].nodes
        (problem,) = report.problems
        assert problem.path == str(corpus) and problem.place == "document n2" and "IndexError" in problem.message
    workspace = Workspace(tmp_path / "ws")
    summary = build([corpus], workspace, views=False)
    assert summary.files_read == 1 and any("document n2" in str(p) for p in summary.problems)


def test_a_record_the_model_refuses_is_reported_and_the_build_goes_on(tmp_path):
    """A hand-edited workspace (or an older extractor) holds a relationship the model does not pair."""
    from typer.testing import CliRunner

    from promgraph.cli import PROBLEMS_FOUND, app

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps(NEWS, ensure_ascii=False), encoding="utf-8")
    workspace = Workspace(tmp_path / "ws")
    clean = build([corpus], workspace, views=False)
    assert clean.problems == []
    (saved,) = (workspace.path / "extractions").glob("*.jsonl")
    data = json.loads(saved.read_text(encoding="utf-8"))
    person = {"id": "p9", "label": "Person", "name": "Иван Петров", "evidence": data["nodes"][0]["evidence"]}
    org = next(n for n in data["nodes"] if n["label"] == "Organization")
    data["nodes"].append(person)
    data["edges"].append({"type": "MEMBER_OF", "source": "p9", "target": org["id"], "props": {},
                          "evidence": [{**person["evidence"][0], "method": "rule:hand"}]})
    saved.write_text(json.dumps(data, ensure_ascii=False) + "\n", encoding="utf-8")

    result = CliRunner().invoke(app, ["build", str(corpus), "-w", str(workspace.path), "--no-html"])
    assert result.exit_code == PROBLEMS_FOUND, result.output
    (problem,) = json.loads((workspace.path / "report.json").read_text(encoding="utf-8"))
    assert problem.startswith(f"{corpus}:document extra-1: MEMBER_OF 'Иван Петров' → ")
    assert "from Person to Organization is not allowed" in problem and "rule:hand" in problem
    assert _counts(workspace)[0] == _counts_of(clean) + 1  # everything else written, the person too


def _counts_of(summary) -> int:
    return sum(summary.nodes.values())

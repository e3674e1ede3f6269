"""One suite for every store: the embedded LadybugDB file and a real Neo4j server.

Neo4j tests need NEO4J_URI (``scripts/test`` starts a server); they are skipped without it,
except in CI, where a missing server is a failure.
"""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from promgraph.graph.errors import StoreError
from promgraph.graph.model import Edge, Evidence, Graph, Node
from promgraph.graph.schema import load_schema
from promgraph.graph.stores import open_store
from promgraph.queries.library import get_query, load_queries, run_query

TRICKY = ['Завод "Кавычки"', "Компания `Бэктик` {скобка}", "ООО $dollar ' апостроф", "</script><b>Жирный</b>"]


def _neo4j_or_skip():
    if not os.environ.get("NEO4J_URI"):
        if os.environ.get("CI"):
            pytest.fail("CI must run the Neo4j tests: NEO4J_URI is not set")
        pytest.skip("NEO4J_URI is not set (scripts/test starts a Neo4j dev server)")
    store = open_store("neo4j")
    store.write(Graph())  # an empty graph: every promgraph node and relationship is removed
    return store


@pytest.fixture(params=["embedded", "neo4j"])
def store(request, tmp_path):
    if request.param == "embedded":
        s = open_store("embedded", path=tmp_path / "g.lbug")
    else:
        s = _neo4j_or_skip()
    yield s
    s.close()


def _graph(names: list[str]) -> Graph:
    graph = Graph()
    ev = (Evidence("doc-1", "Предложение с «кавычками» и $знаками.", 0, 30, "rule:test", 0.8, "2025-01-02"),)
    for i, name in enumerate(names):
        graph.nodes[f"org-{i}"] = Node(f"org-{i}", "Organization", name, "company", (name.upper(),),
                                       {"inn": "7707083893" if i == 0 else None}, ev)
    for i in range(len(names) - 1):
        graph.edges[f"rel-{i}"] = Edge("COOPERATES_WITH", f"org-{i}", f"org-{i + 1}", {"what": "поставки «$x»"}, ev)
    return graph


def _counts(store):
    """Nodes and the model's relationships (the embedded store's derived LINKED left out)."""
    types = "|".join(load_schema().relationships)
    nodes = store.query("MATCH (n) RETURN count(n) AS c")[0]["c"]
    edges = store.query(f"MATCH ()-[r:{types}]->() RETURN count(r) AS c")[0]["c"]
    return nodes, edges


def test_write_read_back_intact_and_idempotent(store):
    graph = _graph(TRICKY)
    store.write(graph)
    store.write(graph)
    assert _counts(store) == (4, 3)
    rows = store.query("MATCH (o:Organization) RETURN o.id AS id, o.name AS name, o.aliases AS aliases, "
                       "o.inn AS inn, o.sources AS sources ORDER BY id")
    assert [r["name"] for r in rows] == TRICKY
    assert rows[0]["aliases"] == [TRICKY[0].upper()] and rows[0]["inn"] == "7707083893"
    assert rows[1]["inn"] is None and rows[0]["sources"] == ["doc-1"]
    what = store.query("MATCH ()-[r:COOPERATES_WITH]->() RETURN DISTINCT r.what AS what, r.first_seen AS seen")
    assert what == [{"what": "поставки «$x»", "seen": "2025-01-02"}]


def test_write_replaces_what_the_graph_no_longer_has(store):
    store.write(_graph(TRICKY))
    store.write(_graph(TRICKY[:2]))
    assert _counts(store) == (2, 1)


def test_the_embedded_store_indexes_links_both_ways_for_path_search(tmp_path):
    store = open_store("embedded", path=tmp_path / "g.lbug")
    store.write(_graph(TRICKY))
    linked = store.query("MATCH (a)-[:LINKED]->(b) RETURN a.id AS source, b.id AS target ORDER BY source, target")
    chain = [("org-0", "org-1"), ("org-1", "org-2"), ("org-2", "org-3")]
    assert [(r["source"], r["target"]) for r in linked] == sorted(chain + [(b, a) for a, b in chain])
    path = run_query(store, "shortest_path", {"source": TRICKY[3], "target": TRICKY[0]})
    assert path == [{"path": TRICKY[::-1], "hops": 3}]
    store.close()


def test_a_store_built_with_other_tables_is_refused_clearly(tmp_path):
    path = tmp_path / "g.lbug"
    writer = open_store("embedded", path=path)
    writer.write(_graph(TRICKY))
    with open_store("embedded", path=path, read_only=True) as reader:
        assert _counts(reader) == (4, 3)
    writer.query("COMMENT ON TABLE Organization IS 'promgraph tables 0000'")  # as an older version left it
    writer.close()
    with pytest.raises(StoreError, match="built by another version of promgraph.*run `promgraph build`"):
        open_store("embedded", path=path, read_only=True).query("MATCH (n) RETURN count(n)")


def test_every_query_gives_the_same_answer_on_neo4j(example_graph, embedded):
    neo4j = _neo4j_or_skip()
    try:
        neo4j.write(example_graph)
        examples = {"org": "ВЭМЗ", "source": "Узловский литейный завод", "target": "ТЗГМ",
                    "cluster": "Индустриальный парк «Кама»", "region": "Тульская область", "since": "2025-01-01"}

        def normal(rows):  # collect() order is not defined by either database
            return sorted((tuple((k, sorted(v, key=str) if isinstance(v, list) else v) for k, v in r.items())
                           for r in rows), key=str)

        for name in load_queries():
            raw = {p.name: examples[p.name] for p in get_query(name).params if p.default is None}
            assert normal(run_query(neo4j, name, raw)) == normal(run_query(embedded, name, raw)), name
    finally:
        neo4j.close()


def test_routing_uri_works_unchanged():
    store = _neo4j_or_skip()
    uri = os.environ["NEO4J_URI"].replace("bolt://", "neo4j://")
    with open_store("neo4j", uri=uri) as routed:
        routed.write(_graph(TRICKY[:2]))
        assert _counts(routed) == (2, 1)
    store.close()


@pytest.mark.parametrize("options, message", [
    ({"uri": "bolt://127.0.0.1:9"}, "unreachable at bolt://127.0.0.1:9"),
    ({"uri": "http://127.0.0.1:7474"}, "bad Neo4j URI"),
])
def test_connection_failures_are_one_clear_error(options, message):
    started = time.perf_counter()
    with pytest.raises(StoreError, match=message):
        open_store("neo4j", **options).query("RETURN 1")
    assert time.perf_counter() - started < 15


def test_unknown_database_is_named():
    _neo4j_or_skip().close()
    with pytest.raises(StoreError, match="no database 'nope'"):
        open_store("neo4j", database="nope").query("RETURN 1")


LOADER = """
import sys
from promgraph.graph.model import Edge, Evidence, Graph, Node
from promgraph.graph.stores import open_store
ev = (Evidence("d", "s", 0, 1, "rule:test", 0.5),)
g = Graph()
for i in range(int(sys.argv[1])):
    g.nodes[f"org-{i}"] = Node(f"org-{i}", "Organization", f"Завод {i}", "company", (), {}, ev)
for i in range(int(sys.argv[1]) - 1):
    g.edges[f"rel-{i}"] = Edge("COOPERATES_WITH", f"org-{i}", f"org-{i + 1}", {}, ev)
open_store("neo4j").write(g)
"""


def test_a_load_killed_midway_completes_when_run_again():
    store = _neo4j_or_skip()
    size = 30000
    process = subprocess.Popen([sys.executable, "-c", LOADER, str(size)])
    deadline = time.time() + 120
    while time.time() < deadline and store.query("MATCH (n) RETURN count(n) AS c")[0]["c"] == 0:
        time.sleep(0.05)
    process.kill()
    process.wait()
    partial = _counts(store)
    assert partial[0] > 0 and partial != (size, size - 1), "the load should have been killed midway"
    subprocess.run([sys.executable, "-c", LOADER, str(size)], check=True)
    assert _counts(store) == (size, size - 1)
    distinct = store.query("MATCH (n) RETURN count(DISTINCT n.id) AS c")[0]["c"]
    assert distinct == size
    store.close()


def test_bulk_csv_loads_with_the_real_neo4j_admin_import(tmp_path, example_workspace, example_graph):
    """Export, `neo4j-admin database import full` (Neo4j 5.26 jars), serve the result, compare counts."""
    import shutil
    import socket

    from typer.testing import CliRunner

    from promgraph.cli import app

    if not (shutil.which("java") and shutil.which("mvn")):
        if os.environ.get("CI"):
            pytest.fail("CI must run the bulk import test: java and mvn are missing")
        pytest.skip("java and mvn are needed for neo4j-admin")
    scripts = Path(__file__).resolve().parents[2] / "scripts"
    result = CliRunner().invoke(app, ["export", "neo4j-csv", "-o", str(tmp_path / "csv"),
                                      "-w", str(example_workspace.path)])
    assert result.exit_code == 0, result.output
    command = result.stdout.split()
    assert command[:4] == ["neo4j-admin", "database", "import", "full"]
    home = tmp_path / "home"
    (tmp_path / "elsewhere").mkdir()
    subprocess.run([str(scripts / "neo4j-admin"), "--home", str(home), *command[1:]], check=True,
                   capture_output=True, timeout=300, cwd=tmp_path / "elsewhere")
    assert (tmp_path / "csv" / "import.report").exists()  # the tool's report beside the files, nowhere else
    assert not (tmp_path / "elsewhere" / "import.report").exists()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([str(scripts / "neo4j-dev-server"), "--port", str(port), "--data", str(home)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        for line in server.stdout:
            if "dev server ready" in line:
                break
        with open_store("neo4j", uri=f"bolt://127.0.0.1:{port}") as store:
            nodes, edges = _counts(store)
            plant = store.query("MATCH (o:Organization {name: 'Волжский электромеханический завод'}) "
                                "RETURN o.inn AS inn, o.aliases AS aliases, o.confidence AS confidence")[0]
    finally:
        server.terminate()
        server.wait(timeout=60)
    assert (nodes, edges) == (len(example_graph.nodes), len(example_graph.edges))
    assert plant["inn"] == "2118678250" and "ВЭМЗ" in plant["aliases"] and isinstance(plant["confidence"], float)


def test_wrong_password_is_named():
    _neo4j_or_skip().close()
    if not os.environ.get("NEO4J_PASSWORD"):
        pytest.skip("the server runs without authentication")
    with pytest.raises(StoreError, match="refused the credentials of user 'neo4j'"):
        open_store("neo4j", user="neo4j", password="not-the-password").query("RETURN 1")

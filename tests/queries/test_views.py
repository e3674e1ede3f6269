"""The HTML site in a real browser: headless Debian Chromium driven by Playwright, offline.

Never ``playwright install``: the system Chromium is used. Skipped where it is absent, except in CI.
"""

import os
from pathlib import Path

import pytest

from promgraph.graph.model import Edge, Evidence, Graph, Node
from promgraph.queries.views.site import HIDDEN_TYPES, SHOWN_LABELS, page_data, render_page, write_site

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail("CI must run the browser tests: /usr/bin/chromium is missing")
        pytest.skip("no /usr/bin/chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


@pytest.fixture()
def open_page(browser):
    # bypass_csp lets the test evaluate JavaScript; it also means the XSS test proves the page safe
    # without the help of its Content-Security-Policy.
    context = browser.new_context(offline=True, bypass_csp=True)
    pages = []

    def open_(path: Path):
        page = context.new_page()
        page.errors, page.requests = [], []
        page.on("pageerror", lambda error: page.errors.append(str(error)))
        page.on("request", lambda request: page.requests.append(request.url))
        page.goto(path.resolve().as_uri())
        pages.append(page)
        return page

    yield open_
    for page in pages:
        assert page.errors == [], page.errors
        # only the page itself; the one exception is the PNG the user asked to save
        assert all(url.startswith(("file:", "data:image/png")) for url in page.requests), page.requests
    context.close()


def _click_canvas(page, *node_ids: str) -> None:
    """A real mouse click at the middle of the given nodes' positions on the canvas."""
    ids = list(node_ids)
    x, y = page.evaluate("""(ids) => { const p = promgraph.network.getPositions(ids); const n = ids.length;
        const x = ids.reduce((s, id) => s + p[id].x, 0) / n, y = ids.reduce((s, id) => s + p[id].y, 0) / n;
        const d = promgraph.network.canvasToDOM({x, y}); return [d.x, d.y]; }""", ids)
    box = page.locator("#graph").bounding_box()
    page.mouse.click(box["x"] + x, box["y"] + y)


def _graph_page(open_page, path: Path):
    page = open_page(path)
    page.wait_for_function("window.promgraph && window.promgraph.firstDraw !== undefined")
    return page


def test_network_counts_equal_the_graph(open_page, example_workspace, example_graph):
    page = _graph_page(open_page, example_workspace.html_path / "network.html")
    shown = {n.id for n in example_graph.nodes.values() if n.label in SHOWN_LABELS}
    edges = [e for e in example_graph.edges.values()
             if e.type not in HIDDEN_TYPES and e.source in shown and e.target in shown]
    counts = page.evaluate("[promgraph.nodes.length, promgraph.edges.length]")
    assert counts == [len(shown), len(edges)]
    assert page.evaluate("promgraph.edges.get({filter: e => !e.hidden}).length") > 0


def test_search_focuses_and_the_panel_shows_the_evidence(open_page, example_workspace, example_graph):
    page = _graph_page(open_page, example_workspace.html_path / "network.html")
    page.fill("#search", "тульский завод гидравлических")
    page.click("#results li[data-id]")
    plant = next(n for n in example_graph.nodes.values() if n.name == "Тульский завод гидравлических машин")
    assert page.evaluate("promgraph.network.getSelectedNodes()") == [plant.id]
    panel = page.locator("#panel")
    assert panel.is_visible()
    assert "Тульский завод гидравлических машин" in panel.inner_text()
    sentence = next(e.sentence for e in plant.evidence if e.method.startswith("rule"))
    assert sentence in panel.inner_text()
    assert page.locator("#details mark").count() > 0
    # a real click on the canvas, on another node
    target = next(n for n in example_graph.nodes.values() if n.name == "Узловский литейный завод")
    _click_canvas(page, target.id)
    assert page.evaluate("promgraph.network.getSelectedNodes()") == [target.id]
    assert "Узловский литейный завод" in page.locator("#details h3").inner_text()


def test_filters_hide_what_they_should(open_page, example_workspace):
    page = _graph_page(open_page, example_workspace.html_path / "network.html")
    page.uncheck("#filters input[data-value='Person']")
    assert page.evaluate("promgraph.nodes.get({filter: n => n.group === 'Person' && !n.hidden}).length") == 0
    assert page.evaluate("promgraph.edges.get({filter: e => e.type === 'HOLDS_POSITION' && !e.hidden}).length") == 0
    assert page.evaluate("promgraph.edges.get({filter: e => !e.hidden}).length") > 0
    page.uncheck("#filters input[data-value='COOPERATES_WITH']")
    assert page.evaluate("promgraph.edges.get({filter: e => e.type === 'COOPERATES_WITH' && !e.hidden}).length") == 0
    page.fill("#date-from", "2025-06-01")
    page.dispatch_event("#date-from", "change")
    early = page.evaluate("promgraph.edges.get({filter: e => !e.hidden && e.type === 'PARTY_TO'}).length")
    total = page.evaluate("promgraph.edges.get({filter: e => e.type === 'PARTY_TO'}).length")
    assert 0 < early < total


def test_index_and_language_switch(open_page, example_workspace):
    page = open_page(example_workspace.html_path / "index.html")
    assert page.locator("#index-list li").count() > 50
    page.fill("#search", "ЁЛКА-НЕТ")
    assert "Ничего не найдено" in page.locator("#results").inner_text()
    page.fill("#search", "приокская")
    assert "Особая экономическая зона «Приокская»" in page.locator("#results").inner_text()
    page.click("#lang")
    assert page.locator("#search").get_attribute("placeholder").startswith("Find")


HOSTILE = '</title><script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">"\'`'


def test_hostile_names_never_execute(open_page, tmp_path):
    ev = (Evidence("d1", f"В тексте {HOSTILE} и подпись.", 0, 40, "rule:test", 0.9, "2025-01-01", HOSTILE, 9,
                   9 + len(HOSTILE)),)
    graph = Graph()
    graph.nodes["org-1"] = Node("org-1", "Organization", HOSTILE, "company", (HOSTILE,), {}, ev)
    graph.nodes["org-2"] = Node("org-2", "Organization", "Завод", "company", (), {}, ev)
    graph.edges["rel-1"] = Edge("COOPERATES_WITH", "org-1", "org-2", {"what": HOSTILE}, ev)
    from promgraph.graph.model import Document

    graph.documents["d1"] = Document("d1", HOSTILE, "", url="javascript:alert(1)")
    path = tmp_path / "hostile.html"
    path.write_text(render_page(page_data(graph, {"org-1", "org-2"}, HOSTILE)), encoding="utf-8")
    page = _graph_page(open_page, path)
    dialogs = []
    page.on("dialog", lambda d: dialogs.append(d.message))
    page.fill("#search", "pwned")
    page.click("#results li[data-id]")
    assert page.evaluate("window.__pwned") is None
    assert page.title() == HOSTILE
    assert page.locator("#details h3").inner_text() == HOSTILE
    assert page.locator("#details a[href^='javascript']").count() == 0
    assert dialogs == []


def test_site_files_are_self_contained(example_workspace):
    html = example_workspace.html_path
    pages = list(html.rglob("*.html"))
    assert (html / "index.html") in pages and any(p.parent.name == "org" for p in pages)
    assert any(p.parent.name == "region" for p in pages)
    text = (html / "network.html").read_text(encoding="utf-8")
    assert "vis.Network" in text and "<script src" not in text and "<link" not in text


def test_positions_come_from_python_and_are_cached(tmp_path):
    graph = Graph()
    ev = (Evidence("d", "s", 0, 1, "rule:test", 0.5),)
    for i in range(260):
        graph.nodes[f"org-{i}"] = Node(f"org-{i}", "Organization", f"Завод {i}", "company", (), {}, ev)
    for i in range(259):
        graph.edges[f"rel-{i}"] = Edge("COOPERATES_WITH", f"org-{i}", f"org-{i + 1}", {}, ev)
    write_site(graph, tmp_path / "site")
    data = page_data(graph, set(graph.nodes), "t", tmp_path / "site" / ".layout" / "network.json")
    assert all("x" in n and "y" in n for n in data["nodes"])
    xs = sorted(n["x"] for n in data["nodes"])
    assert xs[-1] - xs[0] > 200  # spread out, not piled up
    assert (tmp_path / "site" / ".layout" / "network.json").exists()


def test_edge_click_shows_its_sentence_and_png_export(open_page, example_workspace, example_graph):
    page = _graph_page(open_page, example_workspace.html_path / "network.html")
    edge_id, edge = next((i, e) for i, e in sorted(example_graph.edges.items()) if e.type == "COOPERATES_WITH")
    page.evaluate(f"promgraph.network.fit({{nodes: ['{edge.source}', '{edge.target}'], animation: false}})")
    _click_canvas(page, edge.source, edge.target)
    assert page.evaluate("promgraph.network.getSelectedEdges()") == [edge_id]
    details = page.locator("#details").inner_text()
    assert edge.evidence[0].sentence in details and edge.props["what"] in details
    with page.expect_download() as download:
        page.click("#png")
    assert download.value.suggested_filename.endswith(".png")
    assert download.value.path().read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

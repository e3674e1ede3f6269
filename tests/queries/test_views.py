"""The HTML site in a real browser: headless Debian Chromium driven by Playwright, offline.

Never ``playwright install``: the system Chromium is used. Skipped where it is absent, except in CI.
"""

import json
import os
import random
import re
from pathlib import Path

import pytest

from promgraph.graph.model import Document, Edge, Evidence, Graph, Node
from promgraph.queries.views.addresses import bucket_of, file_stem, org_data, words
from promgraph.queries.views.adjacency import HIDDEN_TYPES
from promgraph.queries.views.ego import LINK_LIMIT
from promgraph.queries.views.network import CORE_LIMIT
from promgraph.queries.views.search import SHARD_LIMIT
from promgraph.queries.views.site import write_site

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
OVERLAPS = """() => {
  const net = promgraph.network, box = document.getElementById("graph");
  const rects = promgraph.state.nodes.get({filter: (n) => !n.hidden && n.label}).map((n) => {
    const b = net.getBoundingBox(n.id);
    const a = net.canvasToDOM({x: b.left, y: b.top}), c = net.canvasToDOM({x: b.right, y: b.bottom});
    return [a.x, a.y, c.x, c.y];
  }).filter((r) => r[2] > 0 && r[0] < box.clientWidth && r[3] > 0 && r[1] < box.clientHeight);
  const touching = rects.filter((r, i) => rects.some((o, j) => j !== i && r[0] < o[2] && o[0] < r[2]
    && r[1] < o[3] && o[1] < r[3]));
  return [rects.length, touching.length];
}"""


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
    # without the help of its Content-Security-Policy (test_pages_work_under_their_policy keeps it on).
    context = browser.new_context(offline=True, bypass_csp=True, viewport={"width": 1400, "height": 900})
    pages = []

    def open_(path: Path, anchor: str = ""):
        page = context.new_page()
        page.errors, page.requests = [], []
        page.on("pageerror", lambda error: page.errors.append(str(error)))
        page.on("request", lambda request: page.requests.append(request.url))
        page.goto(path.resolve().as_uri() + (f"#{anchor}" if anchor else ""))
        pages.append(page)
        return page

    yield open_
    for page in pages:
        assert page.errors == [], page.errors
        # only the site's own files; the one exception is the PNG the user asked to save
        assert all(url.startswith(("file:", "data:image/png")) for url in page.requests), page.requests
    context.close()


def _graph_page(open_page, path: Path, anchor: str = ""):
    page = open_page(path, anchor)
    page.wait_for_function("window.promgraph && promgraph.state && promgraph.state.firstDraw !== undefined")
    return page


def _click_node(page, node_id: str) -> None:
    """A real mouse click at the node's position on the canvas."""
    x, y = page.evaluate("""(id) => { const p = promgraph.network.getPositions([id])[id];
        const d = promgraph.network.canvasToDOM(p); return [d.x, d.y]; }""", node_id)
    box = page.locator("#graph").bounding_box()
    page.mouse.click(box["x"] + x, box["y"] + y)


def _click_edge(page, edge_id: str, source: str, target: str) -> None:
    """A real mouse click on the edge between two nodes, at the first point along it, from its middle out,
    where neither a node nor another edge covers it (the layout may put either on its middle)."""
    point = page.evaluate("""([id, a, b]) => { const p = promgraph.network.getPositions([a, b]);
        for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
            const d = promgraph.network.canvasToDOM({x: p[a].x + t * (p[b].x - p[a].x),
                                                    y: p[a].y + t * (p[b].y - p[a].y)});
            if (promgraph.network.getNodeAt(d) === undefined && promgraph.network.getEdgeAt(d) === id)
                return [d.x, d.y];
        }
        return null; }""", [edge_id, source, target])
    assert point is not None, "the edge is covered along its whole length"
    box = page.locator("#graph").bounding_box()
    page.mouse.click(box["x"] + point[0], box["y"] + point[1])


def _search(page, text: str) -> list[str]:
    """Type into the search box as a reader does and return the names listed."""
    page.fill("#search", "")
    page.type("#search", text, delay=5)
    page.wait_for_function("(text) => promgraph.answered === text", arg=text)
    return page.locator("#results li[data-id] > span").all_inner_texts()


def _named(graph: Graph, name: str) -> Node:
    return next(n for n in graph.nodes.values() if n.name == name)


def _ev(text: str, date: str = "2025-01-01", doc: str = "d1") -> tuple[Evidence, ...]:
    return (Evidence(doc, text, 0, len(text), "rule:test", 0.9, date, text[:5], 0, 5),)


def _random_graph(organizations: int, links: int, seed: int = 3) -> Graph:
    """Organizations joined at random, partners chosen in proportion to their links: a few hubs, many leaves."""
    rng = random.Random(seed)
    graph = Graph()
    ends: list[str] = []
    for i in range(organizations):
        graph.nodes[f"org-{i}"] = Node(f"org-{i}", "Organization", f"Предприятие {i} «Северный машиностроительный»",
                                       "company", (), {"inn": f"{7700000000 + i}"}, _ev(f"Завод {i} работает."))
    for k in range(links):
        a = f"org-{rng.randrange(organizations)}"
        b = rng.choice(ends) if ends and rng.random() < 0.5 else f"org-{rng.randrange(organizations)}"
        if a != b:
            evidence = _ev("Стороны договорились.", f"202{k % 5}-03-01")
            graph.edges[f"rel-{k}"] = Edge("COOPERATES_WITH", a, b, {}, evidence)
            ends += [a, b]
    return graph


@pytest.fixture(scope="module")
def small_site(tmp_path_factory):
    """A hub with 300 partners, a name with ё and an abbreviation, an organization no news links."""
    graph = Graph()
    graph.documents["d1"] = Document("d1", "Новость о поставках", "", url="https://example.org/1",
                                     published="2025-01-01")
    graph.nodes["org-hub"] = Node("org-hub", "Organization", "Объединённая двигателестроительная корпорация",
                                  "company", ("ОДК", "АО «ОДК»"), {"inn": "7731644035"},
                                  _ev("АО «ОДК» заключило договоры."))
    graph.nodes["org-alone"] = Node("org-alone", "Organization", "Завод «Одинокий»", "company", (),
                                    {"inn": "5001000001", "okved": "25.11"}, _ev("Завод «Одинокий» открыл цех."))
    for i in range(300):
        graph.nodes[f"org-{i}"] = Node(f"org-{i}", "Organization", f"Поставщик {i}", "company", (), {},
                                       _ev("Поставщик."))
        evidence = tuple(_ev("ОДК и поставщик договорились.", f"2024-{1 + i % 12:02d}-01", f"d{k}")[0]
                         for k in range(1 + i % 3))  # one, two or three sources
        graph.edges[f"rel-{i}"] = Edge("COOPERATES_WITH", "org-hub", f"org-{i}", {}, evidence)
    folder = tmp_path_factory.mktemp("small") / "html"
    write_site(graph, folder)
    return folder, graph


def test_network_opens_on_the_cooperation_core(open_page, example_workspace, example_graph):
    page = _graph_page(open_page, example_workspace.html_path / "network.html")
    nodes = example_graph.nodes
    core = ("Organization", "Agreement")
    linked = {end for e in example_graph.edges.values() if e.type not in HIDDEN_TYPES
              and nodes[e.source].label in core and nodes[e.target].label in core for end in (e.source, e.target)}
    organizations = {n.id for n in nodes.values() if n.label == "Organization"}
    visible = set(page.evaluate("promgraph.state.nodes.get({filter: n => !n.hidden}).map(n => n.id)"))
    assert visible >= linked and visible & organizations == linked & organizations
    isolated = organizations - linked
    assert f"{len(isolated)} организаций без связей" in page.locator("#note").inner_text()
    page.click("#isolated")
    shown = set(page.evaluate("promgraph.state.nodes.get({filter: n => !n.hidden}).map(n => n.id)"))
    assert shown - visible == isolated
    # communities are coloured and named in the legend
    assert page.evaluate("promgraph.data.communities.length") >= 2
    assert page.locator("#legend").inner_text().count("(") >= 2


def test_network_labels_do_not_overlap(open_page, example_workspace, tmp_path):
    page = _graph_page(open_page, example_workspace.html_path / "network.html")
    labels, overlapping = page.evaluate(OVERLAPS)
    assert labels >= 10 and overlapping <= 0.05 * labels
    big = tmp_path / "big"
    write_site(_random_graph(3000, 9000), big)
    page = _graph_page(open_page, big / "network.html")
    drawn = page.evaluate("promgraph.state.nodes.get({filter: n => !n.hidden}).length")
    assert drawn == CORE_LIMIT <= 2000
    labels, overlapping = page.evaluate(OVERLAPS)
    assert labels >= 20 and overlapping <= 0.05 * labels
    note = page.locator("#note").inner_text()
    assert f"Показаны {CORE_LIMIT:,}".replace(",", "\u00a0") in note and "поиск" in note
    # zooming in makes room for more labels
    scale = page.evaluate("promgraph.network.getScale()")
    box = page.locator("#graph").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    for _ in range(8):
        page.mouse.wheel(0, -300)
    page.wait_for_timeout(400)
    assert page.evaluate("promgraph.network.getScale()") > 1.5 * scale
    closer, overlapping = page.evaluate(OVERLAPS)
    assert closer > 10 and overlapping <= 0.05 * closer


def test_ego_page_selects_centres_and_sources_its_organization(open_page, example_workspace, example_graph):
    plant = _named(example_graph, "Тульский завод гидравлических машин")
    page = _graph_page(open_page, example_workspace.html_path / "org.html", plant.id)
    assert page.evaluate("promgraph.network.getSelectedNodes()") == [plant.id]
    x, y = page.evaluate(f"(() => {{ const p = promgraph.network.getPositions(['{plant.id}'])['{plant.id}'];"
                         " const d = promgraph.network.canvasToDOM(p); return [d.x, d.y]; })()")
    box = page.locator("#graph").bounding_box()
    assert abs(x - box["width"] / 2) < 0.05 * box["width"] and abs(y - box["height"] / 2) < 0.05 * box["height"]
    page.wait_for_selector("#details h3")
    assert page.locator("#details h3").inner_text() == plant.name
    sentence = next(e.sentence for e in plant.evidence if e.method.startswith("rule"))
    assert sentence in page.locator("#panel").inner_text() and page.locator("#details mark").count() > 0
    labels, overlapping = page.evaluate(OVERLAPS)
    assert overlapping <= 0.05 * labels
    # every link of the organization carries its type and dates
    captions = page.evaluate(f"""Object.fromEntries(promgraph.data.edges.filter(e => e.from === '{plant.id}' ||
        e.to === '{plant.id}').map(e => [e.id, [e.first_seen, e.last_seen]]))""")
    assert captions == {i: list(e.seen()) for i, e in example_graph.edges.items()
                        if e.type not in HIDDEN_TYPES and plant.id in (e.source, e.target)}
    drawn = page.evaluate("promgraph.state.edges.get({filter: e => e.label}).map(e => e.label)")
    assert any(re.search(r"сотрудничество · \d{4}-\d\d-\d\d", text) for text in drawn)
    links = [e for e in example_graph.edges.values() if e.type not in HIDDEN_TYPES and plant.id in (e.source, e.target)]
    page.click("#all-links")
    assert page.locator("#table tbody tr").count() == len(links)


def test_hub_page_draws_its_strongest_links_and_lists_all(open_page, small_site):
    folder, graph = small_site
    page = _graph_page(open_page, folder / "org.html", "org-hub")
    assert page.evaluate("promgraph.state.nodes.length") == LINK_LIMIT + 1
    note = page.locator("#note").inner_text()
    assert f"{LINK_LIMIT} сильнейших связей из 300" in note
    drawn = page.evaluate("promgraph.data.edges.map(e => e.sources)")
    assert min(drawn) == 3  # the links with most sources first
    page.click("#all-links")
    while page.locator("#table button").is_visible():  # long tables grow a few hundred rows a click
        page.click("#table button")
    assert page.locator("#table tbody tr").count() == 300
    size = (folder / org_data("org-hub")).stat().st_size
    assert size < 150_000


def test_search_finds_by_abbreviation_inn_case_and_yo(open_page, example_workspace, example_graph, small_site):
    page = open_page(example_workspace.html_path / "index.html")
    page.wait_for_selector("#overview li")
    plant = _named(example_graph, "Тульский завод гидравлических машин")
    assert _search(page, "ТЗГМ")[0] == plant.name
    assert _search(page, plant.props["inn"])[0] == plant.name
    assert _search(page, "тульский ГИДРАВЛ")[0] == plant.name
    assert "Особая экономическая зона «Приокская»" in _search(page, "«приокская»")
    assert _search(page, "ЁЛКА-НЕТ") == [] and "Ничего не найдено" in page.locator("#results").inner_text()
    page.click("#search")
    _search(page, "ТЗГМ")
    page.keyboard.press("Enter")
    page.wait_for_function(f"location.hash === '#{plant.id}' && window.promgraph && promgraph.state"
                           " && promgraph.state.firstDraw")
    assert page.evaluate("promgraph.network.getSelectedNodes()") == [plant.id]
    folder, _ = small_site
    page = open_page(folder / "index.html")
    assert _search(page, "объединенная двигателестр")[0] == "Объединённая двигателестроительная корпорация"
    assert _search(page, "одк")[0] == "Объединённая двигателестроительная корпорация"


def test_search_reaches_an_organization_without_links(open_page, small_site):
    folder, graph = small_site
    page = _graph_page(open_page, folder / "org.html", "org-hub")
    assert _search(page, "5001000001") == ["Завод «Одинокий»"]
    page.click("#results li[data-id]")
    page.wait_for_function("document.querySelector('#details h3') && "
                           "document.querySelector('#details h3').textContent === 'Завод «Одинокий»'")
    details = page.locator("#details").inner_text()
    assert "25.11" in details and "Завод «Одинокий» открыл цех." in details
    assert page.evaluate("location.hash") == "#org-hub"  # no page of its own: the card opens here
    assert not (folder / org_data("org-alone")).exists()


def test_search_index_is_split_into_small_files(open_page, tmp_path):
    folder = tmp_path / "site"
    write_site(_random_graph(3000, 6000), folder)
    sizes = [len(json.loads(f.read_text(encoding="utf-8").split(",", 1)[1].rsplit(")", 1)[0])["entries"])
             for f in (folder / "search").glob("*.js") if f.name != "root.js"]
    assert max(sizes) <= SHARD_LIMIT + 100 and len(sizes) > 10  # "предприятие" is in 3,000 names: split deeper
    page = open_page(folder / "index.html")
    assert _search(page, "предприятие 1234 северный") == ["Предприятие 1234 «Северный машиностроительный»"]
    assert _search(page, "7700001234") == ["Предприятие 1234 «Северный машиностроительный»"]
    assert len(_search(page, "предприятие")) == 30


def test_addresses_agree_with_python(open_page, small_site):
    folder, _ = small_site
    page = open_page(folder / "index.html")
    page.wait_for_selector("#overview li")
    texts = ["АО «Волжский электромеханический завод» (ВЭМЗ)", "Ёлка-2 ООО \"Рога\"", "Zavod №5 — İstanbul", "org-5c8f"]
    ids = ["org-5c8fe8ce60182a96", "org-1", "per-ё/x", "a_b"]
    got = page.evaluate("([texts, ids]) => [texts.map(promgraph.words), ids.map(promgraph.fileStem),"
                        " ids.map(promgraph.orgData), ids.map(promgraph.bucketOf)]", [texts, ids])
    buckets = int(page.evaluate("document.body.dataset.buckets"))
    assert got == [[words(t) for t in texts], [file_stem(i) for i in ids], [org_data(i) for i in ids],
                   [bucket_of(i, buckets) for i in ids]]


def test_pages_work_under_their_policy(browser, example_workspace, example_graph):
    """With the Content-Security-Policy enforced: scripts and data load, nothing else is asked for."""
    context = browser.new_context(offline=True)
    page = context.new_page()
    messages, requests = [], []
    page.on("console", lambda m: messages.append(m.text))
    page.on("request", lambda r: requests.append(r.url))
    plant = _named(example_graph, "Тульский завод гидравлических машин")
    page.goto((example_workspace.html_path / "org.html").as_uri() + f"#{plant.id}")
    page.wait_for_selector("#graph canvas")
    page.wait_for_selector("#details h3")
    page.fill("#search", "узловский")
    page.wait_for_selector("#results li[data-id]")
    assert "Content Security Policy" not in " ".join(messages)
    assert requests and all(url.startswith("file:") for url in requests)
    context.close()


HOSTILE = '</title><script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">"\'`'


def test_hostile_names_never_execute(open_page, tmp_path):
    ev = (Evidence("d1", f"В тексте {HOSTILE} и подпись.", 0, 40, "rule:test", 0.9, "2025-01-01", HOSTILE, 9,
                   9 + len(HOSTILE)),)
    graph = Graph()
    graph.nodes["org-1"] = Node("org-1", "Organization", HOSTILE, "company", (HOSTILE,), {"inn": HOSTILE}, ev)
    graph.nodes["org-2"] = Node("org-2", "Organization", "Завод pwned", "company", (), {}, ev)
    graph.edges["rel-1"] = Edge("COOPERATES_WITH", "org-1", "org-2", {"what": HOSTILE}, ev)
    graph.documents["d1"] = Document("d1", HOSTILE, "", url="javascript:alert(1)")
    write_site(graph, tmp_path / "site")
    page = _graph_page(open_page, tmp_path / "site" / "org.html", "org-1")
    dialogs = []
    page.on("dialog", lambda d: dialogs.append(d.message))
    page.wait_for_selector("#details h3")
    assert page.title() == HOSTILE and page.locator("#details h3").inner_text() == HOSTILE
    _search(page, "pwned")
    page.click("#results li[data-id]")
    page.click("#all-links")
    assert page.evaluate("window.__pwned") is None
    assert page.locator("a[href^='javascript']").count() == 0
    assert dialogs == []


def test_filters_hide_what_they_should(open_page, example_workspace):
    page = _graph_page(open_page, example_workspace.html_path / "network.html")
    page.uncheck("#filters input[data-value='Person']")
    assert page.evaluate("promgraph.state.nodes.get({filter: n => n.group === 'Person' && !n.hidden}).length") == 0
    assert page.evaluate("promgraph.state.edges.get({filter: e => !e.hidden}).length") > 0
    page.uncheck("#filters input[data-value='COOPERATES_WITH']")
    assert page.evaluate("promgraph.data.edges.filter(e => e.type === 'COOPERATES_WITH' && "
                         "!promgraph.state.edges.get(e.id).hidden).length") == 0
    page.fill("#date-from", "2025-06-01")
    page.dispatch_event("#date-from", "change")
    early = page.evaluate("promgraph.data.edges.filter(e => e.type === 'PARTY_TO' && "
                          "!promgraph.state.edges.get(e.id).hidden).length")
    total = page.evaluate("promgraph.data.edges.filter(e => e.type === 'PARTY_TO').length")
    assert 0 < early < total


def test_click_on_the_drawing_shows_cards_and_sentences(open_page, example_workspace, example_graph):
    page = _graph_page(open_page, example_workspace.html_path / "network.html")
    target = _named(example_graph, "Узловский литейный завод")
    _search(page, "узловский литейный")
    page.click("#results li[data-id]")
    assert page.evaluate("promgraph.network.getSelectedNodes()") == [target.id]
    page.wait_for_function("document.querySelector('#details h3') && "
                           f"document.querySelector('#details h3').textContent === '{target.name}'")
    edge_id, edge = next((i, e) for i, e in sorted(example_graph.edges.items()) if e.type == "COOPERATES_WITH")
    page.evaluate(f"promgraph.network.fit({{nodes: ['{edge.source}', '{edge.target}'], animation: false}})")
    _click_edge(page, edge_id, edge.source, edge.target)
    assert page.evaluate("promgraph.network.getSelectedEdges()") == [edge_id]
    details = page.locator("#details").inner_text()
    assert edge.evidence[0].sentence in details and edge.props["what"] in details
    _click_node(page, edge.source)
    assert page.evaluate("promgraph.network.getSelectedNodes()") == [edge.source]
    with page.expect_download() as download:
        page.click("#png")
    assert download.value.path().read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_index_and_language_switch(open_page, example_workspace, example_graph):
    page = open_page(example_workspace.html_path / "index.html")
    page.wait_for_selector("#overview li")
    text = page.locator("#overview").inner_text()
    assert "Тульский завод гидравлических машин" in text and "Тульская область" in text
    page.click("#lang")
    assert page.locator("#search").get_attribute("placeholder").startswith("Organization")
    assert "Most connected organizations" in page.locator("#overview").inner_text()
    page.click("#lang")
    region = _named(example_graph, "Тульская область")
    page.click(f"#overview a[href='region.html#{region.id}']")
    page.wait_for_function("window.promgraph && promgraph.state && promgraph.state.firstDraw")
    assert page.title() == "Тульская область"
    assert page.locator("#note").inner_text() == "" or "Все организации" in page.locator("#note").inner_text()
    page.click("#all-members")
    assert "Тульский завод гидравлических машин" in page.locator("#table").inner_text()


def test_a_graph_of_registry_records_only(open_page, tmp_path):
    """No link at all: the network page says so and shows them on request; an empty graph still writes."""
    graph = Graph()
    for i in range(5):
        graph.nodes[f"org-{i}"] = Node(f"org-{i}", "Organization", f"Завод {i}", "company", (), {}, _ev("Запись."))
    write_site(graph, tmp_path / "site")
    write_site(Graph(), tmp_path / "empty")
    page = _graph_page(open_page, tmp_path / "site" / "network.html")
    assert "5 организаций без связей" in page.locator("#note").inner_text()
    page.click("#isolated")
    assert page.evaluate("promgraph.state.nodes.get({filter: n => !n.hidden}).length") == 5
    page = _graph_page(open_page, tmp_path / "empty" / "network.html")
    assert page.evaluate("promgraph.state.nodes.length") == 0


def test_site_grows_linearly(tmp_path):
    """Bytes per organization stay flat as the graph grows fourfold, and no page lists the others."""
    per_org = []
    for size in (400, 1600):
        site = write_site(_random_graph(size, 3 * size), tmp_path / str(size))
        per_org.append((site.bytes - site.asset_bytes) / size)
        viewer = (tmp_path / str(size) / "org.html").read_text(encoding="utf-8")
        assert len(viewer) < 3000 and "org-1" not in viewer
    assert per_org[1] < 1.5 * per_org[0]

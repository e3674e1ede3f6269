"""The journalists' site in headless Chromium: the network page's first draw whatever the graph's
size, an organization's page, and search latency a keystroke at 100,000 entities.

    .venv/bin/python benchmarks/html_speed.py

Targets (issue 15): the network page first draws within 2 s with 1,000 to 100,000 organizations
behind it; search answers within 100 ms a keystroke at 100,000 entities (typed at 150 ms a key,
timed in the page from the keystroke to the results on screen, the index loaded lazily from
``file://``). Graphs from ``synthetic.py``, four links an organization; every page opens in a fresh
browser context, with no cache.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from synthetic import synthetic_graph  # noqa: E402

from promgraph.queries.views.site import write_site  # noqa: E402

SIZES = (1_000, 10_000, 100_000)
QUERIES = ("завод 4711", "з4711", "завод", "47115", "чувашская", "тульская область")
DRAWN = "window.promgraph && promgraph.state && promgraph.state.firstDraw !== undefined"


def _open(browser, url: str, ready: str):
    page = browser.new_context(offline=True, bypass_csp=True, viewport={"width": 1400, "height": 900}).new_page()
    page.goto(url)
    page.wait_for_function(ready, timeout=120_000)
    return page


def _search_latency(browser, site: Path) -> tuple[list[tuple[str, int, float, float, int]], int]:
    """Each query typed into the index page's search box; per query the keystrokes answered, their
    median and worst time, and the results listed; and how many index files were loaded in all."""
    page = _open(browser, (site / "index.html").as_uri(), "document.querySelector('#overview li')")
    shards: list[str] = []
    page.on("request", lambda request: shards.append(request.url) if "/search/" in request.url else None)
    rows = []
    for query in QUERIES:
        page.fill("#search", "")
        page.evaluate("promgraph.searchTimes.length = 0")
        page.type("#search", query, delay=150)
        page.wait_for_function("(q) => promgraph.answered === q", arg=query, timeout=30_000)
        times = page.evaluate("promgraph.searchTimes")
        rows.append((query, len(times), statistics.median(times), max(times),
                     page.locator("#results li[data-id]").count()))
    page.context.close()
    return rows, len(shards)


def main() -> None:
    from playwright.sync_api import sync_playwright

    draws = []
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium",
                                             args=["--headless", "--no-sandbox", "--disable-gpu",
                                                   "--disable-background-networking"])
        for size in SIZES:
            graph = synthetic_graph(size, 4 * size)
            site = Path(folder) / str(size)
            started = time.perf_counter()
            write_site(graph, site)
            written = time.perf_counter() - started
            page = _open(browser, (site / "network.html").as_uri(), DRAWN)
            network = page.evaluate("[promgraph.state.firstDraw, promgraph.state.nodes.get({filter: n => !n.hidden})"
                                    ".length, promgraph.state.edges.length, promgraph.state.labelled.size]")
            page.context.close()
            degrees: dict[str, int] = {}
            for edge in graph.edges.values():
                if edge.type in ("COOPERATES_WITH", "MEMBER_OF"):
                    for end in (edge.source, edge.target):
                        degrees[end] = degrees.get(end, 0) + 1
            hub = max(degrees, key=degrees.__getitem__)
            page = _open(browser, (site / "org.html").as_uri() + f"#{hub}", DRAWN)
            ego = page.evaluate("promgraph.state.firstDraw")
            page.context.close()
            draws.append((size, written, *network, degrees[hub], ego))
            if size == SIZES[-1]:
                searches, loaded = _search_latency(browser, site)
        browser.close()
    print(f"{'organizations':>13} {'site s':>7} {'network first draw s':>21} {'nodes':>6} {'edges':>6} "
          f"{'labels':>6} {'hub links':>9} {'hub page s':>10}")
    for size, written, first, nodes, edges, labels, links, ego in draws:
        flag = "ok" if first <= 2000 else "SLOW"
        print(f"{size:>13,} {written:>7.1f} {first / 1000:>18.2f} {flag:<2} {nodes:>6,} {edges:>6,} {labels:>6} "
              f"{links:>9,} {ego / 1000:>10.2f}")
    print(f"\nsearch at {SIZES[-1]:,} organizations ({loaded} index files loaded in all)")
    print(f"{'query':<16} {'keys':>4} {'p50 ms':>7} {'max ms':>7} {'results':>7}")
    for query, keys, p50, worst, found in searches:
        print(f"{query:<16} {keys:>4} {p50:>7.1f} {worst:>7.1f} {found:>7} {'ok' if worst <= 100 else 'SLOW'}")


if __name__ == "__main__":
    main()

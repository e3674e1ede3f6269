"""HTML views: layout time, file size and time to first draw in headless Chromium.

    .venv/bin/python benchmarks/html_speed.py

Targets (issue 8): first draw <= 0.5 s / 1 s / 2 s for 100 / 1,000 / 5,000 nodes; layout of
5,000 nodes <= 10 s.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from synthetic import synthetic_graph  # noqa: E402

from promgraph.queries.views.site import page_data, render_page  # noqa: E402

SIZES = (100, 1000, 5000)
TARGETS = {100: 0.5, 1000: 1.0, 5000: 2.0}


def main() -> None:
    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium",
                                             args=["--headless", "--no-sandbox", "--disable-gpu",
                                                   "--disable-background-networking"])
        for size in SIZES:
            graph = synthetic_graph(size, size * 2)
            ids = {n.id for n in graph.nodes.values() if n.label == "Organization"}
            started = time.perf_counter()
            data = page_data(graph, ids, f"{size} nodes")
            layout = time.perf_counter() - started
            path = Path(folder) / f"g{size}.html"
            path.write_text(render_page(data), encoding="utf-8")
            page = browser.new_context(offline=True, bypass_csp=True).new_page()
            page.goto(path.as_uri())
            page.wait_for_function("window.promgraph && window.promgraph.firstDraw !== undefined", timeout=120000)
            draw = page.evaluate("promgraph.firstDraw") / 1000
            rows.append((size, len(data["edges"]), layout, path.stat().st_size / 1e6, draw, TARGETS[size]))
            page.context.close()
        browser.close()
    print(f"{'nodes':>6} {'edges':>6} {'layout s':>9} {'file MB':>8} {'first draw s':>13} {'target s':>9}")
    for size, edges, layout, mb, draw, target in rows:
        flag = "ok" if draw <= target else "SLOW"
        print(f"{size:>6} {edges:>6} {layout:>9.2f} {mb:>8.2f} {draw:>13.2f} {target:>9.1f} {flag}")


if __name__ == "__main__":
    main()

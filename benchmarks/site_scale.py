"""The HTML site as the graph grows: seconds and bytes per organization, and the site against the
rest of ``promgraph build`` on a 100,000-organization graph.

    .venv/bin/python benchmarks/site_scale.py                 # 3,000 / 10,000 / 30,000, then 100,000
    .venv/bin/python benchmarks/site_scale.py --sizes-only    # only the three sizes, a couple of minutes

Targets (issue 15): seconds and bytes per organization flat within 1.5x from 3,000 to 30,000
organizations; at most 20 KB per organization beyond the shared assets; the 100,000-organization /
400,000-link site written in at most twice the time ``promgraph build`` takes to write the embedded
store and the RDF export (the TriG file and the pyoxigraph store, as ``pipeline.write_views``) of the
same graph, both measured here in one run. Graphs from ``synthetic.py``, four links an organization.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from synthetic import synthetic_graph  # noqa: E402

from promgraph.graph.model import Graph  # noqa: E402
from promgraph.queries.views.site import Site, write_site  # noqa: E402

SIZES = (3_000, 10_000, 30_000)
BIG = (100_000, 400_000)


def _site(graph: Graph, folder: Path, runs: int = 1) -> tuple[Site, float]:
    """The site and the best time of ``runs`` writes: the disk's own hiccups are not the site's."""
    times = []
    for run in range(runs):
        started = time.perf_counter()
        site = write_site(graph, folder / f"html{run}")
        times.append(time.perf_counter() - started)
    return site, min(times)


def _build_writes(graph: Graph, folder: Path) -> list[tuple[str, float]]:
    """What ``promgraph build`` writes besides the site, each timed: the store, the TriG file, the RDF store."""
    from promgraph.graph.rdf import dump_rdf
    from promgraph.graph.sparql import open_rdf_store, write_rdf_store
    from promgraph.graph.stores.ladybug import LadybugStore

    times = []
    started = time.perf_counter()
    store = LadybugStore(folder / "graph.lbug")
    store.write(graph)
    store.close()
    times.append(("embedded store", time.perf_counter() - started))
    started = time.perf_counter()
    write_rdf_store(graph, folder / "rdf")
    times.append(("RDF store (pyoxigraph)", time.perf_counter() - started))
    started = time.perf_counter()  # as the build does: the TriG file is dumped from the loaded store
    dump_rdf(open_rdf_store(folder / "rdf"), folder / "graph.trig", "trig")
    times.append(("RDF export (TriG)", time.perf_counter() - started))
    return times


def main() -> None:
    print(f"written under {tempfile.gettempdir()} (TMPDIR); seconds: best of two writes")
    print(f"{'organizations':>13} {'links':>8} {'seconds':>8} {'ms/org':>7} {'marginal':>8} {'files':>7} {'MB':>7} "
          f"{'KB/org':>7}")
    rows = []
    for size in SIZES:
        graph = synthetic_graph(size, 4 * size)
        with tempfile.TemporaryDirectory() as folder:
            site, seconds = _site(graph, Path(folder), runs=2)
        per_org = (site.bytes - site.asset_bytes) / size / 1000
        marginal = (seconds - rows[-1][1]) / (size - rows[-1][0]) * 1000 if rows else float("nan")
        rows.append((size, seconds, per_org))
        print(f"{size:>13,} {4 * size:>8,} {seconds:>8.1f} {seconds / size * 1000:>7.2f} {marginal:>8.2f} "
              f"{site.files:>7,} {site.bytes / 1e6:>7.1f} {per_org:>7.1f}", flush=True)
    per_second = [seconds / size for size, seconds, _ in rows]
    per_byte = [kb for _, _, kb in rows]
    time_spread, byte_spread = max(per_second) / min(per_second), max(per_byte) / min(per_byte)
    print("ms/org: all seconds over all organizations; marginal: the extra milliseconds each organization "
          "added since the size above; KB/org: bytes beyond the shared assets")
    print(f"spread 3k–30k: time/org {time_spread:.2f}x, bytes/org {byte_spread:.2f}x (target <= 1.5x) -> "
          f"{'ok' if max(time_spread, byte_spread) <= 1.5 else 'NOT FLAT'}; "
          f"KB/org <= 20 -> {'ok' if max(per_byte) <= 20 else 'TOO BIG'}")
    if "--sizes-only" in sys.argv:
        return
    organizations, links = BIG
    graph = synthetic_graph(organizations, links)
    with tempfile.TemporaryDirectory() as folder:
        site, seconds = _site(graph, Path(folder))
        build = _build_writes(graph, Path(folder))
    print(f"\n{organizations:,} organizations / {links:,} links")
    print(f"{'step':<28} {'seconds':>8}")
    for step, took in build:
        print(f"{step:<28} {took:>8.1f}")
    rest = sum(t for _, t in build)
    print(f"{'store + RDF (build)':<28} {rest:>8.1f}")
    print(f"{'HTML site':<28} {seconds:>8.1f}   {site.files:,} files, {site.bytes / 1e6:.0f} MB")
    print(f"site / (store + RDF) = {seconds / rest:.2f} (target <= 2) -> {'ok' if seconds <= 2 * rest else 'SLOW'}")


if __name__ == "__main__":
    main()

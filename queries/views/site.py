"""The HTML site: four viewer pages, shared assets, and small data files, written in linear time.

::

    index.html  network.html  org.html#<id>  region.html#<id>
    assets/     vis-network (from pyvis), the page scripts, the style — written once
    data/       index.js, network.js, org/<xx>/<id>.js, region/<id>.js, card/<bucket>.js
    search/     root.js and one file per word prefix

A viewer page reads its data with a ``<script src>`` (which works from ``file://``, where ``fetch``
does not) at an address the page script computes from the id (:mod:`addresses`), so no page
carries a table of the others. The links of every node are gathered once (:mod:`adjacency`), and
each page is bounded by what it draws, so writing the site costs the same per organization at
3,000 or 100,000 of them. Organizations with no link get no page; their card and search entry do.
Positions are computed in Python and physics is off in the browser: with vis-network's own
physics a thousand nodes took a minute to settle. Every string from news and registries reaches
the page as JSON and is put on it with ``textContent`` only.
"""

from __future__ import annotations

import html
import shutil
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from promgraph.graph.errors import PromgraphError
from promgraph.graph.model import Graph
from promgraph.queries.views.addresses import org_data, region_data
from promgraph.queries.views.adjacency import HIDDEN_TYPES, Adjacency
from promgraph.queries.views.cards import page_of, write_cards
from promgraph.queries.views.ego import ego_page
from promgraph.queries.views.network import network_page
from promgraph.queries.views.payload import write_data
from promgraph.queries.views.region import region_page
from promgraph.queries.views.search import write_search

__all__ = ["Site", "PAGES", "SCRIPTS", "write_site", "overview"]

PAGES = {"index": "promgraph", "network": "Сеть кооперации", "org": "Организация", "region": "Регион"}
SCRIPTS = ("app.js", "search.js", "tables.js", "labels.js", "graph.js")  # page scripts, in the order they load
TOP = 50  # organizations and groups listed on the index


@dataclass(frozen=True)
class Site:
    """What :func:`write_site` wrote: the index page, the number of files and their bytes."""

    index: Path
    files: int
    bytes: int
    asset_bytes: int


@cache
def _vis_network() -> bytes:
    """The vis-network bundle pyvis ships, found without importing pyvis (jinja2, IPython: 0.4 s)."""
    from importlib.util import find_spec

    spec = find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise PromgraphError("the HTML site needs pyvis for its vis-network bundle: pip install pyvis")
    return (Path(spec.submodule_search_locations[0]) / "templates/lib/vis-9.1.2/vis-network.min.js").read_bytes()


def _asset(name: str) -> bytes:
    return files("promgraph.queries.views").joinpath(name).read_bytes()


def _viewer(kind: str, buckets: int) -> str:
    """The viewer page of one kind: the template with its title and scripts, no data; ``buckets``
    is the number of card buckets, which the page needs to find a card from an id."""
    scripts = [] if kind == "index" else ["assets/vis-network.min.js"]
    scripts += [f"assets/{name}" for name in SCRIPTS]
    tags = "\n".join(f'<script src="{src}"></script>' for src in scripts)
    return (_asset("page.html").decode("utf-8").replace("{{title}}", html.escape(PAGES[kind]))
            .replace("{{kind}}", kind).replace("{{buckets}}", str(buckets)).replace("{{scripts}}", tags))


def overview(adjacency: Adjacency) -> dict[str, Any]:
    """The index page's data: counts, regions, the most connected organizations and groups."""
    nodes = adjacency.graph.nodes
    counts = {"nodes": Counter(n.label for n in nodes.values()),
              "links": Counter(e.type for e in adjacency.graph.edges.values() if e.type not in HIDDEN_TYPES)}
    orgs = sorted((n for n in nodes.values() if n.label == "Organization" and adjacency.degree(n.id)),
                  key=lambda n: (-adjacency.degree(n.id), n.name))
    groups = [n for n in orgs if n.kind in ("cluster", "technopark", "industrial_park", "sez", "association")]
    regions = sorted((n for n in nodes.values() if n.label == "Place" and n.kind == "region"), key=lambda n: n.name)

    def rows(items: list[Any]) -> list[list[Any]]:
        return [[n.id, n.name, n.kind, adjacency.degree(n.id), "org"] for n in items[:TOP]]

    return {"kind": "index", "title": "promgraph", "counts": counts, "organizations": rows(orgs),
            "groups": rows(groups),
            "regions": [[n.id, n.name, n.kind, len(adjacency.members.get(n.id, ())), "region"] for n in regions]}


def write_site(graph: Graph, folder: Path) -> Site:
    """Write the whole site into ``folder``, replacing the site written there before."""
    folder.mkdir(parents=True, exist_ok=True)
    for part in ("assets", "data", "search"):
        shutil.rmtree(folder / part, ignore_errors=True)
    (folder / "assets").mkdir()
    assets = {"vis-network.min.js": _vis_network(), "style.css": _asset("style.css")}
    assets.update({name: _asset(name) for name in SCRIPTS})
    for name, content in assets.items():
        (folder / "assets" / name).write_bytes(content)
    adjacency = Adjacency(graph)
    buckets, files, written = write_cards(adjacency, folder)
    viewers = {kind: _viewer(kind, buckets).encode("utf-8") for kind in PAGES}
    for kind, content in viewers.items():
        (folder / f"{kind}.html").write_bytes(content)
    asset_bytes = sum(len(c) for c in [*assets.values(), *viewers.values()])
    written += write_data(folder, "data/index.js", overview(adjacency))
    written += write_data(folder, "data/network.js", network_page(adjacency))
    files += 2
    for node in graph.nodes.values():
        page = page_of(node, adjacency)
        if page == "org":
            written += write_data(folder, org_data(node.id), ego_page(adjacency, node.id))
        elif page == "region":
            written += write_data(folder, region_data(node.id), region_page(adjacency, node.id))
        files += page is not None
    search_files, search_bytes = write_search(adjacency, folder)
    return Site(folder / "index.html", files + search_files + len(assets) + len(PAGES),
                written + search_bytes + asset_bytes, asset_bytes)

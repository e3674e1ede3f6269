"""The HTML site: an index, the whole cooperation network, an ego page per organization and a page
per region, each a single file with vis-network, the page script and the data inlined.

Positions are computed here (:mod:`layout`) and physics is off in the browser: with vis-network's
own physics a thousand nodes took a minute to settle, with positions given they draw at once. All text
from news and registries travels as JSON inside a ``<script type="application/json">`` element and
is put on the page with ``textContent`` only.
"""

from __future__ import annotations

import hashlib
import html
import json
import math
from collections import defaultdict
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from promgraph.graph.model import Graph, Node

__all__ = ["write_site", "page_data", "render_page"]

SHOWN_LABELS = ("Organization", "Person", "Agreement")
HIDDEN_TYPES = {"MENTIONED_IN", "LOCATED_IN"}


@cache
def _asset(name: str) -> str:
    return files("promgraph.queries.views").joinpath(name).read_text(encoding="utf-8")


@cache
def _vis_network() -> str:
    import pyvis

    return (Path(pyvis.__file__).parent / "templates/lib/vis-9.1.2/vis-network.min.js").read_text(encoding="utf-8")


def _safe_json(data: Any) -> str:
    """JSON that cannot close its ``<script>`` element, whatever the names contain."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _layout(node_ids: list[str], edges: list[tuple[str, str]], cache_file: Path | None) -> dict[str, list[float]]:
    """Positions of every node, cached in the workspace by the graph's shape."""
    from promgraph.queries.views.layout import force_layout

    key = hashlib.sha1(json.dumps([sorted(node_ids), sorted(edges)]).encode()).hexdigest()
    if cache_file and cache_file.exists():
        cached = json.loads(cache_file.read_text(encoding="utf-8"))
        if cached.get("key") == key:
            return cached["positions"]
    index = {n: i for i, n in enumerate(node_ids)}
    scale = 40 * math.sqrt(max(len(node_ids), 1)) + 100
    positions = force_layout(len(node_ids), [(index[a], index[b]) for a, b in edges], scale=scale)
    result = {n: [round(float(x), 1), round(float(y), 1)] for n, (x, y) in zip(node_ids, positions, strict=True)}
    if cache_file:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        cache_file.write_text(json.dumps({"key": key, "positions": result}), encoding="utf-8")
    return result


def _evidence_list(evidence: Any) -> list[dict[str, Any]]:
    out = []
    for e in evidence:
        item = {"doc": e.doc, "sentence": e.sentence, "method": e.method, "confidence": e.confidence}
        if e.mention_start is not None and e.start is not None:
            item["from"] = e.mention_start - e.start
            item["to"] = e.mention_end - e.start
        out.append(item)
    return out


def page_data(graph: Graph, node_ids: set[str], title: str, cache_file: Path | None = None) -> dict[str, Any]:
    """The nodes, edges and sources one page shows, in the shape ``app.js`` reads."""
    from pyvis.network import Network

    net = Network(directed=True)
    degree: dict[str, int] = defaultdict(int)
    edges = [(eid, e) for eid, e in sorted(graph.edges.items())
             if e.type not in HIDDEN_TYPES and e.source in node_ids and e.target in node_ids]
    for _, e in edges:
        degree[e.source] += 1
        degree[e.target] += 1
    for nid in sorted(node_ids):
        node = graph.nodes[nid]
        net.add_node(nid, label=node.name, group=node.label, size=10 + 4 * math.sqrt(degree[nid]))
    for eid, e in edges:
        net.add_edge(e.source, e.target, id=eid, type=e.type)
    positions = _layout(sorted(node_ids), [(e.source, e.target) for _, e in edges], cache_file)
    nodes = []
    for item in net.nodes:
        node: Node = graph.nodes[item["id"]]
        x, y = positions[node.id]
        nodes.append({"id": node.id, "label": node.name, "group": node.label, "kind": node.kind,
                      "aliases": list(node.aliases), "size": round(item["size"], 1), "x": x, "y": y,
                      "props": {k: v for k, v in node.props.items() if v not in (None, "", [])},
                      "evidence": _evidence_list(node.evidence)})
    links = []
    for item in net.edges:
        edge = graph.edges[item["id"]]
        dates = sorted(e.date for e in edge.evidence if e.date)
        links.append({"id": item["id"], "from": edge.source, "to": edge.target, "type": edge.type,
                      "props": {k: v for k, v in edge.props.items() if v is not None},
                      "first_seen": dates[0] if dates else None, "last_seen": dates[-1] if dates else None,
                      "evidence": _evidence_list(edge.evidence)})
    docs = {e["doc"] for item in nodes + links for e in item["evidence"]}
    sources = {d: {"title": graph.documents[d].title, "url": graph.documents[d].url,
                   "published": graph.documents[d].published, "kind": graph.documents[d].kind}
               for d in sorted(docs) if d in graph.documents}
    return {"title": title, "nodes": nodes, "edges": links, "sources": sources}


def render_page(data: dict[str, Any], links: dict[str, str] | None = None) -> str:
    """One self-contained HTML page: template, style, vis-network, page script and data inlined."""
    return (_asset("page.html")
            .replace("{{title}}", html.escape(data["title"]))
            .replace("{{style}}", _asset("style.css"))
            .replace("{{links}}", _safe_json(links or {}))
            .replace("{{data}}", _safe_json(data))
            .replace("{{vis}}", _vis_network().replace("</script", "<\\/script"))
            .replace("{{app}}", _asset("app.js")))


def _neighbourhood(graph: Graph, start: str, depth: int) -> set[str]:
    adjacent: dict[str, set[str]] = defaultdict(set)
    for e in graph.edges.values():
        if e.type not in HIDDEN_TYPES:
            adjacent[e.source].add(e.target)
            adjacent[e.target].add(e.source)
    seen, frontier = {start}, {start}
    for _ in range(depth):
        frontier = {n for f in frontier for n in adjacent[f]} - seen
        seen |= frontier
    return {n for n in seen if graph.nodes[n].label in SHOWN_LABELS}


def _index(graph: Graph, pages: dict[str, str]) -> dict[str, Any]:
    entries = [{"id": n.id, "label": n.name, "group": n.label, "kind": n.kind, "aliases": list(n.aliases),
                "page": pages.get(n.id)} for n in sorted(graph.nodes.values(), key=lambda n: n.name)
               if n.label in ("Organization", "Person", "Place")]
    counts: dict[str, int] = defaultdict(int)
    for n in graph.nodes.values():
        counts[n.label] += 1
    for e in graph.edges.values():
        counts[e.type] += 1
    return {"title": "promgraph", "index": entries, "counts": counts, "nodes": [], "edges": [], "sources": {}}


def write_site(graph: Graph, folder: Path) -> list[Path]:
    """Write ``index.html``, ``network.html``, ``org/<id>.html`` and ``region/<id>.html``."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    shown = {n.id for n in graph.nodes.values() if n.label in SHOWN_LABELS}
    pages = {n.id: f"org/{n.id}.html" for n in graph.nodes.values() if n.label == "Organization"}
    regions = {n.id: f"region/{n.id}.html" for n in graph.nodes.values() if n.label == "Place" and n.kind == "region"}
    pages.update(regions)
    cache_dir = folder / ".layout"

    def write(relative: str, data: dict[str, Any]) -> None:
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        depth = relative.count("/")
        links = {nid: "../" * depth + page for nid, page in pages.items()}
        links["_index"] = "../" * depth + "index.html"
        links["_network"] = "../" * depth + "network.html"
        path.write_text(render_page(data, links), encoding="utf-8")
        written.append(path)

    write("index.html", _index(graph, pages))
    write("network.html", page_data(graph, shown, "Сеть кооперации", cache_dir / "network.json"))
    for nid, page in sorted(pages.items()):
        node = graph.nodes[nid]
        if nid in regions:
            members = {e.source for e in graph.edges.values() if e.type == "LOCATED_IN" and e.target == nid}
            ids = {m for m in members if m in shown}
            ids |= {n for m in ids for n in _neighbourhood(graph, m, 1)}
        else:
            ids = _neighbourhood(graph, nid, 2)
        write(page, page_data(graph, ids, node.name, cache_dir / f"{nid}.json"))
    return written

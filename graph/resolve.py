"""Entity resolution: many extractions with local ids in, one graph with stable global ids out.

Nodes are merged deterministically: organizations on ИНН and ОГРН, then on their cleaned name,
registry aliases and acronyms (never across two different ИНН), then a name without identifiers
on a near match (an ending, a typo, another script: :mod:`promgraph.graph.matching`); people on ИНН, news people on
their name, and a news person with a registry person of the same name when both are tied to the
same organization; places on their canonical name. A user's ``overrides.yaml`` forces merges and
keeps pairs apart. Every merge keeps its rules in the node's ``resolution`` and every fact its
evidence, so a node can always be explained.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from promgraph.graph.errors import InvalidData
from promgraph.graph.identifiers import clean_digits
from promgraph.graph.identity import make_id
from promgraph.graph.matching import NameIndex
from promgraph.graph.model import Edge, Evidence, Extraction, Graph, Node
from promgraph.graph.names import acronym, fold, name_key

__all__ = ["Overrides", "resolve", "provenance"]

Ref = tuple[int, str]  # (extraction index, local id)
UNDIRECTED = {"COOPERATES_WITH"}
KEYED_BY_ROLE = {"HOLDS_POSITION", "DIRECTS"}
_BY_IDENTIFIER = {"resolve:id", "resolve:inn", "override:merge"}  # rules that may join across regions


@dataclass(frozen=True)
class Overrides:
    """A user's corrections, by name, alias or ИНН: pairs to merge and pairs never to merge.

    Read from ``overrides.yaml`` in the workspace::

        merge:
          - [ЧЭАЗ, Чебоксарский электроаппаратный завод]
        separate:
          - [Корпорация развития, Корпорация развития Тульской области]
    """

    merge: tuple[tuple[str, str], ...] = ()
    separate: tuple[tuple[str, str], ...] = ()

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Overrides:
        def pairs(key: str) -> tuple[tuple[str, str], ...]:
            items = data.get(key) or []
            if not all(isinstance(p, list) and len(p) == 2 for p in items):
                raise InvalidData(f"overrides: {key!r} must be a list of [name, name] pairs")
            return tuple((str(a), str(b)) for a, b in items)

        return cls(pairs("merge"), pairs("separate"))


def _matches(node: Node, key: str) -> bool:
    digits = clean_digits(key)
    if digits and digits in (node.props.get("inn"), node.props.get("ogrn")):
        return True
    wanted = name_key(key)
    return any(name_key(n) == wanted for n in (node.name, *node.aliases))


class _Components:
    """Union-find over node references, refusing to join two different ИНН or a pair kept apart.

    Names (not identifiers) also never join two organizations registered in different regions.
    """

    def __init__(self) -> None:
        self.parent: dict[Ref, Ref] = {}
        self.inns: dict[Ref, set[str]] = {}
        self.regions: dict[Ref, set[str]] = {}
        self.rules: dict[Ref, set[str]] = defaultdict(set)
        self.tags: dict[Ref, set[tuple[int, int]]] = defaultdict(set)  # (separate pair, side)

    def add(self, ref: Ref, inn: str | None, region: str | None = None) -> None:
        self.parent.setdefault(ref, ref)
        self.inns.setdefault(ref, {inn} if inn else set())
        self.regions.setdefault(ref, {fold(region)} if region else set())

    def find(self, ref: Ref) -> Ref:
        while self.parent[ref] != ref:
            self.parent[ref] = self.parent[self.parent[ref]]
            ref = self.parent[ref]
        return ref

    def union(self, a: Ref, b: Ref, rule: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if rule != "override:merge" and self.inns[ra] and self.inns[rb] and self.inns[ra] != self.inns[rb]:
            return
        if rule not in _BY_IDENTIFIER and self.regions[ra] and self.regions[rb] and \
                not self.regions[ra] & self.regions[rb]:
            return
        if any((pair, 1 - side) in self.tags[rb] for pair, side in self.tags[ra]):
            return
        self.parent[rb] = ra
        self.inns[ra] |= self.inns.pop(rb)
        self.regions[ra] |= self.regions.pop(rb)
        self.rules[ra] |= self.rules.pop(rb, set()) | {rule}
        self.tags[ra] |= self.tags.pop(rb, set())


def _org_keys(node: Node) -> list[tuple[str, str]]:
    keys = []
    for field in ("inn", "ogrn"):
        if node.props.get(field):
            keys.append(("id", f"{field}:{node.props[field]}"))
    keys.append(("name", name_key(node.name)))
    for alias in node.aliases:
        keys.append(("alias", name_key(alias)))
    short = acronym(node.name)
    if len(short) >= 3 and any(e.method.startswith("registry") for e in node.evidence):
        keys.append(("acronym", short.lower()))
    return [(rule, key) for rule, key in keys if key]


def _link(components: _Components, index: dict[str, Ref], ref: Ref, rule: str, key: str) -> None:
    if key in index:
        components.union(index[key], ref, rule)
    else:
        index[key] = ref


def _cluster(extractions: list[Extraction], overrides: Overrides) -> _Components:
    components = _Components()
    index: dict[str, Ref] = {}
    people_by_name: dict[str, list[Ref]] = defaultdict(list)
    forced: dict[int, list[Ref]] = defaultdict(list)
    for i, extraction in enumerate(extractions):
        for node in extraction.nodes:
            ref = (i, node.id)
            if node.label == "Organization":
                components.add(ref, node.props.get("inn"), node.props.get("region"))
            else:
                components.add(ref, None)
            for pair, (a, b) in enumerate(overrides.separate):
                components.tags[ref] |= {(pair, side) for side, key in ((0, a), (1, b)) if _matches(node, key)}
            for pair, (a, b) in enumerate(overrides.merge):
                if _matches(node, a) or _matches(node, b):
                    forced[pair].append(ref)
    # strong keys first, so names never bridge two identified organizations by accident
    for rules in (("id",), ("name", "alias", "acronym")):
        for i, extraction in enumerate(extractions):
            for node in extraction.nodes:
                ref = (i, node.id)
                if node.label == "Organization":
                    for rule, key in _org_keys(node):
                        if rule in rules:
                            _link(components, index, ref, f"resolve:{rule}", f"Organization:{key}")
                elif rules == ("id",) and node.label in ("Place", "Document"):
                    _link(components, index, ref, "resolve:name", f"{node.label}:{fold(node.name)}")
                elif rules == ("id",) and node.label == "Person":
                    if node.props.get("inn"):
                        _link(components, index, ref, "resolve:inn", f"Person:inn:{node.props['inn']}")
                    people_by_name[fold(node.name)].append(ref)
    _join_similar(extractions, components)
    _join_people(extractions, components, people_by_name)
    for refs in forced.values():
        for ref in refs[1:]:
            components.union(refs[0], ref, "override:merge")
    return components


def _join_similar(extractions: list[Extraction], components: _Components) -> None:
    """An organization without ИНН joins the organizations its name nearly matches.

    Fuzzy matching (:mod:`promgraph.graph.matching`) runs after the exact keys, only for names no
    identifier pins down, and only when the matches are one organization: candidates with two
    different ИНН mean the name is ambiguous, and it is left alone.
    """
    orgs = [((i, n.id), n) for i, ex in enumerate(extractions) for n in ex.nodes if n.label == "Organization"]
    index = NameIndex()
    for ref, node in orgs:
        for name in (node.name, *node.aliases):
            index.add(ref, name, node.props.get("region"))
    for ref, node in orgs:
        if node.props.get("inn") or node.props.get("ogrn"):
            continue
        own = components.find(ref)
        found = {components.find(other) for other in index.matches(node.name, node.props.get("region"))} - {own}
        if len({frozenset(components.inns[root]) for root in found} - {frozenset()}) > 1:
            continue
        for root in sorted(found):
            components.union(root, ref, "resolve:fuzzy")


def _join_people(extractions: list[Extraction], components: _Components,
                 people_by_name: dict[str, list[Ref]]) -> None:
    """News people join by name; a registry person joins them only through a shared organization."""
    nodes = {(i, n.id): n for i, ex in enumerate(extractions) for n in ex.nodes}
    orgs_of: dict[Ref, set[Ref]] = defaultdict(set)
    for i, extraction in enumerate(extractions):
        for edge in extraction.edges:
            if edge.type in ("HOLDS_POSITION", "DIRECTS", "FOUNDED", "SIGNED"):
                orgs_of[(i, edge.source)].add(components.find((i, edge.target)))
    for refs in people_by_name.values():
        news = [r for r in refs if not nodes[r].props.get("inn")]
        for other in news[1:]:
            components.union(news[0], other, "resolve:person-name")
        for registry_ref in (r for r in refs if nodes[r].props.get("inn")):
            shared = {components.find(o) for o in orgs_of[registry_ref]}
            for news_ref in news:
                if shared & {components.find(o) for o in orgs_of[news_ref]}:
                    components.union(registry_ref, news_ref, "resolve:person-organization")


def _from_registry(node: Node) -> bool:
    return any(e.method.startswith("registry") for e in node.evidence)


def _is_abbreviation(name: str) -> bool:
    return name.split()[0].isupper() if name.split() else False


def _best_name(nodes: list[Node]) -> str:
    """The full name most news mentions use, else the registry's; an abbreviation only as a last resort."""
    news = [n.name for n in nodes if not _from_registry(n) and not _is_abbreviation(n.name)]
    pool = news or [n.name for n in nodes if not _is_abbreviation(n.name)] or [n.name for n in nodes]
    return max(sorted(set(pool)), key=lambda name: (pool.count(name), len(name)))


def _merge_props(nodes: list[Node]) -> dict[str, Any]:
    """Union of properties; registry values win over news ones, lists are joined."""
    ordered = sorted(nodes, key=_from_registry)
    props: dict[str, Any] = {}
    for node in ordered:
        for key, value in node.props.items():
            if isinstance(value, list):
                props[key] = sorted(set(props.get(key, [])) | set(value), key=str)
            elif value not in (None, ""):
                props[key] = value
    return props


def _global_id(label: str, name: str, props: dict[str, Any]) -> str:
    if label in ("Organization", "Person") and props.get("inn"):
        return make_id(label, "inn", props["inn"])
    if label == "Organization" and props.get("ogrn"):
        return make_id(label, "ogrn", props["ogrn"])
    return make_id(label, "name", fold(name))


def provenance(evidence: Iterable[Evidence], methods: Iterable[str] = ()) -> dict[str, Any]:
    """The provenance properties every node and relationship carries (``ontology/model.yaml``)."""
    evidence = sorted(set(evidence), key=lambda e: (e.doc, e.start, e.method))
    dated = sorted((e.date, e.doc) for e in evidence if e.date)
    dates = [date for date, _ in dated]
    return {
        "sources": sorted({e.doc for e in evidence}),
        "evidence": json.dumps([e.to_dict() for e in evidence], ensure_ascii=False),
        "method": ",".join(sorted({e.method for e in evidence} | set(methods))),
        "confidence": max((e.confidence for e in evidence), default=0.0),
        "first_seen": dates[0] if dates else None,
        "first_source": dated[0][1] if dated else None,
        "last_seen": dates[-1] if dates else None,
    }


def _agreement_key(node: Node, parties: list[str]) -> str:
    year = (node.props.get("date") or "")[:4]
    return "|".join([node.kind or "", year, *sorted(parties)])


def resolve(extractions: list[Extraction], overrides: Overrides | None = None) -> Graph:
    """Merge extractions into one graph with stable ids; the same input always gives the same graph."""
    extractions = sorted(extractions, key=lambda ex: ex.document.id)
    components = _cluster(extractions, overrides or Overrides())
    groups: dict[Ref, list[tuple[Ref, Node]]] = defaultdict(list)
    for i, extraction in enumerate(extractions):
        for node in extraction.nodes:
            if node.label != "Agreement":
                groups[components.find((i, node.id))].append(((i, node.id), node))
    graph = Graph()
    global_of: dict[Ref, str] = {}
    for root, members in groups.items():
        nodes = [n for _, n in members]
        label = nodes[0].label
        name = _best_name(nodes)
        props = _merge_props(nodes)
        gid = _global_id(label, name, props)
        aliases = sorted({a for n in nodes for a in (n.name, *n.aliases) if fold(a) != fold(name)})
        news_kinds = [n.kind for n in nodes if n.kind and not _from_registry(n)]
        kinds = news_kinds or [n.kind for n in nodes if n.kind]
        kind = max(sorted(set(kinds)), key=kinds.count) if kinds else None
        evidence = [e for n in nodes for e in n.evidence]
        node = Node(gid, label, name, kind, tuple(aliases), props, tuple(evidence))
        graph.nodes[gid] = _combine(graph.nodes.get(gid), node, components.rules.get(root, set()))
        for ref, _ in members:
            global_of[ref] = gid
    _add_agreements(extractions, graph, global_of)
    for i, extraction in enumerate(extractions):
        graph.documents[extraction.document.id] = extraction.document
        for edge in extraction.edges:
            source, target = global_of.get((i, edge.source)), global_of.get((i, edge.target))
            if source and target and source != target:
                _add_edge(graph, edge, source, target)
    _add_mentions(graph)
    return graph


def _combine(old: Node | None, new: Node, rules: set[str]) -> Node:
    """Two components that land on one id (same ИНН seen under different names) become one node."""
    if old is None:
        return Node(new.id, new.label, new.name, new.kind, new.aliases,
                    {**new.props, "resolution": ",".join(sorted(rules))}, new.evidence)
    rules = rules | set(filter(None, (old.props.get("resolution") or "").split(",")))
    aliases = tuple(sorted((set(new.aliases) | set(old.aliases) | {old.name}) - {new.name}))
    props = {**old.props, **new.props, "resolution": ",".join(sorted(rules))}
    return Node(new.id, new.label, new.name, new.kind or old.kind, aliases, props, new.evidence + old.evidence)


def _add_agreements(extractions: list[Extraction], graph: Graph, global_of: dict[Ref, str]) -> None:
    for i, extraction in enumerate(extractions):
        parties: dict[str, list[str]] = defaultdict(list)
        for edge in extraction.edges:
            if edge.type == "PARTY_TO" and (i, edge.source) in global_of:
                parties[edge.target].append(global_of[(i, edge.source)])
        for node in (n for n in extraction.nodes if n.label == "Agreement"):
            gid = make_id("Agreement", _agreement_key(node, parties[node.id]))
            old = graph.nodes.get(gid)
            merged = Node(gid, "Agreement", old.name if old else node.name, node.kind, (),
                          {**node.props, **(old.props if old else {})},
                          (old.evidence if old else ()) + node.evidence)
            graph.nodes[gid] = merged
            global_of[(i, node.id)] = gid


def _add_edge(graph: Graph, edge: Edge, source: str, target: str) -> None:
    if edge.type in UNDIRECTED and target < source:
        source, target = target, source
    discriminator = edge.props.get("role") if edge.type in KEYED_BY_ROLE else None
    eid = make_id("edge", edge.type, source, target, discriminator)
    old = graph.edges.get(eid)
    props = {**edge.props, **(old.props if old else {})}
    evidence = (old.evidence if old else ()) + edge.evidence
    graph.edges[eid] = Edge(edge.type, source, target, props, evidence)


def _add_mentions(graph: Graph) -> None:
    """MENTIONED_IN from every node to the documents its evidence comes from, and the Document nodes."""
    for doc in graph.documents.values():
        graph.nodes[make_id("Document", doc.id)] = Node(
            make_id("Document", doc.id), "Document", doc.title or doc.id, doc.kind, (),
            {"url": doc.url, "published": doc.published, "source": doc.source, "content_hash": doc.content_hash,
             "doc_id": doc.id},
            (Evidence(doc.id, doc.title or doc.id, 0, 0, "document", 1.0, doc.published),))
    for node in list(graph.nodes.values()):
        if node.label == "Document":
            continue
        for doc_id in sorted({e.doc for e in node.evidence}):
            evidence = tuple(e for e in node.evidence if e.doc == doc_id)
            _add_edge(graph, Edge("MENTIONED_IN", node.id, make_id("Document", doc_id), {}, evidence),
                      node.id, make_id("Document", doc_id))

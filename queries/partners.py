"""Partner candidates for a plant or a cluster, ranked and explained, for regional planners.

The neighbourhood is read from any store with a few dialect-neutral Cypher queries: the
organization's partners (cooperation links and co-parties of agreements), their partners, the
members of its clusters and parks. Each candidate is scored on

- graph proximity: common partners, Adamic–Adar, personalized PageRank on the local
  cooperation graph (networkx);
- industry complementarity: the ОКВЭД of the organization's existing partners;
- co-membership of clusters, parks and special economic zones;
- region, how recent the candidate's links are, and how many partners it has already;

and explained in words. Existing partners and the organization itself are never proposed, nor
the organization under a longer name ("Ростех по разработке …", its own branches). Candidates are
the actors that can partner a plant or a cluster (:data:`CANDIDATE_KINDS`: companies, universities,
development corporations, funds, associations, and for a cluster's members the groups they share);
government bodies, media and other organizations are left out unless ``kinds`` widens the choice.

Example:
    >>> from promgraph.graph.stores import open_store                      # doctest: +SKIP
    >>> with open_store("embedded", path="promgraph-data/graph.lbug") as store:  # doctest: +SKIP
    ...     best = partner_candidates(store, org_id)[0]
    ...     best.name, best.explanation                                    # doctest: +SKIP
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from promgraph.graph.names import fold
from promgraph.graph.stores import Store

__all__ = ["Candidate", "WEIGHTS", "CANDIDATE_KINDS", "partner_candidates"]

# Tuned with benchmarks/partners_eval.py (hidden newest links, Hits@10 and MRR against baselines).
WEIGHTS = {"adamic_adar": 1.0, "common": 0.6, "pagerank": 4.0, "industry": 0.5, "industry_class": 0.3,
           "membership": 1.2, "region": 0.6, "recency": 0.4, "activity": 0.1}
GROUP_KINDS = ("cluster", "technopark", "industrial_park", "sez", "association")
CANDIDATE_KINDS = frozenset({"company", "university", "development_corporation", "fund", *GROUP_KINDS})

_LINKS = [
    "MATCH (a:Organization)-[r:COOPERATES_WITH]-(b:Organization) WHERE a.id IN $ids "
    "RETURN a.id AS a, b.id AS b, r.last_seen AS seen",
    "MATCH (a:Organization)-[:PARTY_TO]->(g:Agreement)<-[:PARTY_TO]-(b:Organization) "
    "WHERE a.id IN $ids AND b.id <> a.id RETURN a.id AS a, b.id AS b, coalesce(g.date, g.last_seen) AS seen",
]
_GROUPS = ("MATCH (a:Organization)-[:MEMBER_OF]->(g:Organization) WHERE a.id IN $ids "
           "RETURN a.id AS a, g.id AS g, g.name AS name")
_MEMBERS = ("MATCH (m:Organization)-[:MEMBER_OF]->(g:Organization) WHERE g.id IN $ids "
            "RETURN g.id AS g, m.id AS m")
_ABOUT = ("MATCH (c:Organization) WHERE c.id IN $ids OPTIONAL MATCH (c)-[:LOCATED_IN]->(p:Place) "
          "RETURN c.id AS id, c.name AS name, c.kind AS kind, c.okved AS okved, collect(p.name) AS places, "
          "c.links AS degree, c.aliases AS aliases, c.inn AS inn")
# the best-connected organizations of the region in the industries of the partners
_REGIONAL = ("MATCH (c:Organization)-[:LOCATED_IN]->(p:Place) WHERE p.name IN $places "
             "AND c.okved IS NOT NULL AND substring(c.okved, 0, 2) IN $classes "
             "WITH DISTINCT c RETURN c.id AS id, c.links AS degree ORDER BY degree DESC, id LIMIT 300")
# a newcomer with few links: the most active organizations are the first to look at
_ACTIVE = ("MATCH (c:Organization) WHERE c.links > 0 RETURN c.id AS id ORDER BY c.links DESC, id LIMIT 50")
COLD_START = 20


@dataclass(frozen=True)
class Candidate:
    id: str
    name: str
    kind: str | None
    okved: str | None
    region: str | None
    score: float
    explanation: str
    features: dict[str, float] = field(default_factory=dict)

    def to_row(self) -> dict[str, Any]:
        return {"name": self.name, "score": round(self.score, 3), "explanation": self.explanation,
                "kind": self.kind, "okved": self.okved, "region": self.region, "id": self.id}


def _links(store: Store, ids: list[str]) -> dict[str, dict[str, str | None]]:
    """For each id, its partners and the latest date of each link."""
    out: dict[str, dict[str, str | None]] = defaultdict(dict)
    if not ids:
        return out
    for cypher in _LINKS:
        for row in store.query(cypher, {"ids": ids}):
            seen = out[row["a"]].get(row["b"])
            out[row["a"]][row["b"]] = max(filter(None, (seen, row["seen"])), default=None)
    return out


def _about(store: Store, ids: list[str]) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in store.query(_ABOUT, {"ids": ids})} if ids else {}


def _pagerank(focal: str, edges: list[tuple[str, str]]) -> dict[str, float]:
    import networkx as nx

    graph = nx.Graph(edges)
    if focal not in graph:
        return {}
    return nx.pagerank(graph, alpha=0.85, personalization={focal: 1.0}, max_iter=200, tol=1e-8)


def _plural(n: int, one: str, few: str, many: str) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return one
    return few if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else many


def _names(info: dict[str, Any]) -> set[str]:
    return {fold(n) for n in (info["name"], *(info.get("aliases") or ()))}


def _same_actor(focal: dict[str, Any], info: dict[str, Any]) -> bool:
    """Whether a candidate is the organization itself: the same ИНН, one of its names, or one of its
    names run on in lower case ("Ростех по разработке", "Газпром нефть": itself, or its own part)."""
    if focal.get("inn") and focal["inn"] == info.get("inn"):
        return True
    own, theirs = _names(focal), _names(info)
    if own & theirs:
        return True
    for name in (info["name"], *(info.get("aliases") or ())):
        words = name.split()
        for cut in range(1, len(words)):
            if fold(" ".join(words[:cut])) in own and words[cut][:1].islower():
                return True
    return False


def partner_candidates(store: Store, org_id: str, region: str | None = None, industry: str | None = None,
                       top: int = 20, kinds: frozenset[str] | None = CANDIDATE_KINDS) -> list[Candidate]:
    """The ``top`` best new partners for the organization or group ``org_id``, among organizations of
    ``kinds`` (None: of any kind)."""
    focal = _about(store, [org_id]).get(org_id)
    if focal is None:
        return []
    groups = {r["g"]: r["name"] for r in store.query(_GROUPS, {"ids": [org_id]})}
    if focal["kind"] in GROUP_KINDS:
        groups[org_id] = focal["name"]
    co_members: dict[str, set[str]] = defaultdict(set)
    for row in store.query(_MEMBERS, {"ids": list(groups)}):
        co_members[row["m"]].add(row["g"])
    partners = dict(_links(store, [org_id])[org_id])
    if focal["kind"] in GROUP_KINDS:
        partners.update({m: None for m, gs in co_members.items() if org_id in gs})
    second = _links(store, sorted(partners))
    common: dict[str, list[str]] = defaultdict(list)
    seen: dict[str, str] = {}
    for partner, links in second.items():
        for candidate, date in links.items():
            common[candidate].append(partner)
            if date and date > seen.get(candidate, ""):
                seen[candidate] = date
    about_partners = _about(store, sorted(partners))
    partner_okved = {p: a["okved"] for p, a in about_partners.items() if a.get("okved")}
    places = sorted(set(focal["places"]) | ({region} if region else set()))
    classes = sorted({o[:2] for o in partner_okved.values()})
    regional = [r["id"] for r in store.query(_REGIONAL, {"places": places, "classes": classes})] if classes else []
    pool = (set(common) | set(co_members) | set(regional)) - set(partners) - {org_id} - set(groups)
    if len(pool) < COLD_START:
        pool |= {r["id"] for r in store.query(_ACTIVE)} - set(partners) - {org_id} - set(groups)
    about = _about(store, sorted(pool))
    edges = [(a, b) for a, links in second.items() for b in links] + [(org_id, p) for p in partners]
    rank = _pagerank(org_id, edges)
    top_rank = max((rank.get(c, 0.0) for c in pool), default=0.0) or 1.0
    degrees = {p: max(len(links), 1) for p, links in second.items()}
    newest = max(seen.values(), default=None)
    candidates = []
    for cid in pool:
        info = about.get(cid)
        if info is None or info["kind"] in GROUP_KINDS and cid not in co_members:
            continue
        if kinds is not None and info["kind"] not in kinds or _same_actor(focal, info):
            continue
        place = next(iter(info["places"]), None)
        if region and region not in info["places"]:
            continue
        if industry and not (info["okved"] or "").startswith(industry):
            continue
        features = _features(cid, info, common[cid], degrees, rank.get(cid, 0.0) / top_rank, partner_okved,
                             co_members.get(cid, set()), set(focal["places"]), seen.get(cid), newest)
        score = sum(WEIGHTS[k] * v for k, v in features.items())
        if score <= 0:
            continue
        names = {**{p: a["name"] for p, a in about_partners.items()}, **groups}
        candidates.append(Candidate(cid, info["name"], info["kind"], info["okved"], place, score,
                                    _explain(features, info, common[cid], partner_okved, co_members.get(cid, set()),
                                             names, place), features))
    candidates.sort(key=lambda c: (-c.score, c.name))
    return candidates[:top]


def _features(cid: str, info: dict[str, Any], via: list[str], degrees: dict[str, int], rank: float,
              partner_okved: dict[str, str], groups: set[str], places: set[str], seen: str | None,
              newest: str | None) -> dict[str, float]:
    okved = info["okved"] or ""
    recency = 0.0
    if seen and newest:
        years = max(0, int(newest[:4]) - int(seen[:4]))
        recency = 1 / (1 + years)
    return {
        "common": float(len(via)),
        "adamic_adar": sum(1 / math.log(1 + degrees.get(p, 1)) for p in via),
        "pagerank": rank,
        "industry": float(bool(okved) and okved in partner_okved.values()),
        "industry_class": float(bool(okved) and okved[:2] in {o[:2] for o in partner_okved.values()}),
        "membership": float(len(groups)),
        "region": float(bool(places & set(info["places"]))),
        "recency": recency,
        # well-connected plants gain partners faster (preferential attachment)
        "activity": math.log1p(info.get("degree") or 0),
    }


def _explain(features: dict[str, float], info: dict[str, Any], via: list[str], partner_okved: dict[str, str],
             groups: set[str], names: dict[str, str], place: str | None) -> str:
    parts = []
    if via:
        n = len(via)
        shown = ", ".join(sorted(names.get(p, p) for p in via)[:3]) + (" …" if n > 3 else "")
        parts.append(f"{n} {_plural(n, 'общий партнер', 'общих партнера', 'общих партнеров')}: {shown}")
    if features["industry"]:
        twin = next(p for p, o in sorted(partner_okved.items()) if o == info["okved"])
        parts.append(f"тот же ОКВЭД {info['okved']}, что у вашего партнера {names.get(twin, twin)}")
    elif features["industry_class"]:
        parts.append(f"смежная отрасль: ОКВЭД {info['okved']}")
    if groups:
        parts.append("участник того же объединения: " + ", ".join(sorted(names.get(g, g) for g in groups)))
    if features["region"] and place:
        parts.append(f"тот же регион: {place}")
    return "; ".join(parts) or "близость в графе кооперации"

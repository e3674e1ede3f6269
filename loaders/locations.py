"""Which of the places an article names its organizations are in, read over the whole article.

The location rules of :mod:`relations` read a name ("Правительство Свердловской области"), a place right
after one ("завод «Луч» в Чебоксарах", "(г. Березники)") or a place's adjective before it ("ульяновское ООО
«СИМАЗ»"). Real news place most organizations otherwise: an article about a region names its plants in
other sentences than the region ("Глава Якутии посетил объекты Эльгаугля"), a plant by the town it tells
of ("В Ярославле гости посетили новый завод компании Р-Фарм"); on articles the rules were not written for
they placed one organization in three the annotators did. What tells it is the article as a whole: which
place it is about, how far the organization is named from the place, the words between them and around
the names, what kind each is. A logistic model (:mod:`logistic`) reads those features of every pair of an
organization and a place the rules did not link; its weights are trained by
``benchmarks/train_relations.py`` on the project's annotated articles.
"""

from __future__ import annotations

from promgraph.loaders.entities import Entity
from promgraph.loaders.facts import Fact, Occurrences
from promgraph.loaders.learned import answers, bucket, model_word
from promgraph.loaders.lexicon import LOCATING_CUES
from promgraph.loaders.logistic import Logistic, load_logistic

__all__ = ["Known", "candidates", "features", "locations", "questions"]

_PLACED_KINDS = {"company", "university", "other", "sez", "industrial_park", "technopark", "cluster", "fund",
                 "development_corporation", "association"}  # a government's place is in its name, for the rules
_WINDOW = 2  # words either side of a name that the model reads
_BETWEEN = 6  # words between an organization and a place in one sentence that the model reads


def candidates(entities: list[Entity], seen: Occurrences) -> list[tuple[Entity, Entity]]:
    """Every pair of an organization that may be somewhere and a place, both named."""
    orgs = [e for e in entities if e.type == "ORG" and e.kind in _PLACED_KINDS and seen.of[e.id]]
    places = [e for e in entities if e.type == "LOC" and seen.of[e.id]]
    return [(org, place) for org in orgs for place in places]


class Known:
    """What the rules' facts tell of an article's organizations, read once for all its pairs: where each
    is placed (an organization placed elsewhere is seldom here too, but a plant in a town is often in the
    town's region as well), which sign agreements, and the places the article names, the one named most
    first."""

    def __init__(self, entities: list[Entity], seen: Occurrences, facts: list[Fact]):
        by_id = {e.id: e for e in entities}
        self.placed: dict[str, list[Entity]] = {}
        for f in facts:
            if f.type == "LOCATED_IN":
                self.placed.setdefault(f.args["entity"], []).append(by_id[f.args["place"]])
        self.parties = {p for f in facts if f.type == "AGREEMENT" for p in f.args["parties"]}
        self.places = sorted((e for e in entities if e.type == "LOC" and seen.of[e.id]),
                             key=lambda e: -len(seen.of[e.id]))


def features(org: Entity, place: Entity, seen: Occurrences, known: Known) -> list[str]:
    """What the model reads of a pair, with what the rules found (``known``)."""
    mine, theirs = seen.sentence_numbers(org), seen.sentence_numbers(place)
    gap = min(abs(i - j) for i in mine for j in theirs)
    pair = f"{org.kind}/{place.kind}"
    places, most = known.places, known.places[0]
    out = {f"org={org.kind}", f"place={place.kind}", f"pair={pair}", f"gap={bucket(gap)}",
           f"pair-gap={pair}/{bucket(gap)}", f"place-headline={theirs[0] == 0}", f"org-headline={mine[0] == 0}",
           f"most={place is most}",
           f"place-count={bucket(len(seen.of[place.id]))}", f"org-count={bucket(len(seen.of[org.id]))}",
           f"of-kind={bucket(sum(e.kind == place.kind for e in places))}", f"latin={org.name[:1].isascii()}"}
    elsewhere = known.placed.get(org.id, [])
    out.add(f"elsewhere={bool(elsewhere)}")
    if any(e.place is not None and e.place.kind == "city" and e.place.parent == place.name for e in elsewhere):
        out.add("in-its-town")
    out.add(f"party={org.id in known.parties}")
    for i, lo, hi in seen.of[org.id]:
        tokens = seen.sentences[i].tokens
        out.update(f"o-{model_word(t)}" for t in tokens[max(0, lo - _WINDOW):lo])
        out.update(f"o+{model_word(t)}" for t in tokens[hi:hi + _WINDOW])
        for j, plo, phi in seen.of[place.id]:
            if j != i:
                continue
            out.add(f"cue={any(t.lemma in LOCATING_CUES for t in tokens)}")
            between = tokens[hi:plo] if hi <= plo else tokens[phi:lo]
            side = "place-after" if hi <= plo else "place-before"
            if len(between) <= _BETWEEN:
                out.add(f"{side}={'_'.join(model_word(t) for t in between)}")
            out.add(f"{side}-near={bucket(len(between))}")
            out.update(f"p-{model_word(t)}" for t in tokens[max(0, plo - _WINDOW):plo])
    return sorted(out)


def questions(seen: Occurrences, entities: list[Entity], facts: list[Fact]) -> list[tuple[Entity, Entity, list[str]]]:
    """What the model is asked: each pair of an organization and a place that the rules' ``facts`` do not
    link, with its features (how ``benchmarks/train_relations.py`` reads the annotated articles too)."""
    linked = {(f.args["entity"], f.args["place"]) for f in facts if f.type == "LOCATED_IN"}
    known = Known(entities, seen, facts)
    return [(org, place, features(org, place, seen, known))
            for org, place in candidates(entities, seen) if (org.id, place.id) not in linked]


def locations(seen: Occurrences, entities: list[Entity], facts: list[Fact],
              model: Logistic | None = None) -> list[Fact]:
    """The places the model finds organizations in that the rules' ``facts`` do not hold, each told by the
    organization's sentence nearest the place."""
    return answers(seen, lambda seen: questions(seen, entities, facts), model or load_logistic("locations"),
                   "LOCATED_IN", ("entity", "place"), "model:locations")

"""Which companies of an article belong to the zone, park or cluster it tells of, read over the whole article.

The member rules of :mod:`relations` read a sentence that says so ("стал резидентом ОЭЗ «Алабуга»").
Real news mostly do not: an article about a park names it in the headline and its residents sentences
later, by what they will build or invest there ("Компания «Светогор» инвестирует в проект около 197 млн
рублей"); on articles the rules were not written for, two members in three were missed, most of them told
in another sentence than their group's. What tells a resident there is the article as a whole: how far
the company is named from the group, which group the article is about, the words around the company's
names ("резидент", "проект", "завод", "директор"), what kind of organization each is. A logistic model
(:mod:`logistic`) reads those features of every pair of a company and a group the rules did not link;
its weights are trained by ``benchmarks/train_relations.py`` on the project's annotated articles.
"""

from __future__ import annotations

from promgraph.graph.names import fold
from promgraph.loaders.entities import Entity
from promgraph.loaders.facts import Fact, Occurrences
from promgraph.loaders.learned import answers, bucket, model_word
from promgraph.loaders.lexicon import MEMBER_CUES, RULE_LEMMAS
from promgraph.loaders.logistic import Logistic, load_logistic

__all__ = ["GROUP_KINDS", "candidates", "features", "groups_of", "questions", "residents"]

GROUP_KINDS = {"sez", "cluster", "industrial_park", "technopark"}  # what has residents or participants
_MEMBER_KINDS = {"company", "university", "other"}
_WINDOW = 3  # words either side of a name that the model reads


def _named(entities: list[Entity], seen: Occurrences, kinds: set[str]) -> list[Entity]:
    return [e for e in entities if e.type == "ORG" and e.kind in kinds and seen.of[e.id]]


def candidates(entities: list[Entity], seen: Occurrences) -> list[tuple[Entity, Entity]]:
    """Every pair of an organization that may be a member and a group with members, both named."""
    members = _named(entities, seen, _MEMBER_KINDS)
    return [(member, group) for group in _named(entities, seen, GROUP_KINDS) for member in members]


def groups_of(entities: list[Entity], seen: Occurrences) -> list[Entity]:
    """The article's groups with members, the one named most often first: the one it is about."""
    return sorted(_named(entities, seen, GROUP_KINDS), key=lambda e: -len(seen.of[e.id]))


def features(member: Entity, group: Entity, seen: Occurrences, groups: list[Entity], facts: list[Fact]) -> list[str]:
    """What the model reads of a pair; ``groups`` are the article's groups, most often named first, and
    ``facts`` what the rules found (a company that signed an agreement is often an investor, a resident to
    be; a member of another group is seldom this one's too)."""
    mine, theirs = seen.sentence_numbers(member), seen.sentence_numbers(group)
    gap = min(abs(i - j) for i in mine for j in theirs)
    pair = f"{member.kind}/{group.kind}"
    out = {f"group={group.kind}", f"member={member.kind}", f"pair={pair}", f"gap={bucket(gap)}",
           f"pair-gap={pair}/{bucket(gap)}", f"group-headline={theirs[0] == 0}", f"member-headline={mine[0] == 0}",
           f"group-count={bucket(len(seen.of[group.id]))}", f"member-count={bucket(len(seen.of[member.id]))}",
           f"groups={bucket(len(groups))}", f"main={group is groups[0]}", f"member-first={mine[0] < theirs[0]}"}
    signed = any(f.type == "AGREEMENT" and member.id in f.args["parties"] for f in facts)
    out.add(f"signed={'with' if signed else 'none'}")
    out.add(f"member-elsewhere={any(f.args['member'] == member.id for f in facts if f.type == 'MEMBER')}")
    out.add(f"managing={fold(member.name).startswith('управляющ')}")
    for i, lo, hi in seen.of[member.id]:
        s = seen.sentences[i]
        tokens = s.tokens
        out.update(f"w-{model_word(t)}" for t in tokens[max(0, lo - _WINDOW):lo])
        out.update(f"w+{model_word(t)}" for t in tokens[hi:hi + _WINDOW])
        out.update(f"s={t.lemma}" for t in tokens if t.lemma in RULE_LEMMAS)
        name = next((n for n in s.names if n.lo == lo), None)
        if name is not None:
            out.add(f"part={name.preposition}/{name.case}")
        if any(t.lemma in MEMBER_CUES for t in tokens):
            out.add(f"member-cue/{'with' if i in theirs else 'apart'}")
        others = [e for e in s.entities("ORG") if e.kind in GROUP_KINDS and e is not group]
        if others:
            out.add(f"other-group/{'with' if i in theirs else 'apart'}")
    return sorted(out)


def questions(seen: Occurrences, entities: list[Entity], facts: list[Fact]) -> list[tuple[Entity, Entity, list[str]]]:
    """What the model is asked: each pair of a possible member and a group that the rules' ``facts`` do not
    link, with its features (how ``benchmarks/train_relations.py`` reads the annotated articles too)."""
    known = {(f.args["member"], f.args["group"]) for f in facts if f.type == "MEMBER"}
    groups = groups_of(entities, seen)
    return [(member, group, features(member, group, seen, groups, facts))
            for member, group in candidates(entities, seen) if (member.id, group.id) not in known]


def residents(seen: Occurrences, entities: list[Entity], facts: list[Fact],
              model: Logistic | None = None) -> list[Fact]:
    """The memberships the model finds that the rules' ``facts`` do not hold, each told by the member's
    sentence nearest its group."""
    return answers(seen, lambda seen: questions(seen, entities, facts), model or load_logistic("residents"),
                   "MEMBER", ("member", "group"), "model:residents")

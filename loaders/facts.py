"""What the relation rules share: a fact, a sentence with the names in it, the article around it.

Rules read one sentence at a time, but a fact may need the article: which region "области" stands
for, which plant "директор завода" means, which date an undated signing has. :class:`Sentence` puts
each entity mention under the token it starts at; :class:`Article` keeps what the whole text names.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any

from promgraph.graph.names import fold
from promgraph.loaders.entities import Entity
from promgraph.loaders.lexicon import (
    APPOSITION_HEADS,
    BODY_REFERENCES,
    CLOSING_QUOTES,
    COMPANY_REFERENCES,
    DASHES,
    EXECUTIVE_COMMITTEES,
    OPENING_QUOTES,
    ORG_HEADS,
    REGION_WORDS,
    UNIVERSITY_REFERENCES,
)
from promgraph.loaders.mentions import by_sentence

__all__ = ["Fact", "Sentence", "Article", "Name", "Occurrences", "sentences", "resolve_date", "sentence_date",
           "agreement_fact", "SUBJECT_PREPOSITIONS"]

# The kinds of organization a bare head noun refers back to ("ректор вуза", "гендиректор судоверфи"), tried
# in turn while none is named: a company is also what a bare quoted name of no told kind most often is
# ("председатель правления компании" after «Газпром нефть»).
_REFERRED_KINDS: dict[str, tuple[frozenset[str], ...]] = {
    **dict.fromkeys(COMPANY_REFERENCES, (frozenset({"company"}), frozenset({"company", "other"}))),
    **dict.fromkeys(UNIVERSITY_REFERENCES, (frozenset({"university"}),)),
    **dict.fromkeys(BODY_REFERENCES, (frozenset({"government"}),)),
}
_HEAD_WORDS = {"вуз": ("вуз", "университет", "институт", "академи"),  # "ректор вуза": not the college
               **dict.fromkeys(EXECUTIVE_COMMITTEES, ("исполнительный комитет", "исполком"))}
_QUOTES = OPENING_QUOTES | CLOSING_QUOTES
SUBJECT_PREPOSITIONS = {"о", "об", "по", "на"}  # "соглашение о создании парка": what it is about
_JOINERS = {",", "и", "а", "также", ";", "(", ")"}


@dataclass
class Fact:
    """A relation found in one sentence; ``args`` hold entity ids and values as in the eval format."""

    type: str
    args: dict[str, Any]
    sentence: Any
    method: str
    confidence: float
    anchor: tuple[int, int] | None = None  # offsets of the words the rule fired on


@dataclass
class Sentence:
    """A sentence with its tokens and, for each token index, the entity mention starting there."""

    sent: Any
    tokens: list[Any]
    starts: dict[int, tuple[Entity, int]] = field(default_factory=dict)  # token index → (entity, end index)
    covered: dict[int, Entity] = field(default_factory=dict)

    def entities(self, type_: str, lo: int = 0, hi: int | None = None) -> list[Entity]:
        hi = len(self.tokens) if hi is None else hi
        out: list[Entity] = []
        for i in sorted(self.starts):
            entity, _ = self.starts[i]
            if lo <= i < hi and entity.type == type_ and entity not in out:
                out.append(entity)
        return out

    def tells_of(self, entity: Entity) -> bool:
        """Whether one of the sentence's mentions is of the entity."""
        return any(e is entity for e, _ in self.starts.values())

    def text(self, lo: int, hi: int) -> str:
        return self.sent.text[self.tokens[lo].start - self.sent.start:self.tokens[hi - 1].stop - self.sent.start]

    @cached_property
    def names(self) -> list[Name]:
        """The sentence's names with their case and preposition (:func:`_names_in`), read once for the
        agreement, cooperation and location rules alike."""
        return _names_in(self)

    @cached_property
    def aside(self) -> set[int]:
        """The words set off from the sentence's own line (:func:`_aside`): what they name tells of a name
        before them."""
        return _aside(self)


def _venue(s: Sentence, place: Entity) -> bool:
    """Whether the place is a city of a region's rank said only as where the sentence's event was ("на
    выставке … в Москве глава региона"): the article's own region is the one a governor then heads."""
    return not REGION_WORDS & set(fold(place.name).split()) \
        and all(i > 0 and s.tokens[i - 1].text.lower() in ("в", "во")
                for i, (entity, _) in s.starts.items() if entity is place)


def sentences(doc: Any, entities: list[Entity]) -> list[Sentence]:
    """Each sentence with its mentions by token. Longer mentions are placed first and a mention that
    starts inside one is left out, so a place or an organization inside a name ("… Чувашской
    Республики", "Институт … РАН") belongs to that name; at equal length organizations come first."""
    mentions = sorted(((m, entity) for entity in entities for m in entity.mentions),
                      key=lambda pair: pair[0].start - pair[0].stop)  # stable: entities' order breaks ties
    out = []
    for sent, sent_mentions in zip(doc.sents, by_sentence(doc.sents, mentions, lambda pair: pair[0].start),
                                   strict=True):
        s = Sentence(sent, sent.tokens)
        index = {t.start: k for k, t in enumerate(s.tokens)}
        stops = {t.stop: k for k, t in enumerate(s.tokens)}
        for m, entity in sent_mentions:
            if m.start not in index or m.stop not in stops:
                continue  # a mention that runs into the next sentence
            lo, hi = index[m.start], stops[m.stop] + 1
            if lo in s.covered:
                continue
            s.starts[lo] = (entity, hi)
            for k in range(lo, hi):
                s.covered.setdefault(k, entity)
        out.append(s)
    return out


class Occurrences:
    """Where each entity is named: (sentence index, first token, end token) of every name a sentence
    places (a name inside a longer one is that one's, as :func:`sentences` places them)."""

    def __init__(self, sentences: list[Sentence]):
        self.sentences = sentences
        self.of: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
        for i, s in enumerate(sentences):
            for lo, (entity, hi) in sorted(s.starts.items()):
                self.of[entity.id].append((i, lo, hi))
        self._numbers = {key: sorted({i for i, _, _ in names}) for key, names in self.of.items()}

    def sentence_numbers(self, entity: Entity) -> list[int]:
        """The sentences that name the entity, in order (none for one no sentence places)."""
        return self._numbers.get(entity.id, [])


def resolve_date(day: int, month: int, year: int | None, published: str | None) -> str | None:
    """An ISO date; a date without a year takes the publication's, the previous one if later."""
    if year is None:
        if not published:
            return None
        pub = date.fromisoformat(published[:10])
        year = pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


@dataclass
class Article:
    """What the rules know of the whole article: the region and country it is about, its places, and
    where each organization is named."""

    region: Entity | None
    country: Entity | None
    places: list[Entity]
    named: list[tuple[int, Entity]]  # (offset, organization) of every mention, in text order
    seen: Occurrences  # which sentences name each entity

    def region_called(self, s: Sentence, word: str) -> Entity | None:
        """The region "республики", "области", "региона" stand for: one of that kind named in the
        sentence, else the article's region, else the article's only region of that kind."""
        def called(place: Entity) -> bool:
            return place.kind == "region" and (word in ("регион", "субъект") or word in fold(place.name))

        here = [p for p in s.entities("LOC") if called(p)]
        if here and not (self.region is not None and called(self.region) and _venue(s, here[0])):
            return here[0]
        if self.region is not None and called(self.region):
            return self.region
        named = [p for p in self.places if called(p)]
        return named[0] if len(named) == 1 else self.region

    def government_of(self, region: Entity) -> Entity:
        """The region's government when the article names it ("Правительство Белгородской области"), else
        the region itself: who its authorities are."""
        return next((e for _, e in self.named if e.kind == "government" and e.located is not None
                     and e.located.name == region.name and fold(e.name).startswith(("правительство", "администрация"))),
                    region)

    def ministry(self, tail: str) -> Entity | None:
        """The ministry named "Министерство <tail>" in the article."""
        return next((e for _, e in self.named if fold(e.name) == f"министерство {fold(tail)}"), None)

    def last_named(self, fits: Any, offset: int, count: int) -> list[Entity]:
        """The last ``count`` different entities that ``fits`` accepts named before ``offset``."""
        out: list[Entity] = []
        for start, entity in reversed(self.named):
            if start < offset and fits(entity) and entity not in out:
                out.append(entity)
        return out[:count]

    def regions_named_last(self, offset: int, reach: int = 150) -> list[Entity]:
        """The regions named together last before ``offset``: those named within ``reach`` characters
        before the last region's mention ("заводы из Нижегородской, Ульяновской и Иркутской областей")."""
        named = sorted(((m.start, p) for p in self.places if p.kind == "region" for m in p.mentions
                        if m.start < offset), key=lambda pair: pair[0])
        if not named:
            return []
        last, out = named[-1][0], []
        for start, place in named:
            if start >= last - reach and place not in out:
                out.append(place)
        return out

    def named_before(self, head: str, offset: int, by_kind: bool = True) -> Entity | None:
        """The organization a bare head noun refers back to: the last one named before ``offset`` with the
        head in a name or mention ("директор завода" → «Завод «Чувашкабель»»), else, ``by_kind``, the only
        one of its kind ("ректор вуза", "гендиректор судоверфи" → «Красное Сормово»)."""
        words = _HEAD_WORDS.get(head, (head,))

        def called(e: Entity) -> bool:
            return e.type == "ORG" and any(w in fold(e.name) or any(w in fold(m.text) for m in e.mentions)
                                           for w in words)

        named = self.last_named(called, offset, 1)
        if named:
            return named[0]
        return self.only_of_kind(head, offset) if by_kind else None

    def only_of_kind(self, head: str, offset: int) -> Entity | None:
        """The one organization of the kind ``head`` says named before ``offset``; of several, the one the
        article tells of most, in at least twice as many sentences as any other of them (the plant it is
        about: "гендиректор судоверфи" after «Красное Сормово», in three sentences, and its customer ГТЛК, in
        one)."""
        for kinds in _REFERRED_KINDS.get(head, ()):
            of_kind = self.last_named(lambda e, kinds=kinds: e.type == "ORG" and e.kind in kinds, offset,
                                      len(self.named))  # every one of the kind
            if of_kind:
                told = {e.id: len(self.seen.sentence_numbers(e)) for e in of_kind}
                first, *others = sorted(of_kind, key=lambda e: -told[e.id])
                return first if not others or told[first.id] >= 2 * told[others[0].id] else None
        return None


def sentence_date(s: Sentence, dates: list[tuple[int, str]], default_date: str | None) -> str | None:
    """The first date written in the sentence, else the article's."""
    return next((d for start, d in dates if s.sent.start <= start < s.sent.stop), default_date)


def agreement_fact(s: Sentence, anchor: Any, method: str, confidence: float, parties: list[Entity], kind: str,
               title: str, date: str | None, subject: str | None = None,
               signatories: list[Entity] | None = None) -> Fact:
    """An AGREEMENT fact, whichever rule found it; ``anchor`` is the token it fired on."""
    args = {"parties": [p.id for p in parties], "parties_entities": parties, "kind": kind, "subject": subject,
            "title": title, "date": date, "signatories": [p.id for p in signatories or []]}
    return Fact("AGREEMENT", args, s.sent, method, confidence, (anchor.start, anchor.stop))


@dataclass
class Name:
    """An entity mention of a sentence, with the case and the preposition that give its part."""

    entity: Entity
    lo: int
    hi: int
    case: str | None
    preposition: str | None = None
    listed: bool = False  # the preposition is its list's, not its own ("с А, Б и В": Б and В)


def _case(s: Sentence, lo: int, hi: int) -> str | None:
    """The case of the name at ``lo:hi``: its head's, or None when it does not decline (a quoted or
    foreign name alone)."""
    entity = s.starts[lo][0]
    mention = next((m for m in entity.mentions if m.start == s.tokens[lo].start), None)
    if mention is not None and mention.head is not None:
        head = mention.tokens[mention.head]  # a shared head's words start before the mention's span
        if head.text.isupper() and not mention.head and not (lo and s.tokens[lo - 1].pos == "NOUN"):
            return None  # "УК «Белфарма» и ГК «Фармконтракт» подписали": an abbreviation opening a name does not
            # decline, and the tagger guesses its case from nothing (but "резиденты ОЭЗ «…»" is the noun's genitive)
        if head.feats.get("Case") == "Gen" and head.feats.get("Number") == "Sing" and _shared(s, head):
            return "Nom"  # "Правительства Иркутской области и Республики Бурятия заключили": a head two names
            # share is plural, and the genitive singular the tagger reads is then the nominative plural's form
        return head.feats.get("Case")
    if lo > 0 and s.tokens[lo - 1].text in OPENING_QUOTES or not s.tokens[lo].text[:1].isalpha():
        return None  # but after a closing one ("организации «Завод» Андреем Артеменко") a name declines
    if s.tokens[lo].text.isascii() or s.tokens[lo].text.isupper():
        return None
    if entity.type == "LOC" and entity.kind == "region" and hi == lo + 1 and s.tokens[lo].pos in ("ADJ", "PROPN"):
        shared = _shared_noun(s, hi)  # "с Московской, Воронежской, Рязанской областями": the noun's case
        if shared is not None:
            return shared.feats.get("Case")
    words = [t for t in s.tokens[lo:hi] if t.pos in ("NOUN", "PROPN", "ADJ")]
    return words[-1 if entity.type == "PER" else 0].feats.get("Case") if words else None


def _shared(s: Sentence, head: Any) -> bool:
    """Whether a word heads the names of two places ("Правительства Иркутской области и Республики Бурятия"):
    the second's mention (``rule:shared_head``) borrows it."""
    return any(m.method == "rule:shared_head" and m.tokens[m.head] is head
               for entity, _ in s.starts.values() for m in entity.mentions)


_LIST_WORDS = {",", "и"}


def _shared_noun(s: Sentence, k: int) -> Any:
    """The plural noun a list of adjectives from ``k`` on ends in ("…, Рязанской областями"), or None."""
    while k < len(s.tokens) and (s.tokens[k].text in _LIST_WORDS or s.tokens[k].pos == "ADJ"
                                 or s.tokens[k].text[:1].isupper()):  # "Западно-Казахстанской", tagged as a name
        k += 1
    if k < len(s.tokens) and s.tokens[k].pos == "NOUN" and s.tokens[k].feats.get("Number") == "Plur":
        return s.tokens[k]
    return None


def _names_in(s: Sentence) -> list[Name]:
    """The sentence's organizations, regions, countries, people and towns a side "между" (:func:`_town_between`),
    each with the preposition that governs it: its own ("с ПАО …"; past the words of an apposition: "с
    производителем удобрений «Экорост»", whose case it then takes), or its list's ("с ПАО …, АО … и ООО …",
    "… и одна из ведущих компаний «Молвест»")."""
    names: list[Name] = []
    aside = s.aside
    for lo, (entity, hi) in sorted(s.starts.items()):
        if entity.type == "LOC" and entity.kind not in ("region", "country") and not _town_between(s, lo, hi):
            continue
        if names and names[-1].entity is entity and lo > 0 and s.tokens[lo - 1].text == "(":
            continue  # "Уральским федеральным университетом (УрФУ)": the same name again
        name = Name(entity, lo, hi, _case(s, lo, hi))
        k, head, nearest = _apposition_before(s, lo)
        if entity.type == "LOC" and head is nearest is not None and head.lemma in REGION_WORDS \
                and name.case in ("Nom", None) and head.feats.get("Case") not in ("Nom", None):
            name.case = head.feats.get("Case")  # "с республикой Чувашия": a place's name in apposition to its
            # noun, in the noun's case and after its preposition
        elif head is not None and (head.lemma not in APPOSITION_HEADS or entity.type == "LOC") \
                and not _dashed(s, lo - 1):  # "с двумя регионами – Татарстаном и …": the name is the noun's
            k = -1  # "в рамках соглашения ПАО «…»", "с предприятиями Донецкой Республики": no apposition of the name
            if nearest is not head and nearest.lemma in APPOSITION_HEADS and entity.type == "ORG" \
                    and not s.tokens[lo].text.islower():  # "о строительстве завода правительство Ленобласти":
                # a name opening with a common noun shows its own case
                name.case = nearest.feats.get("Case")  # "с гендиректором компании «Завод Стройпанель»": the
                # name stands for "компании", a post's genitive
        elif head is not None and name.case is None:
            name.case = head.feats.get("Case")  # "с производителем … «Экорост»": its apposition's case
        if k > 0 and s.tokens[k].text.lower() == "из" and s.tokens[k - 1].text.lower() in _ONE \
                and (head or s.tokens[lo]).lemma in ORG_HEADS:  # not "с одним из резидентов ОЭЗ «…»"
            name.case = s.tokens[k - 1].feats.get("Case")  # "и одна из ведущих компаний «Молвест»": the name
            k -= 2  # is "одна", in its case and its list
        if k >= 0 and s.tokens[k].pos == "ADP":
            name.preposition = s.tokens[k].text.lower()
        elif names and k >= 0 and s.tokens[k].text.lower() in _JOINERS \
                and not (lo in aside and names[-1].lo not in aside):  # "…, являющееся частью концерна (КРЭТ)
            # Ростеха, заключили": a participle phrase's first name tells of the one before, it joins no list
            name.preposition, name.listed = _listed_in(names, name, aside), True
        names.append(name)
    return names


def _town_between(s: Sentence, lo: int, hi: int) -> bool:
    """Whether a town is a side "между" it and an organization: "между Первоуральском и Первоуральским
    новотрубным заводом" (its municipality signs), not two capitals standing for their countries ("между
    Киевом и Анкарой")."""
    after = hi + 1 + (hi + 1 < len(s.tokens) and s.tokens[hi + 1].text in OPENING_QUOTES)
    return lo > 0 and s.tokens[lo - 1].text.lower() == "между" and hi < len(s.tokens) and s.tokens[hi].text == "и" \
        and after in s.starts and s.starts[after][0].type == "ORG"


def _apposition_before(s: Sentence, lo: int, inner: bool = True) -> tuple[int, Any, Any]:
    """Where the words before the name at ``lo`` stop (the index of the first word that is no part of
    them), the noun they open with ("с производителем удобрений …") and the noun right before the name
    ("гендиректором компании «…»"). Unless ``inner`` is off, they may hold a phrase of their own after a
    preposition when they open with an apposition's head right after a preposition or a list's joiner:
    "между казахстанским производителем кузовов для легковых автомобилей ТОО «…»". A noun in a case other
    than the next one's and not completing it in the genitive ends them ("о сотрудничестве инвестор —
    компания «ННПП»")."""
    k, head, nearest = lo - 1, None, None
    while k >= 0 and (s.tokens[k].text in _QUOTES or s.tokens[k].pos in ("NOUN", "ADJ", "NUM")
                      and s.tokens[k].text[:1].islower() and k not in s.covered or _dashed(s, k)):
        if s.tokens[k].pos == "NOUN":
            if head is not None and head.feats.get("Case") not in ("Gen", None, s.tokens[k].feats.get("Case")):
                break  # "о сотрудничестве инвестор — компания «ННПП» — подписал": no noun's complement
            head = s.tokens[k]
            nearest = nearest or head
        k -= 1
    if inner and k > 0 and s.tokens[k].text.lower() in _INNER_PREPOSITIONS and head is not None:
        outer, opening, _ = _apposition_before(s, k, inner=False)
        if opening is not None and opening.lemma in APPOSITION_HEADS and outer >= 0 \
                and (s.tokens[outer].pos == "ADP" or s.tokens[outer].text.lower() in _JOINERS):
            return outer, opening, nearest
    return k, head, nearest


_ONE = {"один", "одна", "одно", "одного", "одной", "одному", "одним", "одну", "одном"}
_INNER_PREPOSITIONS = {"для", "из", "по"}  # "производитель кузовов для легковых автомобилей"


def _dashed(s: Sentence, k: int) -> bool:
    """Whether a dash at ``k`` sets off an apposition of the noun before it, in its case: "с крупнейшим
    инвестором – компанией «Новатэк»", "с двумя регионами – Татарстаном и Свердловской областью"."""
    tokens = s.tokens
    if not 0 < k < len(tokens) - 1 or tokens[k].text not in DASHES:
        return False
    before, after = tokens[k - 1], tokens[k + 1]
    return before.pos == "NOUN" and (after.pos == "NOUN" and after.text.islower() or k + 1 in s.starts) \
        and before.feats.get("Case") == after.feats.get("Case") is not None


def _aside(s: Sentence) -> set[int]:
    """The words of the participle phrases set off by commas ("ОАО «Ижорские заводы», входящие в Группу
    ОМЗ, и ОАО «Атомэнергопром»"), of the relative clauses ("между ОАО «ММЗ», который представлял генеральный
    директор, депутат … Олег Биушкин, и компанией «MWM»": to the comma before "и", if any) and of brackets
    ("АО «Уралвагонзавод» (входит в Госкорпорацию Ростех) и ООО …"): a list goes on past them."""
    inside: set[int] = set()
    tokens = s.tokens
    commas = [j for j, token in enumerate(tokens) if token.text == ","]
    for k in range(1, len(tokens)):
        if tokens[k - 1].text == "(":
            end = next((j for j in range(k + 1, len(tokens)) if tokens[j].text == ")"), None)
        elif tokens[k - 1].text == "," and tokens[k].feats.get("VerbForm") == "Part":
            end = next((j for j in commas if j > k), None)
        elif tokens[k - 1].text == "," and _relative(tokens, k):
            end = next((j for j in commas if j > k and j + 1 < len(tokens) and tokens[j + 1].text == "и"),
                       next((j for j in commas if j > k), None))
        else:
            continue
        if end is not None:
            inside.update(range(k, end))
    return inside


def _relative(tokens: list[Any], k: int) -> bool:
    """Whether a relative clause opens at ``tokens[k]``: "который …", or its preposition and noun first ("в
    состав которой входит …", "с которым")."""
    for token in tokens[k:k + 3]:
        if token.text.lower().startswith("котор"):
            return True
        if token.pos not in ("ADP", "NOUN") or not token.text.islower():
            return False
    return False


def _listed_in(names: list[Name], name: Name, aside: set[int]) -> str | None:
    """The preposition of the list a name joins: the last one before it in the same case (or of
    no case) that was no subject ("с А о создании парка «Б», В о …": В joins А, not the park) nor in a
    participle phrase (``aside``) the name is not in itself."""
    for earlier in reversed(names):
        if earlier.preposition == "между" and earlier is names[-1] and earlier.hi + 1 == name.lo:
            return earlier.preposition  # "между правительством Бурятии и Корпорации развития …": two, whatever case
        if earlier.preposition in SUBJECT_PREPOSITIONS or earlier.case == "Gen" and name.case != "Gen" \
                or earlier.lo in aside and name.lo not in aside \
                or earlier.entity.type == "LOC" and earlier.preposition in ("в", "во") and earlier.case == "Loc":
            continue  # "представительством … «Ростех» в Архангельской области и центром …": where the one before is
        if name.case in (earlier.case, None) or earlier.case is None:
            return earlier.preposition
        return None
    return None

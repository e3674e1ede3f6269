"""From mentions to the entities of one document: canonical names, kinds, coreference.

Organization names go to the nominative (:mod:`inflect`), abbreviations are joined to their
expansions, people are named "Имя Фамилия" with the patronymic kept aside, a surname alone is
the person named in full elsewhere in the text, and places become gazetteer entries. An unnamed
cluster or park ("электротехнический кластер") takes the name of the region the article is about.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from promgraph.graph.matching import same_name, skeleton, tokens
from promgraph.graph.names import (
    COMPOUND_STEMS,
    SHORT_FORMS,
    acronym,
    balanced_quotes,
    fold,
    name_key,
    nominative_legal_form,
    split_legal_form,
)
from promgraph.loaders.inflect import ADJECTIVE_ENDINGS, UD_CASES, Tagged, nominative_phrase, restore_case
from promgraph.loaders.lexicon import (
    ABBREVIATED_HEADS,
    ABBREVIATIONS,
    CLOSING_QUOTES,
    COMPOUND_GROUP,
    COUNTRY_ABBREVIATIONS,
    DISTRICT_CUT_SHORT,
    GENERIC_ABBREVIATIONS,
    GENERIC_HEADS,
    OPENING_QUOTES,
    ORG_HEADS,
    PATRONYMIC,
    PLACE_ADJECTIVE_ENDINGS,
    PLANT_HEADS,
    REFERRING_HEADS,
    REGION_ADJECTIVES,
    REGION_COMPOUNDS,
    REGION_WORDS,
    ROLES,
    SPELLED_HEADS,
    SUPRAREGIONAL,
)
from promgraph.loaders.mentions import Mention, abbreviation, field_compounded, glued_dot, in_own_quotes
from promgraph.loaders.ministries import FEDERAL, RENAMED, spelled_out
from promgraph.loaders.places import Gazetteer, Place
from promgraph.loaders.sources import line_around

__all__ = ["Entity", "group_entities", "acronym_of"]

_UNNAMED_KINDS = {"cluster", "technopark", "industrial_park"}
# Parts of the country that are no region, city or country of the model: in a name ("Корпорация развития
# Дальнего Востока") they are no place of the news.
_MACRO_REGIONS = {"дальний восток", "сибирь", "урал", "поволжье", "арктика", "европа", "восточная европа",
                  "западная европа", "азия", "ближний восток", "снг", "кавказ", "северный кавказ", "крайний север",
                  "центральная россия", "черноземье"}
_GENERIC_PLACES = {"республика", "область", "край", "регион", "округ"}
_COUNTRY_SUFFIXES = (" рф", " россии", " российской федерации")
# Where a compound's later stem begins, whose letter an abbreviation may or may not take: after a linking
# vowel ("трубо|прокатный", ЧТПЗ) or a prefix ("авто|завод", МАЗ).
_LINKING_VOWEL = re.compile(r"(?<=[а-яё]{3}[бвгджзклмнпрстфхцчшщ])[ое](?=[бвгджзклмнпрстфхцчшщ][а-яё]{5})")
_COMPOUND_PREFIX = re.compile(r"({})(?=[а-яё]{{3}})".format("|".join(
    (*COMPOUND_STEMS, "авто", "агро", "тепло", "энерго", "машино", "ново"))))
_RUSSIA = {"россии", "рф", "российской федерации"}  # a word of a name, no place of the article


@dataclass
class Entity:
    """One entity of a document, with every mention that names it."""

    id: str
    type: str
    name: str
    kind: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    props: dict[str, Any] = field(default_factory=dict)
    place: Place | None = None  # LOC: the gazetteer entry
    located: Place | None = None  # ORG: a place known from its name alone

    @property
    def aliases(self) -> list[str]:
        seen = {fold(self.name)}
        out = []
        for m in self.mentions:
            if fold(m.text) not in seen:
                seen.add(fold(m.text))
                out.append(m.text)
        return out


def _join(tokens: list[Any], words: list[str]) -> str:
    """Re-assemble the words standing for ``tokens`` with the spacing of the original text (a space where
    words were left out: "зоны (ОЭЗ) «Кулибин»"; none inside "А.Ш.")."""
    out = []
    for k, (token, word) in enumerate(zip(tokens, words, strict=True)):
        if k:
            gap = token.doc_text[tokens[k - 1].stop:token.start]
            out.append(" " if gap.strip() else gap)
        out.append(word)
    return "".join(out)


_COUNTRY_SUFFIX = (" РФ", " России", " Российской Федерации")
_COUNTRY_TAIL = re.compile("(?:{})$".format("|".join(_COUNTRY_SUFFIX)))


_FEDERAL_HEADS = {"министерство", "правительство", "администрация"}
# Unions keep "РФ" as they write it ("Ассоциация кластеров и технопарков РФ"); a state body's name spells it out.
_UNIONS = {"ассоциация", "союз"}
_KNOWN_NAMES = {full for full, _ in ABBREVIATIONS.values()}  # what "Федеральный" may be said of
_FOREIGN_TAIL = re.compile(r" (?:Республики (?:Беларусь|Казахстан|Узбекистан)|Беларуси|Белоруссии|Казахстана)$")
_LOCAL_BODY = re.compile(r"\b(?:[Оо]бластн|[Рр]айонн|[Гг]ородск)\w* исполнительн")
_CYRILLIC_WORD = re.compile(r"[А-Яа-яЁё]+")
_INITIAL = re.compile(r"\b([А-ЯЁA-Z])\.(?=[А-ЯЁA-Z][а-яёa-z])")
_EPONYM = re.compile(r"\bим\.\s*")


# A region's name in the genitive, as it ends a regional body's name: "… Омской области", "… Республики Коми"
_OF_REGION = re.compile(r"(?:области|края|округа|Республики(?: [А-ЯЁ][\w-]*)?)$")


def _spelled_body(words: list[str]) -> bool:
    """Whether a name said with "РФ" is a body's spelled out in words ("Военно-промышленная комиссия РФ"), not
    an abbreviation's ("МИД РФ", "ВМФ РФ"), a union's or a phrase's ("… субъектов РФ")."""
    return len(words) > 2 and words[0] not in _UNIONS and words[-2] != "субъектов"


def _federal(name: str) -> str:
    """"Министерство промышленности и торговли Российской Федерации" for "… РФ" and "… России": the
    official form of a federal ministry's or the government's name, and of any other state body's said with
    "РФ" ("Военно-промышленная комиссия РФ"); "имени" for "им."; a region's body
    without the country its region is in ("Правительство Омской области РФ"); a known name without the
    "Федеральный" said of it ("Федеральный Фонд развития промышленности")."""
    name = _EPONYM.sub("имени ", name)
    for suffix in _COUNTRY_SUFFIX:
        if name.endswith(suffix) and _OF_REGION.search(name[:-len(suffix)]):
            return name[:-len(suffix)]
    country = _FOREIGN_TAIL.search(name)
    if country and _LOCAL_BODY.search(name[:country.start()]):  # "Витебский областной исполнительный комитет
        return name[:country.start()]  # Республики Беларусь": the region's body, said with its country
    words = name.lower().split()
    for suffix in _COUNTRY_SUFFIX[:1 + (words[0] in _FEDERAL_HEADS)]:
        if name.endswith(suffix) and (words[0] in _FEDERAL_HEADS or _spelled_body(words)):
            return name[:-len(suffix)] + _COUNTRY_SUFFIX[2]
    first, _, rest = name.partition(" ")
    rest = rest[:1].upper() + rest[1:]
    if first in ("Федеральный", "Федеральная", "Федеральное") and rest in _KNOWN_NAMES:
        return rest  # "Федеральный фонд развития промышленности": "федеральный" said of a known name
    return name


# A hyphen typed with a space after it inside a name: "РТ- Информ" is "РТ-Информ" (not "машино- и приборо…").
_WORD_DASH = re.compile(r"(?<=\w)[–—](?=\w)")  # a dash typed for a hyphen inside a word: "Алтай–Кокс"
_SPACED_HYPHEN = re.compile(r"(?<=\w)- (?=[А-ЯЁA-Z])")


def _org_name(morph: Any, mention: Mention) -> str:
    name = _federal(_spelled_out(_CATALOGUED.sub("", _written_name(morph, mention))))
    return balanced_quotes(_SPACED_HYPHEN.sub("-", _WORD_DASH.sub("-", name)))


# A directory's form of a name, its abbreviation and legal form after it: "компании «Хабаровский
# судостроительный завод (ХСЗ), АО»" is the Хабаровский судостроительный завод.
_CATALOGUED = re.compile(r"(?:\s*\([А-ЯЁA-Z]{{2,}}\))?,\s*(?:{})$".format("|".join(map(re.escape, SHORT_FORMS))))


# "управляющей компанией «…»" (tagged a verb), but not a manager's "управляющий компанией «Вега»"
_MANAGING = re.compile(r"управляющ(ая|ей|ую|ие|их|ими)\s+$", re.IGNORECASE)


def _written_name(morph: Any, mention: Mention) -> str:
    if mention.method == "rule:repeated_name":
        return mention.normal or mention.text
    if (formal := nominative_legal_form(mention.text)) != mention.text:
        return formal  # "Общества с ограниченной ответственностью «…»": the name is the quote, as written
    if mention.method == "rule:coordinated":
        return _one_of_many(morph, mention)
    if mention.method == "rule:shared_head":  # "(Правительства Иркутской области и) Республики Бурятия"
        words = nominative_phrase(morph, mention.tokens, mention.head, singular=True)
        return " ".join(words)[:1].upper() + " ".join(words)[1:]
    head = mention.tokens[mention.head] if mention.head is not None else None
    if mention.quoted in ABBREVIATIONS:  # "национальным институтом развития «ВЭБ.РФ»": a known name, described
        return ABBREVIATIONS[mention.quoted][0]
    if mention.quoted and head is not None and any(fold(w).startswith(fold(head.lemma))
                                                   for w in mention.quoted.split()):
        return mention.quoted  # "кластера «Композитный кластер Санкт-Петербурга»": the quote is the whole name
    if mention.quoted and head is not None and head.lemma == "компания" \
            and _MANAGING.search(head.doc_text[max(0, head.start - 20):head.start]):
        return f"Управляющая компания «{mention.quoted}»"  # a company of its own, not what it manages
    if mention.quoted and head is not None and head.lemma == "группа":
        return f"Группа компаний «{mention.quoted}»"  # "группой компаний «Титан»": the group's own name
    if mention.legal_form and mention.quoted and _kind_written_short(mention.tokens):
        return f"{mention.tokens[1].text} «{mention.quoted}»"  # "АО ПКО «Теплообменник»": the kind is named
    if mention.legal_form or mention.quoted and head is not None and (
            head.lemma in GENERIC_HEADS or head.lemma in PLANT_HEADS and (
                mention.head == 0 or head.feats.get("Number") == "Plur"
                or all(t.text.islower() for t in mention.tokens[:mention.head + 1]))):
        # "завод «Ижсталь»", "тульские заводы «Штамп»", "авиационным заводом «Авиастар»": the quoted name (but
        # "Прибалтийский судостроительный завод «Янтарь»" is written as a name)
        return _declined_quote(morph, mention) or mention.quoted or mention.text
    known = _known(mention.text)
    if known:  # "МЧС России", "ФРП РФ": the country says whose it is
        return known[0]
    if mention.quoted and mention.head is None and _listed_as_written(morph, mention):
        return mention.quoted  # "компаниями «Атлант» и «Элит»": the list's first name tells its case
    # the tagger's span may leave the quotes out; one starting with an adjective the generic phrase below declines
    quoted = mention.quoted or in_own_quotes(mention) and not any(
        p.tag.POS == "ADJF" for p in morph.parse(mention.tokens[0].text.lower()))
    declined = _declined_quote(morph, mention) if quoted and mention.head is None else None
    if declined:  # "между … и «Апатитом»", "с «Газпром нефтью»"
        return declined
    if mention.method == "rule:abbreviated_head" and mention.tokens[1].text in OPENING_QUOTES:
        short = mention.tokens[0].text
        return f"{ABBREVIATED_HEADS[short][0] if short in SPELLED_HEADS else short} «{mention.quoted}»"
    if mention.method == "rule:abbreviated_head" and mention.quoted is None \
            and mention.tokens[0].text in SPELLED_HEADS:  # "ТОСЭР в Боровичах"
        return f"{ABBREVIATED_HEADS[mention.tokens[0].text][0]} {mention.text.split(' ', 1)[1]}"
    if mention.method == "rule:abbreviated_head":
        return mention.text  # "ТОР Кондрово", unquoted, as the text has it; "НПО ГОИ имени Вавилова"
    tokens = [_as_adjective(morph, _as_noun(morph, t)) for t in mention.tokens]
    # the phrase's own head is its first common noun, though the kind may be told by a later one:
    # "Архангельское региональное отделение Союза машиностроителей", "Экспертный совет по … зонам",
    # "Президиума Правительственной комиссии" (a common noun the tagger took for a name)
    first = next((k for k, t in enumerate(tokens) if t.pos == "NOUN" or t.pos == "PROPN" and _common_noun(morph, t)),
                 None)
    head = first if mention.head is not None and first is not None and first < mention.head else mention.head
    governed = next((k for k, t in enumerate(tokens) if k and t.pos == "ADP"), None)
    if head is not None and governed is not None and head > governed:
        # a head noun after a preposition is governed: "Совета при правительстве РФ", "ПСО при правительстве"
        head = next((k for k in range(governed - 1, -1, -1) if tokens[k].pos in ("NOUN", "PROPN")), head)
    if head is None:  # past a capitalized adjective the tagger took for a name: "Улан-Удэнской ТЭЦ-2"
        head = next((k for k, t in enumerate(tokens) if t.pos == "NOUN" or t.pos == "PROPN" and not (
            k + 1 < len(tokens) and _never_a_noun(morph, t.text))), None)
    if head is None or _site_like(mention.tokens):  # the written tokens: only they know where they stand
        return mention.text
    words = nominative_phrase(morph, tokens, head)
    name = _join(mention.tokens, words)
    name = name[:1].upper() + name[1:]
    known = _known(name)
    return known[0] if known else name  # "Фонд развития промышленности России": the federal fund's own name


def _known(text: str) -> tuple[str, str] | None:
    """The lexicon's organization for a name or an abbreviation, maybe said with its country after it ("МЧС
    России", "ФРП РФ", "Фонд развития промышленности России")."""
    return ABBREVIATIONS.get(text) or ABBREVIATIONS.get(_COUNTRY_TAIL.sub("", text))


def _as_noun(morph: Any, token: Any) -> Any:
    """A word the tagger read as an adjective that has no adjective's ending and that the dictionary reads
    only as a noun, as that noun: "Инвестагентство Приморского края" is an agency, not a "край"."""
    if token.pos != "ADJ" or token.text.lower().endswith(ADJECTIVE_ENDINGS):
        return token
    parses = morph.parse(token.text.lower())
    if not parses or any(p.tag.POS != "NOUN" for p in parses):
        return token
    cases = {UD_CASES[p.tag.case] for p in parses if p.tag.case in UD_CASES}
    case = next((c for c in (token.feats.get("Case"), "Nom") if c in cases), None)  # else left as written
    feats = {k: v for k, v in token.feats.items() if k in ("Number", "Gender")}
    return Tagged(token.text, "NOUN", {**feats, "Case": case} if case else feats)


def _as_adjective(morph: Any, token: Any) -> Any:
    """A capitalized word the tagger read as a noun that has an adjective's ending and that the dictionary reads
    only as an adjective, as that adjective: "«Донских биотехнологий»" are "Донские биотехнологии"."""
    town, on, _ = token.text.partition("-на-")  # "Комсомольском-на-Амуре": a town's adjective, read as its name
    if on and token.pos in ("NOUN", "PROPN") and town.lower().endswith(ADJECTIVE_ENDINGS):
        return Tagged(token.text, "ADJ", token.feats)
    if token.pos != "NOUN" or not token.text[:1].isupper() or not token.text.lower().endswith(ADJECTIVE_ENDINGS) \
            or not _never_a_noun(morph, token.text.lower()):
        return token
    return Tagged(token.text, "ADJ", token.feats)


def _common_noun(morph: Any, token: Any) -> bool:
    """Whether a capitalized word is only a common noun in the dictionary, no name's or place's ("Президиума",
    not "Ростеха" or "Москвы")."""
    parses = morph.parse(token.text.lower())
    return bool(parses) and _common_word(parses) and all(p.tag.POS == "NOUN" for p in parses)


def _never_a_noun(morph: Any, text: str) -> bool:
    """Whether the dictionary reads a word as an adjective and never as a noun ("Улан-Удэнской"); not
    :func:`_adjective_only`, which asks it of a place's mentions."""
    parses = morph.parse(text)
    return any(p.tag.POS == "ADJF" for p in parses) and not any(p.tag.POS == "NOUN" for p in parses)


def _kind_written_short(tokens: list[Any]) -> bool:
    """Whether a legal form is followed by its kind's initials, which name it with the quote ("АО ПКО
    «Теплообменник»", "ООО НПФ «Алтайский букет»"), not by a generic kind ("ООО ПО «Форэнерго»")."""
    return len(tokens) > 2 and tokens[2].text in OPENING_QUOTES and tokens[1].text.isupper() \
        and tokens[1].text not in GENERIC_ABBREVIATIONS


def _site_like(tokens: list[Any]) -> bool:
    """A brand written like a site, whose words do not decline: "Медтех.Москва" (not "В.И.Ульянова", nor a
    head's tail: "корпорацией развития ВЭБ.РФ")."""
    return len(tokens) > 2 and glued_dot(tokens, 1) and len(tokens[0].text) > 2


def _declined_quote(morph: Any, mention: Mention) -> str | None:
    """A quoted name written in its sentence's case, in the nominative: "между … и «Апатитом»" →
    "Апатит", "предприятиями «Объединенной авиастроительной корпорации»" → "Объединенная
    авиастроительная корпорация". Only when its first word cannot be a nominative: "«Знамя труда»",
    "«Красное Сормово»" are as written."""
    texts = [t.text for t in mention.tokens]
    quotes = [k for k, text in enumerate(texts) if text in OPENING_QUOTES or text in CLOSING_QUOTES]
    if not quotes:
        words = mention.tokens
    elif len(quotes) == 2 and quotes[1] > quotes[0] + 1:  # one quote, not nested ones
        words = mention.tokens[quotes[0] + 1:quotes[1]]
    else:
        return None
    if not _CYRILLIC_WORD.fullmatch(words[0].text) or _site_like(words):
        return None  # a foreign word, or a brand written like a site ("«Медтех.Москва»")
    first = morph.parse(words[0].text.lower())
    readings = [p for p in first if p.tag.POS in ("NOUN", "ADJF", "PRTF")
                and not _PERSONAL & p.tag.grammemes]  # no person's name: "«Эллара»" is no "Эллар"'s
    parses = [p for p in readings if _in_dictionary(p)]  # not guessed: "Ростеха", "Амкодор"; but a guessed
    # masculine's instrumental ending is no nominative's: "«Татспиртпромом»"
    if not parses and len(words) == 1 and _INSTRUMENTAL.search(words[0].text) \
            and not any(p.tag.case == "nomn" for p in readings):
        parses = [p for p in readings if p.tag.POS == "NOUN" and p.tag.case == "ablt"]
    if quotes and quotes[0] > 0 and not mention.legal_form \
            and all(p.tag.number == "plur" for p in parses if p.tag.case == "nomn"):
        parses = [p for p in parses if p.tag.number == "sing"] or parses  # governed by the word before it:
        # "предприятий «Группы ГАЗ»" is the group's, not "groups" (but "ООО «Башни РВС»" is named in apposition)
    last = _instrumental_only(morph, words[-1].text) if len(words) == 2 else None
    if last is not None and not any(p.tag.case == "ablt" for p in first):
        return f"{words[0].text} {last}"  # "с «Газпром нефтью»": only its last word declines (but "«Пикалевским
        # цементом»" both)
    if not parses or any(p.tag.case == "nomn" for p in parses) or parses[0].tag.case not in _OBLIQUE:
        return None
    case = parses[0].tag.case
    kind = mention.tokens[quotes[0] - 1] if quotes and quotes[0] > 0 else None
    if mention.legal_form or kind is not None and kind.lemma in ORG_HEADS and kind.feats.get("Number") == "Sing" \
            and kind.feats.get("Case") not in (None, _OBLIQUE[case]):
        return None  # "компания «Логистик Лес»": a name in apposition to its kind word keeps its own case, as one
        # after a legal form always does ("ООО «Элит»", not the "элиты")
    head = next((k for k, t in enumerate(words)
                 if any(p.tag.POS == "NOUN" and p.tag.case == case for p in morph.parse(t.text.lower()))), None)
    if head is None or any(_CYRILLIC_WORD.fullmatch(t.text)
                           and not any(map(_in_dictionary, morph.parse(t.text.lower()))) for t in words[head + 1:]):
        return None  # "«Паха Тере»": a word the dictionary does not know after it, the name is not Russian
    feats = {"Case": _OBLIQUE[case], "Number": "Plur" if parses[0].tag.number == "plur" else "Sing"}
    cased = [Tagged(t.text, "NOUN" if k == head else "ADJ", feats) if k <= head else Tagged(t.text, t.pos, t.feats)
             for k, t in enumerate(words)]
    return _join(words, nominative_phrase(morph, cased, head))


def _instrumental_only(morph: Any, word: str) -> str | None:
    """The nominative of a lower-case noun that can only be an instrumental ("нефтью" → "нефть"; not
    "нефти", which may be a name's genitive: "«Знамя труда»"), else None."""
    parses = [p for p in morph.parse(word) if _in_dictionary(p)]
    if not word.islower() or not parses or any(p.tag.POS != "NOUN" or p.tag.case != "ablt" for p in parses):
        return None
    nominative = parses[0].inflect({"nomn"})
    return nominative.word if nominative is not None else None


def _in_dictionary(parse: Any) -> bool:
    """Whether pymorphy read the word from its dictionary, not guessed it from its ending."""
    return len(parse.methods_stack) == 1


# The quote marks as regular-expression classes' contents
_OPENING, _CLOSING = "".join(sorted(OPENING_QUOTES)), "".join(sorted(CLOSING_QUOTES))
# A quoted name listed after another, its first word: "с компаниями «Атлант» и «Элит»"
_AFTER_QUOTED = re.compile(rf"[{_OPENING}]([А-Яа-яЁё]+)[^{_OPENING}{_CLOSING}]*[{_CLOSING}]\s*(?:,|и)\s*[{_OPENING}]?$")


def _listed_as_written(morph: Any, mention: Mention) -> bool:
    """Whether a quoted name follows one listed before it that is written in the nominative and cannot be
    in a case the name may be read in: "компаниями «Атлант» и «Элит»" are both as written, though "Элит"
    reads as "элита"'s genitive; but "между «Апатитом» и «Северсталью»" are both declined."""
    before = _AFTER_QUOTED.search(mention.tokens[0].doc_text[max(0, mention.start - 60):mention.start])
    if before is None:
        return False
    cases = {p.tag.case for p in morph.parse(mention.tokens[0].text.lower())}
    # the cases the dictionary knows the name before in, not those it guesses ("«БазэлЦемент-Пикалево»")
    listed = {p.tag.case for p in morph.parse(before.group(1).lower()) if _in_dictionary(p)}
    return "nomn" in listed and not cases & listed


# A masculine noun's instrumental after a hard consonant: "Татспиртпромом" ("«Газпром»" reads as a nominative
# too, and stays as written)
_INSTRUMENTAL = re.compile(r"[бвгдзклмнпрстфхц]ом$")
_OBLIQUE = {case: ud for case, ud in UD_CASES.items() if case not in ("nomn", "accs")}  # "accs": the nominative's twin
_PERSONAL = {"Name", "Patr"}  # a surname names plants: "«Кузнецова»" is ПАО «Кузнецов»


def _ministry_name(morph: Any, ministry: str, mention: Mention, region: Place | None,
                   gazetteer: Gazetteer) -> tuple[str, Place | None]:
    """"Минпромторг Крыма" → "Министерство промышленности и торговли Республики Крым": the region its
    words name, the country's ("РФ", "России"), the article's ("региона", "республики", or its initials:
    "Минпромэнерго РД" in an article about Дагестан), a foreign country's ("Минтранса Белоруссии"); a
    short form alone is the federal ministry of that name, else the article's region's; initials that
    name no region the article has are kept as written ("Минпромторг РБ")."""
    tail = mention.tokens[1:]
    place = _known_place(mention.places[0], morph, gazetteer) if mention.places else None
    if place is None and tail and fold(tail[-1].text) in ("региона", "области", "края", "республики", "округа"):
        place = region
    if place is None and tail and tail[-1].text in COUNTRY_ABBREVIATIONS:
        place = gazetteer.lookup(tail[-1].text)
    if place is None and len(tail) == 1:  # "Минтранса Белоруссии", "Минпромэнерго РД" in an article about Дагестан
        word = tail[0].text
        place = gazetteer.lookup(word) or gazetteer.lookup(morph.parse(word)[0].normal_form) \
            or gazetteer.lookup_declined(word) \
            or (region if region is not None and word.isupper() and acronym_of(word, region.name) else None)
    if place is None and not any(t.text[:1].isupper() for t in tail):  # "Минпромторга по уровню …": alone
        place = gazetteer.lookup("Россия") if ministry in FEDERAL else region
    if place is None and len(tail) == 1 and tail[0].text.isupper():
        return f"{ministry} {tail[0].text}", None  # "Минпромторг РБ" with no republic to tell: as written
    if place is None:
        return ministry, None
    if place.kind == "country" and place.name == "Россия":
        return f"{RENAMED.get(ministry, ministry)} Российской Федерации", None
    return f"{ministry} {_genitive(morph, place.name)}", None if place.kind == "country" else place


def _without_country(name: str, mention: Mention, morph: Any, gazetteer: Gazetteer) -> str:
    """The name without the country its place is in: "акимат Атырауской области Казахстана" is the
    Акимат Атырауской области, the country says where the region is."""
    if len(mention.places) < 2 or not name.endswith(mention.places[-1].text):
        return name
    place, before = mention.places[-1], mention.places[-2]
    if mention.tokens[0].doc_text[before.stop:place.start].strip():
        return name  # "… области и Казахстана": two places
    country = _known_place(place, morph, gazetteer)
    if country is None or country.kind != "country" or _place(before, morph, gazetteer).kind == "country":
        return name
    return name[:-len(place.text)].rstrip()


def _official_tail(morph: Any, name: str, place: Mention, mention: Mention, gazetteer: Gazetteer,
                   region: Place | None) -> str:
    """The name with the place it ends in given officially: "Правительство Удмуртской Республики" for
    "Правительство Удмуртии", "Лесопромышленный кластер Ленинградской области" for "… Ленобласти",
    "Правительство Республики Коми" for "Правительство РК" in an article about Коми, "Правительство
    Пермского края" for "правительство Прикамья"."""
    at = next((k for k, t in enumerate(mention.tokens) if t.start == place.start), 0)
    if at and (mention.tokens[at - 1].pos == "ADP" or at > 1 and mention.tokens[at - 2].pos == "ADP"):
        return name  # "Особая экономическая зона в Ишимбае", "… в моногороде Боровичи": where it is, as written
    if mention.head is not None and at == mention.head + 1 and mention.tokens[at].feats.get("Case") == "Nom" \
            and mention.tokens[mention.head].feats.get("Case") not in (None, "Nom"):
        return name  # "свободного порта Владивосток": a name in apposition, which stays in the nominative
    known = _known_place(place, morph, gazetteer)
    if known is None and region is not None and _initials_of(place.text, region.name):
        known = region
    if known is None or place.stop != mention.stop or not name.endswith(place.text) or known.kind == "country":
        return name
    short = place.text.isupper() or any(w.startswith(fold(place.text)[:3]) for w in fold(known.name).replace(
        "-", " ").split())
    if not short and mention.kind != "government":
        return name  # "Корпорация развития Среднего Урала": another name, but a government's is official
    official = _genitive(morph, known.name)
    before = name[:len(name) - len(place.text)].split()
    if before and before[-1].islower() and fold(before[-1]) == fold(official.split()[0]):
        before.pop()  # "комиссия … республики Дагестан": the official name says "Республики" itself
    return " ".join([*before, official])


def _known_place(mention: Mention, morph: Any, gazetteer: Gazetteer) -> Place | None:
    """The gazetteer's place for a LOC mention, or None when the gazetteer does not know it."""
    for name in (mention.normal, mention.text):
        if name and gazetteer.lookup(name):
            return gazetteer.lookup(name)
    return gazetteer.lookup(" ".join(morph.parse(t.text)[0].normal_form for t in mention.tokens)) \
        or _region_named_together(morph, mention, gazetteer) \
        or gazetteer.lookup(_region_written_out(morph, mention) or "") \
        or _said_as_a_region(morph, mention, gazetteer) \
        or (gazetteer.lookup_declined(mention.text) if len(mention.tokens) == 1 else None)


def _said_as_a_region(morph: Any, mention: Mention, gazetteer: Gazetteer) -> Place | None:
    """"Магаданского региона", "Пермского региона": the region of that adjective, whatever its own noun."""
    if len(mention.tokens) < 2 or _region_noun(morph, mention.tokens[-1].text.lower()) != "регион":
        return None
    return next((place for noun in ("область", "край", "республика", "округ")
                 if (place := gazetteer.lookup(_region_written_out(morph, mention, noun) or ""))), None)


_REGION_NOUNS = {"область": "femn", "республика": "femn", "край": "masc", "округ": "masc", "регион": "masc",
                 "район": "masc"}
_REGION_ABBREVIATIONS = {"обл": "область", "респ": "республика"}


_MUNICIPAL_NOUNS = {"район", "поселение", "округ", "город"}


def _unquoted(tokens: list[Any]) -> list[Any]:
    return [t for t in tokens if t.text not in OPENING_QUOTES and t.text not in CLOSING_QUOTES]


def _municipality(mention: Mention) -> bool:
    """Whether an organization's name is a town's or district's with no body named: "Хабаровский
    муниципальный район", "Ракитненское сельское поселение", "Город Хабаровск", quoted or not (but
    «Новый город» is a company's)."""
    words = _unquoted(mention.tokens)
    if mention.type != "ORG" or mention.legal_form or not words or any(t.lemma in ORG_HEADS for t in words):
        return False
    first, last = words[0], words[-1]
    return first.pos == "ADJ" and last.lemma in _MUNICIPAL_NOUNS - {"город"} \
        or first.text == "Город" and len(words) > 1 and words[1].text[:1].isupper()


def _place_named_as_organization(mention: Mention, morph: Any, gazetteer: Gazetteer, surnames: set[str]) -> None:
    """Make a place of an organization's mention that names a region or a town and nothing more
    ("Делегация Алтайского края", "«Хабаровский муниципальный район»"), and write a place's name
    without its quotes and without "Город" ("Город Хабаровск" is Хабаровск)."""
    if _region_tagged_organization(mention, morph, gazetteer, surnames) or _municipality(mention) \
            or _town_written_short(mention, gazetteer):
        mention.type = "LOC"
    if mention.type == "LOC" and mention.quoted:
        words = _unquoted(mention.tokens)
        mention.tokens, mention.start, mention.stop = words, words[0].start, words[-1].stop
        mention.normal = mention.quoted = None
    if mention.type == "LOC" and mention.tokens[0].lemma == "город" and len(mention.tokens) > 1:
        mention.tokens, mention.start, mention.normal = mention.tokens[1:], mention.tokens[1].start, None


def _town_written_short(mention: Mention, gazetteer: Gazetteer) -> bool:
    """Whether NER's person is a town whose first word is cut to its letter, as a dateline writes it:
    "Н.Новгород", "Н. Челны"."""
    tokens = mention.tokens
    return mention.type == "PER" and len(tokens) == 3 and len(tokens[0].text) == 1 and tokens[1].text == "." \
        and any(gazetteer.lookup(f"{tokens[0].text}. {word}") for word in (tokens[2].text, tokens[2].lemma))


def _region_tagged_organization(mention: Mention, morph: Any, gazetteer: Gazetteer, surnames: set[str]) -> bool:
    """Whether NER's organization is a region's name and nothing more: "Алтайского края", "глава
    Приамурья"; or its person is, in one word ("между Удмуртией и «Росатомом»"), whom no one of the
    article is called by (``surnames``: "Джеймс Коми" is no Республика Коми)."""
    if mention.type == "PER" and (len(mention.tokens) > 1 or fold(mention.text) in surnames) \
            or mention.type not in ("ORG", "PER") or mention.method != "natasha:ner" or mention.head is not None \
            or mention.quoted or len(mention.tokens) > 1 and mention.tokens[-1].lemma not in _REGION_NOUNS:
        return False
    if len(mention.tokens) == 1:  # "Татарстану", and "Приамурья", which no dictionary knows
        place = gazetteer.lookup(mention.normal or mention.text) or gazetteer.lookup_declined(mention.text) \
            or gazetteer.lookup(morph.parse(mention.text)[0].normal_form)
    else:
        place = _known_place(mention, morph, gazetteer)
    return place is not None and place.kind == "region"


def _place_in_tail(mention: Mention, morph: Any, gazetteer: Gazetteer) -> Place | None:
    """The place a name ends on when NER did not tag it apart: "Почта России", "Национальная гвардия
    Украины", "Центральный банк РФ", a region inside quotes ("«Корпорация развития Калужской области»"),
    but not "Единая Россия", a party's name."""
    words = [t for t in mention.tokens if t.text not in CLOSING_QUOTES]  # "«Свободная партия Эстонии»" too
    if len(words) < 2:
        return None
    *_, before, last = words
    if last.lemma in _REGION_NOUNS and before.text[:1].isupper() and len(words) > 2 and mention.quoted:
        return gazetteer.lookup(_agreeing(morph, [before.text.lower()], last.lemma) or "")  # "«… Калужской области»"
    if not last.text[:1].isupper() or before.pos not in ("NOUN", "PROPN") or last.feats.get("Case", "Gen") != "Gen":
        return None
    return gazetteer.lookup(last.text) or gazetteer.lookup(last.lemma) or next(
        filter(None, (gazetteer.lookup(p.normal_form) for p in morph.parse(last.text) if "Geox" in p.tag)), None)


def _region_named_together(morph: Any, mention: Mention, gazetteer: Gazetteer) -> Place | None:
    """A region named with others that share its noun in the plural, in the nominative singular:
    "Челябинской областями" and "Тверской" of "Тверской и Челябинской областями" → Челябинская область,
    Тверская область."""
    words = [t.text.lower() for t in mention.tokens]
    noun = _region_noun(morph, words[-1])
    if noun is not None:
        return gazetteer.lookup(_agreeing(morph, words[:-1], noun) or "")
    if len(words) != 1:
        return None
    for noun in _REGION_NOUNS:
        place = gazetteer.lookup(_agreeing(morph, words, noun) or "")
        if place is not None and place.kind == "region":
            return place
    return None


def _region_noun(morph: Any, word: str) -> str | None:
    """"область" of "областями" or "обл.": the region's noun a word is a form of, or None."""
    if word in _REGION_ABBREVIATIONS:
        return _REGION_ABBREVIATIONS[word]
    if DISTRICT_CUT_SHORT.fullmatch(word):
        return "район"
    return next((p.normal_form for p in morph.parse(word) if p.tag.POS == "NOUN" and p.normal_form in _REGION_NOUNS),
                None)


def _agreeing(morph: Any, adjectives: list[str], noun: str) -> str | None:
    """The adjectives in the nominative singular agreeing with a region's noun, then the noun."""
    forms = [next((form for p in morph.parse(w) if p.tag.POS == "ADJF"
                   for form in [p.inflect({"nomn", "sing", _REGION_NOUNS[noun]})] if form is not None), None)
             for w in adjectives]
    return None if None in forms else " ".join([*(f.word for f in forms), noun])


def _one_of_many(morph: Any, mention: Mention) -> str:
    """"Торезский электротехнический завод" of "Донецкий и Торезский электротехнические заводы": the
    adjective, the shared ones and the head in the nominative singular; "госуниверситет" spelled out."""
    adjectives, head, tail = mention.tokens[:mention.head], mention.tokens[mention.head], \
        mention.tokens[mention.head + 1:]
    plural = next((p for p in morph.parse(head.text) if p.tag.POS == "NOUN" and p.tag.number == "plur"), None)
    noun = plural.inflect({"nomn", "sing"}) if plural else None
    if noun is None:
        return mention.text
    words = []
    for token in adjectives:
        form = next((p.inflect({"nomn", "sing", noun.tag.gender}) for p in morph.parse(token.text)
                     if p.tag.POS == "ADJF"), None)
        same = form is None or fold(form.word).replace("-", "") == fold(token.text).replace("-", "")
        words.append(token.text if same else restore_case(token.text, form.word))  # "Южно-Уральский" as is
    return " ".join([*words, noun.word, *(t.text for t in tail)])


# Compound heads the official name spells out: "Гродненский облисполком" is the Гродненский областной
# исполнительный комитет.
_COMPOUND_HEADS = {"облисполком": "областной исполнительный комитет", "горисполком": "городской исполнительный комитет",
                   "райисполком": "районный исполнительный комитет"}


# The Union of Machine Builders by its syllables, or a regional branch of it: "СоюзМаш России",
# "Свердловское РО СоюзМаш", "Челябинское региональное отделение СоюзМаш России".
# The branch's adjective may have been put to agree with "РО" ("Томский РО СоюзМаш"): its stem is kept.
_MACHINE_BUILDERS = re.compile(r"(?:(?P<branch>[А-ЯЁ][\w-]*?)(?:ое|ий|ый|ой) (?:РО|региональное отделение|отделение) )?"
                               r"(?:ООО )?«?СоюзМаш(?:а|у|ем|е)?(?: России)?»?", re.IGNORECASE)


def _spelled_out(name: str) -> str:
    """"госуниверситет" written out in the order of official names: "Тюменский медицинский госуниверситет"
    → "Тюменский государственный медицинский университет"; "облисполком" as "областной исполнительный
    комитет"; "СоюзМаш" as the Союз машиностроителей России."""
    union = _MACHINE_BUILDERS.fullmatch(name)
    if union:
        branch = union["branch"]
        return f"{branch}ое региональное отделение Союза машиностроителей России" if branch \
            else "Союз машиностроителей России"
    words = name.split(" ")
    if len(words) > 1 and words[-1] in SPELLED_HEADS and all(w.endswith(ADJECTIVE_ENDINGS) for w in words[:-1]):
        spelled = ABBREVIATED_HEADS[words[-1]][0]  # "Астраханская ОЭЗ": the zone's kind, written out after its
        return " ".join([*words[:-1], spelled[:1].lower() + spelled[1:]])  # adjective as an official name writes it
    k = next((i for i, w in enumerate(words) if w.lower() == "госуниверситет"), None)
    if k is None:
        return " ".join(_COMPOUND_HEADS.get(w.lower(), w) if i else w for i, w in enumerate(words))
    words[k] = words[k][3:]
    words.insert(1 if k else 0, "государственный" if k else "Государственный")
    return " ".join(words)


_REGION_TYPES = {"областной": "област", "облправительство": "област", "обладминистрация": "област", "краевой": "край",
                 "республиканский": "республик", "окружной": "округ"}


def _region_called(mention: Mention, places: dict[str, Entity], region: Place) -> Place:
    """The region an "областной", "краевой" or "… области" body belongs to: the article's region of that
    type ("В Москве … областная корпорация развития" is Рязанская область's), else the article's."""
    words = [fold(t.lemma) for t in mention.tokens]
    wanted = next((_REGION_TYPES[w] for w in words if w in _REGION_TYPES), None) or next(
        (fold(t.text)[:-1] for t in mention.tokens[mention.head + 1:] if t.lemma in REGION_WORDS), None)
    if not wanted or wanted in fold(region.name):
        return region
    of_type = [e.place for e in places.values() if e.kind == "region" and wanted in fold(e.name)]
    return max(of_type, key=lambda p: len(places[p.name].mentions), default=region)


def _body_of_adjective(mention: Mention, morph: Any, gazetteer: Gazetteer,
                       places: Iterable[Entity]) -> tuple[str, Place] | None:
    """The government or ministry a place's adjective tells the seat of, and that seat: "пензенское
    правительство" → ("Правительство", Пензенская область); "Татарстанский минпромторг", "свердловского
    Минпромнауки" → the ministry spelled out, of the region the adjective names."""
    tokens = mention.tokens
    if len(tokens) != 2 or not tokens[0].text.lower().endswith(PLACE_ADJECTIVE_ENDINGS) \
            and gazetteer.of_adjective(tokens[0].text) is None:
        return None
    ministry = spelled_out(tokens[1].text) if tokens[1].text[0] in "Мм" else None
    body = "Правительство" if tokens[1].lemma == "правительство" else ministry
    if body is None:
        return None
    seat = _region_of_adjective(tokens[0].text, morph, gazetteer)
    if seat is None and (named := place_of_adjective(tokens[0].text, places)) is not None and named.kind == "region":
        seat = named.place  # "Татарстанский": the republic the article names
    return (body, seat) if seat is not None else None


def _region_of_adjective(word: str, morph: Any, gazetteer: Gazetteer) -> Place | None:
    """The region of a place's adjective: its town's region ("пензенское"), or the region it names
    ("свердловского" → Свердловская область), or the one it is said of ("подмосковного")."""
    said = gazetteer.of_adjective(word)
    if said is not None and said.kind == "region":
        return said
    town = gazetteer.city_of_adjective(word)
    if town is not None and town.parent:
        return gazetteer.lookup(town.parent)
    parse = next((p for p in morph.parse(word.lower()) if p.tag.POS == "ADJF"), None)
    for gender, noun in (("femn", "область"), ("masc", "край")):
        form = parse.inflect({gender, "nomn", "sing"}) if parse is not None else None
        found = gazetteer.lookup(f"{form.word} {noun}") if form is not None else None
        if found is not None:
            return found
    return None


def _regional_name(morph: Any, mention: Mention) -> str:
    """"Правительство" of "областного правительства", "Министерство промышленности" of "министерства
    промышленности региона" and of "регионального минпрома": the body's own words in the nominative,
    without the ones that stand for the region."""
    head = mention.tokens[mention.head]
    if head.lemma in REGION_COMPOUNDS:
        return REGION_COMPOUNDS[head.lemma]
    if head.text[0] in "Мм" and (ministry := spelled_out(head.text)) is not None:
        return ministry  # "региональный минпромторг": "Министерство промышленности и торговли"
    tokens, last = mention.tokens, len(mention.tokens) - 1
    said = last if last > mention.head and tokens[last].lemma in REGION_WORDS else len(tokens)
    while said - 1 > mention.head and tokens[said - 1].pos == "ADJ":
        said -= 1  # "министерства сельского хозяйства российского региона": the region's words, all of them
    regional = next((k for k, t in enumerate(tokens) if t.lemma in REGION_ADJECTIVES), 0)
    kept = [k for k, t in enumerate(tokens) if t.lemma not in REGION_ADJECTIVES and k < said
            and not (k < regional and t.text[:1].isupper())]  # "Алтайской краевой администрации": the region's
    words = [tokens[k] for k in kept]
    name = " ".join(nominative_phrase(morph, words, kept.index(mention.head))).replace(" , ", ", ")
    return name[:1].upper() + name[1:]


def acronym_of(abbreviation: str, name: str) -> bool:
    """Whether ``АКИТ`` abbreviates ``Ассоциация кластеров, технопарков и ОЭЗ России``.

    Letters are matched in order to word initials (compounds split, conjunctions allowed),
    the first letter to the first word; a trailing country ("РФ", "России") is ignored on both.
    """
    if _syllabic_of(abbreviation, name):
        return True
    abbr = fold(abbreviation)
    full = fold(name)
    for suffix in _COUNTRY_SUFFIXES:
        abbr = abbr.removesuffix(suffix)
        full = full.removesuffix(suffix)
    abbr = abbr.replace(" ", "")
    if len(abbr) < 2 or not abbr.isalpha():
        return False
    if acronym(name).lower().startswith(abbr):
        return True
    words = full.replace(",", " ").split()
    if not words or words[0][0] != abbr[0] or len(words) > len(abbr) + 2:
        return False
    letters = iter("".join(_word_initials(w) for w in words))
    return all(letter in letters for letter in abbr)


def _syllables(abbreviation: str) -> list[str]:
    """The parts of a syllabic abbreviation, each a capital and the lower-case letters after it ("ТулГУ" →
    "Тул", "Г", "У"); none for any other word, nor for an abbreviation declined ("УАЗа")."""
    parts = re.findall(r"[А-ЯЁ][а-яё]*", abbreviation)
    syllabic = "".join(parts) == abbreviation and len(parts) > 1 and len(parts[-1]) == 1 \
        and any(len(part) > 1 for part in parts)
    return parts if syllabic else []


def _syllabic_of(abbreviation: str, name: str) -> bool:
    """Whether a syllabic abbreviation names ``name``: its first syllable begins the first word, each
    capital after it the next word ("ТулГУ", "ОмГТУ" of "Омский государственный технический
    университет"); the words after it may go on ("ЧувГУ" of "… университет имени И.Н. Ульянова")."""
    parts = _syllables(abbreviation)
    words = [w for w in fold(name).replace(",", " ").split() if w not in ("и", "по")]
    return bool(parts) and len(words) >= len(parts) and all(
        w.startswith(fold(p)) for p, w in zip(parts, words, strict=False))


def _word_initials(word: str) -> str:
    """A word's initial, then its later stems' of a compound: after a prefix ("автозавод" → "аз": МАЗ,
    "Минский автозавод") or a linking vowel ("трубопрокатный" → "тпк": ЧТПЗ, "Челябинский трубопрокатный
    завод"; "дальневосточное" → "дв": ДВО РАН). An abbreviation may skip any of them ("Павловский
    автобусный завод", ПАЗ), as it may a conjunction."""
    prefix = _COMPOUND_PREFIX.match(word)
    later = [prefix.end()] if prefix else []
    later += [m.end() for m in _LINKING_VOWEL.finditer(word)]
    return word[0] + "".join(word[k] for k in sorted(set(later)))


def _genitive(morph: Any, name: str) -> str:
    """"Чувашская Республика" → "Чувашской Республики": inflect up to the first noun (an adjective read as
    one where it can be: "Тверская" is a street's name too); each part of a name in two that opens with its
    adjective ("Ханты-Мансийский автономный округ — Югра" → "… округа — Югры", but "Республики Северная
    Осетия — Алания")."""
    first, dash, second = name.partition(" — ")
    if dash and any(p.tag.POS == "ADJF" for p in morph.parse(first.split()[0])):
        return f"{_genitive(morph, first)} — {_genitive(morph, second)}"
    words = name.split()
    for k, word in enumerate(words):
        parses = morph.parse(word)
        adjective = next((p for p in parses if p.tag.POS == "ADJF" and "nomn" in p.tag), None)
        parse = adjective if adjective is not None and k + 1 < len(words) else parses[0]
        form = parse.inflect({"gent"}) if parse.tag.POS in ("ADJF", "NOUN") else None
        if form:
            words[k] = restore_case(word, form.word)
        if parse.tag.POS == "NOUN":
            break
    return " ".join(words)


def _shouted(mention: Mention, gazetteer: Gazetteer, morph: Any) -> bool:
    """A headline's, a rubric's or a page's words in capitals, not an abbreviation: a town
    ("ВЛАДИВОСТОК"), a head noun with its adjectives ("СУДОСТРОИТЕЛЬНОЕ ПРЕДПРИЯТИЕ"), common words a
    name would not be written in ("АРХИВ ВЫПУСКОВ", "В СОЦСЕТЯХ"; but "ЛУЧ" may be a plant's name)."""
    words = mention.tokens
    if not all(t.text.isalpha() and t.text.isupper() and len(t.text) > 3 for t in words):
        return False
    if len(words) == 1 and gazetteer.lookup(words[0].text.capitalize()) is not None:
        return True
    if words[-1].lemma in ORG_HEADS and all(t.pos == "ADJ" for t in words[:-1]):
        return True
    parses = [morph.parse(t.text.lower()) for t in words]
    return all(map(_common_word, parses)) and (
        len(words) > 1 or all("nomn" not in p.tag for p in parses[0]) or _line_in_capitals(mention))


def _line_in_capitals(mention: Mention) -> bool:
    """Whether the mention, unquoted, stands in a line written in capitals: a rubric ("МНЕНИЕ") or a
    shouted headline ("… ЗАКЛЮЧЕНО СОГЛАШЕНИЕ …"), where a common word is no plant's name ("«ЛУЧ»" is)."""
    text = mention.tokens[0].doc_text
    line = line_around(text, mention.start, mention.stop)
    return line.upper() == line and text[mention.start - 1:mention.start] not in OPENING_QUOTES


_NAMES = {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"}


def _common_word(parses: list[Any]) -> bool:
    """Whether the dictionary knows every reading of a word, and none as a name, a place or an abbreviation."""
    return all(p.is_known and not _NAMES & p.tag.grammemes for p in parses)


def _is_unnamed(mention: Mention, gazetteer: Gazetteer) -> bool:
    """A cluster or park named only by its industry: no quote, no tail, no place in its name."""
    if mention.kind not in _UNNAMED_KINDS or mention.quoted or mention.head is None:
        return False
    before = mention.tokens[:mention.head]
    after = mention.tokens[mention.head + 1:]
    if any(t.lemma in SUPRAREGIONAL for t in before) or mention.places:
        return False
    text = mention.tokens[0].doc_text
    opening = text[:mention.start].rstrip()[-1:]
    if any(t.text[:1].isupper() for t in before[1:]) or opening in OPENING_QUOTES \
            or before and before[0].text[:1].isupper() and opening not in ("", ".", "!", "?", "…"):
        return False  # "Камский инновационный кластер", "«Камского … кластера»", "территории Азовского
        # индустриального парка": named all the same
    if any(gazetteer.city_of_adjective(t.text) for t in before):
        return False
    return not after or after[0].text.lower() in ("по", "в", "во")


def _place(mention: Mention, morph: Any, gazetteer: Gazetteer) -> Place:
    """The gazetteer's place for a LOC mention, trying natasha's normal form, the text, the lemmas; a
    region it does not know in the nominative singular ("Гродненской областями": Гродненская область); a
    region for a name it does not know after a region's word ("индийским штатом Гуджарат")."""
    known = _known_place(mention, morph, gazetteer)
    if known is not None:
        return known
    after = mention.tokens[0].doc_text[mention.stop:mention.stop + 2].lstrip()[:1]
    if len(mention.tokens) == 1 and after.isupper() and _never_a_noun(morph, mention.text):
        town = gazetteer.city_of_adjective(mention.text)  # "Улан-Удэнской" of "на Улан-Удэнской ТЭЦ-2", cut from
        if town is not None:  # the name it describes: the town it is made from (not "в Майкопском районе")
            return town
    place = gazetteer.guess(_region_written_out(morph, mention) or _dictionary_place(morph, mention)
                            or mention.normal or mention.text)
    before = mention.tokens[0].doc_text[:mention.start].split()[-1:]
    if place.kind == "city" and before and morph.parse(before[0].lower())[0].normal_form in _FOREIGN_REGIONS:
        return Place(place.name, "region")
    return place


def _dictionary_place(morph: Any, mention: Mention) -> str | None:
    """The nominative of a one-word place the gazetteer does not know but the dictionary does, as one place
    only: "в Губахе", "города Губахи" are "Губаха" (natasha leaves them as written)."""
    if len(mention.tokens) != 1 or mention.normal not in (None, mention.text):
        return None  # natasha's own normal form stands: "в Ленском и Мирнинском районах" is "Ленский"
    names = {p.normal_form for p in morph.parse(mention.text) if "Geox" in p.tag and _in_dictionary(p)}
    return restore_case(mention.text, names.pop()) if len(names) == 1 else None


# Words of a foreign country's regions, before their names: "штат Гуджарат", "провинция Хэйлунцзян".
_FOREIGN_REGIONS = {"штат", "провинция", "префектура", "земля", "кантон", "воеводство"}


def _region_written_out(morph: Any, mention: Mention, noun: str | None = None) -> str | None:
    """"Северо-Казахстанской области" → "Северо-Казахстанская область"; with ``noun``, the adjectives agreeing
    with that noun in place of the mention's own."""
    words = [t.text.lower() for t in mention.tokens]
    noun = noun or (_region_noun(morph, words[-1]) if len(words) > 1 else None)
    name = _agreeing(morph, words[:-1], noun) if noun is not None else None
    if name is None:
        return None  # each word's parts capitalized as written: "Северо-Казахстанской" → "Северо-Казахстанская"
    capitals = iter(part[:1].isupper() for t in mention.tokens[:-1] for part in t.text.split("-"))
    words = ["-".join(p[:1].upper() + p[1:] if next(capitals, False) else p for p in word.split("-"))
             for word in name.split(" ")[:-1]]
    name = " ".join([*words, noun])
    return name[:1].upper() + name[1:]


def _person_parts(mention: Mention, morph: Any) -> tuple[str, str | None, int]:
    """(canonical "Имя Фамилия", patronymic, number of name words) of a PER mention; an initial written
    close to the surname is a word of its own ("Д.Петреус" is "Д. Петреус")."""
    words = [w.title() if w.isupper() and len(w) > 2 else w  # shouted: "Сергей ЧЕМЕЗОВА"
             for w in _INITIAL.sub(r"\1. ", mention.normal or mention.text).split()]
    patronymic = None
    if len(words) == 3 and PATRONYMIC.search(words[1]):
        patronymic = words.pop(1)
    if len(words) == 2 and _a_man(morph, words[0]):
        written = mention.tokens[-1].text  # natasha reads "Шехелевым" as the adjective "Шехелевый"
        surname = _his_surname(written if _HIS_INSTRUMENTAL.search(written) else words[1],
                               mention.tokens[-1].feats.get("Case"))
        declined, words[1] = surname != words[1], surname
        if not declined and len(mention.tokens) == 2 and mention.tokens[0].text != words[0] and words[1] == written \
                and mention.tokens[0].feats.get("Case") == "Gen" and _GENITIVE_A.search(written) \
                and not PATRONYMIC.search(written):
            words[1] = written[:-1]  # "Захара Голанта": the first name, declined as written, shows the genitive
            # the surname natasha left as written is in (but "Анджей Вайда" is as written, whatever case the
            # tagger reads in it)
    elif len(words) == 2 and _her_surname_cut(mention, words):
        words[1] = mention.tokens[-1].text  # "Талия Минуллина", not the man's "Минуллин"
    elif len(words) == 2 and _a_woman(morph, words[0]):
        words[1] = _HER_OBLIQUE.sub(r"\1а", words[1])  # "Светлану Орлову" → "Светлана Орлова"
    elif len(words) == 2 and (surname := _instrumental(mention.tokens[-1].text)) != mention.tokens[-1].text:
        words = [_OM.sub("", words[0]), surname]  # "с … Бобиром Исламовым", "Ваче Тертеряном"
    elif len(words) > 1 and all(_INITIALS.fullmatch(w) for w in words[1:]):
        words[0] = _instrumental(words[0])  # "Теляшевым Э.Г."
    if len(words) > 1 and fold(words[-1]) != fold(mention.tokens[-1].text) and not _INITIALS.fullmatch(words[-1]):
        his = fold(mention.tokens[-1].text) == fold(words[-1]) + "а"  # "Магдеева": a man's, in the genitive
        words[0] = _nominative_first_name(morph, words[0], his)  # the surname was declined, and so the first name
    return " ".join(words), patronymic, len(words)


# A man's surname in -ов, -ев or -ский in the instrumental: "Шехелевым" is Шехелев's, "Донским" Донский's.
_HIS_INSTRUMENTAL = re.compile(r"(?:[ое]вым|[сц]ким)$")
# A man's first name the dictionary does not know, in the genitive: "Рустэма", "Айрата".
_HIS_GENITIVE = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])а$")
_GENITIVE_A = re.compile(r"(?<=[бвгдзклмнпрстфх])а$")  # a man's surname ending in a consonant, in the genitive


def _nominative_first_name(morph: Any, word: str, his: bool = False) -> str:
    """A first name, or each part of a double one, that natasha left declined with its surname, in its
    nominative, where the dictionary knows it as one man's or woman's name in no nominative: "Наилем"
    (Магановым), "Махмуда-Али" (Калиматова); one it does not know before a man's surname in the genitive
    loses the genitive's "-а" ("Рустэма Магдеева": the dictionary guesses a woman's "Рустэма")."""
    def nominative(part: str) -> str:
        parses = morph.parse(part)
        if his and not any(p.is_known for p in parses) and _HIS_GENITIVE.search(part):
            return part[:-1]
        if any(p.tag.case == "nomn" for p in parses):
            return part
        declined = next((p for p in parses if "Name" in p.tag and p.is_known and p.tag.number == "sing"
                         and p.tag.case != "voct"), None)  # not the "Аль" of "Аль-Кайды", as "Аля" called
        return declined.normal_form.capitalize() if declined is not None else part
    return "-".join(map(nominative, word.split("-")))


# "-ом" after a consonant ends no nominative of a name: "Тертеряном" is "Тертерян", "Бобиром" "Бобир".
_OM = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])ом$")
_INITIALS = re.compile(r"(?:[А-ЯЁA-Z]\.)+")


def _instrumental(word: str) -> str:
    """A surname in the instrumental, which pymorphy does not know to decline, in the nominative."""
    return _his_surname(word, "Ins") if word.endswith("ым") else _OM.sub("", word) if len(word) > 5 else word


# A man's surname left inflected by natasha's normalizer (it read "Дениса Мантурова" as a woman's):
# (ending, replacement), and the case it must be read in for endings a nominative may have too.
_HIS_ENDINGS = (("овым", "ов", None), ("евым", "ев", None), ("иным", "ин", None), ("ыным", "ын", None),
                ("ским", "ский", None), ("цким", "цкий", None), ("нным", "нный", None),  # "Серебренным"
                ("ову", "ов", None), ("еву", "ев", None), ("ину", "ин", None), ("ова", "ов", None),
                ("ева", "ев", None), ("ёва", "ёв", None), ("ина", "ин", None), ("ына", "ын", None),
                ("ой", "а", "Ins"), ("ки", "ка", "Gen"), ("ги", "га", "Gen"),  # "Вячеслава Дудки"
                ("ы", "а", "Gen"), ("ым", "ый", "Ins"),  # "Владимира Уйбы", "Валерием Заречным"
                ("шей", "ша", "Ins"), ("жей", "жа", "Ins"), ("чей", "ча", "Ins"), ("щей", "ща", "Ins"))  # "Гаркушей"


def _a_man(morph: Any, first_name: str) -> bool:
    return _named(morph, first_name, "masc")


def _a_woman(morph: Any, first_name: str) -> bool:
    return _named(morph, first_name, "femn")


def _her_surname_cut(mention: Mention, words: list[str]) -> bool:
    """Whether natasha's normalizer cut a woman's nominative surname to a man's: her first name, as written,
    is a feminine nominative to the tagger (pymorphy may not know it: "Талия"), and the surname agrees with it."""
    first, last = mention.tokens[0], mention.tokens[-1]
    return (len(mention.tokens) == 2 and first.text == words[0] and last.text == words[1] + "а"
            and first.feats.get("Gender") == "Fem" and first.feats.get("Case") == "Nom")


def _named(morph: Any, first_name: str, gender: str) -> bool:
    return any("Name" in p.tag and p.tag.gender == gender and p.tag.case == "nomn" for p in morph.parse(first_name))


# A woman's surname natasha's normalizer left in another case: "Орлову", "Андрееву", "Никитину", "Багаевой".
_HER_OBLIQUE = re.compile(r"(?<=\w{2})([оеё]в|[иы]н)(?:у|ой|ою)$")


def _first_name(morph: Any, word: str) -> str:
    """A first name in the nominative, where natasha left it inflected ("Владимиром Ивановичем")."""
    parse = next((p for p in morph.parse(word) if "Name" in p.tag), None)
    return parse.normal_form.capitalize() if parse is not None else word


def _his_surname(surname: str, case: str | None) -> str:
    """"Мантуров" of "Мантурова", "Маков" of "Маковым", "Шапша" of "Шапшой" (read in the instrumental)."""
    for ending, replacement, wanted in _HIS_ENDINGS:
        if surname.endswith(ending) and len(surname) > len(ending) + 2 and wanted in (None, case):
            return surname[:-len(ending)] + replacement
    return surname


# A surname's case endings, a man's (Иванов, Иванову, Ивановым) or one in -а (Обама, Обамы, Обамой),
# where natasha left it inflected; "Иванов" and "Иванова" stay two people unless their first names agree.
_SURNAME_ENDINGS = (("ым", "ом", "у", "е", ""), ("ой", "ою", "ы", "е", "у", "а"))
_MAN_WITH_FIRST_NAME = ("ым", "ом", "у", "е", "а", "")  # "Йенс Лемана" is "Йенс Леман"


def _same_surname(a: str, b: str, first_names_agree: bool = False) -> bool:
    a, b = fold(a), fold(b)
    if a == b:
        return True
    for endings in _SURNAME_ENDINGS + ((_MAN_WITH_FIRST_NAME,) if first_names_agree else ()):
        stems = [next((w[:len(w) - len(e)] for e in endings if w.endswith(e) and len(w) - len(e) >= 3), None)
                 for w in (a, b)]
        if stems[0] is not None and stems[0] == stems[1]:
            return True
    return False


def _same_person(name: str, known: str, morph: Any = None) -> bool:
    """Whether ``name`` (one or more words) names the person already known as ``known`` in the article:
    "Николаев" / "Олег Николаев", "Реджеп Эрдоган" / "Реджеп Тайип Эрдоган", "А. Кудрин" / "Алексей
    Кудрин", "Обамой" / "Барак Обама"; given ``morph``, a surname alone in a man's genitive too
    ("господина Ситова" / "Александр Ситов")."""
    words, others = name.split(), known.split()
    if len(words) == 1:
        his = morph is not None and len(others) > 1 and _a_man(morph, others[0])
        return any(_same_surname(words[0], other, his) for other in others)
    first, other_first = fold(words[0]), fold(others[0])
    same_first = first == other_first or (len(first) == 1 and other_first.startswith(first)) or (
        len(other_first) == 1 and first.startswith(other_first))
    if len(others) > 1 and not same_first and _one_declined(first, other_first):
        return _same_surname(words[-1], others[-1], True)  # "Рустэма Хамитова" / "Рустэм Хамитов": a name no
        # dictionary declines
    return len(others) > 1 and same_first and _same_surname(words[-1], others[-1], first == other_first)


def _written_better(name: str, known: str) -> bool:
    """Whether ``name``, written so in the article, names a person better than ``known``: "Йенс Леман" than
    natasha's "Йенс Лемана", "Рустэм" than "Рустэма"; but not "А. Мамина" than "А. Мамин", a man's surname
    declined (a woman's is never written "Мамин")."""
    words, known_words = name.split(), known.split()
    if len(words) != len(known_words):
        return False
    first, last, known_first, known_last = map(fold, (words[0], words[-1], known_words[0], known_words[-1]))
    if len(words) > 1 and _one_declined(last, known_last) and len(last) > len(known_last):
        return False
    return first == known_first or _one_declined(first, known_first) and len(first) < len(known_first)


def _one_declined(word: str, other: str) -> bool:
    """Whether one of two folded words is the other with a case ending: "рустэма" of "рустэм"."""
    short, long = sorted((word, other), key=len)
    return len(short) >= 3 and long.startswith(short) and long[len(short):] in _FIRST_NAME_ENDINGS


_FIRST_NAME_ENDINGS = {"а", "у", "ом", "е", "ым", "ем"}  # a man's first name in the other cases


def _adjective_only(place: Entity, morph: Any, gazetteer: Gazetteer) -> bool:
    """Whether a place neither the gazetteer nor the dictionary knows is named by an adjective alone
    ("Сибирской", "Управленческая"), which names no place; "Волжского" is a town's, and "Ленском" of
    "в Ленском и Мирнинском районах" a district's, whose noun it shares."""
    return gazetteer.lookup(place.name) is None and all(
        len(m.tokens) == 1 and m.tokens[0].pos == "ADJ"
        and not any("Geox" in p.tag for p in morph.parse(m.tokens[0].text)) for m in place.mentions)


def group_entities(mentions: list[Mention], morph: Any, gazetteer: Gazetteer) -> tuple[list[Entity], Place | None]:
    """The document's entities and the region the article is about (None when it names none)."""
    surnames = {fold(m.tokens[-1].text) for m in mentions if m.type == "PER" and len(m.tokens) > 1}
    for m in mentions:
        _place_named_as_organization(m, morph, gazetteer, surnames)
    places: dict[str, Entity] = {}
    generic: list[Mention] = []
    inside = {id(p) for m in mentions if m.type == "ORG" for p in m.places}  # places in names: "… России"
    for m in (m for m in mentions if m.type == "LOC"):
        if fold(m.normal or m.text) in _GENERIC_PLACES \
                or m.text.islower() and fold(m.tokens[-1].lemma) in _GENERIC_PLACES:  # "Губернатор области"
            generic.append(m)
            continue
        place = _place(m, morph, gazetteer)
        entity = places.setdefault(place.name, Entity(f"l{len(places) + 1}", "LOC", place.name, place.kind,
                                                      place=place))
        entity.mentions.append(m)
    for name, entity in list(places.items()):
        if _adjective_only(entity, morph, gazetteer) or (name == "Россия" or fold(name) in _MACRO_REGIONS) \
                and all(id(m) in inside for m in entity.mentions):
            del places[name]  # "Минпромторг России", "Корпорация развития Дальнего Востока", "Сибирской угольной
            # энергетической компании": words of a name
    _resolve_abbreviations(places, gazetteer, mentions)
    described = [m.place_word for m in mentions if m.type == "ORG" and m.place_word and m.start < _LEAD]
    region = _main_region(places.values(), gazetteer, described)
    if region and generic:  # "Республики", "региона": the region the article is about
        entity = places.setdefault(region.name, Entity(f"l{len(places) + 1}", "LOC", region.name, region.kind,
                                                       place=region))
        entity.mentions.extend(generic)

    orgs: dict[str, Entity] = {}
    unnamed: list[tuple[str, str]] = []  # (key, words) of clusters and parks named by their industry alone
    for m in (m for m in mentions if m.type == "ORG" and m.method != "rule:repeated_site"):
        if m.regional and region is None:
            continue  # "правительство региона" in an article that names no region: no one to name
        if _shouted(m, gazetteer, morph):
            continue
        name = _org_name(morph, m)
        located = None
        ministry = spelled_out(m.tokens[0].text)
        if ministry and m.tokens[0].text[0] in "Мм":
            name, located = _ministry_name(morph, ministry, m, region, gazetteer)
        elif m.regional:
            own = _region_called(m, places, region)
            name, located = f"{_regional_name(morph, m)} {_genitive(morph, own.name)}", own
        elif (body := _body_of_adjective(m, morph, gazetteer, places.values())) is not None:
            name, located = f"{body[0]} {_genitive(morph, body[1].name)}", body[1]
        elif region and _is_unnamed(m, gazetteer):
            written = name
            own = next(filter(None, (_region_of_adjective(t.text, morph, gazetteer) for t in m.tokens[:m.head]
                                     if t.pos == "ADJ")), None)
            if own is not None:  # "ярославского фармацевтического кластера": its region is in its words
                located = own
            elif not field_compounded(m.tokens[m.head]):  # "IT-кластер" is named by its field, not by the region
                name, located = f"{name} {_genitive(morph, region.name)}", region
            unnamed.append((name_key(split_legal_form(name)[0]), written))
        elif m.places:
            located = _place(m.places[0], morph, gazetteer)
            name = _official_tail(morph, _without_country(name, m, morph, gazetteer), m.places[-1], m, gazetteer,
                                  region)
            if m.tokens[0].lemma in REGION_ADJECTIVES and m.tokens[0].text.islower() and " " in name \
                    and located is not None and located.kind == "region" and m.places[-1].stop == m.stop:
                rest = name.split(" ", 1)[1]  # "областного министерства инвестиций Подмосковья": the region's
                name = rest[:1].upper() + rest[1:]  # name says whose it is, "областное" no more
        elif m.head:
            located = next(filter(None, (gazetteer.city_of_adjective(t.text) for t in m.tokens[:m.head])), None)
            if located is not None and located.parent and any(t.lemma in REGION_ADJECTIVES for t in m.tokens):
                # "Смоленский областной фонд": the region ("Могилевский облисполком": one we do not know)
                parent = gazetteer.lookup(located.parent)
                located = parent if parent is not None and parent.kind == "region" else None
        located = located or _place_in_tail(m, morph, gazetteer)
        if located is None and m.quoted and m.kind in _SITED_BY_NAME:
            named_for = gazetteer.lookup(m.quoted)  # "ОЭЗ «Ульяновск»", "Индустриальный парк «Феодосия»"
            located = named_for if named_for is not None and named_for.kind != "country" else None
        if located is None and m.quoted and name.startswith("Управляющая компания"):
            located = gazetteer.city_of_adjective(m.quoted.split()[0])  # "… «Ульяновский авиационный кластер»"
        bare, legal_form = split_legal_form(name)
        key = name_key(bare)
        entity = orgs.get(key)
        if entity is None:
            entity = orgs[key] = Entity(f"e{len(orgs) + 1}", "ORG", bare, m.kind or "other")
        elif entity.kind == "other" and m.kind:
            entity.kind = m.kind  # the headline's "«Алюминиевую долину»" is the text's "зоны (ОЭЗ) — «…»"
        entity.mentions.append(m)
        entity.located = entity.located or located
        if m.legal_form or legal_form:
            entity.props["legal_form"] = m.legal_form or legal_form
    _link_abbreviations(orgs)
    _link_spelled(orgs)
    _link_contracted(orgs)
    _link_compounded(orgs)
    _link_parenthesized(orgs)
    _link_generic_heads(orgs)
    _link_same_quoted(orgs)
    _link_quoted_in_full(orgs)
    _link_declined_adjectives(orgs)
    _link_short_names(orgs, places)
    _link_descriptive(orgs)
    _link_colleges(orgs)
    _link_abridged(orgs)
    _link_eponyms(orgs)
    _link_same_names(orgs)
    _link_place_adjectives(orgs, places)
    _locate_by_adjectives(orgs, places)
    _link_unnamed(orgs, unnamed)
    _link_regional_heads(orgs)
    _link_described(orgs, places)
    _link_bare_heads(orgs)
    _add_repeated_sites(orgs, [m for m in mentions if m.method == "rule:repeated_site"])
    for entity in orgs.values():
        _named_with_its_kind(entity, morph)
        if _BRANCH.search(entity.name) and entity.kind in ("company", "other"):
            entity.kind = "association"  # its members are the union's in the region, and join the branch

    people: list[Entity] = []
    # full names first, "Имя Отчество" after them, and a first name before its initial ("Александр Хлопонин"
    # names the person of the headline's "А. Хлопонин")
    parts = sorted(((m, *_person_parts(m, morph)) for m in mentions if m.type == "PER"),
                   key=lambda each: (-each[3], bool(PATRONYMIC.search(each[1].split()[-1])),
                                     bool(_INITIALS.fullmatch(each[1].split()[0]))))
    for m, name, patronymic, _ in parts:
        entity = next((p for p in people if _same_person(name, p.name)), None) or next(
            (p for p in people if _same_person(name, p.name, morph)), None)  # "Петрова" is Мария Петрова's
        first, *rest = name.split()
        if entity is None and len(rest) == 1 and PATRONYMIC.search(rest[0]):
            # "Борис Николаевич" is the one Борис of the article, when there is one
            written = {fold(first), fold(_first_name(morph, first))}  # "Александра" may be hers or his
            namesakes = [p for p in people if fold(p.name.split()[0]) in written] or [
                p for p in people if (two := _TWO_INITIALS.match(p.name)) and two.groups() == (first[0], rest[0][0])]
            # or the one its initials name: "Армен Гайосович" is А.Г. Гарслян
            entity = namesakes[0] if len(namesakes) == 1 else None
            patronymic = rest[0] if entity else None
        if entity is None:
            entity = Entity(f"p{len(people) + 1}", "PER", name)
            people.append(entity)
        elif m.text == name and not patronymic and _written_better(name, entity.name):
            entity.name = name
        entity.mentions.append(m)
        if patronymic:
            entity.props["patronymic"] = patronymic
    people = [p for p in people if not _nameless(p, morph)]
    return [*orgs.values(), *people, *places.values()], region


# A regional branch of a union or an association: "Томское региональное отделение Союза машиностроителей России".
_BRANCH = re.compile(r"\bотделение (?:\w+ )?(?:Союза|Ассоциации|Торгово-промышленной палаты)\b")
_TWO_INITIALS = re.compile(r"([А-ЯЁ])\.\s*([А-ЯЁ])\.")
_NAME_TAGS = ("Surn", "Name", "Patr")
_HELD_TITLES = {role[0] for role in ROLES}
_LAST_WORD = re.compile(r"([^\W\d_][\w-]*)\W*$")


def _named_with_its_kind(entity: Entity, morph: Any) -> None:
    """A zone, park or cluster named by its quoted name alone is named with its kind when the article
    says it ("Дом легпрома" and "технопарка «Дом легпрома»" → Технопарк «Дом легпрома»), as its official
    name is; a company keeps its own name alone."""
    if entity.type != "ORG" or any(q in entity.name for q in OPENING_QUOTES):
        return
    kinds = {ORG_HEADS.get(m.tokens[m.head].lemma) for m in entity.mentions if m.head is not None}
    kinded = next((m for m in entity.mentions if m.quoted and fold(m.quoted) == fold(entity.name)
                   and m.head is not None and ORG_HEADS.get(m.tokens[m.head].lemma) in _DESCRIBED_KINDS), None)
    if kinded is not None and len(kinds) == 1:  # but "компания «Сигнал»" and "технопарк «Сигнал»" are not one
        entity.name, entity.kind = _org_name(morph, kinded), ORG_HEADS[kinded.tokens[kinded.head].lemma]


def _nameless(person: Entity, morph: Any) -> bool:
    """A person told of by one word alone that no dictionary knows as a name or a surname ("Химкомбинат",
    "Вайлдберриз", "Магадану"): the tagger's guess at a brand or a place. A person written out in full
    anywhere in the article has that mention too, initials ("Ф.П.Томич") are a name's, and so is the word
    after a title ("кронпринц Нарухито", "императора Кокаку")."""
    if any(len(m.tokens) > 1 or "." in m.text for m in person.mentions):
        return False
    if any(tag in parse.tag for m in person.mentions for parse in morph.parse(m.text) for tag in _NAME_TAGS):
        return False
    before = [_word_before(m) for m in person.mentions]
    return not any(word and morph.parse(word)[0].normal_form in _HELD_TITLES for word in before)


def _word_before(mention: Mention) -> str | None:
    """The word right before a mention, in lower case: a title ("кронпринц"), or what is said of it
    ("федеральным")."""
    found = _LAST_WORD.search(mention.tokens[0].doc_text[max(0, mention.start - 40):mention.start])
    return found.group(1).lower() if found else None


_INNER_ABBREVIATION = re.compile(r"«([A-ZА-ЯЁ][A-ZА-ЯЁ\d-]+)»")
# An abbreviation and whom it is named for: "РХТУ имени Менделеева" of the "… университет имени Д. И. Менделеева"
_NAMED_FOR = re.compile(r"([A-ZА-ЯЁ]{2,}) (?:имени|им\.) .*?(\w+)$")


def _link_abbreviations(orgs: dict[str, Entity]) -> None:
    """Fold an abbreviation's entity into the one it abbreviates in the same document.

    The text's own expansion wins over the built-in dictionary: "АКИТ РФ" after "Ассоциация
    кластеров и технопарков России" is that association, whatever the dictionary says.
    """
    for key, entity in list(orgs.items()):
        shorts = [m.text for m in entity.mentions if m.text.split()[0].isupper() or _syllables(m.text)]
        if entity.name.isupper() or _syllables(entity.name):
            shorts.append(entity.name)  # "ЗАЗ" of "завода «ЗАЗ»", "УЛиЛ" of "ЗАО «УЛиЛ»"
        quoted = _quoted_name(entity)
        if quoted and quoted.isupper():
            shorts.append(quoted)  # the quoted name of a head: "завод «ЗАЗ»"
        shorts += _INNER_ABBREVIATION.findall(entity.name)  # "ПО «УОМЗ»" of "АО «ПО «УОМЗ»"
        named_for = _NAMED_FOR.match(entity.name)
        target = next((e for k, e in orgs.items() if k != key and not e.name.split()[0].isupper()
                       and (any(_abbreviates(short, e) for short in shorts) or named_for is not None
                            and e.name.endswith(" " + named_for[2]) and _abbreviates(named_for[1], e))), None) \
            or _spelled_after_adjective(orgs, key, entity) or _kind_abbreviated(orgs, key, entity)
        if target and not _side_by_side(entity, target) and not (_said_federal(entity) and not _said_federal(target)):
            # "между Фондом развития промышленности и Фондом развития промышленности Республики Мордовия" …
            # "ФРП", and "ФРП" with "Фонд развития промышленности РФ": the federal one, not the regional
            _fold_into(orgs, key, target)


def _abbreviates(short: str, entity: Entity) -> bool:
    """Whether ``short`` abbreviates the organization's name or its quoted name ("ТПП" of Союз
    «Торгово-промышленная палата Архангельской области»), a name or a quoted name that holds it being no
    expansion of it ("УОМЗ" of "Инжиниринговый центр «УОМЗ – Политех»", "ОДК" of "ОДК-Сатурн")."""
    if entity.name.startswith((short + "-", short + " ")):
        return False  # "ОДК-Сатурн" holds "ОДК" as a word: its member, not the corporation
    quoted = _quoted_name(entity)
    return acronym_of(short, entity.name) or quoted is not None and short not in quoted and acronym_of(short, quoted)


def _spelled_after_adjective(orgs: dict[str, Entity], key: str, entity: Entity) -> Entity | None:
    """The organization an adjective and an abbreviation name in full after the same adjective: "Кольская
    ГМК" is the "Кольская горно-металлургическая компания" of the article."""
    adjective, _, short = entity.name.partition(" ")
    if not short.isupper() or " " in short or len(short) < 2 or adjective.isupper():
        return None
    return next((e for k, e in orgs.items() if k != key and e.name.split(" ", 1)[0] == adjective
                 and " " in e.name and acronym_of(short, rest := e.name.split(" ", 1)[1])
                 and not rest.startswith(short)), None)  # "Ленинградская АЭС-2" is another station


def _kind_abbreviated(orgs: dict[str, Entity], key: str, entity: Entity) -> Entity | None:
    """The organization whose words before its quoted name an abbreviation gives with the same quoted name:
    "ПСЗ «Янтарь»" is the "Прибалтийский судостроительный завод «Янтарь»" of the article."""
    short, _, quote = entity.name.partition(" «")
    if not quote or not short.isupper() or " " in short or len(short) < 2:
        return None
    return next((e for k, e in orgs.items() if k != key and e.name.endswith(" «" + quote)
                 and acronym_of(short, e.name[:-len(quote) - 2])), None)


def _link_spelled(orgs: dict[str, Entity]) -> None:
    """A ministry named by its syllables is the article's ministry whose full name has all its words:
    "Минпромэнерго Республики Башкортостан" is the "Министерство промышленности, энергетики и
    инноваций Республики Башкортостан" named in full."""
    for key, entity in list(orgs.items()):
        ministry = next(filter(None, (spelled_out(m.tokens[0].text) for m in entity.mentions)), None)
        if ministry is None:
            continue
        words = _name_words(entity.name)
        target = next((e for k, e in orgs.items() if k != key and len(e.name) > len(entity.name)
                       and _in_order(words, _name_words(e.name))), None)
        if target:
            _fold_into(orgs, key, target)
        elif (full := _named_by_its_minister(entity, ministry)) is not None:
            entity.name = full


def _name_words(name: str) -> list[str]:
    """The folded words of a name without its commas and "и", which a list of fields may or may not have."""
    return [w for w in fold(name).replace(",", " ").split() if w != "и"]


def _named_by_its_minister(entity: Entity, ministry: str) -> str | None:
    """The full name of a region's ministry named by its syllables (``ministry`` spelled out) that its
    minister's post spells out: "региональный Мининвест" is the "Министерство инвестиций, промышленности и
    науки Московской области" of "министр инвестиций, промышленности и науки Московской области" in the same
    article (the syllables name only the ministry's first field)."""
    if entity.located is None or not entity.name.startswith(ministry + " "):
        return None
    fields, place = ministry.split(" ", 1)[1], entity.name[len(ministry) + 1:]
    text = entity.mentions[0].tokens[0].doc_text
    pattern = rf"\b[Мм]инистра?\s+({re.escape(fields.split()[0])}(?:,?\s+[а-яё]+)+?)\s+{re.escape(place)}\b"
    short = _name_words(fields)
    for found in re.finditer(pattern, text):
        spelled = " ".join(found.group(1).split())
        words = _name_words(spelled)
        if len(words) > len(short) and _in_order(short, words):
            return f"Министерство {spelled} {place}"
    return None


def _link_contracted(orgs: dict[str, Entity]) -> None:
    """A one-word name contracted from a two-word one is that organization: "Норникель" is the
    "Норильский никель" the article names (the first word's beginning, the second in full)."""
    for key, entity in list(orgs.items()):
        word = fold(entity.name)
        if not word.isalpha():
            continue
        target = next((e for k, e in orgs.items() if k != key and _contracts(word, fold(e.name).split())), None)
        if target:
            _fold_into(orgs, key, target)


def _contracts(word: str, words: list[str]) -> bool:
    """Whether ``word`` contracts the two ``words``, in any case of its own: "сибстекла" of "сибирское
    стекло"."""
    if len(words) != 2:
        return False
    stem, last = _stem(word), _stem(words[1])
    if not stem.endswith(last):
        return False
    start = stem[:-len(last)]
    return 2 < len(start) < len(words[0]) and words[0].startswith(start)


def _link_compounded(orgs: dict[str, Entity]) -> None:
    """A name with a compound word is the article's one that has its two words instead: "Улан-Удэнский
    авиазавод" is the "Улан-Удэнский авиационный завод", "Балтийский судозавод" the "… судостроительный завод"."""
    _fold_into_the_one(orgs, lambda short, long: _compounds(fold(short.name).split(), fold(long.name).split()))


def _compounds(words: list[str], longer: list[str]) -> bool:
    """Whether ``words`` are ``longer`` with one adjective and the noun after it written as one word, of the
    adjective's first stem and the noun ("авиазавод": "авиационный завод"; "хлебозавод": "хлебный завод")."""
    if len(longer) != len(words) + 1:
        return False
    k = next((i for i, (a, b) in enumerate(zip(words, longer, strict=False)) if a != b), len(words))
    if k == len(words) or words[:k] + words[k + 1:] != longer[:k] + longer[k + 2:]:
        return False
    compound, adjective, noun = words[k], longer[k], longer[k + 1]
    prefix = compound[:-len(noun)].rstrip("оеа") if compound.endswith(noun) else ""
    return len(prefix) > 2 and adjective.startswith(prefix)


def _stem(word: str) -> str:
    """The word without its ending's last vowel or soft sign, which its cases change."""
    return word[:-1] if word[-1] in "аеиоуыэюяйь" else word


def _in_order(words: list[str], longer: list[str]) -> bool:
    it = iter(longer)
    return all(word in it for word in words)


_PARENTHESIZED_END = re.compile(r".+ \((\w[^()]*)\)")  # "Банк развития … (Внешэкономбанк)"
# A quoted short name in brackets right after a name: "«Такисава Машин Тул Ко. Лтд» («Такисава»)".
_ALIAS_AFTER = re.compile(rf"\s*\(\s*[{_OPENING}]([^()]{{2,40}}?)[{_CLOSING}]\s*\)")


def _link_parenthesized(orgs: dict[str, Entity]) -> None:
    """A name in parentheses right after another is that one's abbreviation or translation, even a
    foreign one: "Международная федерация футбола (ФИФА)", "Промышленный и коммерческий банк Китая
    (Industrial and Commercial Bank of China)"; and a name that ends with another in parentheses is that
    one's full name ("Банк развития внешнеэкономической деятельности (Внешэкономбанк)")."""
    for key, entity in list(orgs.items()):
        target = next((e for k, e in orgs.items() if k != key and any(_defines(e, m) for m in entity.mentions)), None)
        if target:
            _fold_into(orgs, key, target)
    for key, entity in list(orgs.items()):
        inner = _PARENTHESIZED_END.fullmatch(entity.name)
        if inner and orgs.get(name_key(inner[1])) not in (None, entity):
            _fold_into(orgs, key, orgs[name_key(inner[1])])
    for key, entity in list(orgs.items()):  # "компанией «Такисава Машин Тул Ко. Лтд» («Такисава»)": the short
        for m in entity.mentions:  # name it is called by later, which NER did not take in the brackets
            short = _ALIAS_AFTER.match(m.tokens[0].doc_text, m.stop)
            same = orgs.get(name_key(short[1])) if short else None
            if same is not None and same is not entity and key in orgs:
                _fold_into(orgs, name_key(short[1]), entity)


def _defines(entity: Entity, inner: Mention) -> bool:
    """Whether a mention of ``entity`` is followed by ``inner`` in parentheses; but a group of another name
    there is the owner: "ООО «Эвенский рыбоперерабатывающий завод» (ГК «Эльбрус»)" (and "завод «Микрон»
    (Группа компаний «Микрон»)" is one name, as the other rules read it)."""
    text = inner.tokens[0].doc_text
    return text[inner.stop:inner.stop + 1] == ")" and any(
        text[m.stop:inner.start].strip() == "(" for m in entity.mentions) \
        and not (_a_group(inner) and not any(_a_group(m) or m.quoted == inner.quoted for m in entity.mentions))


def _a_group(mention: Mention) -> bool:
    """Whether a mention names a group of companies: "ГК «Эльбрус»", "группа «ГАЗ»", "холдинг «Сибур»"."""
    return mention.legal_form == "ГК" or mention.tokens[0].lemma in ("группа", "холдинг")


def _link_generic_heads(orgs: dict[str, Entity]) -> None:
    """"Корпорация Google" and "Google", "Партия «Яблоко»" and "«Яблоко»" in one article are one
    organization, named by its own name; "НТЦ «Приводная техника»" and "компанией «Приводная техника»", or
    "Группа компаний «ГАЗ»" and "предприятий группы «ГАЗ»", too, named with the kind."""
    for key, entity in list(orgs.items()):
        head, _, rest = entity.name.partition(" ")
        own = _with_its_kind(entity)
        if own is not None and name_key(own) in orgs and name_key(own) != key:
            _fold_into(orgs, name_key(own), entity)
            continue
        quoted = _quoted_name(entity)
        if not (head.lower() in GENERIC_HEADS and rest[:1].isupper() or quoted):
            continue
        own = quoted or rest
        same = orgs.get(name_key(own))
        if same is not None and same is not entity and quoted and _kind_named(entity.name.partition(" «")[0]):
            if entity.kind not in _PARKS:  # "«Моглино»" is the "Особая экономическая зона «Моглино»"; a park may be
                _fold_into(orgs, name_key(own), entity)  # named after the company that runs it
            continue
        if same is not None and same is not entity:
            _fold_into(orgs, key, same)
            continue
        words = tokens(own)  # "Химграда" of "Технополис «Химград»": the name inflected, folded into this one
        inflected = next((k for k, e in orgs.items() if k != key and len(tokens(e.name)) == 1 == len(words)
                          and same_name(tokens(e.name), words)), None)
        if inflected is not None:
            _fold_into(orgs, inflected, entity)


_BARE_HEADS = REFERRING_HEADS | ORG_HEADS.keys()
_SPELLED_HEADS = {"государственная корпорация": "госкорпорация"}  # "Государственной корпорацией"


def _link_bare_heads(orgs: dict[str, Entity]) -> None:
    """A head noun alone, capitalized at a sentence's start or in a tag ("Концерна", "Завод", "Банка",
    "Государственной корпорацией"), names no one by itself: it is the article's one organization of
    that head ("Концерн «Авиаприборостроение»"), or nothing. A government's head word alone
    ("взаимодействия Правительства и Ростеха") is the article's one government, or stays as it is when the
    article names none of that head, but is nothing among several ("интеграция Министерства" after two)."""
    for key, entity in list(orgs.items()):
        head = _SPELLED_HEADS.get(fold(entity.name), fold(entity.name))
        if " " in head or head not in _BARE_HEADS or any(m.quoted or in_own_quotes(m) for m in entity.mentions):
            continue  # "лидер «Центра»" is named; "«Банк будет финансировать …»" opens a quote, no name
        same = [k for k, other in orgs.items() if k != key and any(
            m.head is not None and fold(m.tokens[m.head].lemma) == head for m in other.mentions)]
        if len(same) == 1:
            _fold_into(orgs, key, orgs[same[0]])
        elif ORG_HEADS.get(head) != "government" or same:
            del orgs[key]


def _with_its_kind(entity: Entity) -> str | None:
    """The name of an organization named with an abbreviated kind or as a group of companies ("НТЦ
    «Приводная техника»", "Группа компаний «ГАЗ»"), which the same name said alone names too."""
    head, _, rest = entity.name.partition(" ")
    if head.isupper() and len(head) > 1 and rest[:1] in OPENING_QUOTES:
        return rest
    quoted = _QUOTED.search(entity.name)
    return quoted.group(1) if quoted and entity.name.startswith("Группа компаний") else None


_PLANT_WORDS = tuple(PLANT_HEADS)  # and their compounds: "рыбокомбинат", "автозавод"


def _kind_named(kind: str) -> bool:
    """Whether the words before a quoted name are part of the name: more than a bare head ("Особая
    экономическая зона «Моглино»", "Рыбокомбинат «Островной»"), not "Компания «Вектор»"."""
    return " " in kind or kind.lower().endswith(_PLANT_WORDS) and kind.lower() not in ORG_HEADS


def _quoted_name(entity: Entity) -> str | None:
    """The quoted name after a kind's words, without the quotes: "ЗАЗ" of "Завод «ЗАЗ»", "Моглино" of "Особая
    экономическая зона «Моглино»", "Хабаровск" of "Территория опережающего развития «Хабаровск»" — but not
    of "Фонд развития ИНТЦ «Русский»", whose quote names the centre, nor of a managing company's
    "Управляющая компания «Биотехнопарк»", whose quote names what it manages."""
    kind, quote, rest = entity.name.partition(" «")
    words = kind.split()
    if not quote or not rest.endswith("»") or not words or words[0].lower().startswith("управляющ"):
        return None
    headed = words[-1].lower() in ORG_HEADS or words[-1].lower().endswith(_PLANT_WORDS) \
        or words[0].lower() in ORG_HEADS and all(w.islower() for w in words[1:])  # and "Рыбокомбинат «…»"
    return rest[:-1].strip("«»\"„“”") if headed else None


# Adjectives that describe a cluster or a park without telling which one it is: "Промышленный кластер
# электроники …" is the "Кластер электроники …" of the same article (but a "Региональный фонд" is not the
# federal one).
_DESCRIPTIVE = {"промышленный", "инновационный", "территориальный", "производственный", "научно-производственный",
               "межрегиональный"}


def _link_descriptive(orgs: dict[str, Entity]) -> None:
    """A cluster or a park named once with descriptive adjectives and once without is one, named in full:
    "кластера авиационных и беспилотных летательных систем" of the "Межрегиональный промышленный кластер …"."""
    for entity in list(orgs.values()):
        if entity.kind not in _DESCRIBED_KINDS:
            continue
        first, _, rest = entity.name.partition(" ")
        while fold(first) in _DESCRIPTIVE and rest:
            key = name_key(rest[:1].upper() + rest[1:])
            if orgs.get(key) not in (None, entity) and orgs[key].kind == entity.kind:
                _fold_into(orgs, key, entity)
            first, _, rest = rest.partition(" ")


def _link_short_names(orgs: dict[str, Entity], places: dict[str, Entity]) -> None:
    """A short name of a longer one in the same article is that organization: "Конгресс" of "Конгресс
    США", "Sun" of "Sun Microsystems", "Тева" of "Teva Pharmaceutical Industries" (a Latin name's first
    words written in Cyrillic), "Преображенская база" of "Преображенская база тралового флота" — but not
    "Газпром" of "Газпром нефть", a company of its own (only a place, or lower-case words after two or
    more, may follow a Cyrillic short name of a Cyrillic one)."""
    place_words = {fold(a) for a in COUNTRY_ABBREVIATIONS} | _RUSSIA | {
        fold(text) for e in places.values() for text in [e.name, *(m.text for m in e.mentions)]}
    _fold_into_the_one(orgs, lambda short, long: _shortens(short, long, place_words))


def _fold_into_the_one(orgs: dict[str, Entity], names: Callable[[Entity, Entity], bool]) -> None:
    """Fold each organization, shortest name first, into the article's other one it ``names`` (another name
    of it, shorter), when there is just one: two such would leave it unknown which is meant."""
    for key, entity in sorted(orgs.items(), key=lambda item: len(item[1].name)):
        targets = [other for other in orgs.values() if other is not entity and names(entity, other)]
        if len(targets) == 1:
            _fold_into(orgs, key, targets[0])


def _shortens(short: Entity, long: Entity, place_words: set[str]) -> bool:
    words, longer = fold(short.name).split(), fold(long.name).split()
    transliterated = long.name.isascii() and not short.name.isascii() and len(longer) > len(words) \
        and list(map(skeleton, words)) == list(map(skeleton, longer[:len(words)]))
    if len(longer) <= len(words) or longer[:len(words)] != words and not transliterated:
        return False
    rest = " ".join(longer[len(words):])
    # "Преображенская база" of "… тралового флота": lower-case words in the genitive after two or more
    described = len(words) > 1 and all(w.islower() and _GENITIVE_END.search(w) for w in long.name.split()[len(words):])
    if not (short.name.isascii() or transliterated or rest in place_words or rest in _GROUP_TAILS or described) \
            or _side_by_side(short, long):
        return False
    return not _said_federal(short) or rest in _RUSSIA  # "федеральным Фондом развития промышленности" is not
    # the "… Липецкой области"


# What a company's name ends with to say it is the group or its arm in Russia: "Евроцемент груп", "Юнилевер Русь"
_GROUP_TAILS = {"груп", "групп", "group", "русь", "рус"}
_GENITIVE_END = re.compile(r"(?:ого|его|ой|ей|ых|их|ов|ев|ий|а|я|и|ы)$")


def _said_federal(entity: Entity) -> bool:
    """Whether the text calls the organization federal ("с федеральным Фондом развития промышленности") or the
    country's ("Фонд развития промышленности РФ"): not the region's of the same name."""
    return any((_word_before(m) or "").startswith("федеральн") or _COUNTRY_TAIL.search(m.text)
               for m in entity.mentions)


def _side_by_side(a: Entity, b: Entity) -> bool:
    """Whether two organizations are named in one list ("между Фондом развития промышленности и Фондом
    развития промышленности Республики Мордовия"): two, whatever their names share."""
    for m in a.mentions:
        for n in b.mentions:
            first, second = (m, n) if m.start < n.start else (n, m)
            if first.tokens[0].doc_text[first.stop:second.start].strip() in ("и", ","):
                return True
    return False


def _link_colleges(orgs: dict[str, Entity]) -> None:
    """A college named without its titles is the article's one whose full name has its words in order:
    "Пермский университет" of the "Пермский государственный национальный исследовательский университет",
    "Санкт-Петербургский политехнический университет" of "… Петра Великого"."""
    _fold_into_the_one(orgs, lambda short, long: short.kind == long.kind == "university"
                       and _titled(fold(short.name).split(), fold(long.name).split()))


def _link_abridged(orgs: dict[str, Entity]) -> None:
    """An association or a company named with only some of its name's words is the article's one whose name
    has them all, in order, from its first word to its last: "Ассоциация технопарков России" of the
    "Ассоциация кластеров, технопарков и ОЭЗ России", "Минский завод" of the "Минский тракторный завод"; or
    a company named without the place its name opens with: "Алюминиевый завод" of the "Волгоградский
    алюминиевый завод"."""
    def abridges(short: Entity, long: Entity) -> bool:
        words, full = fold(short.name).replace(",", "").split(), fold(long.name).replace(",", "").split()
        return short.kind == long.kind in _ABRIDGED_KINDS and (
            _abridges(words, full, _ABRIDGED_KINDS[short.kind])
            or short.kind == "company" and len(words) > 1 and full[1:] == words and full[0].endswith(_PLACE_ENDS))

    _fold_into_the_one(orgs, abridges)


# The fewest words an abridged name has, by kind: two of a company's say which plant of the place it is
_ABRIDGED_KINDS = {"association": 3, "company": 2}
_PLACE_ENDS = ("ский", "цкий")  # a place's adjective: "волгоградский", "челябинский", "нижнетагильский"


def _abridges(words: list[str], full: list[str], fewest: int) -> bool:
    """Whether ``full`` has more words than ``words`` (``fewest`` at least), all of them in order, from the
    same first to the same last word."""
    return len(words) >= fewest and len(full) > len(words) and full[0] == words[0] and full[-1] == words[-1] \
        and _in_order(words, full)


_TITLES = {"государственный", "национальный", "исследовательский", "федеральный", "российский", "автономный"}


def _titled(words: list[str], full: list[str]) -> bool:
    """Whether ``full`` is ``words`` (two at least) with titles added before the head or anything after it
    ("имени …"), but no other word: "Тюменский государственный университет" is not the "… медицинский
    университет"."""
    if len(words) < 2 or words[-1] not in full or full == words:
        return False
    head = full.index(words[-1])
    return _in_order(words, full[:head + 1]) and not set(full[:head + 1]) - set(words) - _TITLES


def _link_eponyms(orgs: dict[str, Entity]) -> None:
    """An organization named for someone by surname alone is the one named for him with his initials: "НПО ГОИ
    имени Вавилова" of the "НПО ГОИ им. С.И.Вавилова" (both written out as "имени")."""
    _fold_into_the_one(orgs, lambda short, long: short.name != long.name and " имени " in long.name
                       and fold(" ".join(_INITIALS.sub("", long.name).split())) == fold(short.name))


def _link_same_names(orgs: dict[str, Entity]) -> None:
    """Names the registry matcher takes for one organization are one in an article too: "Большой театр"
    / "Больший театр" (a second reading of "Большим"), "Vestas" / "Vistas" (one letter apart). The first
    name seen stays, but a one-word name quoted after a legal form or a kind is written in the nominative: "ГУП
    «Севморзавод»" names the "«Севморзаводу»" of a headline, 'предприятия "Полиэф"' its '"Полиэфу"'."""
    earlier: list[tuple[Entity, tuple[str, ...]]] = []
    for key, entity in list(orgs.items()):
        words = tokens(entity.name)
        target, target_words = next(((o, w) for o, w in earlier if same_name(words, w)), (None, ()))
        if target is not None:
            if len(words) == len(target_words) == 1 and (formal := _formal_name(entity, target.name)) \
                    and not _formal_name(target, entity.name):
                target.name = formal
            _fold_into(orgs, key, target)
        else:
            earlier.append((entity, words))


def _formal_name(entity: Entity, other: str) -> str | None:
    """The name the organization is given in quotes after its legal form ("ГУП «Севморзавод»"), or after its
    kind where ``other`` is that quote with a case ending ('предприятия "Полиэф"', of '"Полиэфу"'), if it is:
    a quote beside them stands in the nominative (but "завод «Самсунга»" is Samsung's, and names no
    "Самсунг" a "Самсунга")."""
    return next((m.quoted for m in entity.mentions if m.quoted and (m.legal_form or m.head is not None and len(
        other) > len(m.quoted) and _one_declined(fold(other), fold(m.quoted)))), None)


def _add_repeated_sites(orgs: dict[str, Entity], repeated: list[Mention]) -> None:
    """A zone's or park's quoted name said alone ("в «Моглино»") is the site named with it, once every
    other mention has found its organization."""
    for m in repeated:
        site = next((e for e in orgs.values() if any(other.quoted == m.quoted for other in e.mentions)), None)
        if site is not None:
            site.mentions.append(m)


def place_of_adjective(word: str, places: Iterable[Entity]) -> Entity | None:
    """The place among ``places`` an adjective is made from: "российский" → Россия, "свердловского" →
    Свердловская область, "кипрское" → Кипр (a shared stem of four letters or more), "столичный" → Москва,
    and the adjectives the gazetteer knows that are not made from the name: "британское" → Великобритания."""
    text = fold(word)
    if text.startswith("столичн"):  # "столичным площадкам «Медтех.Москва»": the capital is Москва
        return next((p for p in places if p.name == "Москва"), None)
    named = next((p for p in places if p.place is not None and any(map(text.startswith, p.place.adjectives))), None)
    if named is not None:
        return named
    if not text.endswith(PLACE_ADJECTIVE_ENDINGS):
        return None
    stem = text[:max(text.rfind("ск"), text.rfind("цк"))]

    def shared(place: Entity) -> int:  # with the name or a word of it: "татарстанский", "Республика Татарстан"
        return max(len(os.path.commonprefix([stem, word])) for name in [place.name, *place.aliases]
                   for word in [fold(name), *fold(name).split()])

    best = max(places, key=shared, default=None)
    # the whole stem when it is short: "томские" (Томская область), "омский"
    return best if best is not None and shared(best) >= min(max(4, len(stem) - 3), max(len(stem), 2)) else None


def _link_place_adjectives(orgs: dict[str, Entity], places: dict[str, Entity]) -> None:
    """"Кипрское правительство" is "Правительство Кипра" when the article names both."""
    for key, entity in list(orgs.items()):
        adjective, _, rest = entity.name.partition(" ")
        place = place_of_adjective(adjective, places.values()) if rest else None
        if place is None:
            continue
        # all the words, then the place alone: "Ульяновский автомобильный завод" is no "Автомобильный кластер …",
        # "Словенская демократическая партия" no "Демократическая партия пенсионеров Словении"
        words = fold(rest).split()
        target = next((other for k, other in orgs.items() if k != key and other.located is not None
                       and other.located.name == place.name and fold(other.name).split()[:len(words)] == words
                       and len(other.name.split()) - len(words) <= len(place.name.split())), None)
        if target is not None:
            _fold_into(orgs, key, target)


_DESCRIBED_KINDS = {"sez", "technopark", "industrial_park", "cluster"}
_SITED_BY_NAME = _DESCRIBED_KINDS  # a zone or a park named after its town is there
_QUOTED = re.compile(r"«([^«»]+)»")
_ZONE_WORDS = {"особый", "экономический", "портовый"}  # "особая экономическая зона" says no more than "ОЭЗ"
# nor do the words of a zone's type: "территория опережающего (социально-экономического) развития",
# "особая экономическая зона промышленно-производственного типа"
_ZONE_TYPE_WORDS = ("опережающ", "социально", "развити", "промышленно-производствен", "технико-внедрен", "типа")


def _described(mention: Mention, places: dict[str, Entity]) -> bool:
    """Whether a zone's, park's or cluster's mention says only its kind and its place: "Ульяновская
    ОЭЗ", "ПОЭЗ Ульяновска", "особая экономическая зона Ульяновска", "Казанский технополис", "территория
    опережающего развития"."""
    heads = [t for t in mention.tokens if t.lemma in ORG_HEADS or t.text in ABBREVIATED_HEADS]
    inside = {id(t) for place in mention.places if not any(t in heads for t in place.tokens)  # "Промышленный
              for t in place.tokens}                                                       # кластер" is no place
    typed = any(t.text.lower() == "типа" for t in mention.tokens)  # "зона промышленного типа"
    return not mention.quoted and bool(heads) and len(heads) < len(mention.tokens) and all(
        t in heads or id(t) in inside or t.lemma in _ZONE_WORDS or t.text.lower().startswith(_ZONE_TYPE_WORDS)
        or typed and t.pos == "ADJ" or place_of_adjective(t.text.lower(), places.values()) for t in mention.tokens)


def _link_described(orgs: dict[str, Entity], places: dict[str, Entity]) -> None:
    """A zone, park or cluster described by its place alone is the one of that kind the article names
    ("ОЭЗ «Ульяновск»", "Технополис «Химград»"), when it names one; with none named, the ones
    described by one place are one ("ПОЭЗ Ульяновска", "Ульяновская ОЭЗ")."""
    described = {key for key, e in orgs.items()
                 if e.kind in _DESCRIBED_KINDS and all(_described(m, places) for m in e.mentions)}
    for key in sorted(described, key=lambda k: len(orgs[k].name)):  # the longest description stays
        entity = orgs[key]
        named = [e for k, e in orgs.items() if k not in described and _kind_of(e) == _kind_of(entity)]
        if len(named) > 1 and entity.located is not None:  # "Ульяновская ОЭЗ" among zones: the one there
            named = _sited(named, entity.located)
        alike = [e for k, e in orgs.items() if k in described and k != key and e.kind == entity.kind
                 and e.located is not None and entity.located is not None and e.located.name == entity.located.name]
        if len(named) == 1 or not named and alike:
            _fold_into(orgs, key, named[0] if named else max(alike, key=lambda e: len(e.name)))


def _sited(entities: list[Entity], place: Place) -> list[Entity]:
    """Those of ``entities`` at ``place``, else those in its region: "Ульяновская" says the region, and
    the zone «Ульяновск» is in its town."""
    there = [e for e in entities if e.located is not None and e.located.name == place.name]
    return there or [e for e in entities if e.located is not None and e.located.region == place.region]


_PARKS = {"technopark", "industrial_park"}  # "Парк «Феодосия»" and "Индустриальный парк «Феодосия»"


def _kind_of(entity: Entity) -> str | None:
    """An organization's kind, a park being a park whatever word the text gave it ("технополис"), and a
    company said after a site's word being that site: "кластера НПО «Электроника-Сибирь»"."""
    if entity.kind == "company":
        kinds = {_SITE_WORDS.get(word) for m in entity.mentions if (word := _word_before(m))}
        kinds.discard(None)
        if len(kinds) == 1:
            return kinds.pop()
    return "park" if entity.kind in _PARKS else entity.kind


_SITE_WORDS = {form: kind for kind, stem in (("cluster", "кластер"), ("park", "технопарк"), ("park", "парк"))
               for form in (stem, stem + "а", stem + "у", stem + "ом", stem + "е")}


def _link_same_quoted(orgs: dict[str, Entity]) -> None:
    """Two organizations of one kind with one quoted name are one, named as the longer says: "Особая
    экономическая зона «Алга»" and "ОЭЗ России «Алга»"; a park is a park whatever word the text gave it,
    and a site is named as such over the company it is said to be ("Кластер «X»", "кластера НПО «X»")."""
    seen: dict[tuple[str | None, str], str] = {}
    for key, entity in list(orgs.items()):
        quoted = _QUOTED.search(entity.name)
        if quoted is None:
            continue
        kind = _kind_of(entity)
        first = seen.setdefault((kind, fold(quoted.group(1))), key)
        if first != key and _managing_company(orgs[first]) == _managing_company(entity):
            shorter, longer = sorted((first, key), key=lambda k: (  # the site's own name over its company's
                orgs[k].kind in (_kind_of(orgs[k]), *_PARKS), len(orgs[k].name.split())))
            _fold_into(orgs, shorter, orgs[longer])
            seen[(kind, fold(quoted.group(1)))] = longer


def _managing_company(entity: Entity) -> bool:
    """Whether the organization is a managing company ("УК «Дело»"), no other one of its quoted name ("Группа
    компаний «Дело»", whose ports it runs)."""
    return fold(entity.name).startswith("управляющая компания")


# Heads of a part of what they quote: "региональное отделение «Союз машиностроителей России»", "Управляющая
# компания «Аксайский индустриальный парк»".
_PART_OF = {"отделение", "филиал", "представительство", "подразделение", "управляющая", "управление", "дирекция",
            "администрация"}


def _link_quoted_in_full(orgs: dict[str, Entity]) -> None:
    """A name the article also quotes after a head is the organization that head names, under its own
    name: "НПО «Казанский завод точного машиностроения»" is the "Казанский завод точного машиностроения"
    (as a legal form is no part of the name, nor is "Государственное автономное учреждение"); but not
    when the head names a part of it ("региональное отделение «…»", "Управляющая компания «…»")."""
    quoting = {fold(quoted.group(1)): key for key, entity in orgs.items()
               if (quoted := _QUOTED.search(entity.name)) is not None and quoted.start() > 0
               and not _PART_OF & set(fold(entity.name[:quoted.start()]).split())}
    for key, entity in list(orgs.items()):
        other = quoting.get(fold(entity.name))
        if other is not None and other != key and other in orgs and len(entity.name.split()) > 1:
            _fold_into(orgs, other, entity)


def _link_declined_adjectives(orgs: dict[str, Entity]) -> None:
    """A quoted adjective alone in another case is the organization that quotes it: "якорным резидентом
    «Уфимского»" is the "Индустриальный парк «Уфимский»" (alone, no dictionary tells its nominative)."""
    quoting = {fold(quoted.group(1)): key for key, entity in orgs.items()
               if (quoted := _QUOTED.search(entity.name)) is not None and quoted.start() > 0
               and " " not in quoted.group(1) and fold(quoted.group(1)).endswith(ADJECTIVE_ENDINGS)}
    for key, entity in list(orgs.items()):
        word = fold(entity.name)
        other = next((k for quoted, k in quoting.items() if k != key and k in orgs and word != quoted
                      and _declined(word, quoted)), None) if " " not in word else None
        if other is not None:
            _fold_into(orgs, key, orgs[other])


def _declined(word: str, adjective: str) -> bool:
    """Whether ``word`` is the ``adjective`` in another case: "уфимского" of "уфимский"."""
    stem = next(adjective[:-len(e)] for e in sorted(ADJECTIVE_ENDINGS, key=len, reverse=True) if adjective.endswith(e))
    return word.startswith(stem) and word[len(stem):] in ADJECTIVE_ENDINGS


def _stems_in(words: list[str], text: list[str]) -> bool:
    """Whether each word is in the text in some case ("технополис" in "технополиса химград")."""
    return all(any(t.startswith(w[:max(4, len(w) - 2)]) for t in text) for w in words)


def _mentioned(entity: Entity) -> list[str]:
    """An organization's mentions, their words without quotes ("технополис «Химград»")."""
    return [" ".join(t.text for t in _unquoted(m.tokens)) for m in entity.mentions]


def _compound_parts(text: str) -> list[str]:
    """The folded words of a name, a group's word apart from its field's: "автокластер" is "авто" and
    "кластер" (of "Автомобильный промышленный кластер")."""
    parts = []
    for word in fold(text).split():
        compound = COMPOUND_GROUP.match(word)
        parts += compound.groups() if compound else (word,)
    return parts


def _link_regional_heads(orgs: dict[str, Entity]) -> None:
    """"региональным Фондом" in an article about the "Фонд развития промышленности Липецкой области" is
    that fund, and "региональному фонду развития промышленности" the article's "Фонд развития промышленности
    и предпринимательства Приморского края": a regional body named by its head, or by some of its words, is
    the region's one organization of that head whose name has those words in order."""
    for key, entity in list(orgs.items()):
        if not any(m.regional for m in entity.mentions) or not all(m.regional or len(m.tokens) == 1
                                                                   for m in entity.mentions):
            continue  # said regional, or by its head alone ("Фонда")
        words = fold(entity.name).split()
        same = [other for k, other in orgs.items() if k != key and len(other.name) > len(entity.name)
                and fold(other.name).split()[:1] == words[:1] and _in_order(words, fold(other.name).split())]
        if len(same) == 1:
            _fold_into(orgs, key, same[0])


def _link_unnamed(orgs: dict[str, Entity], unnamed: list[tuple[str, str]]) -> None:
    """"Химического кластера" in an article about the "Нижегородский химический кластер" is that cluster,
    not one more named after the region: a cluster or park named by its industry alone is the
    article's cluster or park whose name has its words (unless that one spans regions: the region's
    own cluster is another)."""
    for key, written in unnamed:
        entity = orgs.get(key)
        if entity is None:
            continue
        words = _compound_parts(written)
        target = next((other for k, other in orgs.items() if k != key and (
            other.kind == entity.kind and _in_order(words, _compound_parts(other.name))
            or any(_stems_in(words, _compound_parts(text)) for text in _mentioned(other)))  # "технополиса «Химград»"
                       and not SUPRAREGIONAL & set(fold(other.name).split())), None)  # a new one across regions
        if target is not None:
            _fold_into(orgs, key, target)


def _locate_by_adjectives(orgs: dict[str, Entity], places: dict[str, Entity]) -> None:
    """An organization named after a place the article names is there: "Нижегородский региональный фонд"
    in Нижегородская область, "челнинские компании «Кориб», «ТАТПРОФ»" in Набережные Челны, and the
    "Архангельское региональное отделение Союза машиностроителей России" in its region, not in the
    country its name ends in; and one whose name ends on a town the article names ("Эр Ликид Кстово")."""
    # a plant or university named after a town is the town's when the town is named too; a cluster is the region's
    towns = [p for p in places.values() if p.kind == "city"]
    for entity in orgs.values():
        if entity.located is not None and entity.located.kind != "country":
            continue
        first = entity.name.split(" ", 1)[0]
        own = (place_of_adjective(first, towns) if entity.kind != "cluster" else None) \
            or place_of_adjective(first, places.values())
        if own is not None and own.name == "Россия" and entity.kind != "government":
            own = None  # "Белорусская железная дорога" is in Беларусь, but the home country's adjective is
            # part of a national body's name: "Российские железные дороги", "Российский союз ректоров"
        words = [m.place_word for m in entity.mentions if m.place_word]
        place = own or _town_ending(entity.name, towns) \
            or next(filter(None, (place_of_adjective(w, places.values()) for w in words)), None)
        if place is not None:
            entity.located = place.place


def _town_ending(name: str, towns: list[Entity]) -> Entity | None:
    """The town a company's name ends on, when the article names that town too: "Газпром нефтехим
    Салават", "Эр Ликид Кстово", "Технопарк-Липецк". Only a town we know: a word NER took for a place may be a country's
    ("Движение за развитие Мали") or a port's own name ("Морской торговый порт Лавна")."""
    bare = name.rstrip("»\"")
    return next((t for t in towns if bare.endswith((f" {t.name}", f"-{t.name}")) and t.place.parent is not None), None)


def _fold_into(orgs: dict[str, Entity], key: str, target: Entity) -> None:
    """Move the entity under ``key`` into ``target``: its mentions, properties, place and kind, when the
    target's own says nothing ("«Космос»" of the "технопарк «Космос»" is a technopark)."""
    entity = orgs.pop(key)
    target.mentions.extend(entity.mentions)
    target.props.update(entity.props)
    target.located = target.located or entity.located
    if target.kind == "other":
        target.kind = entity.kind


_LEAD = 400  # characters of a news item's headline and lead, whose places say what it is about


def _resolve_abbreviations(places: dict[str, Entity], gazetteer: Gazetteer, mentions: list[Mention]) -> None:
    """"РТ", "РБ", "РК" are the article's region whose initials they are ("Республика Татарстан"), else
    the republic among its countries ("РК" in an article about Kazakhstan: Республика Казахстан),
    whether NER took them for a place or, after a body's name, for an organization ("министр
    промышленности РМ")."""
    known = [(e, e.name) for e in places.values() if e.kind == "region" and not abbreviation(e.name)]
    known += [(e, f"Республика {e.name}") for e in places.values() if e.kind == "country"]
    for name, entity in list(places.items()):
        if not abbreviation(name) or gazetteer.lookup(name) is not None:
            continue  # "США", "КНР", "ДНР" are in the gazetteer
        target = next((e for e, official in known if _initials_of(name, official)), None)
        if target is not None:
            del places[name]
            target.mentions.extend(entity.mentions)
    for m in mentions:
        if m.type != "ORG" or m.method != "natasha:ner" or len(m.tokens) > 1 or m.quoted \
                or not abbreviation(m.text) or gazetteer.lookup(m.text) is not None:
            continue
        target = next((e for e, official in known if _initials_of(m.text, official)), None)
        if target is not None:
            m.type = "LOC"
            target.mentions.append(m)


def _initials_of(short: str, name: str) -> bool:
    """Whether ``short`` is the initials of a region's name: "РТ", "РК" ("Республика Коми")."""
    return abbreviation(short) and short in (
        acronym(name).upper(), "".join(w[0] for w in name.replace("-", " ").split()).upper())


def _dateline(mention: Mention) -> bool:
    """Whether a place in capitals opens a dateline ("МОСКВА, 3 декабря, ИА …"): where the news was filed,
    not what it is about."""
    after = mention.tokens[0].doc_text[mention.stop:mention.stop + 2].lstrip()[:1]
    return mention.text.isupper() and len(mention.text) > 4 and after in (",", "—", "–", "-", "(")


def _main_region(places: Any, gazetteer: Gazetteer, adjectives: list[str]) -> Place | None:
    """The region with most mentions, counting a city's mentions for its region and a mention in the
    headline and lead three times ("Мурманская область подписала на ПМЭФ …" in Санкт-Петербург), as
    the lead's place adjectives of organizations ("В калининградском промышленном парке «Храброво»")."""
    votes: Counter[str] = Counter()
    for city in filter(None, map(gazetteer.city_of_adjective, adjectives)):
        if city.parent and city.parent != "Россия":
            votes[city.parent] += 3
    for entity in places:
        place = entity.place
        if place.kind == "city" and place.parent:
            place = gazetteer.lookup(place.parent) or place
        if place.kind == "region" and place.parent in (None, "Россия"):  # a CIS partner's region is no article's
            votes[place.name] += sum(3 if m.start < _LEAD else 1 for m in entity.mentions if not _dateline(m))
    if not votes:
        return None
    return gazetteer.lookup(votes.most_common(1)[0][0])

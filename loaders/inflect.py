"""Canonical names in the nominative: inflect the head and what agrees with it, keep the tail.

"Министерства промышленности и энергетики Чувашской Республики" becomes "Министерство
промышленности и энергетики Чувашской Республики": only the head noun and the adjectives before
it change case, the genitive tail stays as written. natasha's own normalizer inflects every word
("Корпорация развитие"), which is why this module exists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol

from promgraph.loaders.lexicon import COMPOUND_GROUP

__all__ = ["Tagged", "Word", "nominative_phrase", "restore_case", "ADJECTIVE_ENDINGS", "UD_CASES"]

_CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
UD_CASES = {pymorphy: ud for ud, pymorphy in _CASES.items()}  # the dictionary's cases as the tagger writes them
_POS = {"NOUN": {"NOUN"}, "PROPN": {"NOUN"}, "ADJ": {"ADJF", "PRTF"}, "VERB": {"PRTF"}}


class Word(Protocol):
    text: str
    pos: str
    feats: dict[str, str]


@dataclass
class Tagged:
    """A word with the part of speech and features a rule gives it where the tagger's are wrong."""

    text: str
    pos: str
    feats: dict[str, str]


ADJECTIVE_ENDINGS = ("ий", "ый", "ой", "ая", "яя", "ое", "ее", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем",
                     "ей", "ую", "юю", "ые", "ие", "ых", "их", "ыми", "ими")


def restore_case(template: str, word: str) -> str:
    """Give ``word`` the letter case of ``template``: ``ЧУВАШСКОЙ`` → ``ЧУВАШСКАЯ``, ``МИДе`` → ``МИД``.

    >>> restore_case("Санкт-Петербург", "санкт-петербурга")
    'Санкт-Петербурга'
    """
    if "-" in template and template.count("-") == word.count("-"):  # "Санкт-Петербург": each part its own
        return "-".join(restore_case(t, w) for t, w in zip(template.split("-"), word.split("-"), strict=True))
    if len(template) > 1 and template[:2].isupper():
        return word.upper()
    if template[:1].isupper():  # and a capital inside it where the letters agree: "ЕвроХима" → "ЕвроХим"
        return word[:1].upper() + "".join(
            w.upper() if k < len(template) and template[k].isupper() and template[k].lower() == w else w
            for k, w in enumerate(word[1:], 1))
    return word


_GENDERS = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}
_SECOND_CASES = {"loct": "loc2", "gent": "gen2"}  # "в аэропорту", "стакан чаю"


# A superlative the dictionary would inflect from another stem ("высшей" → "высочайшая"): its ending in any case
# ("высшее" too, which must not keep it), and the nominative endings of its hushing stem ("высш-", "лучш-").
_SUPERLATIVE_CASE = re.compile(r"(?:его|ему|ими|ей|ую|им|ем|их|ее|ие|ий|ая)$")
_HUSHED_NOMINATIVE = {"masc": "ий", "femn": "ая", "neut": "ее", "plur": "ие"}


def _nominative(parse: Any, text: str, number: str | None, gender: str | None) -> str | None:
    grammemes = {"nomn"}
    if number:
        grammemes.add(number)
    if parse.tag.POS in ("ADJF", "PRTF") and number != "plur" and (gender or parse.tag.gender):
        grammemes.add(gender or parse.tag.gender)
    form = parse.inflect(grammemes) or parse.inflect({"nomn"})
    if form is None:
        return None
    word, hyphen = form.word, text.find("-")
    if "Supr" in parse.tag and word[:4] != text[:4].lower():  # "Высшей" is no "высочайшая": its own stem
        stem = _SUPERLATIVE_CASE.sub("", text.lower())
        word = stem + _HUSHED_NOMINATIVE.get(number if number == "plur" else gender or parse.tag.gender, "ий")
    if hyphen > 0 and "-" not in word and word[:hyphen] == text[:hyphen].lower():
        word = f"{word[:hyphen]}-{word[hyphen:]}"  # "Южно-Уральской": the dictionary writes "южноуральская"
    return restore_case(text, word)


# Capitals with a case ending in lower case: "ЕВРАЗом", "РУСАЛа", "МИДе" (the dictionary would guess "русало")
_CAPITALS_DECLINED = re.compile(r"([А-ЯЁ]{2,})(?:а|у|е|ом|ем|ой|ы|ам|ами|ах)")


def _inflect(morph: Any, word: Word, number: str | None, gender: str | None = None, parse: Any = None) -> str:
    declined = _CAPITALS_DECLINED.fullmatch(word.text)
    if declined:  # whatever case the tagger gave it
        return declined.group(1)
    case = _CASES.get(word.feats.get("Case", ""))
    plural = number == "sing" and word.feats.get("Number") == "Plur"  # one of several: "правительства" of two
    if case is None or case == "nomn" and not plural \
            or len(word.text) > 1 and (word.text.isupper() or word.text[-2:].isupper()):
        return word.text  # an abbreviation, "ФРП" or "СвЖД", declines only by an ending in lower case
    return _nominative_of(morph, word.text, word.pos, case, number, gender, parse)


@lru_cache(maxsize=20_000)
def _nominative_of(morph: Any, text: str, pos: str, case: str, number: str | None, gender: str | None,
                   parse: Any) -> str:
    """A word's nominative, once per form: names recur, and pymorphy's inflection is not cheap."""
    town, on, river = text.partition("-на-")
    if on and town:  # "Комсомольском-на-Амуре": the adjective declines, the river does not
        return _nominative_of(morph, town, pos, case, number, gender, None) + on + river
    wanted = _POS.get(pos, set())
    # "Большим" reads as "больший" first, which names nothing: "Большой университет Томска"
    candidates = [parse] if parse is not None else sorted(morph.parse(text), key=lambda c: c.normal_form == "больший")
    for candidate in candidates:
        surname = pos == "ADJ" and "Surn" in candidate.tag  # "Каменской": the dictionary knows a surname only,
        # which declines as the adjective does
        if (candidate.tag.POS in wanted or surname) and candidate.tag.case in (case, _SECOND_CASES.get(case)):
            form = _nominative(candidate, text, number, gender)
            if form:
                return form
    readings = [c for c in candidates if c.tag.POS in wanted]
    if parse is None and len({c.tag.case for c in readings}) == 1:  # the tagger's case is none the form has, and
        # the dictionary knows one only: "на Сокольском ЦБК" read as an accusative
        return _nominative(readings[0], text, number, gender) or text
    return text


def _never_in(morph: Any, text: str, case: str | None) -> bool:
    """Whether no reading the dictionary gives the adjective is in the tagger's case."""
    parses = [p for p in morph.parse(text) if p.tag.POS == "ADJF"]
    return bool(parses) and _CASES.get(case or "") not in {p.tag.case for p in parses}


def _adjective_nominative(morph: Any, text: str) -> str:
    """An adjective in the nominative as the dictionary reads it alone, in its own number (the head it
    agrees with tells none: "Марыйскую ГЭС", "Белопорожских МГЭС"), or as written when it may be one."""
    parses = [p for p in morph.parse(text) if p.tag.POS == "ADJF"]
    if not parses or any(p.tag.case == "nomn" for p in parses):
        return text
    return _nominative(parses[0], text, parses[0].tag.number, None) or text


# An abbreviation that does not decline, maybe numbered: "ГЭС", "ТЭЦ-3".
_INDECLINABLE = re.compile(r"[А-ЯЁ]{2,}(?:-\d+)?")

# A head numbered as one of several: "Ленинградской АЭС-2" is a station as "АЭС" is
_NUMBERED = re.compile(r"-\d+$")


def _head_parse(morph: Any, words: list[Word], head: int) -> Any:
    """The head noun's reading that its adjectives agree with.

    "в индустриальном парке": "парке" reads as "парк" or "парка" (равновероятно for pymorphy3), but
    "индустриальном" can only be masculine or neuter, so the head is "парк"; with no adjective to agree
    with, the tagger's gender tells.
    """
    head_word = words[head]
    case = _CASES.get(head_word.feats.get("Case", ""))
    nouns = [p for p in morph.parse(_NUMBERED.sub("", head_word.text)) if p.tag.POS == "NOUN" and p.tag.case == case]
    genders: set[str] = set()
    for word in words[:head]:
        if word.feats.get("Case") == head_word.feats.get("Case"):
            genders |= {p.tag.gender for p in morph.parse(word.text)
                        if p.tag.POS in ("ADJF", "PRTF") and p.tag.case == case and p.tag.gender}
    agreeing = [p for p in nouns if p.tag.gender in genders]
    tagged = [p for p in nouns if p.tag.gender == _GENDERS.get(head_word.feats.get("Gender", ""))]
    return (agreeing or tagged or nouns or [None])[0]  # alone, "в парке «Тагил»" is the tagger's masculine


def _recased(morph: Any, head: Word) -> Word:
    """The head with the one case and number the dictionary allows its form where the tagger says another:
    "Новыми резидентами Технополиса «Москва»" (a capitalized head it took for a name in the nominative), "на
    «Курганмашзаводе»" (a locative it took for an accusative), "«Донских биотехнологий»" (a plural it took for a
    singular); not a word the dictionary only guesses ("Хезболла")."""
    nouns = [p for p in morph.parse(head.text) if p.tag.POS == "NOUN"]
    if not nouns or not all(p.is_known for p in nouns):
        return head
    feats, cases = dict(head.feats), {p.tag.case for p in nouns}
    if len(cases) == 1 and cases <= UD_CASES.keys() and _CASES.get(feats.get("Case", "")) not in cases:
        feats["Case"] = UD_CASES[cases.pop()]
    numbers = {p.tag.number for p in nouns if p.tag.case == _CASES.get(feats.get("Case", ""))}
    if numbers in ({"sing"}, {"plur"}):
        feats["Number"] = "Plur" if numbers == {"plur"} else "Sing"
    return head if feats == head.feats else Tagged(head.text, "NOUN", feats)


def nominative_phrase(morph: Any, words: list[Word], head: int, singular: bool = False) -> list[str]:
    """The words of a noun phrase with ``words[:head + 1]`` in the nominative.

    ``head`` indexes the head noun; words before it are inflected only when they agree with it
    in case (adjectives, participles), the rest are returned unchanged. ``singular`` names one of
    several a plural head stands for ("правительствами" of two regions: "Правительство").
    """
    head_word = _recased(morph, words[head])
    words = [*words[:head], head_word, *words[head + 1:]]
    number = "plur" if head_word.feats.get("Number") == "Plur" and not singular else "sing"
    if _INDECLINABLE.fullmatch(head_word.text) and head and words[head - 1].pos == "ADJ" \
            and "Number" in words[head - 1].feats:  # "Марыйскую ГЭС": the adjective shows the number, not the head
        number = "plur" if words[head - 1].feats["Number"] == "Plur" and not singular else "sing"
    parse = _head_parse(morph, words, head)
    dictionary = parse or next((p for p in morph.parse(head_word.text) if p.tag.POS == "NOUN" and p.tag.gender), None)
    gender = dictionary.tag.gender if dictionary else _GENDERS.get(head_word.feats.get("Gender", ""))
    if _CAPITALS_DECLINED.fullmatch(head_word.text):
        gender = "masc"  # only an abbreviation read as a masculine noun declines: "Оленегорского ГОКа" (комбинат)
    out = []
    for i, word in enumerate(words):
        compound = COMPOUND_GROUP.match(word.text.lower()) if i == head else None
        if compound:  # "биотехнопарка": the dictionary knows the head, not the compound
            at = compound.start(2)
            out.append(word.text[:at] + _inflect(morph, Tagged(word.text[at:], "NOUN", word.feats), number))
        elif i == head:
            out.append(_inflect(morph, word, number, gender, parse))
        elif i < head and word.pos == "ADJ" and "Case" not in word.feats and "Case" in head_word.feats:
            # the tagger silent on an adjective's case ("горно-металлургической компании"): the head's
            out.append(_inflect(morph, Tagged(word.text, "ADJ", {**word.feats, "Case": head_word.feats["Case"]}),
                                number, gender))
        elif i < head and word.feats.get("Case") == head_word.feats.get("Case") \
                and not (head_word.text[:2].isupper() and _never_in(morph, word.text, word.feats.get("Case"))):
            # (but "и Кондопожским ЦБК", both read as nominatives: the adjective cannot be one, see below)
            # a capitalized adjective the tagger took for a name: "Архангельским региональным отделением"
            adjective = word.pos == "PROPN" and word.text.lower().endswith(ADJECTIVE_ENDINGS)
            out.append(_inflect(morph, Tagged(word.text, "ADJ", word.feats) if adjective else word, number, gender))
        elif i < head and head_word.text[:2].isupper() \
                and word.pos in ("ADJ", "PROPN") and word.text.lower().endswith(ADJECTIVE_ENDINGS):
            # "Улан-Удэнской ТЭЦ-2", "якутской ГРЭС-2": an abbreviation does not decline, whatever case the
            # tagger gives it; its adjective's case and gender are the dictionary's
            out.append(_adjective_nominative(morph, word.text))
        elif i < head and (word.text[:1].isupper() or word.pos == "ADJ") \
                and _CASES.get(head_word.feats.get("Case", "")) not in (None, "nomn"):
            # "Камским кластером", "Федеральной пассажирской компании": the tagger read the adjective in
            # another case than its head; the dictionary agrees
            case = _CASES[head_word.feats["Case"]]
            out.append(_nominative_of(morph, word.text, "ADJ", case, number, gender, None))
        else:
            out.append(word.text)
    return out

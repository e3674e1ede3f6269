"""Entity mentions in a tagged natasha document: organizations, people and places.

natasha's NER finds most names but cuts organizations at their genitive tails and misses
lower-case and unnamed ones. Here its spans are kept, extended over their tails, and joined by
mentions found from the morphology: a head noun from :mod:`lexicon` with the adjectives that agree
with it, its genitive tail, and a quoted name ("АО «ЧЭАЗ»", "технопарк «Узловая»").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from promgraph.graph.matching import same_name
from promgraph.graph.matching import tokens as name_words
from promgraph.graph.names import SHORT_FORMS, fold
from promgraph.loaders.inflect import ADJECTIVE_ENDINGS
from promgraph.loaders.lexicon import (
    ABBREVIATED_HEADS,
    ABBREVIATIONS,
    AGAINST_HEADS,
    AMBIGUOUS_HEADS,
    BUILDINGS,
    CLOSING_QUOTES,
    COMPOUND_GROUP,
    COUNTRY_ABBREVIATIONS,
    COUNTRY_WORDS,
    DASHES,
    DROPPED_ADJECTIVES,
    EVENT_STEMS,
    EVENT_WORDS,
    EXECUTIVE_ROLES,
    FOREIGN_FORMS,
    FRONT_PHRASES,
    FRONTS,
    GENERIC_ABBREVIATIONS,
    GENERIC_ADJECTIVES,
    GENERIC_HEADS,
    GENERIC_TAILS,
    GOVERNMENT_ROLES,
    JUDGEMENTS,
    KIND_ABBREVIATIONS,
    NAMED_HEADS,
    NON_ORGANIZATION_ADJECTIVES,
    OPENING_QUOTES,
    ORG_HEADS,
    ORGANIZATION_NAMES,
    PLACE_ADJECTIVE_ENDINGS,
    PLACE_NAMES,
    PROJECT_FORMS,
    REGION_ADJECTIVES,
    REGION_COMPOUNDS,
    REGION_WORDS,
    REGIONAL_BODIES,
    ROLES,
    RULE_WORDS,
    SITE_KINDS,
    SPELLED_HEADS,
    TIME_WORDS,
    TITLE_WORDS,
    TOP_DOMAINS,
    VENUES,
    member_compound,
)
from promgraph.loaders.places import load_gazetteer
from promgraph.loaders.sources import credited, in_calendar, is_file, is_media, menu_item

__all__ = ["Mention", "find_mentions", "by_sentence", "field_compounded", "glued_dot", "abbreviation"]

_VAGUE_ADJECTIVES = GENERIC_ADJECTIVES | DROPPED_ADJECTIVES
# The dropped adjectives no name's genitive tail holds ("федеральный", "первый" may: "Союз федеральных …").
_SAID_OF = DROPPED_ADJECTIVES - {"федеральный", "всероссийский", "первый", "частный", "действующий"}
_ROLE_WORDS = {role[0] for role in ROLES if len(role) == 1}
_PLACE_POSTS = EXECUTIVE_ROLES - GOVERNMENT_ROLES
_TAIL_POS = {"NOUN", "PROPN", "ADJ"}
_COMPOUND_HEADS = ("завод", "банк", "комбинат", "холдинг", "маш", "строй", "нефть", "газ")
_TOP_DOMAINS = TOP_DOMAINS | {"ua"}  # and Ukraine's, which ends a site's name as well
_MAX_TAIL = 9
# Words whose proper name follows in apposition, in whatever case it is written ("республики Хакасия",
# "города Кумертау", which does not decline).
_APPOSING = {"республика", "город", "поселок", "посёлок", "село"}
# Kinds whose head and lower-case adjectives name no one: "семенной фонд", "исследовательский центр"
# (an unnamed cluster or park is another matter: it is the region's).
_NAMED_BY_WORDS = {"fund", "other", "university"}
_FRONT_PAIRS = FRONT_PHRASES | {(b, a) for a, b in FRONT_PHRASES}  # in either order
_EDITION = re.compile(r"-?(19|20)\d\d$")  # "ПМЭФ-2022", "Иннопром-2023": an event's year


@dataclass
class Mention:
    """A span of the text that names an entity, with what the rules learned about it."""

    type: str  # ORG, PER or LOC
    start: int
    stop: int
    tokens: list[Any]
    method: str
    confidence: float
    head: int | None = None  # index in tokens of the head noun (ORG)
    kind: str | None = None
    legal_form: str | None = None
    quoted: str | None = None  # the quoted name, without quotes
    normal: str | None = None  # natasha's normal form (PER, LOC)
    places: list[Mention] = field(default_factory=list)  # LOC mentions inside an ORG's tail
    regional: bool = False  # ORG: a body of the region the article is about, not named ("облправительство")
    place_word: str | None = None  # ORG: a place's adjective said of it outside its name ("челнинские …")

    @property
    def text(self) -> str:
        return self.tokens[0].doc_text[self.start:self.stop] if self.tokens else ""


def _is_gen(token: Any) -> bool:
    """A genitive noun, adjective or participle ("пострадавших соинвесторов"); never one ending as a
    nominative or an instrumental does ("научно-производственные предприятия", "и компанией-инвестором
    «Овсбей»", which the tagger may call genitive)."""
    return token.feats.get("Case") == "Gen" and (token.pos in _TAIL_POS or token.feats.get("VerbForm") == "Part") \
        and not token.text.lower().endswith(("ые", "ие", "ом", "ами", "ями"))  # but "систем" is a genitive


def _quote_end(tokens: list[Any], i: int) -> int | None:
    """Index just past the closing quote when ``tokens[i]`` opens a quote, else None.

    «Ёлочки» nest ("«Дзержинский химический комбинат «Синтез»»"; one mark may close both when the text
    goes on after it, "«ПО «САНТ» положит", or when no other mark follows closely, "«ГМК «Норильский
    никель» Владимир Потанин"). A straight quote nests when it opens a word after a space,
    and then one quote often closes both ('АО "ПСЗ "Янтарь" о поставке'). A name runs over at most 14 words:
    a mark left open does not reach the next name's.
    """
    if i >= len(tokens) or tokens[i].text not in OPENING_QUOTES:
        return None
    if tokens[i].text in CLOSING_QUOTES and i > 0 and tokens[i - 1].stop == tokens[i].start:
        return None  # 'верфь" выполняет': a straight quote closing the word before opens nothing
    if i + 1 < len(tokens) and tokens[i + 1].text[:1].islower():
        return None  # "«уверены, что успеют выполнить»": a quotation, not a name
    opening, depth, words = tokens[i].text, 0, 0
    for j in range(i, len(tokens)):
        text = tokens[j].text
        words += text != "."  # the dots of "им. Р.Е.Алексеева" make a name no longer
        if words > 14:
            break
        if opening == "«" and text == "«" or opening != "«" and j > i and text == opening and _opens(tokens, j):
            depth += 1
        elif opening == "«" and text == "»":
            depth -= 1
            after = tokens[j + 1].text if j + 1 < len(tokens) else ""
            following = next((k for k in range(j + 1, min(j + 10, len(tokens))) if tokens[k].text == "»"), None)
            if depth <= 0 or after != "»" and not after[:1].isalnum() and after not in OPENING_QUOTES \
                    or after[:1].islower() or following is None \
                    or any(t.text == "«" for t in tokens[j + 1:following]):
                return j + 1 if j > i + 1 else None  # 'ООО «ПО «САНТ» положит': one mark closed both, as
                # when the next mark closes a quote opened after it: "АО «РСК «МиГ» Илья Тарасенко обсудили
                # программу НАЗ «Сокол»"
        elif opening != "«" and j > i and text in CLOSING_QUOTES:
            both = depth > 0 and j + 1 < len(tokens) and tokens[j + 1].text in CLOSING_QUOTES
            return j + 2 if both else j + 1 if j > i + 1 else None
    return None


def _opens(tokens: list[Any], j: int) -> bool:
    """Whether the straight quote at ``j`` opens a name: a space before it, a capital glued after it."""
    return tokens[j - 1].stop < tokens[j].start and j + 1 < len(tokens) \
        and tokens[j + 1].start == tokens[j].stop and tokens[j + 1].text[:1].isupper()


def _inside(tokens: list[Any], lo: int, hi: int) -> str:
    """The text between tokens ``lo`` and ``hi`` (exclusive) as written: the rules find it in the
    mention's text again; the organization's name balances its quotes."""
    return tokens[lo].doc_text[tokens[lo].start:tokens[hi - 1].stop]


def _eponym_end(tokens: list[Any], k: int) -> int:
    """Past the capitalized words (and initials' dots) of the name after "имени" at ``tokens[k]``, and the
    title before them ("им. главного маршала авиации Б.П. Бугаева", "имени академика Туполева")."""
    start, n = k, len(tokens)
    while start < n and start - k < 4 and tokens[start].text.isalpha() and tokens[start].text.islower():
        start += 1
    end, named = start, False
    while end < n and end - start < 6 and (tokens[end].text[0].isupper() or (
            tokens[end].text in (".", "-") and end + 1 < n and tokens[end + 1].text[0].isupper())):
        if named and tokens[end].feats.get("Case") == "Nom":
            break  # "им. С.П. Королева Евгений Шахматов": the eponym is in the genitive, who follows is not
        named = named or len(tokens[end].text) > 1 and tokens[end].text.isalpha()
        end += 1
    return end if end > start else k


def _region_initials(tokens: list[Any], j: int) -> bool:
    """Whether "НАО", a legal form and the Ненецкий автономный округ's initials, names the region: no name
    follows it ("Администрация НАО подписала", not "НАО «Северная верфь»")."""
    after = tokens[j + 1].text if j + 1 < len(tokens) else ""
    return tokens[j].text == "НАО" and not (after[:1].isupper() or after in OPENING_QUOTES)


_BRANCH_STEMS = ("филиал", "представительств")  # a company's part, named with it (the tagger may not know "филиала")


def _tail_end(tokens: list[Any], i: int, blocked: set[int]) -> int:
    """Index just past the genitive tail that starts at ``tokens[i]``."""
    j, n, taken = i, len(tokens), 0
    if (i >= 1 and tokens[i - 1].text.lower() == "имени") or (
            i >= 2 and tokens[i - 1].text == "." and tokens[i - 2].text.lower() == "им"):
        j = _eponym_end(tokens, i)  # the name recognized ends at "им.": the person's name follows
    if i >= 1 and tokens[i - 1].text.lower().startswith(_BRANCH_STEMS) and i + 1 < n and tokens[i].text in SHORT_FORMS \
            and (quote := _quote_end(tokens, i + 1)) is not None:
        return quote  # "Балаковского филиала АО «Апатит»": a branch is named by its company's name
    while j < n and taken < _MAX_TAIL:
        token = tokens[j]
        end = _named_for_end(tokens, j)  # "театр им. Йозефа Бойса": the name, a person's or not
        if end > j:
            j, taken = end, taken + end - j
            continue
        if j >= 2 and tokens[j - 2].lemma == "муниципальный" and tokens[j - 1].text.startswith("образовани") \
                and (end := _municipality_end(tokens, j)) > j:  # "администрация муниципального образования
            j = end  # Щекинский район": the tagger lemmatizes "образования" as itself
            break
        if j in blocked:
            break
        if token.text in ("г", "гор") and j + 2 < n and tokens[j + 1].text == "." and tokens[j + 2].text[:1].isupper():
            j, taken = j + 3, taken + 3  # "правительства г. Москвы": a town after its word cut short
            continue
        if token.lemma in _SAID_OF:
            break  # "включение в состав Ассоциации новых организаций": said of them, no name's words
        if (token.text in SHORT_FORMS or token.text in ABBREVIATED_HEADS) and not _region_initials(tokens, j):
            break  # "… и АО «Индустриальный парк»": the next organization starts here
        previous = tokens[j - 1].text if j > 0 else ""
        if (previous.isupper() and len(previous) > 1 or previous in CLOSING_QUOTES) and token.text.islower():
            break  # "Совет безопасности ООН грозной резолюции", "АО «Кама-Инвест» гранта": a name ended there
        if token.text.islower() and j > i and _named_seat(tokens, j - 1):
            break  # "в случае принятия Правительством Российской Федерации решения": the seat ends a name
        if token.lemma in ORG_HEADS and previous in CLOSING_QUOTES \
                or token.lemma in GENERIC_HEADS and token.text[0].isupper():
            break  # "Холдинг «Технодинамика» Госкорпорации Ростех", "корпорацию Госкорпорации Ростех": its owner
        if glued_dot(tokens, j) and previous.isupper() and tokens[j + 1].text.isupper():
            j, taken = j + 2, taken + 2  # "корпорацией развития ВЭБ.РФ": the dot is inside the name
            continue
        abbreviation_chain = token.text.isupper() and j > 0 and tokens[j - 1].text.isupper() \
            or token.text in COUNTRY_ABBREVIATIONS  # "Конгресса США": these do not decline
        apposed_name = j > 0 and (tokens[j - 1].lemma in _APPOSING or tokens[j - 1].text.startswith(
            ("провинци", "штат"))) and token.pos == "PROPN" and token.text[0].isupper()  # "провинции Хубэй"
        furthering = token.feats.get("Case") == "Dat" and token.pos in _TAIL_POS and any(
            t.text.lower().startswith("содейств") for t in tokens[i:j])  # "Ассоциации содействия развитию кластеров"
        compound = "-" in token.text and "Case" not in token.feats and fold(token.text).endswith(("ов", "ев"))
        # "Консорциум дизайн-центров …": a plural noun of two words the tagger took for an adjective of no case
        if _is_gen(token) or apposed_name or furthering or compound \
                or (abbreviation_chain and token.pos in _TAIL_POS):
            j, taken = j + 1, taken + 1
            continue
        nxt = tokens[j + 1] if j + 1 < n else None
        if token.pos == "ADV" and token.text.endswith("о") and nxt is not None and nxt.pos == "ADJ" and _is_gen(nxt) \
                and j > i:  # "опережающего социально экономического развития": a compound written apart
            j, taken = j + 1, taken + 1
            continue
        if token.pos == "ADJ" and "Case" not in token.feats and fold(token.text).endswith(("ого", "его")) \
                and nxt is not None and _is_gen(nxt):
            j, taken = j + 1, taken + 1  # "территории опережающего социально-экономического развития": an
            continue  # adjective the tagger gave no case, of the genitive after it
        if (token.text in ("и", ",") and nxt is not None and j > i and _is_gen(nxt)
                and j + 1 not in blocked and not (nxt.text[0].isupper() and not nxt.text.isupper())
                and not (token.text == "," and tokens[j - 1].text[:1].isupper() or tokens[j - 1].lemma in _SEATS
                         or tokens[j - 1].lemma in COUNTRY_WORDS or tokens[j - 1].text in COUNTRY_ABBREVIATIONS)
                # "администрации Комсомольска-на-Амуре, муниципальных образований", "администрации Томской
                # области и вузов", "Администрация Нанайского района и РМК", "Министерства энергетики России и
                # ведущих компаний": the list is of bodies, not of the tail's words (a seat ends a name)
                and nxt.text not in SHORT_FORMS
                and not (nxt.lemma in ORG_HEADS and nxt.feats.get("Number") == "Sing")):  # "и министерства экономики"
            j, taken = j + 2, taken + 2
            continue
        break
    dated = next((k for k in range(i, j) if tokens[k].lemma in TIME_WORDS), None)
    if dated is not None:  # "Бундестаг Германии прошлого года": the date is not a part of the name
        j = dated
        while j > i and tokens[j - 1].pos == "ADJ":
            j -= 1
    # never end on a conjunction or comma
    while j > i and tokens[j - 1].text in ("и", ","):
        j -= 1
    return j


_MUNICIPAL_KINDS = {"район", "округ", "поселение"}  # "Усть-Лабинский район" after "муниципального образования"


def _municipality_end(tokens: list[Any], k: int) -> int:
    """Index past the municipality's own name, in the nominative or quoted, that a "муниципальное
    образование" goes on with ("Щекинский район", "«Дорогобужский район»"); ``k`` if none."""
    quoted = _quote_end(tokens, k)
    if quoted is not None:
        return quoted
    if k + 1 < len(tokens) and tokens[k].feats.get("Case") == "Nom" and tokens[k].text[0].isupper() \
            and tokens[k + 1].lemma in _MUNICIPAL_KINDS:
        return k + 2
    return k


def _named_seat(tokens: list[Any], k: int) -> bool:
    """Whether the word at ``k`` ends the name of a region or a country ("Российской Федерации", "Свердловской
    области", "России", "Республики Карелия"), not a common noun of the kind ("инновационных регионов")."""
    word = tokens[k]
    if word.lemma in COUNTRY_WORDS and word.text[0].isupper():
        return True
    if k > 0 and tokens[k - 1].lemma == "республика" and word.text[0].isupper():
        return True  # the republic's own name after its word
    return (word.lemma in REGION_WORDS or word.lemma == "федерация") and tokens[k - 1].text[:1].isupper()


def _complement_end(tokens: list[Any], i: int, blocked: set[int]) -> int:
    """Past "по производству пищевого оборудования" or "в сфере высоких технологий" after a head."""
    if (i + 2 < len(tokens) and tokens[i].text.lower() in ("в", "во")
            and tokens[i + 1].lemma in ("сфера", "область")):
        return _tail_end(tokens, i + 2, blocked)
    return _official_end(tokens, i, blocked)


# Dative words after "по" that start an adverbial ("по данным", "по итогам", "по примеру"), not a part of a name.
_NOT_A_FIELD = {"итогам", "итогу", "данным", "словам", "мнению", "информации", "оценке", "оценкам", "сравнению",
                "сообщению", "приглашению", "инициативе", "поручению", "просьбе", "решению", "случаю",
                "требованию", "причине", "заказу", "сведениям", "результатам", "подсчетам", "прогнозу",
                "прогнозам", "состоянию", "предварительным", "официальным", "последним", "разным", "всей",
                "всему", "словами", "линии", "факту", "делу", "адресу", "телефону", "окончании", "возвращении",
                "обвинению", "обвинениям", "подозрению", "существу", "вопросу", "примеру", "аналогии", "образцу",
                "подобию", "типу", "мере", "сути", "плану", "графику", "программе", "договору", "контракту",
                "соглашению", "госконтракту"}
# Bodies of a place that have no field: "правительство … по стимулированию экономики" is what it does.
_NO_FIELD_HEADS = {"правительство", "администрация", "мэрия", "парламент", "посольство"}


def _official_end(tokens: list[Any], i: int, blocked: set[int]) -> int:
    """Past the field or seat an official body's name goes on with: "Совет при Президенте РФ по
    развитию информационного общества", "ГУ МЧС России по Санкт-Петербургу"."""
    while i + 1 < len(tokens) and i not in blocked:
        word, nxt = tokens[i].text.lower(), tokens[i + 1]
        if word == "по" and nxt.feats.get("Case") == "Dat" \
                and all(t.text.lower() not in _NOT_A_FIELD for t in tokens[i + 1:i + 4]) \
                and not any(t.lemma == "развитие" for t in tokens[max(0, i - 3):i]):  # "Фондом развития
            # промышленности по предоставлению поддержки": what the development body does, its name said
            j = i + 1
        elif (word, nxt.feats.get("Case")) == ("при", "Loc") and _an_authority(tokens, i + 1) or (
                (word, nxt.feats.get("Case")) == ("против", "Gen")
                and any(t.lemma in AGAINST_HEADS for t in tokens[max(0, i - 6):i])):
            j = i + 1  # "Совет при Президенте", "Комитет ООН против пыток" (not "MySQL против сделки")
        else:
            return i
        while True:  # the field, and more joined by "и": "по патентам и товарным знакам"
            while j < len(tokens) and tokens[j].pos == "ADJ" and tokens[j].feats.get("Case") == nxt.feats.get("Case"):
                j += 1
            if j >= len(tokens) or tokens[j].pos not in ("NOUN", "PROPN") or j in blocked:
                return i
            i = _tail_end(tokens, j + 1, blocked)
            if not (i + 1 < len(tokens) and tokens[i].text == "и" and i + 1 not in blocked
                    and tokens[i + 1].feats.get("Case") == nxt.feats.get("Case")):
                break
            j = i + 1
    return i


def _a_field(tokens: list[Any], k: int) -> bool:
    """Whether "по" at ``k`` opens a field in lower case ("по пилотному запуску"), not a seat ("по Москве")."""
    return k + 1 < len(tokens) and tokens[k].text == "по" and tokens[k + 1].text.islower()


def _an_authority(tokens: list[Any], i: int) -> bool:
    """Whether the words at ``i`` name whom a body sits with ("при Президенте", "при губернаторе", "при
    Министерстве"), not what happens ("СИБУР при осуществлении деятельности", "при поддержке фонда")."""
    while i < len(tokens) and tokens[i].pos == "ADJ":
        i += 1
    return i < len(tokens) and (tokens[i].text[:1].isupper() or tokens[i].lemma in _ROLE_WORDS
                                or tokens[i].lemma in ORG_HEADS)


def _head_kind(tokens: list[Any], head: int, end: int) -> str:
    lemma = tokens[head].lemma
    lemmas = {t.lemma for t in tokens[head:end]}
    before = {t.lemma for t in tokens[:head]}
    if lemma == "корпорация" and "развитие" in lemmas:
        return "development_corporation"
    if lemma == "зона":  # "промышленная зона «Заволжье»" is an industrial park by another name
        return "sez" if "экономический" in before else "industrial_park" if "промышленный" in before else "other"
    if lemma == "парк":
        return "industrial_park" if before & {"индустриальный", "промышленный", "экопромышленный"} else "technopark"
    if lemma in ("фонд", "институт") and "развитие" in lemmas:
        return "fund"
    if lemma == "объединение" and any(fold(t.text).endswith(("производственное", "производственного",
                                                              "производственным", "производственному"))
                                      for t in tokens[max(0, head - 2):head]):
        return "company"  # "горно-обогатительное производственное объединение": a plant, not an association
    return ORG_HEADS[lemma]


def _compound_kind(tokens: list[Any]) -> str:
    """"Уралвагонзавод", "Сбербанк", "Тулаприводмаш": a name compounded with a plant's or a bank's word
    is a company; "СоюзМаш России": one opening with a union's is an association."""
    first, last = tokens[0].text.lower(), tokens[-1].text.lower()
    if first.startswith("союз") and len(first) > 6:
        return "association"
    if (tokens[-2] if last == "." and len(tokens) > 1 else tokens[-1]).text.lower() in FOREIGN_FORMS:
        return "company"  # "Harbin Electric Co., Ltd."
    return "company" if any(last.find(stem) > 0 for stem in _COMPOUND_HEADS) else "other"


def _starts_line(tokens: list[Any], i: int) -> bool:
    """Whether ``tokens[i]`` opens its sentence, or a quote that opens it ("«Швейная фабрика приобретет
    …»"), or a line (a headline runs into the text after it)."""
    return i == 0 or i == 1 and tokens[0].text in OPENING_QUOTES or _opens_line(tokens[i])


def _opens_line(token: Any) -> bool:
    """Whether the token opens a line of the text: only spaces and a line break since the word before."""
    text, k = token.doc_text, token.start
    while k > 0 and text[k - 1].isspace():
        k -= 1
        if text[k] == "\n":
            return True
    return k == 0


def _agrees(adjective: Any, noun: Any) -> bool:
    """Whether an adjective agrees with the noun after it. The tagger's case is trusted when it
    agrees; a capitalized adjective or a region's it reads in another case ("Камским" as nominative
    before "кластером", "региональным" as dative plural before "минпромом") is checked against its own
    endings: "-ским" and "-ным" can be instrumental."""
    case, number = noun.feats.get("Case"), noun.feats.get("Number")
    guessed = adjective.text[:1].isupper() and adjective.lemma == adjective.text.lower()  # a word the tagger
    # does not know, whose case it guessed from the noun's: "под Неманом завод"
    if adjective.feats.get("Case") == case and adjective.feats.get("Number") == number and not guessed:
        return True
    return (adjective.text[:1].isupper() or adjective.lemma in REGION_ADJECTIVES) and case is not None \
        and fold(adjective.text).endswith(_ADJECTIVE_ENDINGS.get((case, number), ()))


# The endings an adjective's form may have: "участника кластера", "2019 Фонд" are no adjectives, whatever the
# tagger says.
# Adjective endings by case and number, for "Камским кластером", "Тульской области".
_ADJECTIVE_ENDINGS = {
    ("Nom", "Sing"): ("ий", "ый", "ой", "ая", "яя", "ое", "ее"), ("Gen", "Sing"): ("ого", "его", "ой", "ей"),
    ("Dat", "Sing"): ("ому", "ему", "ой", "ей"), ("Acc", "Sing"): ("ий", "ый", "ой", "ую", "юю", "ое", "ее", "ого"),
    ("Ins", "Sing"): ("им", "ым", "ой", "ей"), ("Loc", "Sing"): ("ом", "ем", "ой", "ей"),
}


def field_compounded(token: Any) -> bool:
    """Whether a group's word has its field compounded with it, as a tail would name it ("авиакластер",
    "IT-кластер"; not "промкластер", an industrial one)."""
    compound = COMPOUND_GROUP.match(token.text.lower())
    return compound is not None and token.lemma == compound[2] and compound[1] != "пром"


def _adjective_of(word: Any, head: Any) -> bool:
    """Whether a word before a head noun is an adjective of its name; "влиятельного Комитета" is said of
    it, no part of its name."""
    return (word.pos == "ADJ" or word.pos == "PROPN" and fold(word.text).endswith(PLACE_ADJECTIVE_ENDINGS)) \
        and _agrees(word, head) and fold(word.text).endswith(ADJECTIVE_ENDINGS) and word.lemma not in JUDGEMENTS


def _caseless_in_a_name(tokens: list[Any], k: int, head: Any) -> bool:
    """Whether ``tokens[k]`` is an adjective the tagger gave no case, with a capitalized adjective of the
    head before it: "Тихоокеанский научно-исследовательский рыбохозяйственный центр"."""
    if tokens[k].pos != "ADJ" or "Case" in tokens[k].feats or not fold(tokens[k].text).endswith(ADJECTIVE_ENDINGS):
        return False
    j = k - 1
    while j >= 0 and tokens[j].pos == "ADJ" and not tokens[j].text[:1].isupper():
        j -= 1
    return j >= 0 and tokens[j].text[:1].isupper() and _adjective_of(tokens[j], head)


_MASCULINE = ("ый", "ий", "ой")  # an adjective's dictionary form, whatever the tagger took it for


def _paired(word: Any, adjective: Any) -> bool:
    """Whether a word before "и" is an adjective in the form of the name's adjective after it; the
    tagger may read its case otherwise ("фармацевтический" as accusative) or take it for a noun
    ("судостроительный и судоремонтный кластер")."""
    return (word.pos == "ADJ" or word.pos == "NOUN" and word.text.islower() and word.lemma.endswith(_MASCULINE)) \
        and fold(word.text).endswith(ADJECTIVE_ENDINGS) \
        and fold(word.text)[-2:] == fold(adjective.text)[-2:] \
        and not (word.lemma in JUDGEMENTS or word.lemma in DROPPED_ADJECTIVES or word.lemma in GENERIC_ADJECTIVES)


# A legal form and a quoted name right after a phrase.
_LEGAL_NAME_NEXT = re.compile(r"\s+(?:ООО|АО|ПАО|ЗАО|ОАО)\s*[«\"„“]")


def _descriptor(tokens: list[Any], head: int, blocked: set[int]) -> Mention | None:
    """The organization a head noun names, or None when the phrase names no one in particular."""
    token = tokens[head]
    if token.lemma == "кабинет" and not (head + 1 < len(tokens) and tokens[head + 1].text.lower() == "министров"):
        return None  # "Кабинет Министров Чувашской Республики", but "в кабинете губернатора": a room
    start = head
    while start > 0 and start - 1 not in blocked:
        prev = tokens[start - 1]
        if _adjective_of(prev, token) or _caseless_in_a_name(tokens, start - 1, token):
            start -= 1
        elif start < head and start > 1 and prev.text == "и" and start - 2 not in blocked \
                and _paired(tokens[start - 2], tokens[start]):
            start -= 2  # "фармацевтический и биомедицинский кластер": two adjectives of one name
        else:
            break
    if start == head and token.lemma in FRONTS and head + 1 < len(tokens) and _is_gen(tokens[head + 1]) \
            and (tokens[head + 1].lemma in ORG_HEADS or fold(tokens[head + 1].text).startswith("союз")):
        return None  # "Бюро Союза машиностроителей России": the body of the organization named after it
    if start == head and token.lemma == "компания" and head and tokens[head - 1].lemma == "группа" \
            and head - 1 not in blocked:
        start -= 1  # "группой компаний «Титан»": "группа" is no head of its own ("группа экспертов")
    end = _tail_end(tokens, head + 1, blocked)
    if token.lemma == "правительство" and end > head + 1 and all(t.text.islower() for t in tokens[head + 1:end]) \
            and tokens[end - 1].lemma not in REGION_WORDS | COUNTRY_WORDS:
        end = head + 1  # "предоставлению региональным правительством земельного участка": what it gave; a
        # government's own genitive is its place's ("правительство области", "правительства страны")
    if token.lemma in ("кластер", "технопарк", "парк"):
        end = _complement_end(tokens, end, blocked)
    elif token.lemma not in _NO_FIELD_HEADS:  # "сборная России по бобслею", "комитет по иностранным делам"
        end = _official_end(tokens, end, blocked)
    nested = any(t.lemma in ORG_HEADS or t.text in ABBREVIATED_HEADS for t in tokens[head + 1:end])
    quote = None if nested else _quote_end(tokens, end)  # "компания парка «Кама»": the quote names the park
    if quote and ORG_HEADS[token.lemma] == "government" and end > head + 1 and quote - end > 5:
        quote = None  # "министерства промышленности … области «Состояние и перспективы …»": a title, no name
    aside = None  # "особой экономической зоны (ОЭЗ) «Кулибин»": an abbreviation between the words and the name
    if quote is None and not nested and _abbreviation_aside(tokens, end):
        quote = _quote_end(tokens, end + 3)
        aside = end if quote else None
    quoted = None
    if quote:
        quoted = _inside(tokens, end + 1 + (3 if aside is not None else 0), quote - 1)
        end = quote
    elif end == head + 1 and token.lemma in _PARKS and end not in blocked and _unquoted_name(tokens, end, token):
        quoted, end = tokens[end].text, end + 1  # "в индустриальном парке Грабцево"
    elif token.lemma in _ZONES:
        end = _town_after(tokens, end, blocked) or end  # "особой экономической зоны в Ишимбае"
    if _regional(tokens, start, head, end):
        return Mention("ORG", tokens[start].start, tokens[end - 1].stop, tokens[start:end], "rule:regional_body",
                       0.7, head=head - start, kind=_head_kind(tokens, head, end), regional=True)
    specific_adjectives = [t for t in tokens[start:head] if t.lemma not in GENERIC_ADJECTIVES]
    if token.lemma == "зона" and not quoted and not any(t.lemma == "экономический" for t in tokens[start:head]):
        return None
    if token.lemma == "территория" and not any(fold(t.text).startswith("опережающ") for t in tokens[head + 1:end]):
        return None  # "на территории парка": only the "территория опережающего развития" is a zone
    tail = tokens[head + 1:end]
    has_tail = bool(tail) and not all(t.lemma in GENERIC_TAILS for t in tail) \
        or field_compounded(token)
    named = any(t.text[0].isupper() for t in tokens[start:end])
    if token.feats.get("Number") == "Plur" and not quoted:
        return None
    latin_next = end < len(tokens) and _LATIN.fullmatch(tokens[end].text) and tokens[end].text[0].isupper()
    if latin_next and not quoted and (not tail and token.lemma in GENERIC_HEADS or tail and not named):
        return None  # the kind of the one named next: "Американская компания SI Group", and, said in lower case
        # with words of its own, "фонда прямых инвестиций AVG Capital Partners"
    capitalized = token.text[0].isupper() and not _starts_line(tokens, start)  # not just the first word
    if not (quoted or specific_adjectives or has_tail or capitalized):
        return None
    if any(t.lemma in NON_ORGANIZATION_ADJECTIVES for t in tokens[start:head]):
        return None  # "призовой фонд": money, not a fund
    if any(t.lemma in _ORDINALS for t in tokens[start:head]) and not (quoted or named) and tail \
            and all(t.lemma in GENERIC_TAILS or t.lemma in COUNTRY_WORDS for t in tail):
        return None  # "став третьим сертифицированным индустриальным парком страны": a rank, no name
    if token.lemma == "центр" and start == head and not quoted and token.text.islower() and tail \
            and all(t.text[:1].isupper() for t in tail):
        return None  # "о строительстве центра Сбербанка": its owner's building, no centre of its own name
    if token.lemma == "фонд" and tail and fold(tail[0].text).startswith(("оплат", "заработн")):
        return None  # "фонд оплаты труда заводов": wages, not a fund
    if token.lemma == "центр" and len(tail) > 1 and fold(tail[0].text).startswith("обработк") \
            and fold(tail[1].text).startswith("данн"):
        return None  # "центра обработки данных Сбербанка": a building, its owner named after it
    if token.lemma == "парк" and any(t.pos in ("NOUN", "ADJ") and fold(t.text).startswith(_FLEETS)
                                     for t in [*tokens[start:head], *tail]) \
            and not quoted:
        return None  # "парк грузовых вагонов": a fleet, not a park
    if token.lemma in AMBIGUOUS_HEADS and not (quoted or named):
        return None
    managing = token.lemma == "компания" and any(t.lemma == "управляющий" for t in tokens[start:head]) \
        and any(t.text[:1].isupper() for t in tail)  # "управляющей компании Уральского кластера"
    if token.lemma in GENERIC_HEADS and not quoted and _LEGAL_NAME_NEXT.match(token.doc_text, tokens[end - 1].stop):
        return None  # "Российско-белорусское предприятие ООО «Омсклидагромаш»": the kind of the one named next
    if ORG_HEADS[token.lemma] == _head_kind(tokens, head, end) == "company" and not quoted and not managing \
            and not (tokens[start].text[0].isupper() and not _starts_line(tokens, start)):
        return None  # "завод редукторов", "новое предприятие": a kind of plant, not a plant (but "Корпорация
        # развития Тверской области" opening a sentence is a development corporation)
    if ORG_HEADS[token.lemma] in ("other", "university") and not quoted and not named:
        return None  # "в инновационном центре", "институт веры": no name in the words at all
    if ORG_HEADS[token.lemma] in _NAMED_BY_WORDS and not (quoted or has_tail or capitalized or any(
            t.text[:1].isupper() and not _starts_line(tokens, k) for k, t in enumerate(tokens[start:head], start))):
        return None  # "семенного фонда", "исследовательский центр": a kind, said in lower case
    place_word = None
    while start < head and (_dropped(tokens[start], token) or quoted and _describes(tokens, start, start + 1 == head)):
        place_word = tokens[start].text if _place_word(tokens[start], True) else place_word
        start += 1
    kind = _head_kind(tokens, head, end)
    words = tokens[start:end] if aside is None else tokens[start:aside] + tokens[aside + 3:end]
    grouped = start == head - 1 and tokens[start].lemma == "группа"  # the group's word takes the sentence's case
    return Mention("ORG", tokens[start].start, tokens[end - 1].stop, words, "rule:head", 0.8,
                   head=0 if grouped else head - start, kind=kind, quoted=quoted, place_word=place_word)


def _describes(tokens: list[Any], k: int, before_name: bool) -> bool:
    """Whether the word at ``k`` is a place's adjective said of a quoted name, not a word of it: in lower
    case ("калининградском парке «Храброво»"), or opening a sentence right before the head or the quote
    ("Татарстанский технополис «Химград»", "Белорусский «Гомсельмаш»"; but "Прибалтийский
    судостроительный завод «Янтарь»" is its name), or anywhere before a legal form, which opens a name
    ("Московское АО «Аурат»")."""
    legal = k + 1 < len(tokens) and tokens[k + 1].text in SHORT_FORMS
    return _place_word(tokens[k], legal or before_name and _starts_line(tokens, k))


def _abbreviation_aside(tokens: list[Any], k: int) -> bool:
    """Whether an abbreviation in parentheses opens at ``k``: "(ОЭЗ)", "(ТОР)"."""
    return k + 3 < len(tokens) and tokens[k].text == "(" and tokens[k + 2].text == ")" \
        and tokens[k + 1].text.isupper() and tokens[k + 1].text.isalpha()


# Stems of "-ский" adjectives that name a field or a trade, no place.
_TRADE_STEMS = ("ическ", "конструкторск", "исследовательск")


def _place_word(token: Any, capitalized: bool = False) -> bool:
    """A lower-case adjective of a place, which describes a named organization without being part of its
    name: "тульским научно-производственным объединением «Сплав»", "в калининградском парке «Храброво»";
    ``capitalized``: one opening a sentence counts too. Not a field's "-ический" ("в химическом парке
    «Тагил»", a kind of park), nor a trade's ("конструкторское бюро «Вымпел»", "научно-исследовательский
    институт «Гидроприбор»")."""
    word = fold(token.text)
    return (token.text.islower() or capitalized) and word.endswith(PLACE_ADJECTIVE_ENDINGS) \
        and not any(stem in word for stem in _TRADE_STEMS)


def _regional(tokens: list[Any], start: int, head: int, end: int) -> bool:
    """Whether the phrase names a body of "the region" without naming it: "областное правительство",
    "правительство региона", "министерство промышленности области", "облправительство", "Министерство
    промышленности, энергетики и инноваций республики"."""
    token, tail = tokens[head], tokens[head + 1:end]
    if token.lemma not in REGIONAL_BODIES or token.feats.get("Number") == "Plur":
        return False
    if token.lemma in REGION_COMPOUNDS:
        return True
    if token.lemma == "корпорация" and not any(t.lemma == "развитие" for t in tail):
        return False
    if token.lemma == "кластер" and not (tail and tail[-1].lemma in REGION_WORDS):
        return False  # "Янтарный промышленный кластер области", but "региональный кластер" is any one
    if token.lemma == "фонд" and tokens[start].lemma not in REGION_ADJECTIVES and not (
            tail and tail[-1].text.lower() in ("региона", "области", "края", "республики")):
        return False  # "Краевой фонд развития промышленности", "Фонд … региона", but "Смоленский областной фонд"
    if any(t.lemma in REGION_ADJECTIVES for t in tokens[start:head]):
        return not any(t.text[:1].isupper() for t in tail)
    return bool(tail) and tail[-1].lemma in REGION_WORDS and not any(t.text[:1].isupper() for t in tail)


_REGION_NOUNS = {"область", "край", "республика", "район", "округ"}
_SEATS = REGION_WORDS | _REGION_NOUNS  # what a body's name ends at before "и": "администрации района и РМК"
_PARKS = {"парк", "промпарк", "технопарк", "технополис"}
_BOARDS = {"наблюдательный", "экспертный", "попечительский"}
# Stems of what a fleet is made of: "парк грузовых вагонов", "автобусного парка" is a company's.
_FLEETS = ("вагон", "автомобил", "автобус", "техник", "самолет", "локомотив", "трамва", "троллейбус", "грузовик",
           "тепловоз", "электровоз", "судов", "комбайн", "трактор", "станоч", "вертол", "оборудован", "подвижн",
           "спецтехник")  # "комбайнового парка региона", "свой парк оборудования"


def _unquoted_name(tokens: list[Any], k: int, head: Any) -> bool:
    """Whether ``tokens[k]`` is a name put after its kind without quotes, in the kind's case or not
    declined: "ТОР Кондрово", "индустриальном парке Грабцево" (but not "ТОР Хабаровского края")."""
    word = tokens[k] if k < len(tokens) else None
    return word is not None and word.text[:1].isupper() and not word.text.isupper() \
        and word.text.replace("-", "").isalpha() and word.lemma not in _REGION_NOUNS \
        and word.feats.get("Case", "Nom") in ("Nom", head.feats.get("Case")) \
        and not (k + 1 < len(tokens) and tokens[k + 1].lemma in _REGION_NOUNS)


_ZONES = {"зона", "территория"}
_ORDINALS = {"первый", "второй", "третий"}
_TOWN_STEMS = ("город", "моногород", "поселок", "посёлок", "село")


def _town_after(tokens: list[Any], k: int, blocked: set[int]) -> int | None:
    """Where the town a zone is named by ends, when "в <town>" follows it ("особой экономической зоны в
    Ишимбае", "ТОСЭР в моногороде Боровичи"), else None."""
    if k + 1 >= len(tokens) or tokens[k].text.lower() not in ("в", "во") or k + 1 in blocked:
        return None
    k += 1 + tokens[k + 1].text.lower().startswith(_TOWN_STEMS)
    if k >= len(tokens) or not tokens[k].text[:1].isupper() or tokens[k].text.isupper() \
            or not tokens[k].text.replace("-", "").isalpha() or k in blocked:
        return None
    if tokens[k].pos == "ADJ":
        return None  # "ТОСЭР в Челябинской области" is any of the region's
    place = load_gazetteer().lookup(tokens[k].lemma)
    return None if place is not None and place.kind == "country" else k + 1  # "зоны в России": where it is


def _abbreviated(tokens: list[Any], i: int, people: set[int]) -> Mention | None:
    """``ОЭЗ «Приокская»``, ``ТОР «Узловая»``: an abbreviated kind followed by a quoted name, or by one
    capitalized word, its name unquoted (``ТОР Кондрово``, but not ``ТОР Хабаровского края``, nor the first
    name of "гендиректор ОЭЗ Тимур Шагивалеев", one of ``people``'s words)."""
    if tokens[i].text not in ABBREVIATED_HEADS:
        return None
    kind = ABBREVIATED_HEADS[tokens[i].text][1]
    quote = _quote_end(tokens, i + 1)
    if quote:
        return Mention("ORG", tokens[i].start, tokens[quote - 1].stop, tokens[i:quote], "rule:abbreviated_head",
                       0.85, head=0, kind=kind, quoted=_inside(tokens, i + 2, quote - 1))
    town = _town_after(tokens, i + 1, set())
    if town:  # "ТОСЭР в Боровичах": the zone of that town
        return Mention("ORG", tokens[i].start, tokens[town - 1].stop, tokens[i:town], "rule:abbreviated_head", 0.8,
                       head=0, kind=kind)
    if i + 1 in people:
        return None
    if tokens[i].text not in SPELLED_HEADS and i + 1 < len(tokens) and _abbreviation_word(tokens[i + 1]):
        end = _named_for_end(tokens, i + 2)  # "НПО ГОИ имени Вавилова", "НИИ ТП": a plant's or an institute's
        # own abbreviation after its kind's
        return Mention("ORG", tokens[i].start, tokens[end - 1].stop, tokens[i:end], "rule:abbreviated_head", 0.8,
                       head=0, kind=kind)
    if not _unquoted_name(tokens, i + 1, tokens[i]):
        return None
    word = tokens[i + 1]
    return Mention("ORG", tokens[i].start, word.stop, tokens[i:i + 2], "rule:abbreviated_head", 0.8, head=0,
                   kind=kind, quoted=word.text)


def _abbreviation_word(token: Any) -> bool:
    """Whether the word is an abbreviation of a name: not a country's ("УК РФ" is a code of law)."""
    return abbreviation(token.text) and token.text not in COUNTRY_ABBREVIATIONS \
        and not load_gazetteer().lookup(token.text)


def _named_for_end(tokens: list[Any], k: int) -> int:
    """Past the name after "имени" or "им." at ``tokens[k]``, if one is there; else ``k``."""
    if k < len(tokens) and tokens[k].text.lower() in ("имени", "им"):
        after = k + 1 + (k + 1 < len(tokens) and tokens[k + 1].text == ".")
        end = _eponym_end(tokens, after)
        return end if end > after else k
    return k


# A university's abbreviation: its town's first letters and its kind's capitals ("ТулГУ", "ОмГТУ", "СПбГУ").
_UNIVERSITY_ABBREVIATION = re.compile(r"[А-ЯЁ]{1,2}[а-яё]{1,4}[А-ЯЁ]{1,4}У")


def _university(tokens: list[Any], i: int) -> Mention | None:
    """A university's syllabic abbreviation NER left untagged: "правительство Сахалинской области, СахГУ и …"."""
    if not _UNIVERSITY_ABBREVIATION.fullmatch(tokens[i].text):
        return None
    return Mention("ORG", tokens[i].start, tokens[i].stop, tokens[i:i + 1], "rule:university", 0.8, kind="university")


_PORT = re.compile(r"порт(?:а|у|ом|е)?")  # the tagger lemmatizes "порта" as itself


def _free_port(tokens: list[Any], i: int) -> Mention | None:
    """"резидент свободного порта Владивосток": a free port is a zone of its own, named by its town
    without quotes (a place too), which NER reads as two places."""
    if tokens[i].lemma != "свободный" or i + 2 >= len(tokens) or not _PORT.fullmatch(tokens[i + 1].text.lower()) \
            or not _unquoted_name(tokens, i + 2, tokens[i + 1]):
        return None
    return Mention("ORG", tokens[i].start, tokens[i + 2].stop, tokens[i:i + 3], "rule:free_port", 0.8, head=1,
                   kind="sez")


# A power plant's kind written short, maybe with its number: "ТЭЦ-3", "ГРЭС-2", "ГЭС".
_POWER_PLANT = re.compile(r"(?:ТЭЦ|ТЭС|ГРЭС|ГЭС|МГЭС|ГАЭС|АЭС)(?:-\d+)?")


# Rules whose name begins with a place's adjective, which is no place of its own there: "Донецкий и
# Торезский заводы", "Тверскую ТЭЦ-3".
_ADJECTIVE_FIRST = {"rule:coordinated", "rule:power_plant"}


def _power_plant(tokens: list[Any], i: int) -> Mention | None:
    """"на Тверскую ТЭЦ-3", "на Экибастузской ГРЭС-2", "модернизация якутской ГРЭС-2": a power plant is
    named by its place's adjective and its kind written short, which NER reads as a place and a word, or
    misses; a lower-case adjective names the plant only when it is a town's ("российской АЭС" is none)."""
    if i + 1 >= len(tokens) or not _POWER_PLANT.fullmatch(tokens[i + 1].text):
        return None
    word = tokens[i].text
    if not fold(word).endswith(PLACE_ADJECTIVE_ENDINGS) or not (
            word[:1].isupper() or load_gazetteer().city_of_adjective(word) is not None):
        return None
    return Mention("ORG", tokens[i].start, tokens[i + 1].stop, tokens[i:i + 2], "rule:power_plant", 0.8, head=1)


def glued_dot(tokens: list[Any], k: int) -> bool:
    """Whether ``tokens[k]`` is a dot glued to the words on both sides, as in a domain or a brand written
    like one ("baltinfo.ru", "ВЭБ.РФ", "Медтех.Москва"), where the tokenizer splits the name."""
    return 0 < k < len(tokens) - 1 and tokens[k].text == "." \
        and tokens[k - 1].stop == tokens[k].start and tokens[k].stop == tokens[k + 1].start


def _in_domain(tokens: list[Any], k: int) -> bool:
    """Whether the word at ``k`` is a domain's end glued to a dot after a word: "РФ" of "ВЭБ.РФ" (but
    "Москве" of "г.Москве" is a place)."""
    return tokens[k].text.lower() in _TOP_DOMAINS and glued_dot(tokens, k - 1)


def _site(tokens: list[Any], i: int) -> Mention | None:
    """``baltinfo.ru``, ``0.facebook.com``: a site named by its domain, which the tokenizer splits at dots."""
    if i + 2 >= len(tokens) or tokens[i + 1].text != "." or (i > 0 and tokens[i - 1].stop == tokens[i].start):
        return None
    end = i + 1
    while glued_dot(tokens, end) and tokens[end + 1].text.isalnum():
        end += 2
    if end == i + 1 or tokens[end - 1].text.lower() not in _TOP_DOMAINS:
        return None
    if end == i + 3 and tokens[i].text.isupper() and tokens[end - 1].text == "РФ":
        return None  # "ВЭБ.РФ", "ДОМ.РФ": a corporation's name written like a site
    return Mention("ORG", tokens[i].start, tokens[end - 1].stop, tokens[i:end], "rule:site", 0.7, kind="other")


def _glued_brand(tokens: list[Any], i: int) -> Mention | None:
    """``ВЭБ.ДВ``, ``ДОМ.РФ``: an abbreviation glued by a dot to a word, one name the tokenizer split."""
    if i + 2 >= len(tokens) or not glued_dot(tokens, i + 1) or glued_dot(tokens, i + 3) \
            or (i > 0 and tokens[i - 1].stop == tokens[i].start):
        return None
    first, second = tokens[i].text, tokens[i + 2].text
    if not (first.isupper() and first.isalpha() and len(first) > 1) or not (second[:1].isupper() and second.isalpha()) \
            or second.lower() in _TOP_DOMAINS:  # "ВЭБ.РФ" is the corporation's abbreviation, written like a site
        return None
    known = ABBREVIATIONS.get(f"{tokens[i].text}.{tokens[i + 2].text}")
    return Mention("ORG", tokens[i].start, tokens[i + 2].stop, tokens[i:i + 3], "rule:glued_brand", 0.75,
                   kind=known[1] if known else "other")


# Posts whose holder heads or owns what is named after them ("президент «…»", not "модели «Газель Некст»").
_HEADS_OF = {"директор", "гендиректор", "президент", "глава", "руководитель", "председатель", "ректор", "управляющий",
             "основатель", "владелец", "совладелец", "учредитель"}


def _after_role(tokens: list[Any], i: int, named: set[int]) -> Mention | None:
    """The quoted name after a post's word, whose holder heads it, where natasha found none (no word of it
    among ``named``): "президент «Itaco Precast S.r.l.» Микеле Рандольфи"."""
    end = _quote_end(tokens, i + 1) if tokens[i].lemma in _HEADS_OF else None
    if end is None or end - i < 4 or any(t.start in named for t in tokens[i + 2:end - 1]):
        return None
    return Mention("ORG", tokens[i + 2].start, tokens[end - 2].stop, tokens[i + 2:end - 1], "rule:after_role", 0.6,
                   kind="other")


def _legal_form(tokens: list[Any], i: int, people: set[int]) -> Mention | None:
    """``АО «ЧЭАЗ»``, ``ООО "Вектор"``: a legal form followed by a quoted name (maybe after its kind,
    ``ООО ПО «Форэнерго»``), or by one word that is plainly a name (``ПАО КАМАЗ``, ``ПАО Сбербанк``), but not
    the first name of "заместитель генерального директора АО Сергей Наумов", one of ``people``'s words."""
    if tokens[i].text not in SHORT_FORMS:
        return None
    kind_word = int(i + 2 < len(tokens) and (tokens[i + 1].text in GENERIC_ABBREVIATIONS or _short_kind(tokens[i + 1]))
                    and tokens[i + 1].text not in ABBREVIATED_HEADS  # "АО НПО «Сплав»" is spelled out
                    and tokens[i + 2].text in OPENING_QUOTES)  # "ООО ПО «Форэнерго»", "ФГБОУ ВО «ИРНИТУ»"
    quote = _quote_end(tokens, i + 1 + kind_word)
    if not quote:
        word = tokens[i + 1] if i + 1 < len(tokens) else None
        if word is None or i + 1 in people or not word.text[:1].isupper() or len(word.text) < 2 \
                or not (word.text.isupper() or word.pos == "PROPN" and word.text[1:].islower()) \
                or i + 2 < len(tokens) and tokens[i + 2].text in OPENING_QUOTES:  # "ФГБОУ ВПО «ИРНИТУ»"
            return None
        return Mention("ORG", tokens[i].start, word.stop, tokens[i:i + 2], "rule:legal_form", 0.8,
                       kind="company", legal_form=tokens[i].text)
    quoted = _inside(tokens, i + 2 + kind_word, quote - 1)
    inner = tokens[i + 2 + kind_word:quote - 1]
    heads = [k for k, t in enumerate(inner) if t.lemma in ORG_HEADS and t.lemma not in GENERIC_HEADS] \
        or [k for k, t in enumerate(inner) if t.lemma in ORG_HEADS]  # "АО «Корпорация развития …»" runs parks
    kind = _head_kind(inner, heads[0], len(inner)) if heads else "company"
    return Mention("ORG", tokens[i].start, tokens[quote - 1].stop, tokens[i:quote], "rule:legal_form", 0.9,
                   kind=kind, legal_form=tokens[i].text, quoted=quoted)


def abbreviation(word: str) -> bool:
    """Whether a word is written as an abbreviation: two to five capitals ("ГОИ", "РТ")."""
    return 2 <= len(word) <= 5 and word.isalpha() and word.isupper()


def _short_kind(token: Any) -> bool:
    """Whether a word between a legal form and a quote is the kind written short: "АО ПКО «Теплообменник»"."""
    return abbreviation(token.text) \
        and token.text not in SHORT_FORMS  # "ООО ГК «ПЛАСТИК»": the group's own form, named with the quote


_CYRILLIC_WORD = re.compile(r"[А-Яа-яЁё]")


@dataclass
class _Span:
    """A part of a natasha span: the same fields the mention builder reads."""

    type: str
    tokens: list[Any]
    normal: str | None = None


def _split_parentheses(span: Any) -> list[Any]:
    """natasha keeps "(СКС)" in "Союз координационных советов (СКС)" and "(Joshua Wolf)" in a name:
    the name and what the parentheses hold are two mentions (the entity step joins an abbreviation or
    a translation to its name), as are a name and the abbreviation after its comma ("Объединенную вагонную
    компанию, ОВК"); a person's name spelled in Latin after the Russian one is dropped, and "Овечкин,
    Фёдоров" is two people."""
    texts = [t.text for t in span.tokens]
    if span.type == "PER" and "," in texts[1:-1]:
        cut = texts.index(",")
        return _split_parentheses(_Span("PER", span.tokens[:cut])) + \
            _split_parentheses(_Span("PER", span.tokens[cut + 1:]))
    if span.type == "ORG" and len(texts) > 2 and texts[-2] == "," and texts[-1].isupper():
        return [_Span("ORG", span.tokens[:-2]), _Span("ORG", span.tokens[-1:])]  # "… компанию, ОВК"
    signed = _signed_by(texts) if span.type == "ORG" else None
    if signed:  # "ОАО Метафракс А.Г. Гарслян": the company, then the person who speaks for it
        return [_Span("ORG", span.tokens[:signed]), _Span("PER", span.tokens[signed:len(texts) - (texts[-1] == ".")])]
    if span.type not in ("ORG", "PER") or "(" not in texts[1:]:
        return [span]
    cut = texts.index("(")
    inner = span.tokens[cut + 1:-1 if texts[-1] == ")" else None]
    if span.type == "PER" and inner and not _CYRILLIC_WORD.match(inner[0].text) \
            and not (len(inner) == 1 and inner[0].text.isupper()):
        inner = []  # the name spelled in Latin: the same person, not a second one
    return [_Span(span.type, span.tokens[:cut])] + ([_Span(span.type, inner)] if inner else [])


def _signed_by(texts: list[str]) -> int | None:
    """Where a person's initials and surname begin at the end of an organization's span ("Ямал СПГ Е. Кот"),
    after a word of its name; not a name's eponym ("имени академика А.Г. Шипунова", "им. В.И. Чапаева")."""
    words = texts[:-1] if texts[-1] == "." else texts
    k = len(words) - 1
    if k < 3 or not words[k][:1].isupper() or not words[k].isalpha() or words[k].isupper():
        return None
    while k >= 2 and words[k - 1] == "." and len(words[k - 2]) == 1 and words[k - 2].isupper():
        k -= 2
    if k == len(words) - 1 or k == 0 or not words[k - 1][:1].isupper() or words[k - 1] in ("Им", "Имени"):
        return None
    return k


def _lemmas(span: Any) -> str:
    return " ".join(t.lemma for t in span.tokens)


def _written(span: Any) -> str:
    return " ".join(t.text.lower() for t in span.tokens)


# Heads that make a name an organization's whatever NER says: "Промышленным кластером" is no place.
_NO_PLACE_HEADS = {"кластер", "завод", "комбинат", "компания", "корпорация", "холдинг", "концерн", "предприятие",
                   "фабрика", "технопарк", "технополис", "университет", "институт", "банк", "фонд", "акимат",
                   "хокимият", "облисполком"}


def _retyped(span: Any) -> Any:
    """The span with the type its name always has: "Евросоюз", "УрФУ", "ТулГУ", a brand compounded with a
    plant's word ("Ростсельмаш", "Татнефть") and "Промышленный кластер" are organizations, "СНГ" and a region's
    initials the gazetteer knows ("НСО") places;
    a building is an organization unless something happens in it ("в Белом доме")."""
    lemmas = _lemmas(span)
    inside = _written(span) in BUILDINGS
    if span.type == "LOC" and (lemmas in ORGANIZATION_NAMES and not inside or len(span.tokens) == 1
                               and (span.tokens[0].text in ABBREVIATIONS
                                    or _UNIVERSITY_ABBREVIATION.fullmatch(span.tokens[0].text)
                                    or span.tokens[0].text.lower().endswith(_COMPOUND_HEADS))  # "Ростсельмаш"
                               or any(t.lemma in _NO_PLACE_HEADS or t.text in ABBREVIATED_HEADS
                                      for t in span.tokens)):  # "в Астраханской ОЭЗ"
        return _Span("ORG", span.tokens)
    if span.type == "ORG" and (lemmas in PLACE_NAMES or len(span.tokens) == 1 and span.tokens[0].text.isupper()
                               and load_gazetteer().lookup(span.tokens[0].text)):  # "Губернатор НСО"
        return _Span("LOC", span.tokens, span.normal)
    return span


_LATIN = re.compile(r"[A-Za-z0-9&.'-]*[A-Za-z][A-Za-z0-9&.'-]*")


_DECLINED_CAPITALS = re.compile(r"(?<=[А-ЯЁ]{2})(?:ы|ов|а|у|е|ом|ам|ами|ах)$")  # the case ending of "ЦОДов"
_DOTTED_FORMS = {"co", "ltd", "inc", "corp"}  # written short with a dot ("Co., Ltd."), unlike "ASA" or "GmbH"


def _foreign_form_end(tokens: list[Any], end: int) -> int:
    """Past the legal forms after a name in Latin letters, a comma and a dot of each among them ("CO., LTD")."""
    while True:
        if tokens[end - 1].text.lower() in _DOTTED_FORMS and end < len(tokens) and tokens[end].text == "." \
                and tokens[end].start == tokens[end - 1].stop:
            end += 1
        k = end + (end < len(tokens) and tokens[end].text == ",")
        if k >= len(tokens) or tokens[k].text.lower() not in FOREIGN_FORMS:
            return end
        end = k + 1


# A finite verb's ending: the past's "-л", "-ла", "-ли", the present's "-ет", "-ит", "-ют", "-ат", reflexive or not.
_FINITE_ENDING = re.compile(r"(?:л[аио]?|[аеиуюя]т)(?:ся|сь)?$")


def _finite(token: Any) -> bool:
    """Whether a word the tagger calls a verb is one in person or tense ("раскрывал", "кооперируется"), its
    ending agreeing: the tagger reads a misspelled noun as a verb in the past too ("Министерство промышлености")."""
    return "Person" in token.feats or token.feats.get("VerbForm") == "Fin" \
        and _FINITE_ENDING.search(token.text) is not None


def _ner_mention(tokens: list[Any], span: Any, blocked: set[int]) -> Mention:
    index = {t.start: k for k, t in enumerate(tokens)}
    first, last = index[span.tokens[0].start], index[span.tokens[-1].start]
    if span.type == "ORG":  # "Ассоциации новых организаций": NER ran past the name into what is said of it,
        # a verb of any tense ("Савеловский машзавод раскрывал информацию"), or a headline's past its quotes:
        # "ЗАВОД «ЛУЧ» ПОЛУЧИЛ ЗАКАЗ"
        last = next((k - 1 for k in range(first + 1, last + 1) if tokens[k].text.islower() and (
            tokens[k].lemma in _SAID_OF or tokens[k].pos == "VERB" and _finite(tokens[k]))
            or tokens[k].pos == "VERB" and tokens[k - 1].text in CLOSING_QUOTES), last)
        while last > first and tokens[last].pos in ("ADP", "CCONJ") \
                and not any(t.text in CLOSING_QUOTES for t in tokens[last + 1:last + 2]):
            last -= 1  # "заседание Совета по инновационно-технологическому развитию": NER stopped at the field's
            # preposition, which the field's own rule reads again (but "Лаборатория вакуумных технологий плюс")
    if span.type == "ORG" and first < last and tokens[first].text.isupper() and _a_field(tokens, first + 1):
        last = first  # "корпорацией РОСНАНО по пилотному запуску проекта": what it does, not its name
    end, quoted = last + 1, None
    normal = span.normal
    if span.type == "LOC":  # "РФ (МЭР)", "РФ по развитию Дальнего Востока": NER ran past the place
        cut = next((k for k in range(first + 1, end) if tokens[k].text == "(" or tokens[k].pos == "ADP"), end)
        end, normal = cut, normal if cut == end else None
    while (span.type == "LOC" and first + 1 < end or span.type == "PER" and first + 2 < end) \
            and (tokens[first].lemma in _ROLE_WORDS or span.type == "LOC" and tokens[first].pos == "ADP"):
        first, normal = first + 1, None  # "Раис Татарстана", a headline's "Ректор Ильшат Гафуров обсудил …":
        # the post is no part of the place or the person (but a name and surname are: "Раис Ханнанов",
        # and a title with one name: "Принц Чарльз"); nor is the preposition opening a sentence: "Из
        # Республики Беларусь в Россию везли …"
    if span.type == "ORG":  # a front inside NER's span goes before the span is widened to the left
        first = _past_fronts(tokens, _past_dateline(tokens, first, last), last + 1)
    if span.type == "ORG" and tokens[first].pos in ("NOUN", "PROPN"):
        while first > 0 and first - 1 not in blocked and tokens[first - 1].pos == "ADJ" \
                and tokens[first - 1].feats.get("Case") == tokens[first].feats.get("Case") \
                and tokens[first - 1].lemma not in _VAGUE_ADJECTIVES \
                and tokens[first - 1].text.lower().endswith(PLACE_ADJECTIVE_ENDINGS):
            first -= 1  # "японского МИДа": an agreeing adjective of a place is part of the name
    if span.type == "ORG":
        first = _past_said_of(tokens, first, last)
        # a foreign legal form ends a name ("Skipskompetanse AS Per-Jørgen Silden": the director named next)
        end = next((k + 1 for k in range(first + 1, end - 1) if tokens[k].text.lower() in FOREIGN_FORMS
                    and tokens[k].text[:1].isupper() and tokens[k + 1].text not in (",", ".")), end)
    latin = _LATIN.fullmatch("".join(t.text for t in tokens[first:end])) is not None
    if span.type == "ORG" and not latin:
        # a name in Latin letters ends where it does: "1AK-GROUP Брестской области" is the group from there,
        # "с компанией SI Group по созданию производства" the company's
        end = _tail_end(tokens, end, blocked - set(range(first, end)))
    elif span.type == "ORG":
        end = _foreign_form_end(tokens, end)  # but its legal form goes on: "Xuan Yuan Industrial CO., LTD"
    if span.type == "ORG":
        word = tokens[first].text
        bare_name = end == first + 1 and word.lower() not in RULE_WORDS and (
            not word.isupper() or _a_field(tokens, end))
        post_field = first > 0 and tokens[first - 1].lemma in _ROLE_WORDS and _a_field(tokens, end)
        if tokens[end - 1].text not in CLOSING_QUOTES and not bare_name and not post_field and not latin:
            end = _official_end(tokens, end, blocked)  # not "ОАО «Каустик» по вопросам", "Ростеха по разработке",
            # nor a post's field: "вице-президент АвтоВАЗа по закупкам"
        quote = _quote_end(tokens, end) if tokens[last].lemma in ORG_HEADS or tokens[last].text.isupper() else None
        quoted = _inside(tokens, end + 1, quote - 1) if quote else None
        end = quote or end
        first = _past_said_of(tokens, _past_fronts(tokens, first, end), end - 1)  # and again when the span was
        # the front alone, the name its tail: "Совета директоров" + "ЕвроХима", "Экспертный совет" + "федерального
        # Фонда развития промышленности"
    if span.type == "ORG" and end < len(tokens) and _opens_unclosed(tokens[first:end], tokens[end].text):
        end += 1  # "Международный аэропорт «Грозный»": NER stopped before the closing quote
    place_word = None
    if span.type == "ORG" and first + 1 < end and _describes(
            tokens, first, tokens[first + 1].lemma in ORG_HEADS or tokens[first + 1].text in OPENING_QUOTES) \
            and any(t.text in OPENING_QUOTES for t in tokens[first + 1:end]):
        place_word = tokens[first].text  # "севастопольское КБ «Коралл»": said of it, not its name
        first += 1
    if span.type == "ORG" and quoted is None and tokens[first].text in GENERIC_ABBREVIATIONS \
            and _quote_end(tokens, first + 1) == end:
        quoted = _inside(tokens, first + 2, end - 1)  # "КБ «Марс»" as NER found it, quotes and all
    mention = Mention(span.type, tokens[first].start, tokens[end - 1].stop, tokens[first:end], "natasha:ner", 0.7,
                      normal=normal)
    if span.type == "ORG":
        mention.quoted = quoted
        mention.place_word = place_word
    if span.type == "ORG":
        heads = [k for k, t in enumerate(mention.tokens) if t.lemma in ORG_HEADS]
        known = ABBREVIATIONS.get(mention.tokens[0].text)
        mention.head = heads[0] if heads else None
        mention.regional = bool(heads) and _regional(mention.tokens, 0, heads[0], len(mention.tokens))
        abbreviated = next((ABBREVIATED_HEADS[t.text][1] for t in mention.tokens if t.text in ABBREVIATED_HEADS), None)
        mention.kind = known[1] if known else (_head_kind(mention.tokens, heads[0], len(mention.tokens))
                                               if heads else abbreviated or _apposed_kind(tokens, first)
                                               or _compound_kind(mention.tokens))
    return mention


def _apposed_kind(tokens: list[Any], first: int) -> str | None:
    """The kind a dash sets a quoted name after: "особой экономической зоны (ОЭЗ) — «Алюминиевой долины»" is a
    special economic zone, though its own words have no head."""
    k = first - 1 - (first > 0 and tokens[first - 1].text in OPENING_QUOTES)
    if k < 1 or tokens[k].text not in DASHES:
        return None
    k -= 1
    if k >= 2 and tokens[k].text == ")" and tokens[k - 2].text == "(":
        k -= 3  # the kind's abbreviation in parentheses
    if k < 0 or tokens[k].lemma not in ORG_HEADS or not tokens[k].text.islower():
        return None
    lo = max(0, k - 3)  # the kind's adjectives: "особой экономической зоны"
    return _head_kind(tokens[lo:k + 1], k - lo, k - lo + 1)


def _past_dateline(tokens: list[Any], first: int, last: int) -> int:
    """The start of the name past a dateline's dash NER ran over: "ИНТЕРФАКС-ПОВОЛЖЬЕ - Компания «Керамогранит
    Кеда»" names the company after the agency (a medium after a date, a dash spaced on both sides); but
    "Новый Регион — Екатеринбург" and "ОДК – Газовые турбины" are one name."""
    if not _after_a_date(tokens[first]):
        return first
    for k in range(first + 1, last):
        if tokens[k].text in DASHES and tokens[k - 1].stop < tokens[k].start < tokens[k].stop < tokens[k + 1].start \
                and is_media(tokens[first:k], tokens[:first]):
            return k + 1
    return first


def _past_said_of(tokens: list[Any], first: int, last: int) -> int:
    """The start of the name past the adjectives said of it: "нового межрегионального кластера"."""
    while first < last and tokens[first].lemma in DROPPED_ADJECTIVES and tokens[first].text.islower():
        first += 1
    return first


_ACCOUNTS = ("-аккаунт", "-аккаунта", "-аккаунте", "-аккаунтом")  # "Instagram-аккаунта Минпромторга РФ"


def _past_fronts(tokens: list[Any], first: int, end: int) -> int:
    """The start of the name past the words in front of it: a post or a service ("Замглавы Федеральной
    миграционной службы", "Пресс-служба АВО", "Набсовет ВЭБ"), an account ("Instagram-аккаунта
    Минпромторга"), a board ("Совета директоров ЕвроХима") or
    the preposition or adverb opening a sentence ("Между правительством Самарской области", "Сегодня
    Магнитогорский металлургический комбинат", but not the quoted "«За права человека»") are no part of
    the organization's name."""
    quoted = first > 0 and tokens[first - 1].text in OPENING_QUOTES
    while first + 1 < end and (tokens[first].lemma in _ROLE_WORDS or tokens[first].lemma in FRONTS
                               or tokens[first].pos in ("ADP", "ADV") and not quoted
                               or fold(tokens[first].text).endswith(_ACCOUNTS)):
        first += 1
    if first + 2 < end and ((tokens[first].lemma, tokens[first + 1].text.lower()) in _FRONT_PAIRS
                            or _front_pair(tokens[first], tokens[first + 1]) and tokens[first + 2].pos != "ADP"):
        first += 2  # "Стратегического комитета кластера «…»", but "Экспертного совета по зонам" is named so
    return first


def _front_pair(first: Any, second: Any) -> bool:
    """Whether two words are a two-word front, in any case: "Совета директоров", "Стратегического комитета"."""
    return (first.lemma, second.text.lower()) in _FRONT_PAIRS or (first.lemma, second.lemma) in _FRONT_PAIRS


def _opens_unclosed(tokens: list[Any], following: str) -> bool:
    """Whether the words open a quote that ``following`` closes."""
    texts = [t.text for t in tokens]
    if following == "»":
        return texts.count("«") > texts.count("»")
    if following == "“" or following == "”":
        return texts.count("“") + texts.count("„") > texts.count("”")
    return following == '"' and texts.count('"') % 2 == 1


def _a_source(tokens: list[Any], start: int, org: Mention) -> bool:
    """Whether the name is the news's source, not one of its organizations: a medium, a file, a page's
    menu or calendar, or whatever a credit line names (:mod:`promgraph.loaders.sources`)."""
    return is_file(org.tokens) or menu_item(org.tokens) or in_calendar(org.tokens) or credited(tokens, start) \
        or is_media(org.tokens, tokens[:start]) or _reported_earlier(tokens, start, org) \
        or _told_by(tokens, start, org) or _datelined(tokens, start, org)


_TELLS = {"сообщает", "сообщил", "сообщила", "сообщило", "сообщили", "сообщают", "передает", "передаёт", "передал",
          "передало", "пишет", "рассказали", "пояснили"}


# The kind of medium said before its name, in the dative of "сообщили …": "агентству", "изданию"
_MEDIA_WORDS = {"агентству", "изданию", "порталу", "газете", "журналу", "телеканалу", "радиостанции"}


def _told_by(tokens: list[Any], start: int, org: Mention) -> bool:
    """A name with no head or legal form of its own told the news by whom it names next: "сообщили
    «Росбалту» в пресс-службе ОМЗ", "Об этом УрБК сообщили в пресс-службе министерства": the medium
    the organization speaks to. (One telling the news itself, "пишет TASS", factRuEval and NEREL count
    as an organization.)"""
    if org.head is not None or org.legal_form:
        return False
    before, after = _words_before(tokens, start), _words_after(tokens, start, org, 3)
    medium = start - (start > 0 and tokens[start - 1].text in OPENING_QUOTES) - 1
    if medium >= 0 and tokens[medium].text.lower() in _MEDIA_WORDS:
        before = _words_before(tokens, medium)  # "Об этом агентству МФД-ИнфоЦентр сообщили в пресс-службе"
    return bool(before) and before[-1] in _TELLS and after[:1] == ["в"] \
        or before[-2:] == ["об", "этом"] and bool(after) and after[0] in _TELLS and after[1:2] == ["в"]


_DATE_BEFORE = re.compile(r"\b\d{1,2} (янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек)[а-я]*\. *$", re.I)


def _datelined(tokens: list[Any], start: int, org: Mention) -> bool:
    """The agency of a dateline, between its date and a dash: "Саранск. 10 июня. НТА-Приволжье — Компания
    «Рутек» построит …"; a name with a head or a legal form is the news's own ("12 марта. Завод «Пластик» —
    крупнейший …")."""
    if org.head is not None or org.legal_form:
        return False
    after = _words_after(tokens, start, org, 1)
    return _after_a_date(org.tokens[0]) and bool(after) and after[0] in DASHES


def _after_a_date(token: Any) -> bool:
    """Whether the token follows a dateline's date on its line: "Саранск. 10 июня. НТА-Приволжье"."""
    line = token.doc_text[max(0, token.start - 40):token.start].rsplit("\n", 1)[-1]
    return _DATE_BEFORE.search(line) is not None


_REPORTED = {"сообщал", "сообщала", "сообщало", "писал", "писала", "писало", "рассказывал", "рассказывала"}


def _words_before(tokens: list[Any], start: int) -> list[str]:
    """The three words before a name at ``start``, its opening quote left out, in lower case."""
    return [t.text.lower() for t in tokens[max(0, start - 3):start] if t.text not in OPENING_QUOTES]


def _words_after(tokens: list[Any], start: int, org: Mention, count: int) -> list[str]:
    """The ``count`` words after the name at ``start``, its closing quote left out, in lower case."""
    end = next((k for k in range(start, len(tokens)) if tokens[k].stop >= org.stop), len(tokens) - 1) + 1
    return [t.text.lower() for t in tokens[end:end + count] if t.text not in CLOSING_QUOTES]


def _reported_earlier(tokens: list[Any], start: int, org: Mention) -> bool:
    """"Ранее «Петербургский дневник» сообщал …", "как писала «Вечерняя Казань»": a medium telling of its
    own earlier news."""
    before, after = _words_before(tokens, start)[-2:], _words_after(tokens, start, org, 2)
    return bool(before and after) and before[-1] in ("ранее", "как") and after[0] in _REPORTED \
        or len(before) == 2 and before[0] == "как" and before[1] in _REPORTED


# The stems of vessels' words (the tagger leaves "буксира-кантовщика" as it is): a vessel is named in quotes
# as a plant's products are, "фрегат «Адмирал Истомин»", "буксиров-кантовщиков («Севастополец» и «Каламит»)".
_VESSELS = ("судн", "корабл", "фрегат", "корвет", "крейсер", "эсмин", "ледокол", "буксир", "танкер", "траулер",
            "сухогруз", "теплоход", "паром", "барж", "земснаряд", "яхт", "подлодк")


def _titled(tokens: list[Any], start: int) -> bool:
    """Whether the quoted name at ``start`` is the title of a programme, a prize, an event or a vessel,
    maybe in a list after it and after its owner's initials: "таких программ, как «Производительность
    труда», «Проекты развития» и …", "форум «Чувашия Туристическая»", "программ ФРП «Проекты развития» и
    «Комплектующие изделия»"."""
    k = start - 1 if start > 0 and tokens[start].text not in OPENING_QUOTES else start
    if _initials_before_quote(tokens, start):
        k = start + 1  # the owner's initials opening the mention: its quote follows them
    if k < 0 or tokens[k].text not in OPENING_QUOTES:
        return False
    k -= 1
    while k >= 0 and (tokens[k].text.lower() in (",", "и", "как", "(") or tokens[k].text in CLOSING_QUOTES
                      or _initials_before_quote(tokens, k)):
        if tokens[k].text in CLOSING_QUOTES:  # an earlier title of the list: back past its opening quote
            k = next((j for j in range(k - 1, max(-1, k - 12), -1) if tokens[j].text in OPENING_QUOTES), -1)
        k -= 1
    return k >= 0 and (tokens[k].lemma in TITLE_WORDS or tokens[k].lemma in EVENT_WORDS
                       or fold(tokens[k].text).startswith(_VESSELS) or fold(tokens[k].text) in PROJECT_FORMS
                       and k > 0 and fold(tokens[k - 1].text).startswith(_STATE_PROJECTS))


# A state's project is a programme ("национальных проектов «Наука» и «Образование»"); any other project may be
# its owner's ("проект «Северстали»").
_STATE_PROJECTS = ("национальн", "федеральн", "региональн")


def _initials_before_quote(tokens: list[Any], k: int) -> bool:
    """Whether ``tokens[k]`` is an owner's initials before a quoted title ("ФРП «Проекты развития»")."""
    return k + 1 < len(tokens) and tokens[k].text.isupper() and tokens[k].text.isalpha() \
        and tokens[k + 1].text in OPENING_QUOTES


_PROPER = {"Geox", "Name", "Surn", "Patr", "Orgn", "Trad", "Abbr"}


_FUNCTION_WORDS = {"ADVB", "CONJ", "PRCL", "PREP", "NPRO", "PRED", "INTJ", "COMP"}


def _common_word_first(tokens: list[Any], index: dict[int, int], span: Any, morph: Any) -> bool:
    """A common word capitalized as its sentence's first, which the tagger took for a place:
    "Поставки выполнит завод «Ижсталь»", "Власти", "Сегодня" (but not "Кубань", nor the adjective of
    "Красноярский и Пермский края"), or a word of no name at all for an organization ("Сегодня, 18 июня,
    …")."""
    if len(span.tokens) != 1:
        return False
    k = index[span.tokens[0].start]
    if not _starts_line(tokens, k) or not tokens[k].text[1:].islower():
        return False
    parses = morph.parse(tokens[k].text.lower())
    if span.type == "ORG":  # its one word may head a name the next words complete ("Совет при …"), unless
        return all(p.is_known and p.tag.POS in _FUNCTION_WORDS for p in parses) \
            or _common_plural(tokens, k, parses)  # it names nothing: "Сегодня, …", "Подписи под документом …"
    return span.type == "LOC" and all(p.is_known and p.tag.POS != "ADJF" and not _PROPER & p.tag.grammemes
                                      for p in parses)


def _common_plural(tokens: list[Any], k: int, parses: list[Any]) -> bool:
    """A plural of a common noun, which names no one organization, unlike a singular that may be a company's one
    word ("Полюс", "Магнит") or a kind heading a name ("Совет при …"), or a plural in quotes
    ("«Краснорубашечники»")."""
    token, quoted = tokens[k], k + 1 < len(tokens) and tokens[k + 1].text in CLOSING_QUOTES
    return not quoted and token.pos == "NOUN" and token.feats.get("Number") == "Plur" and token.lemma not in ORG_HEADS \
        and all(p.is_known and p.tag.POS == "NOUN" and not _PROPER & p.tag.grammemes for p in parses)


def _past_a_common_noun(span: Any, morph: Any) -> Any:
    """A person's first name and surname without the common noun NER took in with them: "исполкома Автограда
    Эльдар Тимергалиев" (the town's nickname, governed by the noun before it), "председатель совета
    директоров Аллюр А. Лаврентьев", "парламентарий ОЗС С. Момцемлидзе" (a company's name or an abbreviation
    before initials), "Фото А. Морозов" (a credit's word, which then tells the credit)."""
    if span.type != "PER" or len(span.tokens) < 3:
        return span
    first = morph.parse(span.tokens[0].text.lower())
    if len(span.tokens) == 3 and all(p.tag.POS == "NOUN" and p.tag.case == "gent" and not _PROPER & p.tag.grammemes
                                     for p in first) \
            and any("Name" in p.tag.grammemes for p in morph.parse(span.tokens[1].text.lower())) \
            and not any("Patr" in p.tag.grammemes for p in morph.parse(span.tokens[2].text.lower())):
        return _Span("PER", span.tokens[1:])
    initial = span.tokens[1].text.isupper() and len(span.tokens[1].text) == 1 and span.tokens[2].text == "."
    abbreviation = span.tokens[0].text.isupper() and span.tokens[0].text.isalpha() \
        and any(len(t.text) > 1 for t in span.tokens[3:])  # "парламентарий ОЗС С. Момцемлидзе", not "ПЕТРОВ С. И."
    if initial and (abbreviation or all(p.is_known and p.tag.POS == "NOUN" and "inan" in p.tag.grammemes
                                        and not _PROPER & p.tag.grammemes for p in first)):
        return _Span("PER", span.tokens[1:])
    return span


def _as_dateline(tokens: list[Any], index: dict[int, int], span: Any) -> Any:
    """A dateline's town, which the tagger took for a first name: "(Владимир, 30 января, «Татар-информ», …)"."""
    if span.type != "PER" or len(span.tokens) != 1:
        return span
    k = index[span.tokens[0].start]
    opens = k > 0 and tokens[k - 1].text == "(" or _starts_line(tokens, k)
    dated = k + 2 < len(tokens) and tokens[k + 1].text == "," and tokens[k + 2].text.isdigit()
    if opens and dated and load_gazetteer().lookup(span.tokens[0].text):
        return _Span("LOC", span.tokens, span.normal)
    return span


def _named_after_head(tokens: list[Any], index: dict[int, int], span: Any) -> bool:
    """A one-word "person" right after an organization's head noun is that organization's name:
    "фондом Росконгресса", "компании Гринвуд"."""
    if span.type != "PER" or len(span.tokens) != 1:
        return False
    k = index[span.tokens[0].start]
    return k > 0 and tokens[k - 1].lemma in ORG_HEADS and tokens[k - 1].text.islower()


_ADJECTIVE_IN_SK = re.compile(r"[сц]к(?:ий|ая|ое|ого|ому|им|ом|ой|ую|ие|их|ими)$")


def _adjective_of_a_noun(tokens: list[Any], index: dict[int, int], span: Any, morph: Any) -> bool:
    """A one-word "person" that is the adjective of the common noun after it: "Соломенскому лесозаводу",
    "Карпинский химлесхоз" (a surname in "-ский" is followed by a verb or a comma, not by a noun in its
    case; the tagger may not know the noun, the dictionary does)."""
    if span.type != "PER" or len(span.tokens) != 1:
        return False
    k = index[span.tokens[0].start]
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    if not _ADJECTIVE_IN_SK.search(tokens[k].text) or after is None or not after.text.isalpha() \
            or not after.text.islower():
        return False
    if after.pos == "NOUN":
        return after.feats.get("Case") == tokens[k].feats.get("Case")
    return all(p.tag.POS == "NOUN" for p in morph.parse(after.text))


def _words_of_a_phrase(tokens: list[Any], index: dict[int, int], span: Any) -> bool:
    """An "organization" of capitalized adjectives whose noun NER left out: "на полях Мировой атомной недели"
    (the adjectives of an event, agreeing with the common noun after them)."""
    if span.type != "ORG" or not all(t.pos == "ADJ" and t.text.isalpha() for t in span.tokens):
        return False
    k = index[span.tokens[-1].start]
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return after is not None and after.pos == "NOUN" and after.text.islower() \
        and after.feats.get("Case") == tokens[k].feats.get("Case")


# Nouns of an action done to a plant: what follows them is its object, no name.
_ACTION_STEMS = ("строительств", "создани", "открыти", "модернизаци", "реконструкци", "запуск", "расширени")


def _an_action(span: Any) -> bool:
    """An "organization" that is an action and its object, capitalized as a headline's first words:
    "Строительство фармацевтического завода в области начнется осенью", "Открытие золотоизвлекательной
    фабрики" (but the bank "Открытие" is one word)."""
    return span.type == "ORG" and len(span.tokens) > 1 and span.tokens[1].text.islower() \
        and fold(span.tokens[0].text).startswith(_ACTION_STEMS)


_NOT_PLACES = {"врио", "корр"}  # "Врио губернатора", "Корр. ТАСС"


def _only_places(org: Mention, places: list[Mention]) -> bool:
    """Whether every word of the organization is a place's or joins places: past its front, "Губернаторы
    Кузбасса и Алтайского края" names two regions and no organization."""
    inside = {t.start for place in places for t in place.tokens}
    return all(t.start in inside or t.text in ("и", ",") for t in org.tokens)


def _a_venue(mention: Mention) -> bool:
    """A building things happen in, not an organization: "во Дворце металлургов", "Ледовый дворец"; one
    with a quoted name of its own is left as named. A government's seat is a venue where it is one:
    "подписали в Смольном", "встреча в Кремле"."""
    return not mention.quoted and any(t.lemma in VENUES for t in mention.tokens) \
        or _written(mention) in BUILDINGS


def _names_no_place(place: Mention) -> bool:
    """A post or a byline's abbreviation the tagger took for a place ("Губернатора", "Врио", "Корр"), or
    an event or a medium ("ИННОПРОМа", "НИА-Томск", "ФедералПресс")."""
    word = place.tokens[0]
    return len(place.tokens) == 1 and (word.lemma in _ROLE_WORDS or fold(word.text) in _NOT_PLACES) \
        or _is_event(place) or is_media(place.tokens, [])


def _names_no_person(tokens: list[Any], start: int, person: Mention) -> bool:
    """A photo's credit ("ФОТО Александра ДРОЗДОВА"), a byline on a line of its own, a post or a verb
    the tagger took for a name ("Губернатор", "Напомним"), or whom an organization is named after, read
    with the word "им." ("производственное объединение им. В.И. Чапаева")."""
    if credited(tokens, start):
        return True
    if person.tokens[0].text.lower() in ("им", "имени"):
        return True  # NER took the eponym with its word (factRuEval counts "театр им. Йозефа Бойса"'s as a person)
    text = person.tokens[0].doc_text
    alone = text[:person.start].rstrip(" \t").endswith("\n") and text[person.stop:].lstrip(" \t.")[:1] in ("\n", "")
    word = person.tokens[0]
    return alone or len(person.tokens) == 1 and (word.lemma in _ROLE_WORDS or word.pos == "VERB")


_CASE_ENDING = re.compile(r"(?<=[А-ЯЁ]{3})[а-яё]{1,2}$")  # an abbreviation declined: "ИННОПРОМа", "ПМЭФе"


def _unnamed_board(mention: Mention) -> bool:
    """A board or a committee of an organization told of without a name: "Наблюдательного совета фонда",
    "на экспертном совете", "Совета директоров", "Правления", "Стратегический комитет кластера";
    "Экспертный совет по особым экономическим зонам" is named by its field."""
    first, *rest = words = mention.tokens
    if mention.quoted or any(t.text[:1].isupper() for t in rest) or any(t.pos == "ADP" for t in words):
        return False
    return any(t.lemma in _BOARDS for t in words) and any(fold(t.text).startswith("совет") for t in words) \
        or not rest and first.lemma in FRONTS or bool(rest) and _front_pair(first, rest[0])


def _zone_kind_alone(mention: Mention) -> bool:
    """"территория опережающего развития", "территорией опережающего развития, созданной в России",
    "технопарк в сфере высоких технологий": the kind of zone or park a state programme supports, named by
    neither a quoted name nor a town ("ТОСЭР в Боровичах", "Технопарк в сфере высоких технологий «ИТ-парк»")."""
    tokens = mention.tokens
    head = next((k for k, t in enumerate(tokens) if t.pos != "ADJ" or not t.text.islower()), 0)
    kind = tokens[head].lemma == "территория" or tokens[head].lemma in _PARKS and [
        t.text for t in tokens[head + 1:head + 3]] == ["в", "сфере"]  # "промышленного технопарка в сфере …"
    return kind and not mention.quoted and not any(
        t.text[:1].isupper() and t.lemma not in COUNTRY_WORDS for t in tokens[head + 1:])


def _is_event(mention: Mention) -> bool:
    """A forum or an exhibition: "ПМЭФ-2022", "Иннопром", "Российский инвестиционный форум", or the quoted
    name after one's word ("на выставке-форуме «Россия»")."""
    first = fold(_EDITION.sub("", _CASE_ENDING.sub("", mention.tokens[0].text)))  # "на полях ИННОПРОМа"
    return first in EVENT_WORDS or any(t.lemma in EVENT_WORDS for t in mention.tokens) \
        or bool(_EDITION.search(mention.tokens[-1].text)) and len(mention.tokens) <= 3 or _after_events_word(mention)


_WORD_BEFORE_QUOTE = re.compile(r"([\w-]+)\s*[«\"„“]\s*$")
# the Latin names an event's word is followed by, the mention's own last: "выставках Food Africa и "
_WORD_BEFORE_LATIN = re.compile(r"([\w-]+)(?:\s+[A-Za-z0-9][\w&.'-]*)*(?:\s+и|,)?\s*$")


def _after_events_word(mention: Mention) -> bool:
    """Whether the mention is the quoted name right after an event's word, or a Latin one after it or
    another Latin name: "на выставке-форуме «Россия»", "в выставках Food Africa и EGYPS 2022"."""
    before = mention.tokens[0].doc_text[max(0, mention.start - 80):mention.start]
    word = _WORD_BEFORE_QUOTE.search(before) or (
        _WORD_BEFORE_LATIN.search(before) if _LATIN.match(mention.text) else None)
    return word is not None and any(fold(part).startswith(EVENT_STEMS) for part in word.group(1).split("-"))


def _broken(mention: Mention) -> bool:
    """A span the tagger cut across a parenthesis or ran into a page's arrow, or two words a page glued
    together, or one ending in a quote that opens nothing (an excerpt cut after "ОАО «"): "Арктический)
    федеральный университет (САФУ", "Bombardier →", "министраФото"."""
    text = mention.text
    return text.count("(") != text.count(")") or text.find(")") < text.find("(") or "→" in text \
        or any(_GLUED.match(t.text) for t in mention.tokens) or mention.tokens[-1].text in _ONLY_OPENING


_GLUED = re.compile(r"[а-яё]{3,}[А-ЯЁ][а-яё]{2,}$")  # "министраФото": a caption run into the line before
_ONLY_OPENING = OPENING_QUOTES - CLOSING_QUOTES  # a straight quote may close the name it ends


_ROMAN = re.compile(r"[IVXLC]+")


_BRANCHES = {"промышленность", "машиностроение", "металлообработка", "металлургия", "энергетика", "нефтехимия",
             "электроэнергетика", "приборостроение", "станкостроение", "судостроение", "авиастроение",
             "деревообработка", "лесопереработка", "нефтепереработка", "агропромышленность"}


_FIELDS = {"сфера", "отрасль", "индустрия", "сектор", "рынок", "образование"}


def _things_of_a_kind(mention: Mention, morph: Any) -> bool:
    """"завод LVL-балок", "IT-разработчики", "IT-компании «СКБ Контур»", "предприятиям IT-сферы": one word
    whose part after a hyphen is a plural common noun, a generic head or a field names things, people,
    companies or a branch of a kind, no organization (but "IT-кластер", "КАПО-автотранс" are names); nor
    does a prefix cut from its word ("потребность в ИТ- специалистах")."""
    if len(mention.tokens) != 1 or "-" not in mention.text:
        return False
    last = mention.text.rsplit("-", 1)[1]
    parses = morph.parse(last) if last.isalpha() and last.islower() else []
    return not last or bool(parses) and (
        all(p.is_known and p.tag.POS == "NOUN" and p.tag.number == "plur" for p in parses)
        or parses[0].normal_form in GENERIC_HEADS or parses[0].normal_form in _FIELDS)


def _names_no_one(mention: Mention) -> bool:
    """"Компания сообщила", "Заводу доставили", "администрация города": a head alone or with a tail
    that names no one, an adjective or a verb alone ("Читать на сайте"), a letter alone (the "Р" of a
    text cut at "в Р"), a count of plants ("Трем ульяновским предприятиям")."""
    first, *rest = mention.tokens
    if not any(c.isalpha() for c in mention.text):
        return True  # "троллейбусов «Адмирал 6281»": a model's number
    if not rest and first.lemma in _ROLE_WORDS:
        return True  # "Главы": a post, whatever the tagger says
    if rest and mention.tokens[-1].lemma in _PLACE_POSTS and all(t.pos == "ADJ" for t in mention.tokens[:-1]):
        return True  # "Ярославского Губернатора": the head of a place, said with its adjective
    if not rest and len(first.text) == 1:
        return True
    if first.pos == "NUM" and first.text.isalpha() and not any(t.text in OPENING_QUOTES for t in rest):
        return True  # "Трем ульяновским предприятиям": how many, no name
    if all(t.text.islower() and t.lemma not in ORG_HEADS for t in mention.tokens):
        return True  # "Согласно имеющейся информации": common words, no name and no kind of organization
    if rest and mention.tokens[-1].text in GENERIC_ABBREVIATIONS and mention.tokens[-1].text not in ABBREVIATED_HEADS \
            and all(t.text.islower() for t in mention.tokens[:-1]):
        return True  # "калининградских СМИ": a kind said of a place (but "ульяновской ОЭЗ" is a zone)
    nouns = [t.lemma for t in mention.tokens if t.pos == "NOUN"]
    if nouns and all(lemma in _BRANCHES for lemma in nouns) and all(t.text.islower() for t in rest):
        return True  # "в группе «Легкая промышленность»", "Машиностроение и металлообработка": a branch of industry
    if member_compound(first.text) and all(t.text.islower() for t in rest):
        return True  # "Предприятия-участники кластера": the members of a group, each unnamed
    if rest and mention.tokens[-1].lemma in GENERIC_HEADS and all(t.pos == "ADJ" for t in mention.tokens[:-1]) \
            and all(t.text.islower() for t in rest) and (first.text.islower() or _opens_line(first)):
        return True  # "донскому предприятию (ПАО «ГРАНИТ»)": what kind of company the one named next is (a
        # headline's first word is capitalized)
    plural = next((k for k, t in enumerate(mention.tokens) if t.lemma in GENERIC_HEADS and t.text.islower()
                   and t.feats.get("Number") == "Plur"), None)
    if plural is not None and all(t.pos == "ADJ" for t in mention.tokens[:plural]) \
            and not any(t.text in OPENING_QUOTES for t in mention.tokens):
        return True  # "Высокотехнологичным предприятиям Башкирии": companies of a kind, none of them named
    people = next((t for t in mention.tokens if t.pos in ("NOUN", "PROPN")), None)
    if people is not None and people.text.islower() and people.feats.get("Animacy") == "Anim" \
            and people.feats.get("Number") == "Plur" and not any(t.text in OPENING_QUOTES for t in mention.tokens):
        return True  # "Тульским бойцам СВО": people of a kind, no organization
    bare_head = first.lemma in GENERIC_HEADS or (first.lemma in ORG_HEADS and first.text[1:].islower()
                                                 and first.lemma not in NAMED_HEADS)
    return (not rest and (bare_head or first.pos in ("ADJ", "VERB"))) or (
        bool(rest) and first.text.islower() and all(t.lemma in GENERIC_TAILS for t in rest))


_REPUBLIC = re.compile(r"Р[А-ЯЁ]")  # "РТ", "РБ", "РК": a republic by its initials, which several share


def _nested_abbreviations(org: Mention) -> list[Mention]:
    """The organizations an organization's name ends in or runs through: "РАН" of "Институт этнологии и
    антропологии РАН", "ООН" of "комитет ООН против пыток" — organizations of their own, as the
    graph's "part of" links need. Not the name's own words (КАМАЗ of ПАО КАМАЗ, ТАСС of "агентство
    ТАСС", unless a known organization follows the head: "комитет ООН"), nor countries (РФ), nor kinds
    (ОЭЗ of "Ассоциация кластеров, технопарков и ОЭЗ России", БПЛА of "центр производства БПЛА"), nor a
    head after its adjective ("Архангельский ЦБК"), nor a Roman numeral ("III" of "завод имени III
    Интернационала"), nor a foreign legal form ("LTD")."""
    if org.method == "rule:glued_brand":
        return []  # "ДВ" of "ВЭБ.ДВ" is a word of the name
    words = [t.text for t in org.tokens if t.text.isalpha()]
    if in_own_quotes(org) or all(w.isupper() and w.isascii() for w in words):
        return []  # the words of one name: "«Интер РАО»", "«ТД Регионы ТС»", "DONGFANG ELECTRIC CORPORATION"
    opening = org.text.find(org.quoted) + org.start if org.quoted else org.stop
    closing = opening + len(org.quoted or "")
    out = []
    for k, token in enumerate(org.tokens[1:], 1):
        text = token.text
        if len(text) < 2 or not text.isalpha() or not text.isupper() or text in COUNTRY_ABBREVIATIONS \
                or text in SHORT_FORMS or text in GENERIC_ABBREVIATIONS or text in KIND_ABBREVIATIONS \
                or text in ABBREVIATED_HEADS or text.lower() in PLACE_NAMES or opening <= token.start < closing \
                or _ROMAN.fullmatch(text) or text.lower() in FOREIGN_FORMS or _REPUBLIC.fullmatch(text) \
                or load_gazetteer().lookup(text) \
                or any(p.start <= token.start < p.stop for p in org.places):  # "… РБ", "Минпромэнерго РД": the
            continue  # region it serves
        if (org.tokens[k - 1].lemma in ORG_HEADS or org.tokens[k - 1].text in ABBREVIATED_HEADS) \
                and text.lower() not in ORGANIZATION_NAMES and text not in ABBREVIATIONS:
            continue  # the head's own name: "ГОИ" of "НПО ГОИ"
        if org.tokens[k - 1].pos == "ADJ" or fold(org.tokens[k - 1].text).endswith(PLACE_ADJECTIVE_ENDINGS):
            continue  # the name's own head after its adjective: "Архангельский ЦБК", "Кожимское РДП"
        if k == 1 and org.legal_form and org.quoted:
            continue  # the kind between the legal form and the name: "ПКО" of "АО ПКО «Теплообменник»"
        out.append(Mention("ORG", token.start, token.stop, [token], "rule:nested_abbreviation", 0.6))
    return out


def in_own_quotes(mention: Mention) -> bool:
    """Whether the mention is all that stands between a pair of quotes: "«Интер РАО»", "«Центра»"."""
    text = mention.tokens[0].doc_text
    return text[:mention.start].rstrip()[-1:] in OPENING_QUOTES and text[mention.stop:].lstrip()[:1] in CLOSING_QUOTES


# Words after which a quoted name is a company's: "компаниями «ПСК-6»", "резидентами стали «Кориб»".
_NAMING_WORDS = {"компания", "компаний", "компании", "компаниям", "компаниями", "компанией", "предприятие",
                 "предприятия", "предприятий", "предприятиями", "резидент", "резидента", "резидентами", "резидентом",
                 "резидентов", "резиденты", "участник", "участники", "участниками", "участников", "членами", "члены",
                 "производитель", "производителем", "производителя", "поставщик", "поставщиком", "партнер",
                 "партнером", "партнеры", "стали", "стала", "вошли", "вошла", "такие", "как", "фирма", "фирмы",
                 "заводы", "заводами", "холдинг", "группа"}


def _coordinated(tokens: list[Any], blocked: set[int]) -> list[Mention]:
    """Organizations that share a head in the plural: "Донецкий и Торезский электротехнические заводы",
    "Южно-Уральский, Курганский и Тюменский госуниверситеты" are two and three. Each is a mention
    of its own adjective; its name (``normal``) is given by :mod:`entities`, with ``head`` the
    shared words (``quoted`` is left empty)."""
    out: list[Mention] = []
    for k, head in enumerate(tokens):
        if head.lemma not in ORG_HEADS or k in blocked:  # the tagger reads "госуниверситеты" as singular
            continue
        shared = k
        while shared > 0 and tokens[shared - 1].pos == "ADJ" and tokens[shared - 1].text.islower():
            shared -= 1  # "электротехнические"
        names, j = [], shared - 1
        while j >= 0 and (tokens[j].pos == "ADJ" or fold(tokens[j].text).endswith(PLACE_ADJECTIVE_ENDINGS)) \
                and tokens[j].text[:1].isupper() and (j not in blocked or fold(tokens[j].text).endswith(
                    PLACE_ADJECTIVE_ENDINGS)):  # "Донецкий и Торезский заводы", whatever the tagger says
            names.append(j)
            if j >= 1 and tokens[j - 1].text in (",", "и"):
                j -= 2
            else:
                break
        end = _tail_end(tokens, k + 1, blocked)  # "… фонды развития промышленности": the tail is shared too
        if len(names) < 2 or tokens[names[0] + 1].text != "и" and names[0] + 1 != shared or not _plural(head):
            out += _fields_of_a_place(tokens, k, end, blocked)
            continue  # "между Первоуральском и Первоуральским новотрубным заводом": a town and one plant
        for j in names:
            out.append(Mention("ORG", tokens[j].start, tokens[j].stop, [tokens[j], *tokens[shared:end]],
                               "rule:coordinated", 0.6, head=1 + k - shared, kind=_head_kind(tokens, k, end)))
    return out


def _plural(head: Any) -> bool:
    """Whether a head noun is plural, by the tagger or by its ending (it reads "госуниверситеты" as one)."""
    return head.feats.get("Number") == "Plur" or fold(head.text).endswith(("ы", "и", "ов"))


def _fields_of_a_place(tokens: list[Any], k: int, end: int, blocked: set[int]) -> list[Mention]:
    """Plants of several fields that share their town's adjective and a plural head: "Минского тракторного
    и автомобильного заводов" are two, each a mention of its field. Not universities, whose official
    names have more words than the list gives ("Уральский государственный медицинский университет")."""
    if ORG_HEADS[tokens[k].lemma] == "university" or not _plural(tokens[k]):
        return []
    fields, j = [], k - 1
    while j > 0 and tokens[j].text.islower() and j not in blocked and (
            tokens[j].pos == "ADJ" or fold(tokens[j].text).endswith(ADJECTIVE_ENDINGS)):  # "тракторного", a noun
        fields.append(j)
        if tokens[j - 1].text not in (",", "и"):
            break
        j -= 2
    place = fields[-1] - 1 if fields else -1
    if len(fields) < 2 or tokens[fields[0] - 1].text != "и" or place < 0 or place in blocked \
            or not fold(tokens[place].text).endswith(PLACE_ADJECTIVE_ENDINGS) or not tokens[place].text[:1].isupper():
        return []
    return [Mention("ORG", tokens[j].start, tokens[j].stop, [tokens[place], tokens[j], *tokens[k:end]],
                    "rule:coordinated", 0.6, head=2, kind=_head_kind(tokens, k, end)) for j in fields]


def _listed_names(tokens: list[Any], orgs: list[Mention], blocked: set[int]) -> list[Mention]:
    """Quoted names in a list of organizations, which the tagger leaves out when no head or legal form
    comes with them: "компаниями «Кориб», «ТАТПРОФ», «Начало» и «Новые литейные технологии»"; and the
    names before the first one it found, when the list goes on after that one: "на предприятиях-резидентах
    промпарка: «Интеллект мебель», «Главсорбент», «Волга-Полимер», «ОКСО»" (not "По данным «Вестника», «Кориб»
    и «Технопарк»")."""
    covered = {k for o in orgs for k, t in enumerate(tokens) if o.start <= t.start < o.stop}
    ends = {next(k for k, t in enumerate(tokens) if t.stop == o.stop) for o in orgs}
    out: list[Mention] = []
    place_word = None
    i = 0
    while i < len(tokens):
        stop = _quoted_name_end(tokens, i, covered, blocked)
        if stop is None:
            i += 1
            continue
        before = i - 1
        word = before - (before >= 1 and tokens[before].text in DASHES)  # "новый резидент — «ТЕВЕКС-Астрахань»"
        naming = word >= 0 and fold(tokens[word].text).split("-")[0] in _NAMING_WORDS  # "компанией-инвестором"
        previous = before - 1 - (before >= 1 and tokens[before - 1].text in CLOSING_QUOTES)  # "«ТАТПРОФ»,"
        listed = naming or before >= 0 and tokens[before].text in (",", "и", "–", "—") and (
            {previous, before - 1} & ends or any(m.stop == tokens[previous].stop for m in out))
        if naming:  # "челнинские компании «…»": the list's place
            adjective = tokens[word - 1].text if word > 0 else ""
            place_word = adjective if adjective.islower() and adjective.endswith(PLACE_ADJECTIVE_ENDINGS) else None
        if listed:
            out.append(_listed_name(tokens, i, stop, place_word))
        i = stop if listed else i + 1
    starts = {o.start for o in orgs} | {m.start for m in out}
    for i in reversed(range(1, len(tokens))):  # from the end, so that each name found lets in the one before
        stop = _quoted_name_end(tokens, i, covered, blocked)
        if stop is None or not (tokens[i - 1].text in (":", ",", "–", "—") or fold(tokens[i - 1].text) in _LIST_OPENS) \
                or tokens[i + 1].start in starts:
            continue
        after = _quote_end(tokens, stop + 1) if stop + 2 < len(tokens) and tokens[stop].text == "," else None
        if after is not None and _list_goes_on(tokens, after) \
                and tokens[stop + 2].start in starts:  # ", «Волга-Полимер», …": a found name, the list going on
            out.append(_listed_name(tokens, i, stop, None))
            starts.add(tokens[i + 1].start)
    return out


# Words a list of names follows: "производители, среди которых «Сакские грязи», …", "в том числе «…», …".
_LIST_OPENS = {"которых", "них", "числе"}


def _list_goes_on(tokens: list[Any], k: int) -> bool:
    """Whether a list of names goes on at ``tokens[k]``, past the name before it: ", «…»" or "и другие"
    ("«Тургеневская», «Промпак» и другие": the list ends there, but it said it was one)."""
    if k >= len(tokens):
        return False
    return tokens[k].text == "," or tokens[k].text == "и" and k + 1 < len(tokens) and (
        fold(tokens[k + 1].text).startswith("други") or tokens[k + 1].text == "др")  # "и др."


def _quoted_name_end(tokens: list[Any], i: int, covered: set[int], blocked: set[int]) -> int | None:
    """Index just past the closing quote of a name of at most five words quoted at ``i``, unless an
    organization starts at the quote or a person or a place takes one of its words; else None."""
    stop = _quote_end(tokens, i)
    if stop is None or i in covered or any(k in blocked for k in range(i, stop)) or stop - i > 7 \
            or not (tokens[i + 1].text[:1].isupper() or tokens[i + 1].text[:1].isdigit()):
        return None
    return stop


def _listed_name(tokens: list[Any], i: int, stop: int, place_word: str | None) -> Mention:
    words = tokens[i + 1:stop - 1]
    return Mention("ORG", words[0].start, words[-1].stop, words, "rule:listed", 0.6, kind="company",
                   quoted=_inside(tokens, i + 1, stop - 1), place_word=place_word)


def _through_places(org: Mention, tokens: list[Any], index: dict[int, int], places: list[Mention]) -> list[Mention]:
    """The organization's name running on to the end of the places its tail names: a place the
    tagger cut short ("Правительство Марий" + "Эл") and places joined by "и" ("Корпорация развития
    Дальнего Востока и Арктики") — but a government of two places is two governments ("Правительства
    Иркутской области и Республики Бурятия"): the second one is a mention of its own (its span the
    second place's, its words the head's and the place's)."""
    if org.quoted:
        return [org]
    stop, more = org.stop, []
    own = org.tokens[:next((k for k, t in enumerate(org.tokens) if t.start >= _places_start(org, places)),
                           len(org.tokens))]  # the words before its places, which a second place may share
    for place in sorted(places, key=lambda p: p.start):
        inside = org.start < place.start < stop < place.stop
        joined = place.start > stop and tokens[index[place.start] - 1].text == "и" \
            and index[place.start] - 1 == index.get(_start_at(tokens, stop)) \
            and (any(p.stop == stop for p in places) or _named_in_genitive(org)) \
            and place.tokens[0].feats.get("Case") == "Gen"
        if joined and org.kind == "government" and org.head is not None \
                and all(t.pos != "ADP" for t in own):  # "Министерство по развитию Дальнего Востока и Арктики": one
            more.append(Mention("ORG", place.start, place.stop, own + place.tokens, "rule:shared_head", 0.6,
                                head=org.head, kind=org.kind))
        elif inside or joined:
            stop = place.stop
    if stop != org.stop:
        last = next(k for k, t in enumerate(tokens) if t.stop == stop)
        org = replace(org, stop=stop, tokens=tokens[index[org.start]:last + 1])
    return [org, *more]


# Heads whose official names begin with "Федеральное"/"Федеральная": "Федеральное агентство по рыболовству",
# "Федеральная таможенная служба" (but a "федеральный оператор" or "центр" is only described so)
_FEDERAL_BODIES = {"агентство", "служба"}


def _dropped(word: Any, head: Any) -> bool:
    """Whether an adjective before a head only describes the organization, no word of its name."""
    return word.lemma in DROPPED_ADJECTIVES and not (word.lemma == "федеральный" and head.lemma in _FEDERAL_BODIES)


def _named_in_genitive(org: Mention) -> bool:
    """Whether the words after an organization's head end in a proper noun in the genitive, as a place
    the tagger took into its name does ("Фонд развития Дальнего Востока" of a headline; not "ЛУКОЙЛа")."""
    last = org.tokens[-1]
    return org.head is not None and org.head < len(org.tokens) - 1 and last.pos == "PROPN" \
        and last.feats.get("Case") == "Gen"


_NAMED_BY_PLACE = {"правительство", "администрация"}  # a ministry or a parliament has a name of its own


def _plural_bodies(tokens: list[Any], index: dict[int, int], places: list[Mention]) -> list[Mention]:
    """Governments of several places named once, in the plural: "между правительствами Псковской и Омской
    областей", "правительств Москвы, Московской и Владимирской областей" are one government of each place,
    a mention of its own as in :func:`_through_places` (its span the place's, its words the head's and the
    place's)."""
    at = {index[p.start]: p for p in places}
    out: list[Mention] = []
    for k, head in enumerate(tokens):
        if head.lemma not in _NAMED_BY_PLACE or head.feats.get("Number") != "Plur":
            continue
        chain, j = [], k + 1
        while j in at:
            chain.append(at[j])
            j = index[at[j].tokens[-1].start] + 1
            if j >= len(tokens) or tokens[j].text not in (",", "и"):
                break
            j += 1
        if len(chain) > 1:
            out += [Mention("ORG", place.start, place.stop, [head, *place.tokens], "rule:shared_head", 0.6, head=0,
                            kind="government") for place in chain]
    return out


def _places_start(org: Mention, places: list[Mention]) -> int:
    """Where the first place of an organization's tail starts ("Правительства | Иркутской области")."""
    return min((p.start for p in places if org.start < p.start < org.stop), default=org.stop)


def _start_at(tokens: list[Any], offset: int) -> int:
    """The start of the first token at or after ``offset``."""
    return next((t.start for t in tokens if t.start >= offset), -1)


def _resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping organization mentions; rules win ties over NER."""
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (-(m.stop - m.start), m.method == "natasha:ner")):
        if all(m.stop <= k.start or m.start >= k.stop for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def _headed(org: Mention, place: Mention) -> bool:
    """Whether NER's place holds the head of an organization: "Администрации области" is a body of the
    region, "Азовского индустриального парка" a park, neither a place."""
    return org.head is not None and place.start <= org.tokens[org.head].start < place.stop


def _in_quote(org: Mention, place: Mention) -> bool:
    """Whether a place is a word of an organization's quoted name: «Дзержинск-Хим», «Заволжье»."""
    if not org.quoted or not (org.start <= place.start and place.stop <= org.stop):
        return False
    opening = org.text.find(org.quoted) + org.start
    return opening <= place.start and place.stop <= opening + len(org.quoted)


_Item = TypeVar("_Item")


def by_sentence(sents: list[Any], items: Iterable[_Item], start: Callable[[_Item], int]) -> list[list[_Item]]:
    """``items``, in their order, under the sentence each starts in (found by bisection: scanning
    every sentence for every item was quadratic in a long article)."""
    starts = [sent.start for sent in sents]
    groups: list[list[_Item]] = [[] for _ in sents]
    for item in items:
        groups[bisect_right(starts, start(item)) - 1].append(item)
    return groups


def _readings(span: Any, morph: Any) -> list[set[str]]:
    """The dictionary forms each word of a span may have ("Стали": "сталь" or "стать")."""
    return [{p.normal_form for p in morph.parse(t.text)} for t in span.tokens]


def _same_words(readings: list[set[str]], others: list[set[str]]) -> bool:
    return len(readings) == len(others) and all(a & b for a, b in zip(readings, others, strict=True))


def _short_name_aside(tokens: list[Any], index: dict[int, int], place: Mention, morph: Any) -> bool:
    """Whether a place NER found is an organization's short name in parentheses after it, a name no
    gazetteer or dictionary knows as a place: "рыбохозяйственный центр (ТИНРО-Центр)"."""
    k, end = index[place.tokens[0].start], index[place.tokens[-1].start] + 1
    if not (k > 1 and tokens[k - 1].text == "(" and end < len(tokens) and tokens[end].text == ")"):
        return False
    before = tokens[k - 2]
    return (before.pos == "NOUN" or before.text in CLOSING_QUOTES) and _unknown_place(place.text, place.tokens, morph)


def _unknown_place(name: str, words: list[Any], morph: Any) -> bool:
    """Whether neither the gazetteer nor the dictionary knows the name as a place."""
    return load_gazetteer().lookup(name) is None and not all(
        any("Geox" in p.tag for p in morph.parse(t.text)) for t in words)


def _as_elsewhere(span: Any, organizations: list[list[set[str]]], morph: Any) -> Any:
    """The span as an organization when NER calls the same name one elsewhere in the article and here a
    person or a place no gazetteer knows: "Уральская Сталь поздравила" (a person to NER), "стипендий от
    Уральской Стали" (a place) and "Уральская Сталь и НИТУ МИСиС заключили" are one company; but a place
    the gazetteer or the dictionary knows stays one ("глава Белогорска" beside "ТОР «Белогорск»")."""
    if span.type == "ORG":
        return span
    readings = _readings(span, morph)
    if not any(_same_words(readings, org) for org in organizations):
        return span
    if span.type == "LOC" and not _unknown_place(span.normal or span.text, span.tokens, morph):
        return span
    return _Span("ORG", span.tokens)


def find_mentions(doc: Any, morph: Any) -> list[Mention]:
    """All ORG, PER and LOC mentions of a segmented, morph- and NER-tagged natasha ``Doc``; ``morph``
    (pymorphy) tells a common word from a name."""
    found: list[Mention] = []
    organizations = [_readings(s, morph) for s in map(_retyped, doc.spans) if s.type == "ORG"]
    for sent, sent_spans in zip(doc.sents, by_sentence(doc.sents, doc.spans, lambda span: span.start), strict=True):
        tokens = sent.tokens
        for t in tokens:
            t.doc_text = doc.text
        spans = [_past_a_common_noun(_as_elsewhere(_retyped(part), organizations, morph), morph)
                 for s in sent_spans if s.stop <= sent.stop for part in _split_parentheses(s)]
        index = {t.start: k for k, t in enumerate(tokens)}
        spans = [_as_dateline(tokens, index, span) for span in spans if not _named_after_head(tokens, index, span)
                 and not _adjective_of_a_noun(tokens, index, span, morph)
                 and not _words_of_a_phrase(tokens, index, span)
                 and not _common_word_first(tokens, index, span, morph) and not _an_action(span)]
        per_tokens = {index[t.start] for s in spans if s.type == "PER" for t in s.tokens}
        # the words of a known place ("Советский Союз") never head an organization
        place_tokens = {index[t.start] for s in spans if s.type == "LOC" and _lemmas(s) in PLACE_NAMES
                        for t in s.tokens}
        people = [m for m in (_ner_mention(tokens, s, set()) for s in spans if s.type == "PER")
                  if not _names_no_person(tokens, index[m.start], m) and not is_file(m.tokens)]  # "#Россия_вместе"
        places = [m for m in (_ner_mention(tokens, s, set()) for s in spans if s.type == "LOC"
                              and not _in_domain(tokens, index[s.tokens[0].start])) if not _names_no_place(m)]
        places += _capital_places(tokens, {index[t.start] for s in spans if s.type != "ORG" for t in s.tokens})
        asides = [p for p in places if _short_name_aside(tokens, index, p, morph)]
        places = [p for p in places if p not in asides]
        orgs = [replace(m, type="ORG", method="rule:short_name_aside") for m in asides] + [
            m for m in (_ner_mention(tokens, s, per_tokens) for s in spans if s.type == "ORG")
                if not any(p.start == m.start and p.stop == m.stop for p in places)
                and (m.tokens[0].text not in GENERIC_ABBREVIATIONS or m.quoted) and m.text not in SHORT_FORMS
                and _DECLINED_CAPITALS.sub("", m.text) not in KIND_ABBREVIATIONS  # "ЦОДов" as "ЦОД"
                and not _names_no_one(m) and not _things_of_a_kind(m, morph) and not _is_event(m)
                and not _a_venue(m) and not _only_places(m, places)]
        named = {t.start for o in orgs for t in o.tokens}
        for i, token in enumerate(tokens):
            if i in per_tokens or i in place_tokens:
                continue
            candidate = _legal_form(tokens, i, per_tokens) or _abbreviated(tokens, i, per_tokens) \
                or _university(tokens, i) or _site(tokens, i) or _free_port(tokens, i) or _glued_brand(tokens, i) \
                or _power_plant(tokens, i) \
                or _after_role(tokens, i, named) or (
                _descriptor(tokens, i, per_tokens) if token.lemma in ORG_HEADS and token.pos in ("NOUN", "PROPN")
                else None)
            # a board is dropped before overlaps are resolved, so that the name after its words wins:
            # "Стратегический комитет кластера «Композит»"
            if candidate and not _is_event(candidate) and not _unnamed_board(candidate):
                orgs.append(candidate)
        orgs += _listed_names(tokens, orgs, per_tokens | place_tokens)
        shared = _coordinated(tokens, per_tokens | place_tokens)
        if shared:  # the plural phrase is theirs, not one organization's: "Донецкий и Торезский … заводы"
            lo, hi = min(m.tokens[0].start for m in shared), max(m.tokens[-1].stop for m in shared)
            orgs = [o for o in orgs if o.stop <= lo or o.start >= hi] + shared
            people = [p for p in people if p.stop <= lo or p.start >= hi]
        orgs = [m for o in orgs for m in _through_places(o, tokens, index, places)]
        orgs += _plural_bodies(tokens, index, places)
        orgs = [o for o in _resolve_overlaps(orgs) if not _a_source(tokens, index[o.tokens[0].start], o)
                and not _titled(tokens, index[o.tokens[0].start])
                and not _broken(o) and not _unnamed_board(o) and not _zone_kind_alone(o)]
        named = [p for p in places if not any(_in_quote(o, p) or _headed(o, p) for o in orgs)
                 and not any(o.method in _ADJECTIVE_FIRST and o.start == p.start for o in orgs)]
        for place in named:
            owner = next((o for o in orgs if o.start <= place.start and place.stop <= o.stop), None)
            if owner:
                owner.places.append(place)
        found.extend(orgs + [n for o in orgs for n in _nested_abbreviations(o)] + people + named)
    found = _lengthened(doc, found)
    found += _repeated_names(doc, found)
    found += _repeated_quotes(doc, found)
    found += _repeated_sites(doc, found)
    found += _repeated_in_lower_case(doc, found)
    return sorted((m for m in found if not _cut_off(doc.text, m, morph)), key=lambda m: m.start)


def _capital_places(tokens: list[Any], taken: set[int]) -> list[Mention]:
    """Places written in capitals that NER missed or took for an organization: an agency's dateline
    ("ВЛАДИВОСТОК, 3 сентября. /ТАСС/", "НИЖНИЙ НОВГОРОД, 5 мая") or a headline, when the gazetteer
    knows the words as a place."""
    gazetteer, out = load_gazetteer(), []
    k = 0
    while k < len(tokens):
        for width in (2, 1):
            words = tokens[k:k + width]
            if len(words) < width or any(i in taken for i in range(k, k + width)) or not all(
                    len(t.text) > 3 and t.text.isupper() and t.text.replace("-", "").isalpha() for t in words):
                continue
            place = gazetteer.lookup(" ".join(t.text for t in words))
            if place is not None:
                out.append(Mention("LOC", words[0].start, words[-1].stop, words, "rule:capital_place", 0.7,
                                   normal=place.name))
                k += width - 1
                break
        k += 1
    return out


def _cut_off(text: str, mention: Mention, morph: Any) -> bool:
    """Whether the text was cut in the middle of the mention's last word: an excerpt that stops at a
    length ("… директор Ассоциации кластеров, технопа", "На территории Хабаровского кр") ends on a
    letter, in a word no dictionary knows, or in one letter ("… в Институте м"): its name would be the cut one.
    So was a quoted name the text ends in before its quote closes ("Концерн «Радиоэлектронные", "директор ООО
    «Химический завод Узл"): what is left of it is not the name."""
    end = len(text.rstrip())
    if not text[end - 1].isalpha():
        return False
    last = mention.tokens[-1].text
    if mention.stop >= end and (len(last) == 1 or not any(p.is_known for p in morph.parse(last.lower()))):
        return True
    if not all(text[k].isalpha() or text[k] in " -" for k in range(mention.stop, end)):
        return False  # read first, and no further than the first mark: most mentions are far from the end
    opening = max(text.rfind(q, 0, mention.stop) for q in _ONLY_OPENING)
    return opening >= max(0, mention.start - 1) and not any(q in text[opening:end] for q in CLOSING_QUOTES)


def _repeated_in_lower_case(doc: Any, found: list[Mention]) -> list[Mention]:
    """A name the article has written with a capital, again in lower case, where no rule reads a lower-case
    head as a name: "Корпорацией развития Новосибирской области" … "заключили корпорация развития
    Новосибирской области и ООО «Нова групп»". Its words' lemmas must all be the same."""
    names: dict[str, list[Mention]] = {}
    for m in found:
        if m.type == "ORG" and m.head is not None and len(m.tokens) > 1 and m.tokens[0].pos in ("NOUN", "PROPN") \
                and m.tokens[0].text[:1].isupper() and not m.quoted:
            names.setdefault(m.tokens[0].lemma, []).append(m)
    if not names:
        return []
    taken = [(m.start, m.stop) for m in found if m.type == "ORG"]
    tokens = doc.tokens
    out = []
    for i, token in enumerate(tokens):
        if token.lemma not in names or not token.text.islower():
            continue
        for name in names[token.lemma]:
            words = tokens[i:i + len(name.tokens)]
            if [t.lemma for t in words] != [t.lemma for t in name.tokens]:
                continue
            if not any(lo < words[-1].stop and token.start < hi for lo, hi in taken):
                places = [p for p in found if p.type == "LOC" and token.start <= p.start and p.stop <= words[-1].stop]
                out.append(Mention("ORG", token.start, words[-1].stop, words, "rule:repeated_lower", 0.6,
                                   name.head, name.kind, places=places))
            break
    return out


def _repeated_sites(doc: Any, found: list[Mention]) -> list[Mention]:
    """A zone's or park's quoted name said again alone, in any case: "ОЭЗ «Моглино»" … "намерено создать в
    «Моглино» центр", "Индустриальный парк «Уфимский»" … "разместит в «Уфимском» шесть линий". The mention
    keeps the site's quoted name, by which the entities link it to the site."""
    sites = {name_words(m.quoted): m for m in found if m.type == "ORG" and m.kind in SITE_KINDS and m.quoted}
    if not sites:
        return []
    covered = [(m.start, m.stop) for m in found]
    tokens = doc.tokens
    out = []
    for i, token in enumerate(tokens):
        end = _quote_end(tokens, i) if token.text in OPENING_QUOTES else None
        inner = tokens[i + 1:end - 1] if end else []
        if not inner or any(lo < inner[-1].stop and inner[0].start < hi for lo, hi in covered):
            continue
        site = next((m for name, m in sites.items() if same_name(name_words(_inside(tokens, i + 1, end - 1)), name)),
                    None)
        if site is not None:
            out.append(Mention("ORG", inner[0].start, inner[-1].stop, inner, "rule:repeated_site", 0.6,
                               kind=site.kind, quoted=site.quoted))
    return out


_INNERMOST_QUOTE = re.compile(r"[«\"]([^«»\"]+)[»\"]?$")  # closed or not: "Рыбокомбинат «Островной"


def _repeated_quotes(doc: Any, found: list[Mention]) -> list[Mention]:
    """The innermost quote of an organization's name in nested quotes, again in quotes alone where NER saw
    no name and found it alone nowhere: "ООО «Рыбокомбинат «Островной»" … "«Островной» станет якорным
    резидентом"; and a whole quote read as a name by its head, again where a sentence opens on it and the
    head rule does not read its capital ("построят «Завод компонентов роботов»" … "«Завод компонентов
    роботов» построят в ОЭЗ")."""
    names: dict[str, str] = {}
    for m in found:
        inner = _INNERMOST_QUOTE.search(m.quoted) if m.type == "ORG" and m.quoted else None
        if inner is not None:
            names.setdefault(fold(inner.group(1)), inner.group(1))
    for m in found:  # found alone already: its other mentions are NER's to find ("Химград")
        names.pop(fold(m.text), None)
    for m in found:  # a whole quote the rules read as a name by its head: "построят «Завод компонентов роботов»"
        if m.type == "ORG" and m.method == "rule:head" and _whole_quote(doc.text, m):
            names.setdefault(fold(m.text), m.text)
    if not names:
        return []
    covered = [(m.start, m.stop) for m in found]
    tokens, out = doc.tokens, []
    for i, token in enumerate(tokens):
        end = _quote_end(tokens, i) if token.text in OPENING_QUOTES else None
        name = names.get(fold(_inside(tokens, i + 1, end - 1))) if end is not None and end - i > 2 else None
        if name is not None and not any(lo <= tokens[i + 1].start < hi for lo, hi in covered):
            out.append(Mention("ORG", tokens[i + 1].start, tokens[end - 2].stop, tokens[i + 1:end - 1],
                               "rule:repeated_quote", 0.6, normal=name))
    return out


def _whole_quote(text: str, mention: Mention) -> bool:
    """Whether the mention is all a quote holds: "«Завод компонентов русских роботов»"."""
    before, after = text[mention.start - 1:mention.start], text[mention.stop:mention.stop + 1]
    return before in OPENING_QUOTES and after in CLOSING_QUOTES


def _lengthened(doc: Any, found: list[Mention]) -> list[Mention]:
    """A one-word organization NER found unquoted, where the article quotes a longer name that goes on from it in
    lower case, is that name: "• Газпром нефть заключила соглашение" when the text has "«Газпром нефть»"."""
    quoted = {m.quoted or m.text for m in found if m.type == "ORG" and (m.quoted or in_own_quotes(m))}
    longer = [q for q in quoted if " " in q and q.split(" ", 1)[1][:1].islower()]
    if not longer:
        return found
    starts = {t.start: k for k, t in enumerate(doc.tokens)}
    out = []
    for m in found:
        one_word = m.type == "ORG" and len(m.tokens) == 1 and not in_own_quotes(m)
        name = next((q for q in longer if q.startswith(m.text + " ") and doc.text.startswith(q, m.start)
                     and not doc.text[m.start + len(q):][:1].isalnum()), None) if one_word else None
        if name is None:
            out.append(m)
            continue
        first = starts[m.start]
        last = next(k for k in range(first, len(doc.tokens)) if doc.tokens[k].stop >= m.start + len(name))
        out.append(replace(m, stop=doc.tokens[last].stop, tokens=doc.tokens[first:last + 1], normal=name,
                           method="rule:lengthened"))
    return out


def _repeated_names(doc: Any, found: list[Mention]) -> list[Mention]:
    """A one-word organization name the article has named, again in another case where NER missed it:
    "Интерпол" … "о выделении Интерполу гранта". The mention takes the name it repeats (``normal``), unless
    it is that name's stem: NER found "убытки КамАза", and "КамАЗ" is the name in the nominative. An
    abbreviation is found again as it is written ("(Гендиректор УВЗ) Олег Сиенко"). A credit is no mention
    ("Фото: Росрыболовство"), as it is none where NER finds it."""
    ones = [m for m in found if m.type == "ORG" and len(m.tokens) == 1 and m.text.isalpha() and m.text[0].isupper()]
    stems = {(fold(m.text)[:-1] if len(m.text) > 4 else fold(m.text)): m.text for m in ones
             if len(m.text) >= 4 and not m.text.isupper()}
    abbreviations = {m.text for m in ones if len(m.text) >= 3 and m.text.isupper()}
    if not stems and not abbreviations:
        return []
    covered = [(m.start, m.stop) for m in found]
    beginnings = {stem[:3] for stem in stems}
    out = []
    for k, token in enumerate(doc.tokens):
        if token.text in abbreviations and not any(lo <= token.start < hi for lo, hi in covered):
            if not credited(doc.tokens, k):
                out.append(Mention("ORG", token.start, token.stop, [token], "rule:repeated_abbreviation", 0.6))
            continue
        if not token.text[0].isupper() or fold(token.text[:3]) not in beginnings:
            continue
        word = fold(token.text)
        stem, name = next(((stem, n) for stem, n in stems.items() if token.text != n and word.startswith(stem)
                           and len(word) - len(n) <= 2), (None, None))
        if name and not any(lo <= token.start < hi for lo, hi in covered) and not credited(doc.tokens, k):
            name = token.text if word == stem and len(stem) >= 4 else name
            out.append(Mention("ORG", token.start, token.stop, [token], "rule:repeated_name", 0.6, normal=name))
    return out

"""Organization and person names: legal forms, quotes, case, matching keys and acronyms.

One place decides how a name is cleaned, so a news mention, a registry record and a user's
query for the same organization meet on the same key.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["LEGAL_FORMS", "COMPOUND_STEMS", "split_legal_form", "nominative_legal_form", "spelled_legal_form",
           "name_key", "display_name", "acronym", "balanced_quotes"]

# Long forms first: the first match wins.
LEGAL_FORMS: dict[str, str] = {
    "публичное акционерное общество": "ПАО",
    "непубличное акционерное общество": "АО",
    "открытое акционерное общество": "ОАО",
    "закрытое акционерное общество": "ЗАО",
    "акционерное общество": "АО",
    "общество с ограниченной ответственностью": "ООО",
    "автономная некоммерческая организация": "АНО",
    "федеральное государственное унитарное предприятие": "ФГУП",
    "государственное унитарное предприятие": "ГУП",
    "муниципальное унитарное предприятие": "МУП",
    "индивидуальный предприниматель": "ИП",
    "некоммерческое партнерство": "НП",
    "государственная корпорация": "ГК",
    "публично-правовая компания": "ППК",
    "ассоциация": None,  # a kind of organization, not a legal form to strip
}
SHORT_FORMS = ("ПАО", "ОАО", "ЗАО", "АО", "ООО", "АНО", "ФГУП", "ГУП", "МУП", "ИП", "НП", "ГК", "ППК", "НАО", "ФГБУ",
               "РУП", "ТОО", "КОО", "АПХ", "НОАО",
               "ФГБОУ ВО", "ФГАОУ ВО", "ФГБОУ", "ФГАОУ", "ГБУ", "ГАУ", "МБУ", "ОГУП", "АНО ДПО",
               "ФГБНУ", "ФГБУН", "ФГАУ", "ФКП", "ГКУ", "МКУ", "МАУ", "ГБОУ", "ГАПОУ", "ГБПОУ")
# The spelled-out forms in any case, before a quoted name: "Общества с ограниченной ответственностью «…»".
_DECLINED_FORMS = [(re.compile(r"\s+".join(word if len(word) < 4 else word[:-2] + r"\w*" for word in long.split())
                               + r"(?=\s+[«\"“„])", re.IGNORECASE), long)
                   for long, short in LEGAL_FORMS.items() if short]
_QUOTES = re.compile(r"[«»“”„\"'`]")
_SPACE = re.compile(r"\s+")
# a short form before its name, or glued to its quote: 'ЗАО"Тандер"'
_SHORT = re.compile(r"^(?:{})(?:\s+|(?=[«\"“„]))".format(
    "|".join(re.escape(f) for f in sorted(SHORT_FORMS, key=len, reverse=True))))
# Compound stems that keep their own letter: "электроаппаратный" gives ЭА (ЧЭАЗ), while
# "станкостроительный" gives one letter (КСЗ).
COMPOUND_STEMS = ("электро", "радио", "гидро", "термо", "нефте", "газо", "авиа")
_COMPOUND = re.compile(r"^({})(?=[а-я]{{3}})".format("|".join(COMPOUND_STEMS)))


@lru_cache(maxsize=50_000)  # bounded: a stream of 100,000 articles must not grow the process
def fold(text: str) -> str:
    """Lower case, ё→е, no quotes, single spaces: the form strings are compared in (names recur, so
    each form is folded once)."""
    text = _QUOTES.sub(" ", text.lower().replace("ё", "е"))
    return _SPACE.sub(" ", text).strip(" .,;:—–-()")


@lru_cache(maxsize=20_000)
def split_legal_form(name: str) -> tuple[str, str | None]:
    """``('Чебоксарский электроаппаратный завод', 'АО')`` from ``АО «Чебоксарский …»``.

    Handles the short forms news use and the spelled-out forms of the registries.
    """
    text = _SPACE.sub(" ", name).strip()
    low = text.lower().replace("ё", "е")
    for long, short in LEGAL_FORMS.items():
        # "Государственная корпорация развития ВЭБ": a form with a lower-case tail is the name's head
        if short and low.startswith(long + " ") and not text[len(long) + 1:][:1].islower():
            return _strip_quotes(text[len(long) + 1:]), short
    match = _SHORT.match(text)
    if match and len(text) > match.end():
        return _strip_quotes(text[match.end():]), match.group(0).strip()
    return _strip_quotes(text), None


def nominative_legal_form(text: str) -> str:
    """The text with the spelled-out legal form that opens it, in whatever case, in the nominative:
    "Общества с ограниченной ответственностью «Этана»" → "Общество с ограниченной ответственностью «Этана»",
    which :func:`split_legal_form` then strips (inflecting the whole phrase would decline the form's own
    genitive: "с ограниченная ответственность")."""
    for pattern, long in _DECLINED_FORMS:
        if match := pattern.match(text):
            return long[:1].upper() + long[1:] + text[match.end():]
    return text


def spelled_legal_form(text: str) -> int:
    """How many characters of the text a spelled-out legal form before a quoted name takes, in whatever
    case (0 if none): a post's complement reads past "общества с ограниченной ответственностью «…»"."""
    return next((match.end() for pattern, _ in _DECLINED_FORMS if (match := pattern.match(text))), 0)


def _strip_quotes(text: str) -> str:
    text = text.strip()
    if len(text) > 1 and text[0] in "«\"“„" and text[-1] in "»\"”":
        inner = text[1:-1]
        if not _QUOTES.search(inner) or inner.count("«") == inner.count("»"):
            return inner.strip()
    return text


_STRAIGHT_OPENING = re.compile(r'(?<!\S)"(?=\S)|"(?=[А-ЯЁA-Z])')  # or glued to the word before: 'ЗАО"Тандер"'


# A backslash escaping a quote, or left at the end where the name was cut before the quote it escaped
_ESCAPE = re.compile(r'\\(?="|$)')


@lru_cache(maxsize=20_000)
def balanced_quotes(name: str) -> str:
    """A name with its quotes as «ёлочки», each one closed: news close nested quotes with one mark or
    none ('ПСЗ "Янтарь' → 'ПСЗ «Янтарь»', '«Инновационный парк «Технополис «Химград»' →
    'Инновационный парк «Технополис «Химград»»'); a quote escaped as in a program's string ('ЗАО
    \\"МедИнж\\"', pages that stored their text escaped) is a quote."""
    name = _ESCAPE.sub("", name)
    if '"' in name:
        name = _STRAIGHT_OPENING.sub("«", name).replace('"', "»")
    if "„" in name:  # „…“, the German pair
        name = name.replace("„", "«").replace("“", "»")
    name = name.replace("“", "«").replace("”", "»")  # “…”, the English pair
    if name.startswith("«") and name.count("«") > name.count("»"):
        name = name[1:]
    elif name.endswith("»") and name.count("»") > name.count("«"):
        name = name[:-1]  # 'Тихвинский вагоностроительный завод"': a quote closing the text around it
    return name + "»" * (name.count("«") - name.count("»"))


def name_key(name: str) -> str:
    """The matching key of an organization name: folded, without legal form or quotes."""
    bare, _ = split_legal_form(name)
    return fold(bare)


_QUOTED = re.compile(r"[«\"“„]([^«»\"“”„]{2,})[»\"”]")


def display_name(name: str) -> str:
    """A readable name: the quoted name when there is one, registry UPPER CASE in sentence case.

    ``АКЦИОНЕРНОЕ ОБЩЕСТВО "ЧЕБОКСАРСКИЙ ЭЛЕКТРОАППАРАТНЫЙ ЗАВОД"`` → ``Чебоксарский электроаппаратный завод``.
    """
    bare, _ = split_legal_form(name)
    letters = [c for c in bare if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) / len(letters) <= 0.8:
        return bare
    quoted = _QUOTED.search(bare)
    if quoted and (quoted.start() > 0 or quoted.end() < len(bare)):
        bare = quoted.group(1).strip()
    if sum(c.isalpha() for c in bare) > 6:
        bare = bare[0].upper() + bare[1:].lower()
    return bare


@lru_cache(maxsize=20_000)
def acronym(name: str) -> str:
    """The acronym Russian news would use: ``Чебоксарский электроаппаратный завод`` → ``ЧЭАЗ``."""
    letters = []
    for word in re.findall(r"[А-Яа-яЁёA-Za-z]+", display_name(name)):
        low = word.lower()
        if low in {"и", "по", "в", "на", "с", "для", "имени", "им"}:
            continue
        if word.isupper() and len(word) > 1:
            letters.append(word)
            continue
        match = _COMPOUND.match(low)
        if match:
            letters.append(low[0])
            low = low[match.end():]
        letters.append(low[0])
    return "".join(letters).upper()

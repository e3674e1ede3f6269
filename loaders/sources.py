"""Who tells the news, not who is in it: media, channels, sites, files and credits.

A news page names its own sources beside the actors: "сообщает ТАСС", "передает Telegram-канал
«МинИнформ64 Z»", "Фото: пресс-служба АВО", "/ Сибирское Информационное Агентство /", a link to
``sia.ru``, a photo file ``IMG_6612``. None of them is a party to what the news reports, and a graph
of who cooperates with whom must not count them. The organization whose press service speaks is
another matter: "сообщили в пресс-службе правительства области" names the government, which stays.
"""

from __future__ import annotations

import re
from typing import Any

from promgraph.graph.names import fold
from promgraph.loaders.lexicon import (
    CLOSING_QUOTES,
    CREDIT_WORDS,
    DASHES,
    MEDIA_HEADS,
    MEDIA_NAMES,
    MEDIA_TAILS,
    MENU_WORDS,
    OPENING_QUOTES,
    ORG_HEADS,
    POSTED_IN,
    REPORTING_WORDS,
    SOCIAL_NETWORKS,
    TOP_DOMAINS,
    WEEKDAYS,
)

__all__ = ["is_media", "is_file", "credited", "menu_item", "in_calendar", "line_around"]

_FILE = re.compile(r"^(img|dsc|dscn|photo|image|pic|scan)[_-]?\d+|\.(jpe?g|png|gif|webp|pdf|docx?|xlsx?)$", re.I)
_CAMERA = re.compile(r"[a-z]{1,3}\d{6,}", re.I)  # a camera's file number: "P1100639", cut by the tokenizer
_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}")
_READING = re.compile(r"[+−-]?\d+(?:[.,]\d+)?°?[CС]")  # a page's weather: "20.1 C", "-5 °C"
_RATES = {"ЦБ", "КУРС", "Курс", "USD", "EUR", "CNY", "GBP", "JPY", "CHF"}  # its exchange rates: "КУРС ЦБ $ USD 91,7"
_MEDIA_DOMAINS = TOP_DOMAINS | {"online", "live", "media", "tv", "news", "pro"}  # and the ones media take
_DOMAIN = re.compile(r"\.({})\b".format("|".join(sorted(_MEDIA_DOMAINS))), re.I)
_DASHED = re.compile(r"\s*[-–—]\s*")
_RU_DOMAIN = re.compile(r"\w\.ру\b", re.I)  # a site's name written in Cyrillic
_QUOTE_MARKS = OPENING_QUOTES | CLOSING_QUOTES
_LISTED = {",", "и", "или", "'"}
# "IrkutskMedia", "ЧелябинскСегодня", "Комиинформ" in any case ("высказал «Комиинформу»"), but not "Media"; a
# portal named with its region's code: "Online47"
_GLUED_TAIL = re.compile(r"[a-zа-яё](media|news|today|online|info|информ(?:а|у|ом|е)?|сегодня)$|^[a-zа-яё]{4,}\d{2,3}$",
                         re.I)


def _words(tokens: list[Any]) -> list[str]:
    return [fold(t.text) for t in tokens]


_SITE_WORDS = {w for w in MEDIA_HEADS if w.startswith(("сайт", "портал"))}  # a site's words among a medium's


def is_media(tokens: list[Any], previous: list[Any]) -> bool:
    """Whether the name is a medium: an agency, a paper, a channel, a portal, a site ("ТАСС",
    "ИА «Тульские новости»", "Telegram-канал", "Ъ-Южный Урал", "SIA.RU", "Брянск Today"), a network a
    post is quoted from ("в соцсети Instagram"), or the name a media word just before it gives
    ("телеграм-канал «МинИнформ64 Z»", "газета «Труд»")."""
    words = _words(tokens)
    text = " ".join(words)
    glued = fold("".join(t.text for t in tokens)).rstrip(".")  # "Яндекс.Метрика", split by the tokenizer at the
    # dot, and at a sentence's end: "в свои источники ЯНДЕКС.НОВОСТИ."
    written = tokens[0].doc_text[tokens[0].start:tokens[-1].stop]
    parts = [fold(part).strip() for part in _DASHED.split(written)]  # "Ъ-Южный Урал", "Ростехнологии - ИФ"
    if text in MEDIA_NAMES or glued in MEDIA_NAMES or words[0] in MEDIA_NAMES or any(p in MEDIA_NAMES for p in parts) \
            or any(len(head) > 3 and head in MEDIA_NAMES for head in (w.split("-")[0] for w in words if "-" in w)):
        return True  # and an agency's regional desk in a name's words: "агентства «Интерфакс-Сибирь»"
    if len(words) > 1 and words[-1] in MEDIA_TAILS or len(parts) > 1 and parts[-1] in MEDIA_TAILS \
            or " " not in written and _GLUED_TAIL.search(written):  # "Брянск Today", "Югра-ТВ", "IrkutskMedia"
        return True
    if len(words) > 1 and words[-2].startswith("агентств") and words[-1] == "информации":
        return True  # "Псковское агентство информации", not "служба … защиты информации"
    if glued in SOCIAL_NETWORKS and (_posted_in(previous) or _own_line(tokens)):
        return True  # "на своей странице в Instagram", "в соцсети «ВКонтакте»", a page's list of its channels
        # ("- ВКонтакте" on a line of its own), but "Facebook купил Instagram"
    if any(w in MEDIA_HEADS or w.endswith(("-канал", "-канала", "-канале")) for w in words[:2]):
        return True
    if _DOMAIN.search("".join(t.text for t in tokens)) and not _brand(tokens):
        return True
    before = [fold(t.text) for t in previous[-3:] if t.text not in _QUOTE_MARKS]
    if before and before[-1] in REPORTING_WORDS and (
            words[0] == "агентству" or words[0] == "агентство" and len(tokens) > 1 and tokens[1].text in _QUOTE_MARKS):
        return True  # "сообщили агентству «Урал-пресс-информ»": who was told; "сообщает Агентство «Москва»": who
        # tells (but not "сообщает Агентство инвестиционного развития …", a body's own press release)
    if words[0] == "агентства" and before and before[-1].startswith(("корреспондент", "журналист")):
        return True  # "сообщил корреспонденту агентства «Татар-информ»": whose reporter was told
    if _RU_DOMAIN.search(written) and not (before and before[-1] in REPORTING_WORDS):
        return True  # "Подписка Корабел.ру", "ЗакС.Ру в Telegram"; the one telling the news ("сообщает
        # «Лента.ру»") is left to the rule for tellers, as with any medium
    if len(previous) > 1 and previous[-1].text in DASHES and fold(previous[-2].text) in MEDIA_NAMES \
            and all(t.text.isupper() for t in tokens if t.text.isalpha()):
        return True  # "ИНТЕРФАКС - ДАЛЬНИЙ ВОСТОК -": the agency's regional desk, in its dateline
    if before and before[-1] in _SITE_WORDS and ORG_HEADS.get(tokens[0].lemma) == "government":
        return False  # "сообщает официальный сайт правительства Республики Башкортостан": the site's owner
    return bool(before) and (before[-1] in MEDIA_HEADS or before[-1].endswith(("-канал", "-канала", "-канале")))


def _posted_in(previous: list[Any]) -> bool:
    """Whether the words before a network say where something is posted, past the networks listed before
    it: "на своей странице в Instagram", "в ВКонтакте, Facebook'e и Twitter'e"."""
    words = [fold(t.text) or t.text for t in previous if t.text not in _QUOTE_MARKS]  # "," folds to ""
    while words and (words[-1] in _LISTED or words[-1] in SOCIAL_NETWORKS or len(words) > 1 and words[-2] == "'"):
        words.pop()  # "Facebook ' e", the case ending a network's Latin name takes after an apostrophe
    return bool(words) and words[-1] in POSTED_IN


def line_around(text: str, start: int, stop: int) -> str:
    """The line of ``text`` that holds ``text[start:stop]``: a page's rubric, headline or list item is read
    whole."""
    first, last = text.rfind("\n", 0, start) + 1, text.find("\n", stop)
    return text[first:last if last >= 0 else len(text)]


def _own_line(tokens: list[Any]) -> bool:
    """Whether the name is all of its line but for a bullet: an item of a page's list."""
    text = tokens[0].doc_text
    line = line_around(text, tokens[0].start, tokens[-1].stop).strip().lstrip("-–—•·* ")
    return line == text[tokens[0].start:tokens[-1].stop]


def _brand(tokens: list[Any]) -> bool:
    """A corporation named like a Russian site: "ВЭБ.РФ", "«ДОМ.РФ»", "Туризм.РФ" (its domain in capitals)."""
    words = [t.text for t in tokens if t.text not in _QUOTE_MARKS]
    return len(words) >= 3 and words[-2:] == [".", "РФ"] and words[-3][:1].isupper() and words[-3].isalpha()


def is_file(tokens: list[Any]) -> bool:
    """A file's name, a page's time stamp, weather or exchange rate, or a tag: a photo's "IMG_6612" or "P1100639",
    "report.pdf", "2025-12-09T06", "20.1 C", "ЦБ USD", "#Запорожье_Россия"."""
    joined = "".join(t.text for t in tokens)
    if _READING.fullmatch(joined) or _CAMERA.fullmatch(joined) or all(t.text in _RATES for t in tokens):
        return True
    return any(_FILE.search(t.text) or _STAMP.match(t.text) or "_" in t.text.strip("_") for t in tokens)


def credited(tokens: list[Any], start: int) -> bool:
    """Whether the name at ``start`` follows a credit on its line: "Фото: …", "Источник: …", "© …"; a
    credit with a colon is the whole line ("Фото: страница Владислава Шапши в ВКонтакте")."""
    words = 0  # between the credit word and the name, quotes not counted ("фото со страницы Владислава Шапши
    # «ВКонтакте»")
    for k in range(start - 1, max(-1, start - 16), -1):
        token = tokens[k]
        if "\n" in token.doc_text[token.stop:tokens[k + 1].start]:
            return False
        if (fold(token.text) in CREDIT_WORDS or token.text == "©") and (words < 5 or tokens[k + 1].text == ":") \
                and tokens[k + 1].text not in CLOSING_QUOTES:  # but "под брендами «Святой источник», «Боржоми»"
            return True
        words += token.text not in _QUOTE_MARKS
    return False


def menu_item(tokens: list[Any]) -> bool:
    """A page's menu or rubric, not a name: "ВСЕ НОВОСТИ", "Архив материалов", "Новости / Общество", and a
    page's path to its rubric ("Поволжье / Новости", "Центр / Новости Подмосковья")."""
    words = [w for w in _words(tokens) if any(c.isalnum() for c in w)]
    path = any(t.text == "/" for t in tokens) and any(w in MENU_WORDS for w in words)
    return bool(words) and (path or all(w in MENU_WORDS for w in words))


def in_calendar(tokens: list[Any]) -> bool:
    """Whether the name stands in a page's calendar row, "ПН ВТ СР ЧТ ПТ СБ ВС" (though "ВС" alone may be the
    armed forces)."""
    row = line_around(tokens[0].doc_text, tokens[0].start, tokens[-1].stop).split()
    return len(row) > 2 and all(fold(w) in WEEKDAYS for w in row)

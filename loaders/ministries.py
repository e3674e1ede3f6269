"""Ministries named by their syllables: "Минпромторг", "Минпромэнерго Коми", "минпрома республики".

Russian news shorten a ministry's name to the first syllables of its words: мин-пром-торг is the
Министерство промышленности и торговли, мин-пром-энерго the Министерство промышленности и
энергетики. The short form is spelled out here, so that "Минпромторг Крыма" and the "Министерство
промышленности и торговли Республики Крым" of the same article are one organization, and so that
a short name standing alone is named in full: the federal ministry when one of that name exists,
else the ministry of the region the article is about.

>>> spelled_out("Минпромторг")
'Министерство промышленности и торговли'
>>> spelled_out("Минпромэнерго")
'Министерство промышленности и энергетики'
>>> spelled_out("Минпромтрансом")
'Министерство промышленности и транспорта'
>>> spelled_out("Минэкономики")
'Министерство экономики'
>>> spelled_out("Минск") is None
True
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["spelled_out", "FEDERAL", "RENAMED"]

# The syllables, longest first where one begins another, and the words they stand for (genitive).
_SYLLABLES = (
    ("экономразвития", "экономического развития"), ("сельхоз", "сельского хозяйства"),
    ("природы", "природных ресурсов и экологии"), ("цифры", "цифрового развития"), ("энерго", "энергетики"),
    ("экономики", "экономики"), ("эконом", "экономики"), ("развития", "развития"), ("иннов", "инноваций"),
    ("инвест", "инвестиций"),
    ("просвещения", "просвещения"), ("культуры", "культуры"), ("обороны", "обороны"), ("науки", "науки"),
    ("строй", "строительства"), ("транс", "транспорта"), ("здрав", "здравоохранения"), ("связи", "связи"),
    ("спорт", "спорта"), ("труд", "труда"), ("торг", "торговли"), ("пром", "промышленности"), ("обр", "образования"),
    ("фин", "финансов"), ("юст", "юстиции"), ("соц", "социальной защиты"), ("тех", "технологий"),
)
# Case endings a short form takes: "Минпромторга", "Минпромэнерго", "минпромом".
_ENDINGS = ("ом", "ой", "а", "у", "е", "")
# Federal ministries whose names are spelled out the same: the short form alone means them.
FEDERAL = {
    "Министерство промышленности и торговли", "Министерство экономического развития", "Министерство финансов",
    "Министерство энергетики", "Министерство сельского хозяйства", "Министерство здравоохранения",
    "Министерство науки и высшего образования", "Министерство просвещения", "Министерство транспорта",
    "Министерство строительства", "Министерство цифрового развития", "Министерство обороны",
    "Министерство труда", "Министерство юстиции", "Министерство культуры", "Министерство спорта",
    "Министерство природных ресурсов и экологии",
}

# Federal ministries renamed since their short form was coined: "Минобрнауки России" has been the Министерство
# науки и высшего образования since 2018 (a region's "минобрнауки" is still its ministry of education and science),
# "Минпром России" the Министерство промышленности и торговли since 2008.
RENAMED = {"Министерство образования и науки": "Министерство науки и высшего образования",
           "Министерство промышленности": "Министерство промышленности и торговли"}


@lru_cache(maxsize=2_000)
def spelled_out(word: str) -> str | None:
    """The ministry a one-word short form stands for, in the nominative, or None when it is none."""
    low = word.lower().replace("ё", "е")
    if not low.startswith("мин") or len(low) < 6:
        return None
    for ending in _ENDINGS:
        if ending and not low.endswith(ending):
            continue
        words = _syllables(low[3:len(low) - len(ending)] if ending else low[3:])
        if words:
            fields = ", ".join(words[:-1]) + (" и " if len(words) > 1 else "") + words[-1]
            return f"Министерство {fields}"
    return None


def _syllables(rest: str) -> list[str] | None:
    """The words a run of syllables spells, or None when it is not all syllables."""
    if not rest:
        return []
    for syllable, words in _SYLLABLES:
        if rest.startswith(syllable):
            tail = _syllables(rest[len(syllable):])
            if tail is not None:
                return [words, *tail]
    return None

"""Canonical names in the nominative: inflect the head and what agrees with it, keep the tail.

"Министерства промышленности и энергетики Чувашской Республики" becomes "Министерство
промышленности и энергетики Чувашской Республики": only the head noun and the adjectives before
it change case, the genitive tail stays as written. natasha's own normalizer inflects every word
("Корпорация развитие"), which is why this module exists.
"""

from __future__ import annotations

from typing import Any, Protocol

__all__ = ["Word", "nominative_phrase", "restore_case"]

_CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
_POS = {"NOUN": {"NOUN"}, "PROPN": {"NOUN"}, "ADJ": {"ADJF", "PRTF"}, "VERB": {"PRTF"}}


class Word(Protocol):
    text: str
    pos: str
    feats: dict[str, str]


def restore_case(template: str, word: str) -> str:
    """Give ``word`` the letter case of ``template``: ``ЧУВАШСКОЙ`` → ``ЧУВАШСКАЯ``."""
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


_GENDERS = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}


def _inflect(morph: Any, word: Word, number: str | None, gender: str | None = None) -> str:
    case = _CASES.get(word.feats.get("Case", ""))
    if case in (None, "nomn") or (word.text.isupper() and len(word.text) > 1):
        return word.text
    wanted = _POS.get(word.pos, set())
    for parse in morph.parse(word.text):
        if parse.tag.POS in wanted and parse.tag.case == case:
            grammemes = {"nomn"}
            if number:
                grammemes.add(number)
            if parse.tag.POS in ("ADJF", "PRTF") and number != "plur" and (gender or parse.tag.gender):
                grammemes.add(gender or parse.tag.gender)
            form = parse.inflect(grammemes) or parse.inflect({"nomn"})
            if form:
                return restore_case(word.text, form.word)
    return word.text


def _head_gender(morph: Any, head: Word) -> str | None:
    """The head noun's dictionary gender: adjectives must agree with it, not with their own guess."""
    case = _CASES.get(head.feats.get("Case", ""))
    parses = [p for p in morph.parse(head.text) if p.tag.POS == "NOUN" and p.tag.gender]
    for parse in sorted(parses, key=lambda p: p.tag.case != case):
        return parse.tag.gender
    return _GENDERS.get(head.feats.get("Gender", ""))


def nominative_phrase(morph: Any, words: list[Word], head: int) -> list[str]:
    """The words of a noun phrase with ``words[:head + 1]`` in the nominative.

    ``head`` indexes the head noun; words before it are inflected only when they agree with it
    in case (adjectives, participles), the rest are returned unchanged.
    """
    head_word = words[head]
    number = "plur" if head_word.feats.get("Number") == "Plur" else "sing"
    gender = _head_gender(morph, head_word)
    out = []
    for i, word in enumerate(words):
        agrees = i < head and word.feats.get("Case") == head_word.feats.get("Case")
        out.append(_inflect(morph, word, number, gender) if i == head or agrees else word.text)
    return out

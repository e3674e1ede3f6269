"""Fuzzy organization-name matching with blocking: the near-misses exact keys leave apart.

Exact keys (ИНН, the cleaned name, aliases, acronyms) join most mentions. What they miss are
names that differ by an ending (``Чувашии`` / ``Чувашия``), a typo, word order, script
(``Elektra`` / ``Электра``) or a generic word (``группа компаний``). Such pairs are compared
here, and only here, token by token on a Latin skeleton of each word; the rules lean to
precision, because a wrong merge corrupts the graph while a missed one only leaves two nodes:

- every word of one name pairs with a word of the other that is the same word inflected,
  transliterated or with one typo, except generic words (``компания``, ``группа``…), or the
  words written together are the same (``Тулапривод-маш``);
- numbers must be the same (``Завод № 1`` is not ``Завод № 2``);
- the regions, when both are known, must be the same.

Candidates come from blocks (the skeleton's first letters of each distinctive word), so a name is
compared with a few names, not with every organization: the index stays fast at a million.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from promgraph.graph.names import fold, name_key

__all__ = ["skeleton", "tokens", "same_name", "NameIndex"]

_CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r",
                      "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "iu", "ia"],
                     strict=True))
# Latin spellings folded to one form, applied to both scripts' skeletons alike.
_LATIN = [("shch", "sh"), ("sch", "sh"), ("kh", "h"), ("ck", "k"), ("ph", "f"), ("x", "ks"), ("w", "v"),
          ("q", "k"), ("ya", "ia"), ("yu", "iu"), ("ja", "ia"), ("ju", "iu"), ("j", "i"), ("y", "i"),
          ("c", "k"), ("kk", "k"), ("ss", "s"), ("ll", "l"), ("nn", "n"), ("tt", "t"), ("ff", "f")]
GENERIC = frozenset({
    "компания", "группа", "гк", "холдинг", "фирма", "предприятие", "завод", "нпп", "нпо", "пк",
    "company", "group", "holding", "ltd", "llc", "inc", "plant",
})
# Case endings of Russian nouns and adjectives: two words with one stem and such endings are one word.
ENDINGS = frozenset({
    "", "а", "я", "у", "ю", "е", "и", "ы", "о", "ь", "й", "ом", "ем", "ой", "ей", "ою", "ам", "ям", "ах", "ях", "ов",
    "ев", "ами", "ями", "ий", "ый", "ая", "яя", "ое", "ее", "ие", "ые", "ого", "его", "ому", "ему", "ым", "им",
    "ую", "юю", "ых", "их", "ыми", "ими", "ия", "ии", "ию", "ией", "иям", "иях", "ью",
})
_WORD = re.compile(r"[0-9a-zа-я]+")
_MAX_BLOCK = 5_000  # keys shared by more names than this are too common to block on


@lru_cache(maxsize=200_000)
def skeleton(word: str) -> str:
    """The Latin skeleton of a folded word, the same for its Cyrillic and Latin spellings.

    >>> skeleton("электра") == skeleton("elektra") == skeleton("electra")
    True
    """
    text = "".join(_CYRILLIC.get(c, c) for c in word)
    for old, new in _LATIN:
        text = text.replace(old, new)
    return text


def tokens(name: str) -> tuple[str, ...]:
    """The words of an organization name without legal form and quotes, folded (``ё`` → ``е``)."""
    return tuple(_WORD.findall(fold(name_key(name))))


def _same_word(a: str, b: str) -> bool:
    """One word: inflected (one stem, case endings), transliterated, or one typo apart."""
    if a == b:
        return True
    if a.isdigit() or b.isdigit():
        return False
    if _inflected(a, b):
        return True
    sa, sb = skeleton(a), skeleton(b)
    return sa == sb or (min(len(sa), len(sb)) >= 6 and _one_edit(sa, sb))


def _inflected(a: str, b: str) -> bool:
    """``фонда`` / ``фонд``, ``кабельным`` / ``кабельный``: a stem of four letters or more and two endings."""
    common = 0
    while common < min(len(a), len(b)) and a[common] == b[common]:
        common += 1
    return any(stem >= 4 and a[stem:] in ENDINGS and b[stem:] in ENDINGS for stem in range(common, common - 3, -1))


@lru_cache(maxsize=200_000)
def _generic(word: str) -> bool:
    return word in GENERIC or any(_inflected(word, g) for g in GENERIC if len(g) >= 5)


def _one_edit(a: str, b: str) -> bool:
    """True when one insertion, deletion, substitution or swap of neighbours turns ``a`` into ``b``."""
    if abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        swapped = i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:]
        return swapped or a[i + 1:] == b[i + 1:]
    return a[i + 1:] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1:]


def same_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two token tuples (:func:`tokens`) name the same organization by the rules above."""
    if {t for t in a if t.isdigit()} != {t for t in b if t.isdigit()}:
        return False
    left = [t for t in a if not _generic(t)]
    right = [t for t in b if not _generic(t)]
    if not left or not right or not any(len(t) >= 4 for t in left):
        return False
    if skeleton("".join(left)) == skeleton("".join(right)):  # Волга-Тех / Волгатех
        return True
    if len(left) != len(right):
        return False
    unused = list(right)
    for word in sorted(left, key=len, reverse=True):
        match = next((other for other in unused if _same_word(word, other)), None)
        if match is None:
            return False
        unused.remove(match)
    return True


def _word_blocks(words: Iterable[str]) -> list[tuple[str, ...]]:
    """The block keys of each distinctive word: its skeleton cut to four letters, then to six when long.

    Lookups use the first key whose block is not too common: the four-letter one finds every form of
    the word, the six-letter one narrows a common beginning (``пром…``) at the cost of some endings.
    """
    blocks = []
    for word in words:
        if len(word) >= 4 and not word.isdigit() and not _generic(word):
            key = skeleton(word)
            blocks.append((key[:4], key[:6]) if len(key) >= 8 else (key[:4],))
    return blocks


@dataclass(slots=True)
class _Entry:
    key: Hashable
    tokens: tuple[str, ...]
    region: str | None


class NameIndex:
    """Names indexed by block: ``add`` every candidate, then ``matches`` for each name to place.

    >>> index = NameIndex()
    >>> index.add("o1", "АО «Чебоксарский электроаппаратный завод»", "Чувашская Республика")
    >>> index.matches("Чебоксарского электроапаратный завод")
    ['o1']
    """

    def __init__(self) -> None:
        self._entries: list[_Entry] = []
        self._blocks: dict[str, list[int]] = defaultdict(list)

    def __len__(self) -> int:
        return len(self._entries)

    def add(self, key: Hashable, name: str, region: str | None = None) -> None:
        words = tuple(sys.intern(w) for w in tokens(name))
        position = len(self._entries)
        self._entries.append(_Entry(key, words, sys.intern(fold(region)) if region else None))
        for block in {k for keys in _word_blocks(words) for k in keys}:
            self._blocks[block].append(position)

    def matches(self, name: str, region: str | None = None) -> list[Hashable]:
        """Keys of the indexed names that :func:`same_name` matches and whose region agrees."""
        words = tokens(name)
        region = fold(region) if region else None
        candidates: set[int] | None = None
        for keys in _word_blocks(words):  # a match has every distinctive word: intersect their blocks
            block = next((self._blocks[k] for k in keys if 0 < len(self._blocks.get(k, ())) <= _MAX_BLOCK), None)
            if block is None and any(k in self._blocks for k in keys):
                continue  # too common a word to narrow anything
            candidates = set(block or ()) if candidates is None else candidates.intersection(block or ())
        found: list[Hashable] = []
        for position in sorted(candidates or ()):
            entry = self._entries[position]
            if region and entry.region and region != entry.region:
                continue
            if same_name(words, entry.tokens) and entry.key not in found:
                found.append(entry.key)
        return found

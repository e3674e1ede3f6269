"""A small gazetteer of Russian regions, major cities and neighbouring countries.

It turns what NER calls a location ("Чувашии", "РФ", "ДНР") into one canonical place with a kind
(region, city, country) and a parent, and tells which region an article is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from promgraph.graph.names import fold

__all__ = ["Place", "Gazetteer", "load_gazetteer"]

_ENDINGS = frozenset("аеиоуыэюяь")
_REGION_WORDS = re.compile(r"\b(область|край|республика|округ|автономн)", re.IGNORECASE)


@dataclass(frozen=True)
class Place:
    name: str
    kind: str
    parent: str | None = None
    adjectives: tuple[str, ...] = ()  # the stems of its adjective not made from its name: "британск"

    @property
    def region(self) -> str | None:
        """The name of the region it is in: a city's parent, any other place's own name."""
        return self.parent if self.kind == "city" else self.name


class Gazetteer:
    def __init__(self, places: list[tuple[Place, list[str]]]):
        self._by_key: dict[str, Place] = {}
        self._by_stem: dict[str, Place] = {}
        self._declined: dict[str, Place] = {}  # one-word names ending in a vowel, by their stem
        self._adjectives = [(stem, place) for place, _ in places for stem in place.adjectives]
        for place, aliases in places:
            for alias in [place.name, *aliases]:
                self._by_key.setdefault(fold(alias), place)
                if " " not in alias and len(alias) >= 6 and fold(alias)[-1] in _ENDINGS:
                    self._declined.setdefault(fold(alias)[:-1], place)
            if place.kind == "city" and len(place.name) >= 5 and " " not in place.name:
                self._by_stem[fold(place.name)[:-1]] = place

    def lookup(self, name: str) -> Place | None:
        """The canonical place for a surface or normalized form, or None when unknown."""
        return self._by_key.get(fold(name))

    def lookup_declined(self, word: str) -> Place | None:
        """The place a one-word name in another case names, which no dictionary declines: "Приамурья",
        "Приамурьем" → Амурская область."""
        key = fold(word)
        return self._declined.get(key[:-1]) or self._declined.get(key[:-2]) if " " not in key else None

    def of_adjective(self, word: str) -> Place | None:
        """The place an adjective not made from its name is of: "подмосковного" → Московская область."""
        low = fold(word)
        return next((place for stem, place in self._adjectives if low.startswith(stem)), None)

    def guess(self, name: str) -> Place:
        """A place for any location name: the gazetteer's, or one with a kind guessed from its words."""
        known = self.lookup(name)
        if known:
            return known
        return Place(name, "region" if _REGION_WORDS.search(name) else "city")

    def city_of_adjective(self, word: str) -> Place | None:
        """``Чебоксарский`` → Чебоксары: plants are named after their town."""
        low = fold(word)
        for cut in range(len(low) - 2, 3, -1):
            place = self._by_stem.get(low[:cut])
            if place:
                return place
        return None


@cache
def load_gazetteer() -> Gazetteer:
    text = files("promgraph.loaders").joinpath("data/places.tsv").read_text(encoding="utf-8")
    places = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, kind, parent, aliases, adjectives = (line.split("\t") + ["", "", "", ""])[:5]
        place = Place(name, kind, parent or None, tuple(a for a in adjectives.split("|") if a))
        places.append((place, [a for a in aliases.split("|") if a]))
    return Gazetteer(places)

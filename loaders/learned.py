"""What the article-wide models (:mod:`residents`, :mod:`locations`) share: how they read words and counts
into features, and how the pairs a model takes become facts.

Each model asks about pairs of entities the rules did not link, reading the whole article; it answers with
a probability, and a pair at or over the model's threshold is a fact told by the sentence where the first
of the pair is named nearest the second.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from promgraph.loaders.entities import Entity
from promgraph.loaders.facts import Fact, Occurrences
from promgraph.loaders.lexicon import RULE_LEMMAS
from promgraph.loaders.logistic import Logistic

__all__ = ["Questions", "answers", "bucket", "model_word"]

# The pairs a model is asked about, with the features of each, as a model's ``questions`` gives them.
Questions = Callable[[Occurrences], list[tuple[Entity, Entity, list[str]]]]


def bucket(n: int) -> str:
    """A count as the models read it: 0, 1, 2, a few or many."""
    return str(n) if n < 3 else "3-5" if n <= 5 else "6+"


def model_word(token: Any) -> str:
    """A word as a model reads it: a word the rules know by its lemma, any other by its part of speech
    (a name or a number says nothing of a relation, and only so many articles are there to learn from)."""
    return token.lemma if token.lemma in RULE_LEMMAS else token.pos


def answers(seen: Occurrences, questions: Questions, model: Logistic, type_: str, ends: tuple[str, str],
            method: str) -> list[Fact]:
    """The facts of type ``type_`` (their two ``ends`` named as the relation names them) of the pairs the
    model takes, each told by the first one's sentence (of those ``seen`` read) nearest the second."""
    out = []
    for first, second, names in questions(seen):
        p = model.probability(names)
        if p < model.threshold:
            continue
        theirs = seen.sentence_numbers(second)
        i, lo, hi = min(seen.of[first.id], key=lambda o: min(abs(o[0] - j) for j in theirs))
        s = seen.sentences[i]
        out.append(Fact(type_, {ends[0]: first.id, ends[1]: second.id}, s.sent, method, round(p, 2),
                        (s.tokens[lo].start, s.tokens[hi - 1].stop)))
    return out

"""The Russian NLP models, loaded once per process and passed in.

natasha's wheel ships its NER and morphology models, so nothing is downloaded. Two workarounds
live here and nowhere else: OpenBLAS is kept to one thread (natasha ran 2–5x slower and erratic
with the default), and ``yargy`` is imported before natasha, whose pymorphy2 otherwise fails on
Python 3.11 (``inspect.getargspec``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

__all__ = ["Models", "CachedMorph", "load_models"]


@dataclass(frozen=True)
class Models:
    segmenter: Any
    morph_tagger: Any
    ner_tagger: Any
    morph_vocab: Any
    morph: Any  # a pymorphy3.MorphAnalyzer with cached parses (:class:`CachedMorph`), for the nominative
    dates: Any  # yargy Parser of grammars.dates.DATE: building one loads a morphology dictionary


class CachedMorph:
    """pymorphy3's analyzer with ``parse`` memoized: names repeat, and each parse costs ~0.1 ms."""

    def __init__(self, analyzer: Any, size: int = 50_000):
        self.parse = lru_cache(maxsize=size)(analyzer.parse)


def load_models() -> Models:
    """Build the natasha pipeline and the pymorphy3 analyzer (about a second, ~200 MB)."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    import pymorphy3
    import yargy  # must precede natasha: it patches pymorphy2 on Python 3.11
    from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    from promgraph.loaders.grammars.dates import DATE

    embedding = NewsEmbedding()
    morph_tagger = NewsMorphTagger(embedding)
    # Sixteen sentences a batch, not slovnet's eight: 12% faster tagging, the same tags.
    morph_tagger.batch_size = morph_tagger.infer.encoder.batch_size = 16
    return Models(
        segmenter=Segmenter(),
        morph_tagger=morph_tagger,
        ner_tagger=NewsNERTagger(embedding),
        morph_vocab=MorphVocab(),
        morph=CachedMorph(pymorphy3.MorphAnalyzer()),
        dates=yargy.Parser(DATE),
    )

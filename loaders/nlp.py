"""The Russian NLP models, loaded once per process and passed in.

natasha's wheel ships its NER and morphology models, so nothing is downloaded. Two workarounds
live here and nowhere else: OpenBLAS is kept to one thread (natasha ran 2–5x slower and erratic
with the default), and ``yargy`` is imported before natasha, whose pymorphy2 otherwise fails on
Python 3.11 (``inspect.getargspec``). natasha's models run through small adapters that give the
same tags and names for less work: the tagger on packed sentences, NER on the segmenter's words,
normalization memoized.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import Any

__all__ = ["Models", "CachedMorph", "CachedNormalizer", "LineSegmenter", "PackedMorphTagger", "TokenNER",
           "cyrillic_letters", "load_models", "spaced_invisibles"]

# Latin and Greek letters that look Cyrillic, which some sites mix into words against copying
# ("прοмышленнοсти" with a Greek omicron): the tagger and NER read such words as foreign.
_LOOKALIKES = str.maketrans("aceopxyACEHKMOPTXB" "οαεκρτυχΟΑΕΚΡΤΧΒΗΜ", "асеорхуАСЕНКМОРТХВ" "оаекртухОАЕКРТХВНМ")
_LATIN_LOOKALIKES = str.maketrans("асеорхуАСЕНКМОРТХВ", "aceopxyACEHKMOPTXB")  # and back, in a Latin word
_MIXED_WORD = re.compile(r"\w*[а-яё]\w*", re.IGNORECASE)


# Invisible characters that glue a mark to the word after it ("◾️Соглашение": a variation selector) or
# words to each other (zero-width spaces and joiners, a stray byte order mark).
_INVISIBLE = str.maketrans(dict.fromkeys("\ufe0f\ufe0e\u200b\u200c\u200d\u2060\ufeff", " "))


def spaced_invisibles(text: str) -> str:
    """The text with its invisible joiners made spaces, one for one (offsets do not move): the tokenizer
    then reads "◾️Соглашение с «АвтоВАЗ»" as a bullet and a word."""
    return text.translate(_INVISIBLE)


def cyrillic_letters(text: str) -> str:
    """The text with look-alike Latin and Greek letters inside Cyrillic words made Cyrillic, and look-alike
    Cyrillic letters inside Latin words made Latin ("Сrocus Group" typed with a Cyrillic "С"), letter for
    letter (offsets do not move); words of one script are left as they are, and so is a word with digits
    ("1z5pg16…Председатель", a hash run into it)."""
    return _MIXED_WORD.sub(lambda m: _cyrillic_word(m.group(0)), text)


def _cyrillic_word(word: str) -> str:
    cyrillic = sum("а" <= ch.lower() <= "я" or ch in "ёЁ" for ch in word)
    if any(ch.isdigit() for ch in word):
        return word
    if cyrillic * 2 < len(word):
        latin = word.translate(_LATIN_LOOKALIKES)
        return latin if latin.isascii() else word
    return word.translate(_LOOKALIKES)


@dataclass(frozen=True)
class Models:
    segmenter: Any
    morph_tagger: PackedMorphTagger
    ner_tagger: TokenNER
    morph_vocab: Any
    normalizer: CachedNormalizer
    morph: Any  # a pymorphy3.MorphAnalyzer with cached parses (:class:`CachedMorph`), for the nominative
    dates: Any  # yargy Parser of grammars.dates.DATE: building one loads a morphology dictionary


class LineSegmenter:
    """natasha's segmenter, with a line that ends without punctuation ending its sentence too.

    razdel reads "…подписали соглашение о сотрудничестве\nТатарстан и Свердловская область…" as one
    sentence: a headline runs into the lead, a menu into the first paragraph, and a rule reading one
    sentence sees two. A line break ends a sentence unless the next line goes on in lower case (a
    text wrapped mid-sentence).
    """

    def __init__(self, segmenter: Any):
        self._segmenter = segmenter

    def tokenize(self, text: str) -> Iterator[Any]:
        return self._segmenter.tokenize(text)

    def sentenize(self, text: str) -> Iterator[Any]:
        from natasha.segment import Sent

        for sent in self._segmenter.sentenize(text):
            start = 0
            for cut in _line_breaks(sent.text):
                piece = sent.text[start:cut].rstrip()
                if piece.strip():
                    lead = len(piece) - len(piece.lstrip())
                    yield Sent(sent.start + start + lead, sent.start + start + len(piece), piece.lstrip())
                start = cut
            piece = sent.text[start:]
            lead = len(piece) - len(piece.lstrip())
            if piece.strip():
                yield Sent(sent.start + start + lead, sent.stop, piece.strip())


def _line_breaks(text: str) -> Iterator[int]:
    """Where the lines of a sentence start, when the next line does not go on in lower case."""
    position = text.find("\n")
    while position >= 0:
        rest = text[position:].lstrip()
        if rest and not rest[0].islower():
            yield position + 1
        position = text.find("\n", position + 1)


class CachedMorph:
    """pymorphy3's analyzer with ``parse`` memoized: names repeat, and each parse costs ~0.1 ms."""

    def __init__(self, analyzer: Any, size: int = 50_000):
        self.parse = lru_cache(maxsize=size)(analyzer.parse)


class CachedNormalizer:
    """natasha's normalization of a person's or place's name, memoized.

    The same people and places recur, and each normalization inflects every word with pymorphy2
    (~0.2 ms a word). The key is all natasha reads of the words: text, part of speech, gender,
    number, case and the spacing.
    """

    def __init__(self, vocab: Any, size: int = 50_000):
        self._vocab = vocab
        self._size = size
        self._normals: dict[tuple[Any, ...], str] = {}

    def __call__(self, span: Any) -> str:
        key = tuple((t.text, t.pos, t.feats.get("Gender"), t.feats.get("Number"), t.feats.get("Case"),
                     t.start - span.start) for t in span.tokens)
        normal = self._normals.get(key)
        if normal is None:
            if len(self._normals) >= self._size:
                self._normals.clear()
            span.normalize(self._vocab)
            normal = self._normals[key] = span.normal
        return normal


def _word_ids(encoder: Any) -> Callable[[str], tuple[int, int]]:
    """A word's vocabulary and shape ids in a slovnet model, memoized: slovnet computes them in
    Python, word by word, and words recur."""

    @lru_cache(maxsize=100_000)
    def ids(word: str) -> tuple[int, int]:
        (word_id,), (shape_id,) = encoder.item([word])
        return word_id, shape_id

    return ids


class TokenNER:
    """natasha's NER model run on the words the segmenter found.

    ``Doc.tag_ner`` hands the model the raw text, which slovnet tokenizes again with razdel, the
    segmenter's own tokenizer: a fifth of the NER's cost. The model reads the whole document as one
    sequence: a short line reads its neighbours (a page's "Published" or "Архив" is no organization
    between them), but a name may run on from a headline into the line under it ("…под
    Новосибирском" + "Корпорация развития…" as one organization). Lines a name runs across are
    tagged again apart, a pad between them (the encoder zeroes a pad's position after every layer, so
    no line sees the next). ``natasha`` is the tagger itself, for ``Doc.tag_ner``.
    """

    def __init__(self, tagger: Any):
        infer = tagger.infer
        self.natasha = tagger
        self._model, self._decode = infer.model, infer.decoder.tags_vocab.decode
        self._pads = infer.encoder.words_vocab.pad_id, infer.encoder.shapes_vocab.pad_id
        self._ids = _word_ids(infer.encoder)

    def __call__(self, lines: list[list[str]]) -> list[str]:
        """The BIO tag of each word of a document's lines, in order ("B-ORG", "I-ORG", "O"…)."""
        lines = [line for line in lines if line]
        if not lines:
            return []
        ends = list(accumulate(map(len, lines)))
        tags = self._tags([[word for line in lines for word in line]])
        across = [k for k, end in enumerate(ends[:-1]) if tags[end].startswith("I-")]
        again = sorted({k + side for k in across for side in (0, 1)})
        retagged = iter(self._tags([lines[k] for k in again]))
        for k in again:
            tags[ends[k] - len(lines[k]):ends[k]] = [next(retagged) for _ in lines[k]]
        return tags

    def _tags(self, rows: list[list[str]]) -> list[str]:
        """The tags of the words of each row, the rows read apart: a pad after each."""
        import numpy as np

        words, shapes = [], []
        for row in rows:
            for word in row:
                word_id, shape_id = self._ids(word)
                words.append(word_id)
                shapes.append(shape_id)
            words.append(self._pads[0])
            shapes.append(self._pads[1])
        if not rows:  # no name ran across a line
            return []
        word_id, shape_id = np.array([words]), np.array([shapes])
        emissions = self._model(word_id, shape_id, word_id == self._pads[0])
        tags: list[str] = []
        start = 0
        for row in rows:
            seen = emissions[:, start:start + len(row)]
            (row_tags,) = self._model.head.crf.decode(seen, np.ones(seen.shape[:2], dtype=bool))
            tags.extend(self._decode(tag) for tag in row_tags)
            start += len(row) + 1
        return tags


class PackedMorphTagger:
    """natasha's morphology model run on many sentences per row.

    slovnet pads each sentence of a batch to the longest one and computes the padding too: on news
    articles half the rows it computed were padding. A pad's embedding is zero and the encoder zeroes
    padded positions after every layer, so one pad between two sentences keeps them apart: packing a
    document's sentences into rows gives each word the tag it gets in its sentence alone, for half
    the arithmetic.
    """

    def __init__(self, tagger: Any, row: int = 1024):
        from slovnet.conll import parse_conll_tag

        infer = tagger.infer
        self._model, encoder = infer.model, infer.encoder
        self._pads = encoder.words_vocab.pad_id, encoder.shapes_vocab.pad_id
        self._ids = _word_ids(encoder)
        self._tags = [parse_conll_tag(tag) for tag in infer.decoder.tags_vocab.items]
        self._row = row

    def __call__(self, sentences: list[list[str]]) -> Iterator[list[tuple[str, dict[str, str]]]]:
        """(pos, feats) of each word of each sentence, in order.

        The feats dicts are shared between words with the same tag: read them, never change them.
        """
        import numpy as np

        words_pad, shapes_pad = self._pads
        for row in self._rows(sentences):
            words, shapes, starts = [], [], []
            for sentence in row:
                starts.append(len(words))
                for word in sentence:
                    word_id, shape_id = self._ids(word)
                    words.append(word_id)
                    shapes.append(shape_id)
                words.append(words_pad)
                shapes.append(shapes_pad)
            word_id, shape_id = np.array([words]), np.array([shapes])
            tags = self._model.head.decode(self._model(word_id, shape_id, word_id == words_pad))[0]
            for start, sentence in zip(starts, row, strict=True):
                yield [self._tags[tag] for tag in tags[start:start + len(sentence)]]

    def _rows(self, sentences: list[list[str]]) -> Iterator[list[list[str]]]:
        """Consecutive sentences in rows of at most ``row`` words and pads (a longer sentence alone)."""
        row: list[list[str]] = []
        size = 0
        for sentence in sentences:
            if row and size + len(sentence) + 1 > self._row:
                yield row
                row, size = [], 0
            row.append(sentence)
            size += len(sentence) + 1
        if row:
            yield row


def load_models() -> Models:
    """Build the natasha pipeline and the pymorphy3 analyzer (about a second, ~200 MB)."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    import pymorphy3
    import yargy  # must precede natasha: it patches pymorphy2 on Python 3.11
    from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    from promgraph.loaders.grammars.dates import DATE

    embedding = NewsEmbedding()
    morph_vocab = MorphVocab()
    return Models(
        segmenter=LineSegmenter(Segmenter()),
        morph_tagger=PackedMorphTagger(NewsMorphTagger(embedding)),
        ner_tagger=TokenNER(NewsNERTagger(embedding)),
        morph_vocab=morph_vocab,
        normalizer=CachedNormalizer(morph_vocab),
        morph=CachedMorph(pymorphy3.MorphAnalyzer()),
        dates=yargy.Parser(DATE),
    )

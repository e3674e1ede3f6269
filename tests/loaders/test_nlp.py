"""The NLP layer's shortcuts give exactly what natasha's own calls give."""

import json

import pytest
from natasha import Doc

from promgraph.loaders.news import _tag, _tagged_runs
from promgraph.loaders.nlp import PackedMorphTagger, cyrillic_letters, spaced_invisibles

TEXT = ("Чебоксарский электроаппаратный завод поставит оборудование. Коротко. "
        "В Новочебоксарске и Канаше прошли большие весенние ярмарки местных фермеров, мастеров и ремесленников, "
        "а в Ульяновской области и Самаре — выставки. "
        "Глава региона Олег Николаев провёл совещание с руководителями предприятий республики.")


def _sentences(models, text: str = TEXT) -> list[list[str]]:
    doc = Doc(text)
    doc.segment(models.segmenter)
    return [[t.text for t in sent.tokens] for sent in doc.sents]


def _alone(tagger, sentence: list[str]) -> list[tuple[str, dict[str, str]]]:
    """natasha's tags of one sentence tagged by itself."""
    return [(t.pos, t.feats) for t in next(tagger.map([sentence])).tokens]


def test_packed_sentences_get_the_tags_they_get_alone(models):
    from natasha import NewsEmbedding, NewsMorphTagger

    natasha = NewsMorphTagger(NewsEmbedding())
    sentences = _sentences(models)
    expected = [_alone(natasha, s) for s in sentences]
    assert list(models.morph_tagger(sentences)) == expected
    # rows shorter than a sentence: each long sentence in a row of its own, short ones together
    assert list(PackedMorphTagger(natasha, row=8)(sentences)) == expected
    assert list(models.morph_tagger([])) == []


def _natasha_names(models, text: str) -> list[tuple[int, int, str]]:
    doc = Doc(text)
    doc.segment(models.segmenter)
    doc.tag_ner(models.ner_tagger.natasha)
    return [(span.start, span.stop, span.type) for span in doc.spans]


def test_names_are_found_on_the_segmenters_words_as_natasha_finds_them(models):
    texts = [TEXT, "", "  \n ", "АО «Завод им. В.А. Дегтярёва» (ЗиД) и ПАО \"КАМАЗ\"\nподписали т.е. договор в 2025 г.",
             "Глава Минпромторга РФ Антон Алиханов.Министр заявил:«Новые заводы — в Татарстане»."]
    for text in texts:
        doc = _tag(text, models)
        assert [(span.start, span.stop, span.type) for span in doc.spans] == _natasha_names(models, text), text
        assert all(span.tokens for span in doc.spans)  # each name knows its words and its sentence
        assert sum(len(sent.spans) for sent in doc.sents) == len(doc.spans)


def test_a_name_never_runs_from_a_headline_into_the_line_under_it(models):
    text = ("Технопарк за два миллиарда откроют под Томском\n"
            "Корпорация развития Томской области подписала соглашение с «Сибэлектро».")
    assert (text.index("Томском"), text.index(" Томской"), "LOC") in _natasha_names(models, text)  # across the line
    assert [(span.type, span.text) for span in _tag(text, models).spans] == [
        ("LOC", "Томском"), ("ORG", "Корпорация развития"), ("LOC", "Томской области"), ("ORG", "Сибэлектро")]


def test_names_match_natasha_on_real_news(models):
    from conftest import shared

    for path in sorted(shared("eval", "factru-dev").glob("*.json"))[:40]:
        text = json.loads(path.read_text(encoding="utf-8"))["text"]
        assert [(s.start, s.stop, s.type) for s in _tag(text, models).spans] == _natasha_names(models, text), path.name


def test_a_sentence_naming_only_places_is_tagged_around_the_places(models):
    doc = _tag(TEXT, models)
    places, plant, person = doc.sents[2], doc.sents[0], doc.sents[3]
    assert {span.type for span in places.spans} == {"LOC"}
    assert _tagged_runs(plant) == [plant.tokens] and _tagged_runs(person) == [person.tokens]
    assert _tagged_runs(doc.sents[1]) == []
    runs = _tagged_runs(places)
    tagged = [t for run in runs for t in run]
    assert len(tagged) < len(places.tokens)
    whole = dict(zip((t.start for t in places.tokens), next(models.morph_tagger([[t.text for t in places.tokens]])),
                     strict=True))
    for run, tags in zip(runs, models.morph_tagger([[t.text for t in run] for run in runs]), strict=True):
        for token, tag in zip(run, tags, strict=True):
            inside = any(span.start <= token.start < span.stop for span in places.spans)
            assert not inside or tag == whole[token.start], token.text


def test_normalization_is_natashas_and_remembered(models):
    from promgraph.loaders.news import _tag

    doc = _tag("Губернатор Тульской области встретился с Алексеем Дюминым в Тульской области.", models)
    places = [span for span in doc.spans if span.type == "LOC"]
    assert [span.normal for span in places] == ["Тульская область", "Тульская область"]
    person = next(span for span in doc.spans if span.type == "PER")
    assert person.normal == "Алексей Дюмин"
    person.normalize(models.morph_vocab)
    assert models.normalizer(person) == person.normal


@pytest.mark.parametrize("text, plain", [
    ("Министерство прοмышленнοсти и науκи", "Министерство промышленности и науки"),  # Greek letters
    ("Рoссия и Kазань", "Россия и Казань"),  # Latin letters
    ("IT-кластер, Renault и Qiwi", "IT-кластер, Renault и Qiwi"),  # words of one script stay
    ("1z5pg16nzv8jfvm8Председатель", "1z5pg16nzv8jfvm8Председатель"),  # a hash run into a word stays
    ("Компания \"Сrocus Group\"", "Компания \"Crocus Group\""),  # a Cyrillic letter in a Latin word
    ("Qiwiщ", "Qiwiщ"),  # a letter with no Latin look-alike leaves the word as it is
])
def test_look_alike_letters_in_cyrillic_words_are_made_cyrillic(text, plain):
    assert cyrillic_letters(text) == plain
    assert len(cyrillic_letters(text)) == len(text)


def test_invisible_joiners_become_spaces_one_for_one():
    text = "◾\ufe0fСоглашение с\u200bАвтоВАЗ"
    assert spaced_invisibles(text) == "◾ Соглашение с АвтоВАЗ"
    assert len(spaced_invisibles(text)) == len(text)

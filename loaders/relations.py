"""Relations between the entities of one document, sentence by sentence.

Each rule looks at one sentence's tokens and the entity mentions in it: a role word next to a
person and an organization (POSITION), an agreement word with a signing verb (AGREEMENT), a
supply or joint-work word between organizations (COOPERATION), a residency or membership word
next to a cluster, park or zone (MEMBER), and where organizations and cities are (LOCATED_IN).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Container, Mapping
from typing import Any

from promgraph.graph.names import fold, spelled_legal_form
from promgraph.loaders.agreements import AgreementReader, Post
from promgraph.loaders.entities import Entity, place_of_adjective
from promgraph.loaders.facts import (
    SUBJECT_PREPOSITIONS,
    Article,
    Fact,
    Name,
    Occurrences,
    Sentence,
    agreement_fact,
    sentence_date,
    sentences,
)
from promgraph.loaders.lexicon import (
    AGREEMENT_KINDS,
    CLOSING_QUOTES,
    COOPERATION_CUES,
    COPULAS,
    COUNTRY_WORDS,
    DASHES,
    DEAL_CUES,
    EXECUTIVE_ROLES,
    GOVERNMENT_ROLES,
    GROUP_WORDS,
    LOCATING_CUES,
    MEDIA_HEADS,
    MEMBER_CUES,
    OPENING_QUOTES,
    PLACE_ADJECTIVE_ENDINGS,
    POST_FORMS,
    REFERRING_HEADS,
    REGION_WORDS,
    REPORTING_WORDS,
    ROLE_ABBREVIATIONS,
    ROLE_SEATS,
    ROLES,
    SAID_WORDS,
    SITE_KINDS,
    TAKING_POSTS,
    member_compound,
)
from promgraph.loaders.locations import locations
from promgraph.loaders.logistic import Logistic
from promgraph.loaders.places import Place, load_gazetteer
from promgraph.loaders.residents import residents

__all__ = ["find_relations"]

_GROUP_KINDS = {"cluster", "technopark", "industrial_park", "sez", "association"}
_LOANS = {"кредит", "заем", "займ", "грант"}
_INVESTING = {"вложить", "вкладывать"}  # a deal only with the organization invested in
_BETWEEN = {  # "между двумя странами": whom the plural noun stands for
    "страна": lambda e: e.kind == "country", "государство": lambda e: e.kind == "country",
    "компания": lambda e: e.type == "ORG" and e.kind == "company",
    "сторона": lambda e: e.type == "ORG" or e.kind == "country",
}
_GOVERNING_INSTRUMENTAL = {"управляющий", "командующий", "заведующий", "главнокомандующий"}  # "… чем"
_GOVERNMENT_HEADS = {"правительство", "администрация", "мэрия", "кабинет", "акимат", "хокимият"}
# Heads who head an organization of one kind: a bare post of theirs is of the one the article names.
_HEADS_OF_KIND = {"ректор": "вуз", "проректор": "вуз", "первый проректор": "вуз", "генеральный директор": "компания",
                  "гендиректор": "компания", "исполнительный директор": "компания"}
_RANKS = {"академик", "член-корреспондент", "профессор", "доцент"}  # a scholar's rank, held in no one's name
_REPORTING_WORDS = REPORTING_WORDS | MEDIA_HEADS | {"агентство", "агентства"}


_QUOTES = OPENING_QUOTES | CLOSING_QUOTES
_ROLES_BY_FIRST: dict[str, list[tuple[str, ...]]] = defaultdict(list)
for _role in ROLES:  # longest first, as in ROLES
    _ROLES_BY_FIRST[_role[0]].append(_role)
# Heads a post's complement refers back by: REFERRING_HEADS, and the government the article named ("зампред
# правительства" after "правительства Подмосковья"), a word the other readers of REFERRING_HEADS leave alone.
_REFERRED_BY_POSTS = REFERRING_HEADS | {"правительство"}
_MUNICIPAL = {"городской", "муниципальный"}  # "городской округ", "муниципальный округ": a town's, no region
_COMPLEMENT_PREPOSITIONS = {"в", "во", "при", "по", "от", "на"}  # "посол Италии в Грузии", "министр по делам …"
_APPOSITION_MARKS = {",", "—", "–", "-", "("}  # "Андрей Шпиленко, директор …", "Йоахим Лёв (тренер)"


# Roles that are participles or adjectives ("управляющий", "командующий", "уполномоченный"), which the
# tagger may lemmatize as verbs: the first letters of their forms.
_ADJECTIVAL_ROLES = {w for r in ROLES for w in r if w.endswith(("ий", "ый"))}
_ADJECTIVAL_STARTS = {w[:5] for w in _ADJECTIVAL_ROLES}


def _role_lemmas(tokens: list[Any], morph: Any) -> list[str]:
    """Each token's lemma as roles are looked up. A compound or a former post is the role it is made
    of: "рок-музыканта" → "музыкант", "писателя-фронтовика" → "писатель", "экс-президента" →
    "президент"; a participle is its masculine nominative ("управляющим" → "управляющий"). The tagger
    leaves these unlemmatized or makes verbs of them; only they are parsed here."""
    lemmas = []
    for token in tokens:
        lemma, low = token.lemma, token.text.lower().replace("ё", "е").replace("–", "-")  # "вице–губернатор"
        if "-" in low and lemma not in _ROLES_BY_FIRST:
            normal = _compound(morph, token.text, lemma)
            parts = normal.split("-")
            lemma = next((w for w in (normal, parts[-1], parts[0]) if (w,) in _ROLES_BY_FIRST.get(w, ())), lemma)
        elif low[:5] in _ADJECTIVAL_STARTS and lemma not in _ADJECTIVAL_ROLES and token.pos in ("VERB", "ADJ", "NOUN"):
            forms = (p.inflect({"nomn", "sing", "masc"}) for p in morph.parse(low) if p.tag.POS in ("ADJF", "PRTF"))
            lemma = next((f.word for f in forms if f is not None and f.word in _ADJECTIVAL_ROLES), lemma)
        lemmas.append(lemma)
    return lemmas


# Endings of nouns for a person by what they do ("физиолог", "издатель", "пародистка", "менеджер"), and
# such nouns that say nothing of an occupation.
_OCCUPATION_ENDINGS = ("лог", "граф", "вед", "ист", "истка", "тель", "тельница", "ер", "ор", "ник", "ница",
                       "чик", "щик", "чица", "щица", "ант", "антка", "ент", "ентка")
_NO_OCCUPATION = {
    "участник", "участница", "сторонник", "сторонница", "противник", "противница", "соперник", "соперница",
    "поклонник", "поклонница", "болельщик", "болельщица", "житель", "жительница", "пользователь",
    "зритель", "зрительница", "читатель", "читательница", "слушатель", "посетитель", "победитель",
    "победительница", "родитель", "обладатель", "обладательница", "собеседник", "собеседница", "свидетель",
    "заложник", "пленник", "преступник", "виновник", "наследник", "наследница", "напарник", "соратник",
    "союзник", "ровесник", "ровесница", "современник", "пенсионер", "пенсионерка", "пассажир", "пешеход",
    "претендент", "пациент", "пациентка", "клиент", "оппонент", "конкурент", "путешественник", "избиратель",
    "потребитель", "покупатель", "получатель", "заявитель", "истец", "ответчик", "подозреваемый", "мученик",
    "любитель", "любительница", "ученик", "ученица", "выпускник", "выпускница", "воспитанник", "воспитанница",
    "студент", "студентка", "школьник", "школьница", "партнер", "партнерша", "собственник", "приверженец",
    "единомышленник", "сподвижник", "должник", "кредитор", "спонсор", "автор", "мастер", "лидер", "член",
    "преемник", "преемница", "предшественник", "предшественница", "создатель", "создательница", "националист",
    "соотечественник", "соотечественница", "последователь", "последовательница", "исполнитель", "организатор",
    "турист", "туристка",
}


def _occupations(tokens: list[Any], s: Sentence, morph: Any) -> dict[int, str]:
    """Nouns not in the lexicon that name what a person does, right before a name ("британский физиолог
    Роберт Эдвардс", "пародистка и юмористка Елена Воробей"): an animate common noun with an agent's
    ending, by its lemma."""
    found = {}
    for k, token in enumerate(tokens):
        if token.pos != "NOUN" or token.feats.get("Animacy") != "Anim" or not token.text.islower() \
                or k in s.covered or token.lemma in _ROLES_BY_FIRST:
            continue
        nxt = k + 1
        while nxt < len(tokens) and (tokens[nxt].text in (",", "и") or nxt in found):
            nxt += 1
        if nxt not in s.starts and not (nxt < len(tokens) and tokens[nxt].pos == "NOUN"):
            continue
        lemma = next((p.normal_form for p in morph.parse(token.text.lower()) if p.tag.POS == "NOUN"), "")
        if lemma.endswith(_OCCUPATION_ENDINGS) and lemma not in _NO_OCCUPATION:
            found[k] = lemma
    return found


def _role_at(lemmas: list[str], i: int, covered: dict[int, Entity],
             occupations: Container[int] = ()) -> tuple[str, ...] | None:
    """The longest role starting at token ``i`` whose words past the first are no one's name:
    "глава администрации Барышского района" is the role "глава" of the administration. An occupation
    found by its ending is a role of its one word."""
    if i >= len(lemmas):  # "… директор и" at the end of a text cut short
        return None
    if i in occupations:
        return (lemmas[i],)
    roles = _ROLES_BY_FIRST.get(lemmas[i])
    if roles is None:  # most words: no role starts with them
        return None
    return next((r for r in roles if tuple(lemmas[i:i + len(r)]) == r
                 and not any(k in covered and not _board(covered[k]) for k in range(i + 1, i + len(r)))), None)


_BOARDS = ("совет директоров", "правлени", "наблюдательн")


def _board(entity: Entity) -> bool:
    """A company's board, which the tagger may name as an organization ("председатель Совета директоров
    группы Alstom"): part of the role, and the company after it is the post's."""
    return entity.type == "ORG" and fold(entity.name).startswith(_BOARDS)


def _person_starts(s: Sentence, k: int) -> bool:
    return k in s.starts and s.starts[k][0].type == "PER"


def _complement(s: Sentence, end: int, article: Article, lemmas: list[str],
                morph: Any) -> tuple[Entity | None, int]:
    """The organization or place a role word governs ("директор завода «Вектор»", "посол Италии в Грузии",
    "глава региона", "директор завода" after the plant was named, "управляющий компанией FaceCash") and
    the index of the first token after its complement. After "и" a word goes on in any case it may be
    read in: "министр промышленности и энергетики", whose "энергетики" the tagger reads as engineers."""
    tokens, n = s.tokens, len(s.tokens)
    object_case = "Ins" if lemmas[end - 1] in _GOVERNING_INSTRUMENTAL else "Gen"
    org, j, governed = None, end, False  # governed: after a preposition, its noun phrase is in any case
    joined = None  # where an "и" or comma was passed: the complement ends there unless it goes on
    # field: after "по", a place the gazetteer does not know is what the post deals with ("министр по развитию
    # Дальнего Востока"), while a country or a region is still its seat ("Министр по … сборам Новой Зеландии")
    field = False
    if end in s.covered and end not in s.starts and _board(s.covered[end]):  # past the rest of the board's name
        j = next(hi for lo, (entity, hi) in s.starts.items() if entity is s.covered[end] and lo < end < hi)
    for _ in range(12):  # words and names: a name of many words is one step ("пресс-секретарь Федеральной службы …")
        if j >= n:
            break
        if j in s.starts and s.starts[j][0].type in ("ORG", "LOC"):
            if joined == j - 1 and tokens[j].feats.get("Case") not in (None, "Gen", object_case):
                break  # "директором компании, министерством … в лице министра": the list's next party
            named = s.starts[j][0]
            dealt_with = field and named.type == "LOC" and load_gazetteer().lookup(named.name) is None
            org = org or (None if _board(named) or dealt_with else named)
            j, governed = s.starts[j][1], False
            continue
        token = tokens[j]
        close = _closing_quote(s, j)
        if close is not None:  # a quoted name the tagger missed: "главред радио «Эхо Москвы» Алексей Венедиктов"
            org = org or _called(article, s.text(j + 1, close))
            j, governed = close + 1, False
            continue
        if token.text in _QUOTES:  # around a quoted name, whose mention has no quotes
            j += 1
            continue
        if form := spelled_legal_form(token.doc_text[token.start:token.start + 60]):  # "общества с ограниченной …"
            j = next((k for k in range(j, n) if tokens[k].start >= token.start + form), n)
            continue
        if token.text == "(":  # "… диктатуры (ОФДД) Наттавута Сайкыа": an aside
            close = next((k for k in range(j + 1, min(n, j + 6)) if tokens[k].text == ")"), None)
            if close is not None:
                j = close + 1
                continue
        if j in s.covered:
            break
        genitive = token.feats.get("Case") in ("Gen", object_case) \
            or joined == j - 1 and tokens[j - 1].text == "и" and _may_be_genitive(morph, token.text)
        if token.lemma in REGION_WORDS and genitive and j and tokens[j - 1].lemma in _MUNICIPAL:
            j += 1  # "глава городского округа Щёлково": a town's district, whose name follows, not a region
            continue
        if (token.lemma in REGION_WORDS or token.lemma in COUNTRY_WORDS) and genitive:
            org = org or (article.country if token.lemma in COUNTRY_WORDS else article.region_called(s, token.lemma))
            j += 1
            continue
        if org is None and token.lemma in _REFERRED_BY_POSTS and genitive and token.text.islower():
            # "компании RCA": a name said right after the head is the one meant, not the last of its kind
            named_next = j + 1 < n and (j + 1 in s.starts and s.starts[j + 1][0].type == "ORG"
                                        or tokens[j + 1].text in OPENING_QUOTES)
            org = article.named_before(token.lemma, token.start, by_kind=not named_next) or (
                None if named_next else article.only_of_kind(token.lemma, len(token.doc_text)))  # or named after:
            # "с генеральным директором завода …" before "«Серпуховский лифтостроительный завод — …»"
        if token.text.lower() in _COMPLEMENT_PREPOSITIONS and j + 1 < n \
                and (j + 1 in s.starts or tokens[j + 1].pos in ("NOUN", "ADJ")):
            j, governed, field = j + 1, True, field or token.text.lower() == "по"
            continue
        if token.text in ("и", ",") and not _person_starts(s, j + 1) and _role_at(lemmas, j + 1, s.covered) is None:
            joined, j = j, j + 1
            continue
        managing = fold(token.text).startswith("управляющ")
        if managing and j + 1 in s.starts and fold(s.starts[j + 1][0].name).startswith("управляющ"):
            j += 1  # "директор управляющей компании «Аксайский индустриальный парк»": the company's own word
            continue
        written_up = token.pos == "PROPN" and lemmas[j] in _ROLES_BY_FIRST  # "заместитель Губернатора"
        # "пищевой и перерабатывающей промышленности", but "директор управляющей компании кластера": the
        # company's, which the cluster's name after it is not
        described = token.pos in ("NOUN", "ADJ") or token.feats.get("VerbForm") == "Part" and not managing
        if (described or written_up) and (genitive or governed):
            joined, j = None, j + 1
            continue
        break
    return org, j if joined is None or joined != j - 1 else joined  # not "Премьер-министр и мисс Кэрри Саймондс"


def _may_be_genitive(morph: Any, word: str) -> bool:
    """Whether the dictionary reads the word as a declinable noun or adjective in the genitive."""
    return any(p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF") and "Fixd" not in p.tag
               for p in morph.parse(word))


def _closing_quote(s: Sentence, j: int) -> int | None:
    """Where a quoted run of a few words that names no one ends, when an opening quote is at ``j``."""
    if s.tokens[j].text not in OPENING_QUOTES or j + 1 in s.starts:
        return None
    for k in range(j + 1, min(len(s.tokens), j + 7)):
        if k in s.covered:
            return None
        if s.tokens[k].text in CLOSING_QUOTES:
            return k if k > j + 1 else None
    return None


def _called(article: Article, name: str) -> Entity | None:
    """The organization the article names ``name`` somewhere."""
    folded = fold(name)
    return next((e for _, e in article.named if e.type == "ORG"
                 and (fold(e.name) == folded or any(fold(m.text) == folded for m in e.mentions))), None)


def _government(article: Article, place: Entity, words: set[str]) -> Entity | None:
    """The government or administration the article names of the place an executive role is said of
    ("губернатор Свердловской области", "глава Норильска", "председатель правительства РФ")."""
    if not words & (GOVERNMENT_ROLES if place.kind == "country" else EXECUTIVE_ROLES):
        return None
    return next((e for _, e in article.named if e.kind == "government" and e.located is not None
                 and e.located.name == place.place.name and fold(e.name).split()[0] in _GOVERNMENT_HEADS), None)


def _ministry(article: Article, s: Sentence, lemmas: list[str], i: int, j: int, place: Entity | None) -> Entity | None:
    """The ministry a minister's complement names ("министр промышленности и энергетики Чувашской
    Республики", "заместитель министра промышленности и торговли РФ"), as the article names it: the
    whole complement, or its words before a place, begin the ministry's name (of that place, if said)."""
    k = next((k for k in range(i, j) if lemmas[k] in ("министр", "замминистра")), None)
    if k is None or k + 1 >= j:
        return None
    found = article.ministry(s.text(k + 1, j))
    if found is not None:
        return found
    places = REGION_WORDS | COUNTRY_WORDS  # "министра промышленности и энергетики региона"
    stop = next((m for m in range(k + 1, j) if m in s.covered or lemmas[m] in places), j)
    if stop == k + 1:
        return None
    start = f"министерство {fold(s.text(k + 1, stop))}"
    ministries = [e for _, e in article.named if fold(e.name).startswith(start)]
    if place is not None and place.type == "LOC":  # that place's (a federal ministry's name has no place)
        ministries = [e for e in ministries if (e.located.name if e.located else "country") in
                      (place.place.name, place.kind)]
    return ministries[0] if ministries else None


def _home_country(article: Article) -> Entity | None:
    """The country a bare "президент", "премьер-министр" is of: the article's only country, or the one it
    names twice as often as any other (not "премьер-министр Берлускони" of Iran, named once more than Italy)."""
    counts = sorted((len(p.mentions) for p in article.places if p.kind == "country"), reverse=True)
    return article.country if len(counts) == 1 or len(counts) > 1 and counts[0] >= 2 * counts[1] else None


def _said_for(s: Sentence, lo: int) -> Entity | None:
    """The organization a role without a complement is of by the words before it: "его директор" after
    "о работе Фонда развития промышленности", "со стороны Госкорпорации «Росатом» … генеральным
    директором": the last organization named before it in the sentence."""
    tokens = s.tokens
    before = [(k, e) for k, (e, _) in sorted(s.starts.items()) if k < lo and e.type == "ORG"]
    if not before:
        return None
    if tokens[lo - 1].text.lower() in ("его", "ее", "её", "их"):
        return before[-1][1]
    side = next((k for k in range(lo - 1, 0, -1) if [t.text.lower() for t in tokens[k - 1:k + 1]] == ["со", "стороны"]),
                None)  # the nearest "со стороны" before the role
    return next((e for k, e in before if side is not None and k > side), None)


def _place_of_adjective(token: Any, places: list[Entity]) -> Entity | None:
    """The document's place a lower-case adjective is made from: "российский президент", "оренбургские ООО
    «…»" (which the tagger may read as a noun)."""
    adjective = token.pos == "ADJ" or token.pos == "NOUN" and fold(token.text).endswith(PLACE_ADJECTIVE_ENDINGS)
    return place_of_adjective(token.text, places) if adjective and token.text.islower() else None


_NAME_TAGS = {"Name", "Surn", "Patr"}


def _name_agrees(s: Sentence, k: int, case: str | None, morph: Any, strict: bool = False) -> bool:
    """Whether the name starting at token ``k`` may be in ``case``: one of its words is, as tagged
    ("Фолькера Буфье"), or, unless ``strict``, it has a word that never declines ("Кэтлин Кеннеди
    Таунсенд") or, in the instrumental, whose endings no other case shares, that the dictionary reads as
    a name in it where the tagger did not ("министром … Галасом Таймасхановым", tagged nominative); the
    accusative of a man's name is its genitive, not a woman's ("дочь президента Иванку Трамп")."""
    if case is None:
        return True
    words = [t for t in s.tokens[k:s.starts[k][1]] if t.text[:1].isalpha()]
    feminine = any(t.feats.get("Gender") == "Fem" for t in words)
    wanted = {"Acc", "Gen"} if case in ("Acc", "Gen") and not feminine else {case}
    if any(t.feats.get("Case") in wanted for t in words):
        return True
    return not strict and any("Fixd" in p.tag or case == "Ins" and p.tag.case == "ablt" and _NAME_TAGS & p.tag.grammemes
                              for t in words for p in morph.parse(t.text))


_AGE = re.compile(r"\d+-летн")  # "68-летнего", "37-летняя"
_KIN = {"жена", "муж", "супруг", "супруга", "дочь", "сын", "мать", "отец", "брат", "сестра", "внук", "внучка",
        "вдова", "подруга", "друг", "невеста", "жених", "племянник", "племянница", "зять", "невестка"}


def _of_kin(tokens: list[Any], lo: int, morph: Any) -> bool:
    """Whether a kinship noun governs the role ("подруга премьер-министра Кэрри Симондс"): the name
    after it may then be the kin's, and must show the role's case itself."""
    k = lo - 1  # back past adjectives and participles: "дочь действующего президента Иванку Трамп"
    while k >= 0 and (tokens[k].pos == "ADJ" or tokens[k].feats.get("VerbForm") == "Part"):
        k -= 1
    return k >= 0 and tokens[k].pos == "NOUN" and morph.parse(tokens[k].text.lower())[0].normal_form in _KIN


def _person_after(s: Sentence, j: int, case: str | None, morph: Any, strict: bool = False) -> Entity | None:
    """The person right after a role's complement, past a title word ("… России шейх Равиль Гайнутдин"),
    in the role's case: not "дочь писателя Мария Шукшина"; the second of two names when only it agrees
    ("адвокат Александра Кокорина Андрей Ромашов"); past a dash in the nominative ("посол доброй воли ООН —
    Анджелина Джоли"), an aside in parentheses and an age ("директора ФБР 68-летнего Роберта Мюллера")."""
    tokens, n = s.tokens, len(s.tokens)
    if j < n and tokens[j].text == ",":  # "драматург и режиссёр, лауреат Нобелевской премии 1997 года, Дарио Фо",
        # "художественному руководителю театра, полному кавалеру ордена «…» Александру Ширвиндту"
        close = next((k for k in range(j + 1, min(n, j + 14)) if tokens[k].text == "," or _person_starts(s, k)), None)
        aside = tokens[j + 1:close] if close is not None else []
        head = next((t for t in aside if t.pos != "ADJ"), None)
        if head is not None and head.pos == "NOUN" and head.text.islower() and head.feats.get("Case") == case \
                and all(t.feats.get("Case") == case for t in aside[:aside.index(head)]) \
                and not any(t.pos in ("VERB", "AUX", "PRON", "SCONJ") or k in s.covered
                            for k, t in enumerate(aside, j + 1)):
            j = close + (tokens[close].text == ",")
    if j < n and tokens[j].text == "(":  # "генеральный директор радиозавода «Полет» (входит в «Росэлектронику»)
        close = next((k for k in range(j + 1, min(n, j + 12)) if tokens[k].text == ")"), None)  # Александр …"
        if close is not None and _person_starts(s, close + 1) \
                and not any(k in s.covered and s.covered[k].type == "PER" for k in range(j + 1, close)):
            j = close + 1
    if j < n and tokens[j].text in ("—", "–") and case in ("Nom", None):
        j += 1
    if j < n and _AGE.match(tokens[j].text):
        j += 1
    token = tokens[j] if j < n else None
    if token is not None and token.pos == "NOUN" and token.text.islower() and token.feats.get("Case") == "Nom" \
            and j not in s.covered and _person_starts(s, j + 1):
        j += 1
    for k in (j, s.starts[j][1] if _person_starts(s, j) else None):
        if k is not None and _person_starts(s, k) and _name_agrees(s, k, case, morph, strict):
            return s.starts[k][0]
    return None


def _person_before(s: Sentence, i: int, case: str | None) -> Entity | None:
    """The person a role stands in apposition to, in the role's case ("Андрей Шпиленко, директор …",
    "Марк Тоунер, исполняющий обязанности официального представителя …"), or the subject of a
    role in the instrumental ("Иван Петров стал директором")."""
    tokens = s.tokens
    for _ in range(2):  # "Андрей Санников — бывший заместитель министра …", "Йоахим Лёв (второй тренер)"
        if i >= 1 and tokens[i - 1].pos == "ADJ" and tokens[i - 1].text.islower():
            i -= 1
    said_of = _said_of(s, i, COPULAS) if case == "Ins" else None
    if case == "Gen" and i > 1 and tokens[i - 1].text.lower() in POST_FORMS:  # "занимает должность директора",
        said_of = _said_of(s, i - 1 - (tokens[i - 2].text.lower() == "на"), COPULAS | TAKING_POSTS)  # "назначен на
        # пост главы"
    if said_of is not None:
        return said_of
    if i < 2 or (i - 2) not in s.covered or s.covered[i - 2].type != "PER":
        return None
    person_case = tokens[i - 2].feats.get("Case")
    if tokens[i - 1].text in _APPOSITION_MARKS and (case == person_case or None in (case, person_case)):
        return s.covered[i - 2]  # not "Вместо Оливера Кана, капитаном стал …"
    return None


def _said_of(s: Sentence, i: int, verbs: set[str]) -> Entity | None:
    """The person a role (in the instrumental, or a post's genitive) is said of by one of ``verbs`` before
    it: its subject ("Иван Петров стал директором", "Ли Джэён фактически является главой", "Уоррен Баффет,
    являющийся председателем правления", "Иван Петров занимает должность директора") or the one it appoints
    ("назначил Александра Бастрыкина председателем")."""
    tokens = s.tokens
    k = _past_adverbs(tokens, i - 1)
    if k in s.covered and s.covered[k].type == "PER":
        person = s.covered[k]
        start = next(j for j in range(k, -1, -1) if s.covered.get(j - 1) is not person)
        return person if start > 0 and tokens[start - 1].lemma in verbs else None
    if k < 0 or tokens[k].lemma not in verbs:
        return None
    before = _past_adverbs(tokens, k - 1)
    if tokens[k].feats.get("VerbForm") == "Part" and before >= 0 and tokens[before].text == ",":
        before -= 1
    return s.covered[before] if before in s.covered and s.covered[before].type == "PER" else None


def _past_adverbs(tokens: list[Any], k: int) -> int:
    """The first token at or before ``k`` that is neither an adverb nor a particle ("также", "фактически"); a
    negation stops there ("не является")."""
    while k >= 0 and tokens[k].pos in ("ADV", "PART") and tokens[k].text.lower() not in ("не", "ни"):
        k -= 1
    return k


def _acting(tokens: list[Any], i: int) -> tuple[int, str] | None:
    """Words before a role that make the post an acting one ("врио губернатора", "и. о. главы",
    "временно исполняющий обязанности министра"): where they start, and how they are written out."""
    if i > 1 and tokens[i - 1].pos == "ADJ" and tokens[i - 1].text.islower():
        i -= 1  # "врио пензенского губернатора": the place is the role's
    words = [t.text.lower() for t in tokens[max(0, i - 4):i]]
    if words[-1:] == ["врио"]:
        return i - 1, "временно исполняющий обязанности"
    if words[-4:] == ["и", ".", "о", "."]:
        return i - 4, "исполняющий обязанности"
    if len(words) >= 2 and words[-1] == "обязанности" and words[-2].startswith("исполняющ"):
        if len(words) >= 3 and words[-3] == "временно":
            return i - 3, "временно исполняющий обязанности"
        return i - 2, "исполняющий обязанности"
    return None


def _title(morph: Any, tokens: list[Any], lemmas: list[str], i: int, end: int, head: int,
           acting: str | None) -> str:
    """The post as recorded, one person's, in the nominative singular: the adjectives before the head
    and the head by their lemmas ("генерального секретаря" → "генеральный секретарь", "актёры" →
    "актер", a compound whole: "рок-музыканта" → "рок-музыкант"), the words after it as written, the
    short forms written out ("гендиректор" → "генеральный директор"); an acting post keeps the role in
    the genitive ("временно исполняющий обязанности губернатора")."""
    if acting:
        words = [ROLE_ABBREVIATIONS[lemmas[k]][1] if lemmas[k] in ROLE_ABBREVIATIONS else tokens[k].text
                 for k in range(i, end)]
        return " ".join([acting, *words]).lower()
    words = []
    for k in range(i, end):
        token, lemma = tokens[k], lemmas[k]
        if lemma in ROLE_ABBREVIATIONS:
            words.append(ROLE_ABBREVIATIONS[lemma][0])
        elif k == i + head and "-" in lemma + token.text.replace("–", "-"):
            words.append(_compound(morph, token.text, lemma))
        elif k == i + head or k < i + head and token.pos == "ADJ":
            words.append(_feminine(morph, token.text, lemma) if lemma.endswith(("ий", "ый")) else lemma)
        else:
            words.append(token.text)
    return " ".join(words).lower()


def _feminine(morph: Any, text: str, lemma: str) -> str:
    """A post named by an adjective, in the holder's gender: "телеведущей" → "телеведущая", "генерального"
    → "генеральный" (the lemma)."""
    for parse in morph.parse(text.lower()):
        if parse.tag.POS in ("ADJF", "PRTF", "NOUN") and parse.tag.gender == "femn" and parse.tag.number == "sing":
            form = parse.inflect({"nomn"})
            return form.word.replace("ё", "е") if form is not None else lemma
    return lemma


def _compound(morph: Any, text: str, lemma: str) -> str:
    """A compound role word in the nominative, not a former one: "экс-президента" → "президент"."""
    low = text.lower().replace("ё", "е").replace("–", "-")
    normal = next((p.normal_form for p in morph.parse(low) if p.tag.POS == "NOUN"), lemma)
    return normal.replace("ё", "е").removeprefix("экс-")


_PRONOUNS = {"он": "Masc", "она": "Fem"}


class Cast:
    """The people of an article, for a pronoun that holds a post: "он был танцором" is the man the
    article is about."""

    def __init__(self, entities: list[Entity]):
        self.named = sorted((m.start, e) for e in entities if e.type == "PER" for m in e.mentions)
        self.gender = {e.id: _gender(e) for e in entities if e.type == "PER"}
        self.counts: dict[str, int] = defaultdict(int)
        for _, e in self.named:
            self.counts[e.id] += 1

    def main(self, offset: int, gender: str) -> Entity | None:
        """The person of that gender named most in the article, named before ``offset`` and more than once."""
        before = {e.id: e for start, e in self.named if start < offset and self.gender[e.id] == gender}
        best = max(before.values(), key=lambda e: self.counts[e.id], default=None)
        return best if best is not None and self.counts[best.id] > 1 else None


def _gender(person: Entity) -> str | None:
    """A person's gender, as the tagger read their names."""
    genders = [t.feats.get("Gender") for m in person.mentions for t in m.tokens if t.pos == "PROPN"]
    return max(("Masc", "Fem"), key=genders.count) if any(g in ("Masc", "Fem") for g in genders) else None


def _pronoun_holder(s: Sentence, lemmas: list[str], lo: int, case: str | None, cast: Cast) -> Entity | None:
    """The person a role in the instrumental after a copula is said of when the subject is a pronoun
    and the sentence names no one ("Он также является старшим исследователем в университете")."""
    tokens = s.tokens
    if case != "Ins" or any(e.type == "PER" for e, _ in s.starts.values()):
        return None
    copula = next((k for k in range(lo - 1, max(lo - 4, -1), -1) if lemmas[k] in COPULAS or lemmas[k] == "быть"),
                  None)
    pronoun = next((t.text.lower() for t in tokens[:copula] if t.text.lower() in _PRONOUNS), None) \
        if copula is not None else None
    return cast.main(tokens[lo].start, _PRONOUNS[pronoun]) if pronoun else None


def _listed(s: Sentence, j: int, case: str | None, morph: Any) -> list[Entity]:
    """Two or more people listed after a plural role, in its case ("музыканты Юрий Царёв, Алексей
    Борисов и Павел Шевелёв"), or in any after a colon or dash ("пять экс-президентов: Альберто
    Фухимори (1990—2000 годы), Алехандро Толедо …")."""
    tokens, n = s.tokens, len(s.tokens)
    if j < n and tokens[j].text in (":", "—", "–"):
        j, case = j + 1, None
    people: list[Entity] = []
    while _person_starts(s, j) and _name_agrees(s, j, case, morph):
        people.append(s.starts[j][0])
        j = s.starts[j][1]
        if j < n and tokens[j].text == "(":
            j = next((k + 1 for k in range(j + 1, min(n, j + 12)) if tokens[k].text == ")"), n)
        if j >= n or tokens[j].text not in (",", "и"):
            break
        j += 1
    return people if len(people) > 1 else []


def _paired(s: Sentence, j: int) -> list[tuple[Entity, Entity]]:
    """Two or more organizations each with its person after a plural role: in turn ("генеральные
    директора ООО «Верфь братьев Нобель» Дмитрий Быстров и ООО «Рыбинская верфь» Семен Данилин") or
    respectively ("гендиректора госкорпораций «Росатом» и «Роскосмос» Алексей Лихачев и Игорь Комаров")."""
    tokens, n = s.tokens, len(s.tokens)
    while j < n and j not in s.starts and tokens[j].pos == "NOUN" and tokens[j].text.islower():
        j += 1  # "госкорпораций"
    orgs, k = _run(s, j, "ORG")
    people, _ = _run(s, k, "PER")
    if len(orgs) == len(people) > 1:
        return list(zip(people, orgs, strict=True))
    pairs: list[tuple[Entity, Entity]] = []
    while j in s.starts and s.starts[j][0].type == "ORG":
        org, k = s.starts[j]
        if not _person_starts(s, k):
            break
        pairs.append((s.starts[k][0], org))
        j = s.starts[k][1]
        if j >= n or tokens[j].text not in (",", "и"):
            break
        j += 1
    return pairs if len(pairs) > 1 else []


def _run(s: Sentence, j: int, type_: str) -> tuple[list[Entity], int]:
    """The names of one type listed from ``j`` on ("«Росатом» и «Роскосмос»"), and where the list ends."""
    tokens, n = s.tokens, len(s.tokens)
    names: list[Entity] = []
    while j < n and tokens[j].text in OPENING_QUOTES and j not in s.starts:
        j += 1
    while j in s.starts and s.starts[j][0].type == type_:
        entity, j = s.starts[j]
        names.append(entity)
        while j < n and tokens[j].text in CLOSING_QUOTES:
            j += 1
        after = j + 1 + (j + 1 < n and tokens[j + 1].text in OPENING_QUOTES and j + 1 not in s.starts)
        if j < n and tokens[j].text in (",", "и") and after in s.starts and s.starts[after][0].type == type_:
            j = after
    return names, j


def _roles(s: Sentence, morph: Any, article: Article, cast: Cast) -> list[Fact]:
    """Posts: a role word, its complement, and the person it names or stands beside. Roles in a row,
    or joined by "и" or a comma ("депутат собрания, сопредседатель движения Михаил Вельмакин"), share
    that person."""
    facts = []
    tokens, n = s.tokens, len(s.tokens)
    lemmas = _role_lemmas(tokens, morph)
    occupations = _occupations(tokens, s, morph)
    for k, lemma in occupations.items():
        lemmas[k] = lemma
    waiting: list[tuple[str, Entity | None, tuple[int, int]]] = []  # coordinated posts still without a person
    listed: Entity | None = None  # the organization of the post named last, for one of a list that names none
    starts: tuple[int, str | None] = (0, None)  # where the first of them starts, and its case
    i = 0
    while i < n:
        role = _role_at(lemmas, i, s.covered, occupations)
        if role is None or i in s.covered:
            i += 1
            continue
        end = i + len(role)
        head = next((k for k, t in enumerate(tokens[i:end]) if t.pos in ("NOUN", "PROPN")), 0)  # "Посла": capitalized
        if role[0] in _ADJECTIVAL_ROLES and len(role) == 1 and end < n and tokens[end].pos == "NOUN" \
                and tokens[end].feats.get("Case") == tokens[i].feats.get("Case"):
            i += 1  # "управляющая компания": an adjective of the noun, no one's post
            continue
        plural = tokens[i + head].feats.get("Number") == "Plur"  # ("министр иностранных дел" is one)
        acting = _acting(tokens, i)
        lo = acting[0] if acting else i
        org, j = _complement(s, end, article, lemmas, morph)
        org = _ministry(article, s, lemmas, i, j, org) or org or _unsaid_body(s, article, lemmas, i, head, end, j, lo)
        if org is not None and org.type == "LOC":
            org = _government(article, org, set(lemmas[i:j])) or org
        # an acting post agrees by "исполняющий"; "врио", "и. о." have no case
        case = (tokens[lo].feats.get("Case") if tokens[lo].text.lower().startswith("исполняющ") else None) \
            if acting else tokens[i + head].feats.get("Case")
        if lemmas[i + head] != tokens[i + head].lemma:
            case = None  # a compound or participle the tagger did not know: its case is a guess
        if j < n and tokens[j].text == ")" and lo > 0 and tokens[lo - 1].text == "(":
            j += 1  # "(Гендиректор УВЗ) Олег Сиенко": an editor's words in a quote
        of_post = case == "Gen" and lo > 0 and tokens[lo - 1].text.lower() in POST_FORMS
        copula = j < n and (case == "Ins" and tokens[j].lemma in COPULAS
                            or of_post and tokens[j].lemma in COPULAS | TAKING_POSTS)
        j += copula  # "капитаном стал Михаэль Баллак", "премьер-министром страны станет глава партии …", "пост
        # директора занимал Раис Ханнанов"
        pairs = _paired(s, end)  # "генеральные директора ООО «А» Иван Петров и ООО «Б» Пётр Иванов" ("гендиректора"
        # may read as a genitive)
        if plural or pairs:  # "актёры Андрей Мерзликин и Алиса Гребенщикова": each of the people listed
            title = _title(morph, tokens, lemmas, i, end, head, None)
            people = [p for p, _ in pairs] or _listed(s, j, None if copula else case, morph)
            held = [o for _, o in pairs] or [org or _bracketed(s, p) for p in people]
            facts += [Fact("POSITION", {"person": p.id, "org": o.id if o else None, "role": title}, s.sent,
                           "rule:role-list", 0.7, (tokens[i].start, tokens[end - 1].stop))
                      for p, o in zip(people, held, strict=True)]
            i, waiting = max(j, end) if people else end, []
            continue
        person = _person_after(s, j, None if copula else case, morph, _of_kin(tokens, lo, morph))
        # "пресс-секретарь экс-президента США Билла Клинтона Джо Локхарт": the first name and the place are
        # the inner role's
        inner = person is not None and _person_starts(s, j) and s.starts[j][0] is not person
        org = None if inner else org
        post = (_title(morph, tokens, lemmas, i, end, head, acting[1] if acting else None), org,
                (tokens[lo].start, tokens[end - 1].stop))
        following = j + 1 if j + 1 < n and tokens[j].text in ("и", ",", "—", "–") else j
        coordinated = person is None and following < n \
            and _role_at(lemmas, following, s.covered, occupations) is not None
        if coordinated:  # the next role's person is this one's too
            waiting.append(post)
            starts = starts if len(waiting) > 1 else (lo, case)
            i = following
            continue
        # "Олег Белозеров, председатель правления РЖД": the person before the first role of a row
        person = person or _person_before(s, *(starts if waiting else (lo, case)))
        if person is None:
            holder = None if waiting else _pronoun_holder(s, lemmas, lo, case, cast)
            if holder is not None:
                facts.append(Fact("POSITION", {"person": holder.id, "org": org.id if org else None,
                                               "role": post[0]}, s.sent, "rule:role-pronoun", 0.6, post[2]))
            i, waiting = end, []
            continue
        # "Губернатор Свердловской области и генеральный директор Группы Синара Виктор Леш": a public post and
        # a director's are two people's, the first unnamed (but a minister may chair a board, or the ОБСЕ)
        waiting = [w for w in waiting if w[1] is None or org is None or _public(w[1]) == _public(org)
                   or "директор" not in post[0]]
        if org is None and not waiting and lo > 0 and tokens[lo - 1].text == "," and listed is not None:
            post = (post[0], listed, post[2])  # "ректор ТГУ Эдуард Галажинский, проректор по образовательной
            # деятельности Евгений Луков": a list of one organization's posts
        if post[1] is None:  # "ректор Вероника Ефремова (ТИУ)": the organization in brackets after the name
            post = (post[0], _bracketed(s, person), post[2])
        for title, where, anchor in [*waiting, post]:
            facts.append(Fact("POSITION", {"person": person.id, "org": where.id if where else None, "role": title},
                              s.sent, "rule:role", 0.8, anchor))
        listed = post[1] if post[1] is not None and post[1].type == "ORG" and post[1].kind != "government" else None
        # role words inside the complement ("советник руководителя") are its own, unless a name is theirs
        i, waiting = end if inner else max(j, end), []
    return facts


def _bracketed(s: Sentence, person: Entity) -> Entity | None:
    """The organization named alone in brackets right after the person: "с ректорами тюменских вузов Вероникой
    Ефремовой (ТИУ) и Иваном Романчуком (ТюмГУ)"."""
    tokens = s.tokens
    for entity, hi in s.starts.values():
        if entity is person and hi + 1 < len(tokens) and tokens[hi].text == "(" and hi + 1 in s.starts:
            inside, end = s.starts[hi + 1]
            if inside.type == "ORG" and end < len(tokens) and tokens[end].text == ")":
                return inside
    return None


def _public(body: Entity) -> bool:
    """Whether a post in ``body`` is a public office: a place's or its government's."""
    return body.type == "LOC" or body.kind == "government"


def _unsaid_body(s: Sentence, article: Article, lemmas: list[str], i: int, head: int, end: int, j: int,
                 lo: int) -> Entity | None:
    """The body of a post whose complement names none (the role's words at ``i:end``, its complement up to
    ``j``, an acting post's words from ``lo``): a place's adjective before it ("пензенский губернатор",
    "врио пензенского губернатора"), the side it speaks for ("его директор"), the country or region a
    head of one is of ("губернатор Олег Николаев", "заместитель губернатора"), the party it acts for
    ("министерством … в лице министра"), or the article's one organization of the kind it heads
    ("ректор Владимир Нечаев", "Министр Михаил Торгашин")."""
    tokens = s.tokens
    if lo > 0:
        found = _place_of_adjective(tokens[i - 1], article.places) or _said_for(s, lo)
        if found is not None:
            return found
    # "заместитель губернатора", said as one role or with the governor as its complement: in the region's executive
    of_governor = lemmas[end:j] == ["губернатор"] or lemmas[end - 1] == "губернатор" and end - i > 1
    if j == end or of_governor:
        seat = "region" if of_governor else ROLE_SEATS.get(tokens[i + head].lemma)
        found = _home_country(article) if seat == "country" else article.region if seat == "region" else None
        if found is not None:
            return found
    if lo > 2 and [t.text.lower() for t in tokens[lo - 2:lo]] == ["в", "лице"]:
        found = next((e for e, hi in s.starts.values() if hi == lo - 2 and e.type == "ORG"), None)
        if found is not None:
            return found
    if j != end:
        return None
    kind = _HEADS_OF_KIND.get(" ".join(lemmas[i:end]))
    found = article.only_of_kind(kind, tokens[i].start) if kind else None
    if found is None and lemmas[i + head] == "министр":  # of the one ministry the article names, before or after
        ministries = {e.id: e for _, e in article.named if fold(e.name).startswith("министерство")}
        found = next(iter(ministries.values())) if len(ministries) == 1 else None
    return found


def _between_the_two(s: Sentence, article: Article, dates: list[tuple[int, str]],
                     default_date: str | None) -> list[Fact]:
    """"По договору между двумя странами …", "сделка между компаниями": the two countries or companies
    the article named last, when the sentence names neither."""
    tokens = s.tokens
    for k, token in enumerate(tokens[:-2]):
        if token.lemma not in AGREEMENT_KINDS and token.lemma != "сделка" or tokens[k + 1].text.lower() != "между":
            continue
        noun = tokens[k + 2 + (tokens[k + 2].text.lower() in ("двумя", "обеими"))] if k + 3 < len(tokens) else None
        fits = _BETWEEN.get(noun.lemma) if noun is not None else None
        parties = article.last_named(fits, s.sent.start, 2) if fits else []
        if len(parties) < 2:
            return []
        kind = AGREEMENT_KINDS.get(token.lemma, "сделка")
        title = f"{kind.capitalize()} между " + " и ".join(p.name for p in parties)
        return [agreement_fact(s, token, "rule:between", 0.5, parties, kind, title,
                           sentence_date(s, dates, default_date))]
    return []


def _deal_title(text: str, pos: str) -> str:
    """"Заем в 300 млн рублей …" from a noun; "Сделка: купило пакет акций …" from a verb."""
    return text[:1].upper() + text[1:] if pos == "NOUN" else f"Сделка: {text}"


def _reports(tokens: list[Any], i: int) -> bool:
    """Whether the name at ``i`` is the source of the news, not a party: "по данным издания Techcrunch",
    "как сообщает агентство …", "пишет газета …"."""
    words = {t.text.lower() for t in tokens[max(0, i - 3):i]}
    return bool(words & _REPORTING_WORDS)


def _beside(tokens: list[Any], i: int) -> bool:
    """Whether the name at ``i`` stands beside a deal, not in it: the workplace of whoever tells of it after
    the telling word ("сообщил сегодня председатель комитета Народного Хурала", "— отметила зампред
    регионального правительства"; but "Директор завода «Луч» сообщил, что завод получил заем" names the
    borrower) or the way money goes ("выделены через Гарантийный фонд")."""
    k = i - 1
    while k > 0 and tokens[k].pos == "ADJ":
        k -= 1
    if k >= 0 and tokens[k].text.lower() == "через":
        return True
    return k > 0 and tokens[k].lemma in _ROLES_BY_FIRST and tokens[k].pos == "NOUN" \
        and any(t.text.lower() in SAID_WORDS for t in tokens[:k])


_NOT_BOUGHT = {"статус", "опыт", "известность", "популярность", "значение", "характер", "вид", "форму", "черты"}


def _business_of(tokens: list[Any], cue: int) -> bool:
    """Whether the deal word names what a company does: "СП по производству и продаже …", "компания по
    продаже техники", "«Сириус Групп» – переработка, хранение и продажа зерна", no one deal."""
    if tokens[cue].pos != "NOUN":
        return False
    before = [t.text.lower() for t in tokens[max(0, cue - 3):cue]]
    if before[-1:] == ["по"] or before[-3:-2] == ["по"] and before[-1] == "и":
        return True
    listed = tokens[cue - 2] if cue >= 2 and before[-1] in ("и", ",") else None  # one more thing it does
    return listed is not None and listed.pos == "NOUN" and listed.lemma not in DEAL_CUES \
        and listed.feats.get("Case") == tokens[cue].feats.get("Case")


def _deals(s: Sentence, dates: list[tuple[int, str]], default_date: str | None) -> list[Fact]:
    """A purchase, merger, loan or grant between two organizations, a loan or grant between countries:
    "DST купила 5% акций Facebook", "Россия дала Украине кредит".

    The buyer or lender is the organization nearest before the deal word, the other party the first
    one after it; when two after it are joined by "и" ("одобрила слияние Oracle и Sun"), those two.
    """
    tokens = s.tokens
    cue = next((k for k, t in enumerate(tokens) if t.lemma in DEAL_CUES), None)
    if cue is None or any(t.text.lower() in ("не", "ни") for t in tokens[max(0, cue - 3):cue + 8]):
        return []  # "кредит не предоставлялся": a deal denied is no deal
    if cue + 1 < len(tokens) and tokens[cue + 1].text.lower() in _NOT_BOUGHT:
        return []  # "кластер приобрёл статус межрегионального": what is gained, not bought
    if _business_of(tokens, cue):
        return []
    if tokens[cue].pos == "NOUN" and tokens[cue].feats.get("Number") == "Plur":
        return []  # "цены последних сделок": deals in general
    lends = tokens[cue].lemma in _LOANS  # countries lend and grant; what they buy is seldom one deal
    orgs = [(i, e) for i, (e, _) in sorted(s.starts.items())
            if (e.type == "ORG" or (lends and e.type == "LOC" and e.kind == "country"))
            and not _reports(tokens, i) and not _beside(tokens, i)]
    before = [e for i, e in orgs if i < cue]
    after = [(i, e) for i, e in orgs if i > cue and e not in before]
    if tokens[cue].lemma in _INVESTING and not (after and tokens[after[0][0] - 1].text.lower() in ("в", "во")):
        return []  # "Google вложила в Zynga", but "вложив в проект 34,5 млн" or "вложили компании «А» и «Б»" is
        # money put into one's own project, no deal between two
    joint = [t.text.lower() for t in tokens[s.starts[after[0][0]][1]:after[1][0]]] if len(after) >= 2 else []
    coordinated = joint in (["и"], ["—"], ["–"])  # "слияние Oracle и Sun", "сделка Oracle — Sun"
    if coordinated or not before:
        parties = [e for _, e in after[:2]]
    else:  # "ФИФА объявила о выделении Интерполу гранта": both before it
        parties = [before[-1], after[0][1]] if after else before[-2:]
    if len(parties) < 2 or parties[0].id == parties[1].id:
        return []
    if lends and any(p.kind == "fund" or "банк" in p.name.lower() for p in parties):
        # a fund's or a bank's loan is financing, a cooperation: "Фонд одобрил заем предприятию «Гранит»"
        return [Fact("COOPERATION", {"parties": [parties[0].id, parties[1].id],
                                     "what": s.text(cue, len(tokens)).rstrip(" .")}, s.sent, "rule:financing", 0.6,
                     (tokens[cue].start, tokens[cue].stop))]
    title = _deal_title(s.text(cue, len(tokens)).rstrip(" ."), tokens[cue].pos)
    return [agreement_fact(s, tokens[cue], "rule:deal", 0.6, parties, "сделка", title,
                       sentence_date(s, dates, default_date))]


_FOR = {"для", "у"}  # "поставлять … для КАМАЗа", "закупать у завода"
_JOINT = {"совместный", "совместно", "кооперация", "кооперационный", "сотрудничество", "сотрудничать",
          "взаимодействие", "партнерство"}


def _cooperation(s: Sentence, last_parties: list[Entity], agreement_parties: set[str]) -> list[Fact]:
    """Working together with no document signed: one side supplies, finances, trains or builds, the
    other receives ("Завод будет поставлять отливки для ТЗГМ", "Фонд выдал заем предприятию
    «Гранит»", "сотрудничество завода с университетом"); "в рамках соглашения" a plant works with the
    agreement's other side."""
    tokens = s.tokens
    cue = next((k for k, t in enumerate(tokens) if t.lemma in COOPERATION_CUES), None)
    framework = any(t.lemma in AGREEMENT_KINDS for t in tokens) and any(
        t.text.lower() == "рамках" for t in tokens)
    if cue is None and not framework:
        return []
    names = [n for n in s.names if n.entity.id not in agreement_parties
             and (n.entity.type == "ORG" or n.entity.kind in ("region", "country"))]
    what = s.text(cue, len(tokens)).rstrip(" .") if cue is not None else s.sent.text
    anchor = (tokens[cue].start, tokens[cue].stop) if cue is not None else None
    pairs: list[tuple[Entity, Entity]] = []
    if cue is not None:
        doers = [n.entity for n in names if n.preposition is None and n.case in ("Nom", None)]
        others = [n.entity for n in names if n.preposition in _FOR or n.preposition in ("с", "со") and n.case == "Ins"
                  or n.preposition == "на" and n.case == "Acc" or n.preposition is None and n.case == "Dat"]
        pairs = [(a, b) for a in doers for b in others if a is not b]
        orgs = [n.entity for n in names if n.entity.type == "ORG" and n.preposition not in SUBJECT_PREPOSITIONS
                and not (agreement_parties and n.lo in s.aside)]  # "завод, входящий в дивизион Росатома, и
        # объединение, являющееся частью концерна Ростеха, заключили соглашение о партнерстве": the signers'
        # holdings do not work together (but "Волгабас вошел в число поставщиков, определенных Минпромторгом")
        orgs = [e for k, e in enumerate(orgs) if all(e is not other for other in orgs[:k])]  # "ФГК … ФГК"
        if not pairs and len(orgs) == 2 and (tokens[cue].lemma in _JOINT or doers):
            pairs = [(orgs[0], orgs[1])]  # "совместный проект завода и университета"; "… будет поставлять X"
    if not pairs and framework:
        orgs = [n.entity for n in names if n.entity.type == "ORG"]
        if len(orgs) == 1 and orgs[0] not in last_parties:
            # "В рамках соглашения завод будет поставлять …": the plant works with the other region's party
            org = orgs[0]
            elsewhere = [p for p in last_parties if _region_of(p) != _region_of(org)] or last_parties
            pairs.extend((org, p) for p in elsewhere)
    return [Fact("COOPERATION", {"parties": [a.id, b.id], "what": what}, s.sent, "rule:cooperation", 0.6, anchor)
            for a, b in pairs]


def _region_of(entity: Entity) -> str | None:
    return entity.located.region if entity.located else None


# Which groups a group joins: any joins an association, a park joins a cluster ("«Технопарк Прикамья»") or
# lies in a zone ("промышленный парк «Карандаш»" on the ground of "ТОР «Лесной»").
_PARK_JOINS = {"association", "cluster", "sez"}
_JOINED_BY_GROUPS = {"cluster": {"association"}, "association": {"association"}, "sez": {"association"},
                     "technopark": _PARK_JOINS, "industrial_park": _PARK_JOINS}
_NOT_MEMBERS = {"government", "fund", "media"}  # they run, fund or report on a group, and do not join it


_IT = {"него", "неё", "нее", "нем", "нём", "ней", "ним", "нему", "ее", "её", "его"}  # "на ее территории"
# The group, when it holds its members ("Он включает в себя пять предприятий"), or the plant told of before,
# when it is placed on a zone's ground ("Он локализован в ОЭЗ «Алга»").
_HE = {"он", "она", "оно"}
_HOLDS = {"включать", "объединять", "объединить"}
_THERE = {"здесь", "там"}  # on the ground of the zone or park told of last
_GOES_ON = (("это",), ("среди", "них"), ("в", "их", "числе"), ("ими", "стали"), ("в", "том", "числе"),
            ("в", "частности"))


def _members(s: Sentence, article: Article, last: Entity | None,
             announced: bool = False) -> tuple[list[Fact], Entity | None, bool]:
    """Members, residents and participants of a cluster, park, zone or association, the group, and whether
    the sentence counted new members it did not name: "стал резидентом ОЭЗ «Приокская»", "участниками
    кластера стали «Кориб», «ТАТПРОФ» и «Начало»", "заводы станут частью кластера". The group is the one
    the sentence names next to the cue, else the last one of its kind the article named ("кластера",
    "парка", "ОЭЗ"), else the article's only one. A sentence that goes on with the list ("Это ОАО «ААР
    Рус», «ПРОМТЕХ Ульяновск» …") joins ``last``, the group of the sentence before, and so do the companies
    of the sentence after a count (``announced``: "Четыре новых резидента появятся в ОЭЗ «Кулибин». … совет
    одобрил заявки компаний «Агро-Пест», …"). Who works on a zone's ground is its resident ("на территории
    парка «Заволжье» … завода компании «Бриджстоун»"); a person a member word tells of makes no member. A
    relative clause after a group's name tells its members ("Союза …, учредителями которого выступили …")."""
    relative = _relative_group(s)
    if relative is not None:  # "парк «Курган Энергомаш», на территории которого расположен завод ТЕМПЕР"
        cue, group = relative
        first = _first_named(s)
        orgs = [e for e in s.entities("ORG") if first[id(e)] > cue]
        return _joined(s, orgs, group, cue, set(), first), group, False
    tokens = s.tokens
    cues = [k for k, t in enumerate(tokens) if (t.lemma in MEMBER_CUES or _part_of_a_group(s, k)
                                                 or member_compound(t.text) or _status(s, k)) and k not in s.covered]
    told = [k for k in cues if not _of_an_undertaking(s, k) and not _into_a_company(s, k)]
    # "участники заседания утвердили поправки в соглашение с одним из резидентов ОЭЗ": the residents' cue
    if not told and cues:
        return [], None, False
    cue = told[0] if told else None
    territory = cue is None and (cue := _territory(s, article)) is not None
    if cue is not None and _of_a_person(s, cue):
        return [], None, False
    orgs = s.entities("ORG")
    first = _first_named(s)
    words = [t.text.lower() for t in tokens]
    colon = next((k for k in range(cue + 1, len(tokens)) if tokens[k].text == ":"), None) if cue is not None else None
    listed = cue is None  # the members of the group of the sentence before
    owned = _WORKS | _BUILDING | {"проект"} if territory else set()  # "проект компании «Эверс», которая
    # запустит на территории ОЭЗ", "о строительстве СП ООО «…» … в парке «Тагил»"
    if listed:
        goes_on = any(words[:len(start)] == list(start) for start in _GOES_ON) or _after_colon(s)
        if last is None or not (goes_on or announced):
            return [], None, False
        group, cue = last, 0
        if not goes_on:  # after a count: the companies whose applications or plans are told of
            owned = _APPLIED
            orgs = [e for e in orgs if e.kind == "company" or e.kind == "other"
                    and not _BODIES & set(fold(e.name).split())]  # not the board that approved them
    else:
        if colon is not None and not any(cue < first[id(e)] < colon and e.kind not in _GROUP_KINDS for e in orgs):
            # "приняты в ряды объединения 3 новых члена: ТПП «Контур», «Кенера», …", but not "вошли университет,
            # АО «Швабе», а также колледжи: авиационный, …", whose list went on before the colon
            orgs = [e for e in orgs if first[id(e)] > colon or e.kind in _GROUP_KINDS and first[id(e)] < colon]
        # "среди резидентов — «Радиус Автоматика», «МикроЭМ», а также объединение «Свобода»": listed, a member
        listed_groups = [e for e in orgs if e.kind in _GROUP_KINDS and tokens[first[id(e)] - 1].text in _LISTING
                         and any(cue < first[id(m)] < first[id(e)] and m.kind not in _GROUP_KINDS for m in orgs)]
        groups = [e for e in orgs if e.kind in _GROUP_KINDS and (colon is None or first[id(e)] < colon)
                  and e not in listed_groups]
        if not groups and tokens[cue].pos == "NOUN" and not member_compound(tokens[cue].text):
            # "в состав членов АПТС вошли": whatever its kind, a group (but "компании-резидента «АгроГриб»")
            after = next((j for j in range(cue + 1, len(tokens)) if tokens[j].lemma not in MEMBER_CUES
                          and tokens[j].text not in OPENING_QUOTES), None)  # "Среди резидентов «Космоса»:"
            groups = [s.starts[after][0]] if after in s.starts and s.starts[after][0].type == "ORG" \
                and (tokens[after].pos, tokens[after].feats.get("Case")) != ("ADJ", "Nom") else []
            # but "в списке резидентов Тюменский государственный университет, …" lists a member
        group = _nearest(s, groups, cue) if groups and not _into_a_group_word(s, cue) \
            else _group_called(s, article, cue, last)
        group = None if group in listed_groups else group
    if group is None:
        return [], None, False
    facts = _joined(s, [e for e in orgs if not _said_aside(s, first[id(e)], told)], group, cue, owned, first)
    if not facts and ((territory or s.tells_of(group)) and _told_of_before(s, cue) or _the_resident(s, cue, group)):
        # "Он локализован в ОЭЗ …", "Компания стала резидентом ОЭЗ «Алга»": the company told of before
        facts = [Fact("MEMBER", {"member": e.id, "group": group.id}, s.sent, "rule:member", 0.6,
                      (tokens[0].start, tokens[0].stop))
                 for e in article.last_named(lambda e: e.type == "ORG" and e.kind == "company", s.sent.start, 1)]
    counted = not facts and not listed and any(_newcomers(tokens, k) for k in range(len(tokens)))
    return facts, group, counted


def _said_aside(s: Sentence, k: int, cues: list[int]) -> bool:
    """Whether the name at ``k`` is in brackets after a name, which tell of that name, and no member cue is in
    them: "Улан-Удэнский авиационный завод (У-УАЗ, входит в холдинг «Вертолеты России») станет якорным
    резидентом" names the plant's owner, no resident; but "включил в реестр кластер (инициатор - ООО «Строй
    Девелопмент»)" says the member's role inside them, and "вузы региона (ТГУ, ТУСУР и ТПУ) вошли" names them."""
    tokens = s.tokens
    opened = next((j for j in range(k - 1, -1, -1) if tokens[j].text in ("(", ")")), None)
    if opened is None or tokens[opened].text != "(" or all(hi != opened for _, hi in s.starts.values()):
        return False
    closed = next((j for j in range(k, len(tokens)) if tokens[j].text == ")"), len(tokens))
    return not any(opened < j < closed for j in cues)


_ITS_WORKS = {"компания", "предприятие", "завод", "производство", "инвестор"}  # the words a company is said again by


def _told_of_before(s: Sentence, cue: int) -> bool:
    """Whether the sentence's subject, before its verb, is a pronoun or a bare word for a company or its plant,
    no name after it, and the cue is in the clause of that verb, so that the company told of before is who
    joins: "Он локализован в ОЭЗ «Алга»", "Компания реализовала проект на территории ОЭЗ «Иннополис»", "Новое
    предприятие разместится в парке «Феникс»" (but not "Он отметил, что резидентом станет …")."""
    tokens = s.tokens
    verb = next((k for k, t in enumerate(tokens) if t.pos in ("VERB", "AUX")), len(tokens))
    subject = next((k for k, t in enumerate(tokens[:verb]) if t.text.lower() in _HE or t.lemma in _ITS_WORKS
                    and t.feats.get("Case") == "Nom" and t.feats.get("Number") == "Sing" and t.text[1:].islower()),
                   None)
    return subject is not None and subject + 1 < len(tokens) and subject + 1 not in s.starts \
        and tokens[subject + 1].text not in OPENING_QUOTES \
        and not any(e.type == "ORG" and k < subject for k, (e, _) in s.starts.items()) \
        and not any(t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") not in ("Part", "Inf") or t.pos == "SCONJ"
                    or t.lemma == "который" for t in tokens[verb + 1:cue])  # "Завод должен быть построен на …"


def _the_resident(s: Sentence, cue: int, group: Entity) -> bool:
    """Whether the cue is "резидент" in the genitive right before its group's name, no other name in the
    sentence: "Химическая продукция резидента ТОР «Свободный» будет …", "По информации нового резидента …" tell
    of the company told of before (but "Резидент ОЭЗ «Алга» — компания …" and "резидентом ОЭЗ станет новая
    компания" name one to come)."""
    token, named = s.tokens[cue], s.starts.get(cue + 1)
    return token.lemma == "резидент" and token.feats.get("Number") == "Sing" and token.feats.get("Case") == "Gen" \
        and named is not None and named[0] is group and all(e is group for e in s.entities("ORG"))


def _into_a_company(s: Sentence, cue: int) -> bool:
    """Whether the cue enters a company, a holding's part and no group's member: "Холдинга «Швабе», входящего в
    Государственную корпорацию Ростех" (the association named later in the sentence has no member here), "входит
    в состав ЗАО «ОМК»", "из состава ОАО «Пензкомпрессормаш» выделен литейный цех"."""
    tokens = s.tokens
    if tokens[cue].lemma == "состав" and cue and tokens[cue - 1].text.lower() in ("в", "во", "из"):
        after = cue + 1
    elif tokens[cue].lemma in ("входить", "войти") and cue + 1 < len(tokens) and tokens[cue + 1].text.lower() == "в":
        after = cue + 2
    else:
        return False
    for j in range(after, min(after + 3, len(tokens))):
        if j in s.starts:
            entered = s.starts[j][0]
            return entered.type == "ORG" and entered.kind not in _GROUP_KINDS
        if tokens[j].pos not in ("ADJ", "NOUN") or tokens[j].lemma in MEMBER_CUES:  # "в состав членов АПТС"
            return False  # "войти в кластер числятся ГК «Гранд-Тойз»": who enters, not what is entered
    return False


def _into_a_group_word(s: Sentence, cue: int) -> bool:
    """Whether the cue joins a group that a bare word names, no name after it: "войти в кластер", "вступить в
    ассоциацию", or before it: "В кластер вошли 7 предприятий, региональный Союз виноградарей …". The group is
    then the one of that kind the article told of, not another group the sentence names ("В Национальной
    ассоциации игрушечников утверждают, что среди желающих войти в кластер …")."""
    tokens = s.tokens
    return any(k >= 0 and k + 1 < len(tokens) and tokens[k].text.lower() in ("в", "во", "к")
               and tokens[k + 1].text.islower() and k + 1 not in s.covered and k + 2 not in s.starts
               and _kinds_meant(tokens[k + 1], tokens[cue], None) is not None for k in (cue + 1, cue - 2))


_UNDERTAKINGS = ("проект", "кооперац", "рынк", "рынок")  # stems: the tagger leaves "проекта", "рынка" as they are


def _of_an_undertaking(s: Sentence, cue: int) -> bool:
    """Whether "участник" is completed by what is done together, no group: "Участниками соглашения стали …"
    (its parties), "Представители шести участников кооперации — …", "участники проекта", or by a market,
    "у участников рынка" (but the participants of a meeting may be a group's members who meet)."""
    following = s.tokens[cue + 1:cue + 2]
    return s.tokens[cue].lemma == "участник" and bool(following) and following[0].text.islower() \
        and following[0].pos == "NOUN" \
        and (following[0].lemma in AGREEMENT_KINDS or following[0].text.startswith(_UNDERTAKINGS))


def _joined(s: Sentence, orgs: list[Entity], group: Entity, cue: int, owned: set[str],
            first: dict[int, int]) -> list[Fact]:
    """The organizations of ``orgs`` that are members of the group: neither those that run, fund or report
    on it (its managing company among them, and a development corporation on a park's ground), nor those
    named to complete a noun (but an owner of ``owned``), nor who says the quote the cue is in, nor groups
    of a kind that does not join it; ``first`` is where each is first named (:func:`_first_named`)."""
    governed = _governed(s, owned)
    speaker = _speaker_after(s, cue)
    beside = _beside_the_members(s, group, cue)
    # an association listed after the cue joins a cluster a word stands for ("В кластер вошли … региональный Союз
    # виноградарей"), but of the two named, the cluster joins the association ("Кластер … вошел во всероссийскую
    # ассоциацию"), and one before the cue may tell of it ("В Национальной ассоциации игрушечников утверждают")
    unnamed = group.kind == "cluster" and not s.tells_of(group)
    members = [e for e in orgs if e is not group and e.kind not in _NOT_MEMBERS and id(e) not in governed
               and (e.kind not in _GROUP_KINDS or group.kind in _JOINED_BY_GROUPS.get(e.kind, ())
                    or e.kind == "association" and unnamed and first[id(e)] > cue)
               and first[id(e)] < speaker and not _managing(s, first[id(e)]) and not _made_for(s, first[id(e)])
               and not _founded_by(s, first[id(e)])
               and not (e.kind == "development_corporation" and group.kind in SITE_KINDS)
               and first[id(e)] != beside]
    anchor = (s.tokens[cue].start, s.tokens[cue].stop)
    return [Fact("MEMBER", {"member": m.id, "group": group.id}, s.sent, "rule:member", 0.7, anchor)
            for m in members]


def _beside_the_members(s: Sentence, group: Entity, cue: int) -> int | None:
    """Where a name joined by "и" to the cue and the group right after it starts, which stands beside the
    members, not among them: "Администрацией края, членами Алтайского кластера … и ОАО «Гомсельмаш» ведется
    совместная работа"; None when the group does not follow the cue."""
    named = s.starts.get(cue + 1)
    if named is None or named[0] is not group:
        return None
    hi = named[1]
    return hi + 1 if hi + 1 < len(s.tokens) and s.tokens[hi].text == "и" else None


def _made_for(s: Sentence, k: int) -> bool:
    """Whether the name at ``k`` is who a product is made for, right after "для" or listed after a dash that
    follows it: "производство автокомпонентов для крупнейших российских автозаводов - ОАО «АвтоВАЗ», Renault,
    …" (its customers, no residents; but "упаковки для напитков компании Ball" names the plant's owner)."""
    listed = False
    for j in range(k - 1, -1, -1):
        token = s.tokens[j]
        if token.text.lower() == "для":
            return listed or j == k - 1 or j == k - 2 and s.tokens[k - 1].text in OPENING_QUOTES
        listed = listed or token.text in DASHES
        if token.pos in ("VERB", "AUX", "ADP") or j in s.covered and s.covered[j].type != "ORG":
            return False
    return False


# Passive participles of founding, by their stems: "созданное", "учрежденная", "основанный".
_FOUNDED = ("создан", "учрежден", "учреждён", "основан")
_INSTRUMENTAL_ENDINGS = ("ом", "ем", "ём", "ой", "ей")


def _founded_by(s: Sentence, k: int) -> bool:
    """Whether the name at ``k`` is who founded an organization, in the instrumental after a passive participle
    of founding and no other verb between: "«Аллегро» — совместное предприятие, созданное под проект «Евразом»
    и промышленной группой «Рейл Сервис»" names the joint venture's owners, no residents."""
    name = next((n for n in s.names if n.lo == k), None)
    if name is None or name.case != "Ins" and not (name.case is None and s.tokens[name.hi - 1].text.endswith(
            _INSTRUMENTAL_ENDINGS)):  # a quoted name alone is read in no case: "«Евразом»" by its ending
        return False
    for token in reversed(s.tokens[max(0, k - 12):k]):
        if token.feats.get("VerbForm") == "Part" and token.text.lower().startswith(_FOUNDED):
            return True
        if token.pos in ("VERB", "AUX"):
            return False
    return False


def _managing(s: Sentence, k: int) -> bool:
    """Whether the name at ``k`` is told as a managing company: "управляющей компании ИП ОАО
    «Воронежоблкоммунсервис»" runs the park, and is no resident."""
    return any(t.text.lower().startswith("управляющ") for t in s.tokens[max(0, k - 5):k])


# Words of a relative clause that tells a group's members: "…, на территории которого", "…, якорным
# предприятием которого является", "…, учредителями которого выступили", "…, резидентами которой стали".
_OF_WHICH = {"резидент", "участник", "член", "учредитель", "территория", "основа", "ядро", "якорный"}


_LISTING = {",", "и", "также"}  # what joins a name to the list before it: "…, а также объединение «Свобода»"


def _relative_group(s: Sentence) -> tuple[int, Entity] | None:
    """The relative pronoun and the group it stands for, when a clause about the group's members follows
    its name: "индустриальный парк «Курган Энергомаш», на территории которого расположен завод ТЕМПЕР"."""
    tokens = s.tokens
    for k, token in enumerate(tokens):
        if not token.text.lower().startswith("котор"):
            continue
        comma = next((j for j in range(k - 1, max(0, k - 4), -1) if tokens[j].text == ","), None)
        if comma is None or not _OF_WHICH & {t.lemma for t in tokens[comma + 1:k]}:
            continue
        group = next((e for e, hi in s.starts.values() if hi == comma), None)
        if group is not None and group.kind in _GROUP_KINDS:
            return k, group
    return None


# Nouns a list of companies completes without owning them: "заявки компаний «Агро-Пест», …" names who applied
# (the tagger lemmatizes "заявки" as it is).
_APPLIED = {"заявка", "заявки", "бизнес-план", "проект", "компания"}
_NEWCOMERS = {"резидент", "участник", "член", "компания", "предприятие", "завод", "инвестор"}


def _newcomers(tokens: list[Any], k: int) -> bool:
    """Whether a count of new members starts at ``k``: "Четыре новых резидента", "еще четыре компании" (but
    not a group's size, "кластер объединяет уже 46 предприятий", nor a sum, "7,4 млрд рублей")."""
    if tokens[k].pos != "NUM":
        return False
    counted = tokens[k + 1:k + 3]
    new = any(t.lemma == "новый" for t in counted) or k > 0 and tokens[k - 1].text.lower() in ("еще", "ещё")
    return new and any(t.lemma in _NEWCOMERS for t in counted)


_BODIES = {"правление", "совет", "политбюро", "президиум", "фракция", "комитет", "экипаж", "состав", "бюро"}
_JOINING = {"присоединиться", "вступить"}  # verbs that say joining a group even when they leave it unsaid


_BULLETS = ("-", "–", "—", "•", "*")


def _after_colon(s: Sentence) -> bool:
    """Whether the sentence is the list the sentence before opened with a colon ("в состав членов АПТС
    вошли:" and the names on the next line), or a bulleted line of it ("Среди резидентов «Космоса»:",
    "- производитель микроэлектроники «Союз Интеграция»;", "- медицинский завод «Медсинтез»;")."""
    before = s.tokens[0].doc_text[:s.tokens[0].start].rstrip()
    while before.endswith((";", ",")):
        line = before[before.rfind("\n") + 1:].lstrip()
        if not line.startswith(_BULLETS) or "\n" not in before:
            return False
        before = before[:before.rfind("\n")].rstrip()
    return before.endswith(":")


def _part_of_a_group(s: Sentence, k: int) -> bool:
    """"заводы станут частью кластера", "«ГПЗ» – часть межрегионального кластера «Подшипник»"."""
    word = s.tokens[k].text.lower()
    return word == "частью" or word == "часть" and any(
        i in s.starts and s.starts[i][0].kind in _GROUP_KINDS for i in range(k + 1, k + 3))


def _status(s: Sentence, k: int) -> bool:
    """"Ранее этот статус получили компании …": a status received, the resident's of the group told of."""
    return s.tokens[k].lemma == "статус" and any(t.lemma == "получить" for t in s.tokens[max(0, k - 3):k + 4])


def _of_a_person(s: Sentence, cue: int) -> bool:
    """Whether a person is the member the cue tells of: the cue's own complement is an organization of
    no group's kind ("член Палаты представителей", "члены ЛДПР", "член правления ЕЦБ"), or a person is
    named right after the group or right before the cue ("член Союза писателей России Ирина Белова",
    "Иван Петров, член ассоциации")."""
    if s.tokens[cue].lemma not in ("член", "участник"):
        return False
    k = cue + 1
    while k < len(s.tokens) and s.tokens[k].lemma in _BODIES and k not in s.starts:
        k += 1
    if k not in s.starts or s.starts[k][0].type != "ORG":
        return False
    named, end = s.starts[k]
    after = s.starts.get(end)
    before = cue > 1 and s.tokens[cue - 1].text in (",", "—", "–") and any(
        e.type == "PER" and hi == cue - 1 for e, hi in s.starts.values())
    return named.kind not in _GROUP_KINDS or (after is not None and after[0].type == "PER") or before \
        or _posts_then_person(s, end)


def _posts_then_person(s: Sentence, k: int) -> bool:
    """Whether the group's name is followed by a comma, more posts and the person who holds them, no verb
    between: "член Бюро СоюзМаш России, генеральный директор ООО «Нацпромлизинг» Дмитрий Ерошок"."""
    if k >= len(s.tokens) or s.tokens[k].text != ",":
        return False
    for j in range(k + 1, min(k + 12, len(s.tokens))):
        if j in s.starts and s.starts[j][0].type == "PER":
            return True
        if s.tokens[j].pos == "VERB":
            return False
    return False


# "завода компании …", "предприятия компаний Престорусь, …": the owner named after them may be a resident
_WORKS = {"завод", "производство", "предприятие", "фабрика", "комбинат", "цех", "склад", "компания"}


_BUILT = ("построен", "размещен", "размещён", "локализован", "расположен")  # the tagger's lemma is the participle
_ZONES = {"оэз", "тор", "тосэр"}  # a zone said by its kind alone is the one the article names
_BUILDING = {"строительство", "создание", "размещение", "открытие", "запуск"}  # "о строительстве СП ООО «…» …
# в химическом парке «Тагил»", "открытия завода «Тева», построенного в … парке «Новоселки»"
_BUILDS = {"построить", "строить", "разместить", "локализовать", "наладить", "создать", "открыть", "запустить",
           *_BUILDING}


def _territory(s: Sentence, article: Article) -> int | None:
    """"на территории индустриального парка «Заволжье» … завода компании «Бриджстоун»", "«Техпроминвест»
    построит в ОЭЗ «Елецпром» логистический центр", "завод компании «Koblik Group» в индустриальном парке
    «Феникс»", "в ней работают предприятия «МАРС», «САБМиллер»" or "здесь открыла производство компания
    «АгроГриб»" after a zone, or a company that builds in an article of one zone: who builds or works on
    a zone's or a park's ground is its resident."""
    builds = any(t.lemma in _BUILDS or t.lemma in _WORKS or t.text.lower().startswith(_BUILT)
                 for t in s.tokens)  # "завод компании «…» в парке «…»", "Он локализован в ОЭЗ"
    for k, token in enumerate(s.tokens[:-1]):
        if builds and token.text.lower() == "в" and s.tokens[k + 1].text.lower() in _IT and any(
                e.kind in SITE_KINDS for e in article.last_named(lambda e: e.type == "ORG", s.sent.start, 1)):
            return k  # "в ней работают предприятия …": the zone the sentence before named last
        if builds and token.text.lower() in _THERE and article.last_named(
                lambda e: e.type == "ORG" and e.kind in SITE_KINDS, s.sent.start, 1):
            return k  # "здесь создадут предприятия компании …", "Сейчас там работают ООО «Сейвтул», …": the zone
            # the article told of last
        if token.lemma == "территория" and (any(i in s.starts and s.starts[i][0].kind in SITE_KINDS for i in (k, k + 1))
                                            or k + 1 not in s.covered and s.tokens[k + 1].lemma in _ZONES):
            return k  # "на территории ОЭЗ «Липецк»", "на территории опережающего развития «Лесной»", and "на
            # территории ОЭЗ" alone: the zone the article names
        if token.lemma == "территория" and k > 0 and s.tokens[k - 1].text.lower() in ("ее", "её", "его"):
            return k  # "на ее территории появятся предприятия компаний …": the zone told of before
        if builds and token.text.lower() in ("в", "на") and (
                _site_named_at(s, k + 1) or k + 1 not in s.covered and s.tokens[k + 1].lemma in _ZONES):
            return k  # "разместит часть своего производства в ОЭЗ": the zone the article names
    return _builds_in_the_zone(s, article) if builds else None


def _site_named_at(s: Sentence, k: int) -> bool:
    """Whether a zone's or a park's name begins at ``k``, past adjectives and an opening quote: "в ярославском
    индустриальном парке «Новоселки»", "разместит в «Уфимском» шесть линий"."""
    while k + 1 < len(s.tokens) and s.tokens[k].pos == "ADJ" and s.tokens[k].text.islower() and k not in s.starts:
        k += 1
    k += s.tokens[k].text in OPENING_QUOTES
    return k in s.starts and s.starts[k][0].kind in SITE_KINDS


def _builds_in_the_zone(s: Sentence, article: Article) -> int | None:
    """The verb of a company that builds ("ООО «Калуга Полимер» обустроит предприятие …", "«Линк» построит
    завод") in an article of one zone and no other ground: it builds there, and is the zone's resident."""
    grounds = article.last_named(lambda e: e.type == "ORG" and e.kind in SITE_KINDS, s.sent.start, 2)
    if len(grounds) != 1 or grounds[0].kind != "sez":
        return None
    verb = next((k for k, t in enumerate(s.tokens) if t.lemma in _BUILDS and t.pos == "VERB"), None)
    if verb is None:
        return None
    subject = any(n.lo < verb and n.preposition is None and n.case in ("Nom", None) and n.entity.type == "ORG"
                  and n.entity.kind not in _NOT_MEMBERS and n.entity.kind not in _GROUP_KINDS for n in s.names)
    return verb if subject else None


def _governed(s: Sentence, owned: set[str]) -> set[int]:
    """The ids of the entities named in the genitive after a noun, which they complete, and of those
    listed after them: "технопарка ЦАГИ", "директор УК «…»", "представители Ассоциации … и Торгово-
    промышленной палаты" — no members. After a noun of ``owned`` the name is the owner, who may be one
    ("завода компании «Бриджстоун»" on a park's ground)."""
    out: set[int] = set()
    previous: Name | None = None
    for name in s.names:
        before = s.tokens[name.lo - 1] if name.lo > 0 else None
        after_noun = before is not None and before.pos == "NOUN" and before.text.islower() \
            and before.lemma not in owned
        listed = previous is not None and id(previous.entity) in out and before is not None \
            and before.text in ("и", ",") and previous.hi == name.lo - 1
        if name.case == "Gen" and name.preposition is None and (after_noun or listed):
            out.add(id(name.entity))
        previous = name
    return out


def _speaker_after(s: Sentence, cue: int) -> int:
    """Where the words that tell who said the quote the cue is in begin ("«Объем вложенных резидентами ТОР
    … средств составляет 93,86 млрд рублей», — отмечает директор «КРДВ Якутия»": the speaker's
    organization is no resident); past the sentence's end when no one is told."""
    tokens = s.tokens
    return next((j for j in range(cue + 1, len(tokens) - 2) if tokens[j].text in CLOSING_QUOTES
                 and tokens[j + 1].text in (",", "—", "–")
                 and any(t.text.lower() in SAID_WORDS for t in tokens[j + 1:j + 4])), len(tokens))


def _first_named(s: Sentence) -> dict[int, int]:
    """The token each entity of the sentence is first named at, by the entity's id."""
    return {id(e): i for i, (e, _) in sorted(s.starts.items(), reverse=True)}


def _nearest(s: Sentence, entities: list[Entity], k: int) -> Entity:
    """The entity named nearest to token ``k``."""
    where = _first_named(s)
    return min(entities, key=lambda e: abs(where[id(e)] - k))


def _group_called(s: Sentence, article: Article, cue: int, last: Entity | None) -> Entity | None:
    """The group a word near the cue stands for: "участников кластера" → the cluster named last, unless
    the sentence before told of a group of that kind (``last``): its members may be groups too
    ("участниками кластера стали … «Технопарк Прикамья». … ранее в него вошли КАМАЗ …")."""
    for token in s.tokens[max(0, cue - 3):cue + 4]:
        kinds = _kinds_meant(token, s.tokens[cue], last)
        if kinds and last is not None and last.kind in kinds:
            return last
        if kinds:
            def meant(e: Entity, kinds: Container[str] = kinds) -> bool:
                return e.kind in kinds

            named = article.last_named(meant, s.sent.start, 1) \
                or _only(article.last_named(meant, len(s.tokens[0].doc_text), 2))
            return named[0] if named else None  # and of none named before, the article's only one, named later:
            # "резидент парка — компания «Медителл». … Индустриальный парк «Рязанский» является …"
    if s.tokens[cue].lemma in _BUILDS:  # a company builds in an article of one zone: that zone
        zone = article.last_named(lambda e: e.kind in SITE_KINDS, s.sent.start, 1)
        return zone[0] if zone else None
    if s.tokens[cue].pos != "NOUN" and s.tokens[cue].lemma not in _JOINING:  # "включен в списки": no group
        return None
    only = _only(article.last_named(lambda e: e.kind in _GROUP_KINDS, len(s.sent.text) + s.sent.start, 2))
    return only[0] if only else None


def _only(entities: list[Entity]) -> list[Entity]:
    """The one entity of a list of one; none of a longer list."""
    return entities if len(entities) == 1 else []


def _kinds_meant(token: Any, cue: Any, last: Entity | None) -> Container[str] | None:
    """The kinds of group a word near the cue stands for, if it stands for one."""
    word = token.text.lower()
    if word in _THERE:  # "здесь", "там": the group of the sentence before ("Всего здесь представлено 17 компаний"
        # after a cluster), else the zone or park named last
        return _GROUP_KINDS if last is not None else SITE_KINDS
    if word in _IT or word in _HE and cue.lemma in _HOLDS:  # "в него вошли КАМАЗ, ТАНЕКО …": the group named last
        return _GROUP_KINDS
    return GROUP_WORDS.get(token.lemma) or GROUP_WORDS.get(word)  # "кластера": the cluster named last


def _locations(s: Sentence, place_of: dict[int, Entity], places: list[Entity]) -> list[Fact]:
    """An organization with a place in its name, or said with one: followed by "в Чебоксарах", "в городе
    Дзержинске" or "(г. Березники)", or after an adjective of a place ("ульяновским ООО «СИМАЗ»",
    "самарскому предприятию ПАО «Гранит»"). The country of the news is such a place too ("Минпромторг России" is in
    Россия), by the annotation conventions; the place must be one the article names on its own (an
    entity), as it is for a region."""
    facts = []
    tokens = s.tokens
    described, last_hi = None, -1  # the place of the list a name joins: "тульскими заводами «Мехмаш» и «Штамп»"
    for lo, (entity, hi) in sorted(s.starts.items()):
        if entity.type != "ORG":
            continue
        mention = next(m for m in entity.mentions if m.start == tokens[lo].start)
        found = [place_of[p.start] for p in mention.places if p.start in place_of]
        if entity.located is not None and entity.located.kind != "country":  # "Архангельское региональное
            found = [p for p in found if p.kind != "country"]  # отделение Союза машиностроителей России"
        joined = lo > last_hi >= 0 and all(t.text in _LIST_MARKS for t in tokens[last_hi:lo])
        described = _place_before(s, lo, places) or (described if joined else None)
        last_hi = hi
        found += _places_after(s, hi) + ([described] if described else [])
        for place in found:
            if place.type == "LOC":
                facts.append(Fact("LOCATED_IN", {"entity": entity.id, "place": place.id}, s.sent,
                                  "rule:location", 0.8))
    return facts + _where_it_happens(s)


# "в городе Дзержинске", "(г. Березники)", "в пос. Казлук"
_TOWN_WORDS = {"г", "город", "гор", "пос", "поселок", "посёлок", "пгт", "село", "станица"}
_LIST_MARKS = {",", "и", *OPENING_QUOTES, *CLOSING_QUOTES}
_SITUATED = ("расположен", "находящ", "базирующ", "размещен")


def _places_after(s: Sentence, hi: int) -> list[Entity]:
    """The place right after a name: "в Чебоксарах", "в городе Дзержинске", "(г. Березники)", "(Верхняя
    Салда, Свердловская область)", "«Шаги» в Москве", "из Обнинска", ", расположенный в Белорецке", or in
    the genitive after a quoted one ("«Репное» Балашовского района"); with a town, the region said after it
    ("в Дзержинске Нижегородской области")."""
    tokens, n = s.tokens, len(s.tokens)
    if hi < n and tokens[hi].text in CLOSING_QUOTES:
        hi += 1
    if tokens[hi - 1].text in CLOSING_QUOTES and _genitive_place(s, hi, ("region", "city")):
        return [s.starts[hi][0]]  # ""Летяжевское" Аркадакского района": a quoted name, then whose it is
    if hi + 2 < n and tokens[hi].text == "," and fold(tokens[hi + 1].text).startswith(_SITUATED):
        hi += 2  # "Уральский пружинный завод, расположенный в Белорецке"
    elif hi + 3 < n and tokens[hi].text == "," and tokens[hi + 1].lemma in ("что", "который") \
            and fold(tokens[hi + 2].text).startswith((*_SITUATED, "находит")):
        hi += 3  # "ООО «Гранитная гора», что расположено в Питкярантском районе", "…, которое находится в …"
    if hi >= n or tokens[hi].text.lower() not in ("в", "во", "(", "из"):
        return []
    k = hi + 1
    if k < n and tokens[k].lemma in _TOWN_WORDS:
        k += 2 if k + 1 < n and tokens[k + 1].text == "." else 1
    if k not in s.starts or s.starts[k][0].type != "LOC":
        return []
    place, end = s.starts[k]
    if tokens[hi].text == "(":
        found = [place]  # "«Титановая долина» (Верхняя Салда, Свердловская область)": the town, then its region
        while end + 1 < n and tokens[end].text == "," and end + 1 in s.starts and s.starts[end + 1][0].type == "LOC":
            place, end = s.starts[end + 1]
            found.append(place)
        return found if end < n and tokens[end].text == ")" else []
    return [place] + ([s.starts[end][0]] if place.kind == "city" and _genitive_place(s, end, ("region",)) else [])


def _genitive_place(s: Sentence, k: int, kinds: tuple[str, ...]) -> bool:
    """Whether a place of one of these kinds is named at ``k`` in the genitive: whose a name or town is."""
    return k in s.starts and s.starts[k][0].type == "LOC" and s.starts[k][0].kind in kinds \
        and s.tokens[k].feats.get("Case") == "Gen"


def _place_before(s: Sentence, lo: int, places: list[Entity]) -> Entity | None:
    """The place of a lower-case adjective before a name, or before the word for it and the words
    that describe it: "тульским НПО «Сплав»", "испанской «Барселоны»", "самарскому предприятию ПАО
    «Гранит»", "бразильской строительной компании Odebrecht", "Ирландская компания IDI", "томские
    предприятия: «Микран», …"."""
    tokens = s.tokens
    k = lo - 1
    if k > 0 and tokens[k].text in OPENING_QUOTES:
        k -= 1
    if k > 1 and tokens[k].text == ":" and tokens[k - 1].pos == "NOUN":
        k -= 1  # "томские предприятия: «Микран», «НИИ ПП» …": the list the words announce
    named = _place_of_adjective(tokens[k], places) if k >= 0 else None
    if named is not None:
        return named  # "оренбургские ООО «…»"
    if k > 0 and tokens[k].pos == "NOUN" and tokens[k].text.islower():
        case = tokens[k].feats.get("Case")
        k -= 1
        while k > 0 and k > lo - 5 and tokens[k].pos == "ADJ" and _place_of_adjective(tokens[k], places) is None:
            k -= 1
        if tokens[k].feats.get("Case") != case:
            return None
        if k == 0 and tokens[0].pos == "ADJ":  # "Ирландская компания IDI": capitalized as the sentence's first word
            return place_of_adjective(tokens[0].text, places)
    return _place_of_adjective(tokens[k], places) if k >= 0 else None


_SITED = {"company", "cluster", "technopark", "industrial_park", "sez", "university"}


def _where_it_happens(s: Sentence) -> list[Fact]:
    """The one place a sentence creates, opens or keeps its subjects in, or opens with, is where they are:
    "В Башкортостане создан межрегиональный мебельный кластер", "В Ростовской области создадут кластер …",
    "На Кубани зарегистрирован кластер «Юг»", "Компания «Вектор» построит завод в Чувашии", "В Сахалинской
    области ООО «…» станет резидентом" (but not "завод будет участвовать в проектах в Донецкой
    Республике"); so is a park or zone said "в" it ("В Башкирии в индустриальном парке «Уфимский» …").
    A city is read only right after a name (:func:`_places_after`): the sentence's names leave cities out,
    and reading them here too placed more organizations wrongly than rightly."""
    names = s.names
    places = [n for n in names if n.entity.type == "LOC" and n.entity.kind in ("region", "city")
              and n.preposition in ("в", "во", "на") and n.case == "Loc"]
    if len({id(p.entity) for p in places}) != 1:
        return []
    if not any(t.lemma in LOCATING_CUES for t in s.tokens) and places[0].lo != 1:
        return []
    place = places[0].entity
    return [Fact("LOCATED_IN", {"entity": n.entity.id, "place": place.id}, s.sent, "rule:location", 0.6)
            for n in names if n.entity.type == "ORG" and n.entity.kind in _SITED and n.entity.located is None
            and (n.preposition is None and n.case in ("Nom", "Acc", None)
                 or n.preposition in ("в", "во", "на") and n.entity.kind in SITE_KINDS)]


def find_relations(doc: Any, entities: list[Entity], region: Place | None, morph: Any,
                   dates: list[tuple[int, str]], published: str | None = None,
                   learned: Mapping[str, Logistic] | None = None) -> list[Fact]:
    """Every relation the rules find in the document, in text order, without repeats; then the members
    the residents model (:mod:`residents`) and the places the locations model (:mod:`locations`) finds over
    the whole article that the rules did not. ``learned`` gives a model by name (``"residents"``,
    ``"locations"``) in place of the shipped one.

    An agreement takes the date of its sentence, else the date the article opens with ("23 марта,
    в Чебоксарах, состоялось…"), else the publication date.
    """
    first = doc.sents[0] if doc.sents else None
    lead = next((d for start, d in dates if first and first.start <= start < first.stop), None)
    default_date = lead or published
    places = {e.place.name: e for e in entities if e.type == "LOC"}
    place_of = {m.start: e for e in entities if e.type == "LOC" for m in e.mentions}
    region_entity = places.get(region.name) if region else None
    countries = [e for e in places.values() if e.kind == "country"]
    country = max(countries, key=lambda e: len(e.mentions), default=None)  # the one the article is about
    named = sorted(((m.start, e) for e in entities if e.type == "ORG" or e.kind == "country" for m in e.mentions),
                   key=lambda p: p[0])
    read = sentences(doc, entities)
    seen = Occurrences(read)  # where each entity is named: what the article tells of most, what the models read
    article = Article(region_entity, country, list(places.values()), named, seen)
    facts: list[Fact] = []
    last: Fact | None = None
    by_id = {e.id: e for e in entities}
    positions: dict[str, Post] = {}  # who holds a post where, for a signer named by a person
    group: Entity | None = None  # the group of the last sentence that named members
    announced = False  # whether that sentence counted members it did not name
    cast = Cast(entities)
    told = [_roles(s, morph, article, cast) for s in read]
    held = [_posts(roles, by_id, places) for roles in told]
    first_posts: dict[str, Post] = {}  # the post the article gives each person first, wherever it does
    for posts in held:
        for person, post in posts.items():
            first_posts.setdefault(person, post)
    reader = AgreementReader(article, morph, dates, default_date, first_posts)
    for s, roles, posts in zip(read, told, held, strict=True):
        positions.update(posts)
        facts += roles
        agreements = reader.read(s, positions) or _deals(s, dates, default_date) \
            or _between_the_two(s, article, dates, default_date)
        facts += agreements
        parties = {p for f in agreements for p in f.args["parties"]}
        facts += _cooperation(s, last.args["parties_entities"] if last else [], parties)
        last = next((f for f in reversed(agreements) if f.type == "AGREEMENT"), last)
        members, group, announced = _members(s, article, group, announced)
        facts += members
        facts += _locations(s, place_of, article.places)
    merged = reader.merged()
    facts = [f for f in facts if id(f) not in merged]
    facts += residents(seen, entities, facts, (learned or {}).get("residents"))
    _one_workplace(facts, by_id)
    facts += _known_locations(entities, places, doc)
    facts += locations(seen, entities, facts, (learned or {}).get("locations"))
    for fact in facts:
        fact.args.pop("parties_entities", None)
    return _unique(facts)


def _posts(roles: list[Fact], by_id: dict[str, Entity], places: dict[str, Entity]) -> dict[str, Post]:
    """The first post each person of a sentence is given: "губернатор …, экс-мэр … Сергей Носов", past a
    rank ("академик РАН, Генеральный директор ФГУП «ВИАМ» … Каблов" signs for ВИАМ)."""
    held: dict[str, Post] = {}
    for f in roles:
        if f.args["org"] and f.args["role"] not in _RANKS:
            org = by_id[f.args["org"]]
            held.setdefault(f.args["person"], Post(org, _seat(f, org, places)))
    return held


def _one_workplace(facts: list[Fact], by_id: dict[str, Entity]) -> None:
    """A post said without its organization is in the one organization the article places that person
    in ("профессор, академик, президент института Пушкина": all three of the institute)."""
    workplaces: dict[str, set[str]] = defaultdict(set)
    for f in facts:
        if f.type == "POSITION" and f.args["org"] and by_id[f.args["org"]].type == "ORG":
            workplaces[f.args["person"]].add(f.args["org"])
    for f in facts:
        if f.type == "POSITION" and f.args["org"] is None and len(workplaces[f.args["person"]]) == 1:
            f.args["org"] = next(iter(workplaces[f.args["person"]]))


_HEADS_OF_PLACES = {"губернатор", "врио губернатора", "временно исполняющий обязанности губернатора",
                    "глава", "президент", "мэр"}
# The bodies a head of a place heads ("глава администрации района"); "глава Минпромторга" is a minister.
_WHOLE_GOVERNMENTS = ("правительство", "администрация", "кабинет министров", "совет министров", "мэрия", "акимат")


def _seat(post: Fact, org: Entity, places: dict[str, Entity]) -> Entity | None:
    """The region or city a post heads the government of: a governor's, head's or mayor's, who signs for
    the place itself in a document between places ("губернатор Рязанской области подписал с …")."""
    if post.args["role"] in _HEADS_OF_PLACES and org.type == "ORG" and org.kind == "government" \
            and fold(org.name).startswith(_WHOLE_GOVERNMENTS) and org.located is not None \
            and org.located.name in places:
        return places[org.located.name]
    return None


def _known_locations(entities: list[Entity], places: dict[str, Entity], doc: Any) -> list[Fact]:
    """Places known without a sentence saying so: a city's region, a plant's town, a cluster's region."""
    facts = []
    for entity in entities:
        if entity.type == "LOC" and entity.place.parent in places and entity.kind == "city":
            target = places[entity.place.parent]
        elif entity.type == "ORG" and entity.located and (entity.located.name in places
                                                          or entity.located.region in places):
            target = places.get(entity.located.name) or places[entity.located.region]  # the town's region
        else:
            continue
        sent = next(s for s in doc.sents if s.start <= entity.mentions[0].start < s.stop)
        facts.append(Fact("LOCATED_IN", {"entity": entity.id, "place": target.id}, sent, "rule:gazetteer", 0.7))
    return facts


def _unique(facts: list[Fact]) -> list[Fact]:
    seen, out = set(), []
    for f in facts:  # a contract and an agreement of the same sides are two, as are the documents a sentence
        # counts ("подписали три соглашения")
        key = (f.type, repr(sorted((k, str(v)) for k, v in f.args.items() if k in
                                   ("person", "org", "parties", "member", "group", "entity", "place", "role",
                                    "kind", "document"))))
        if f.type in ("COOPERATION",):
            key = (f.type, frozenset(f.args["parties"]))
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out

"""Who signed what with whom: agreements read from the cases of the names around a signing.

A window of words around "соглашение" misses most of what real news write. Russian marks a name's
part in a clause by its case and its preposition, and this module reads them:

- the signers are in the nominative ("Татарстан и Свердловская область подписали соглашение",
  "власти Башкортостана заключили") or, in the passive, in the instrumental without a preposition
  ("подписано губернатором … и директором …");
- the other side follows "с", in the instrumental, as a list that may carry each party's subject
  ("с «ПСК-6» о создании …, RAILGO о расширении …, «Хевел» и «Солар Системс» о строительстве …");
- every party follows "между" ("контракт между Правительством Пермского края и ПАО «Уралкалий»"), a
  region's word there standing for the region ("между республикой и …");
- a person signs for the organization or the region they head ("губернатор Рязанской области Павел
  Малков подписал": the region; "Брянский губернатор", "глава региона": the region too; "с главой
  Татарстана Рустамом Миннихановым": Татарстан is the other side); who acts for
  a party ("ООО «Форэнерго» в лице АО «ЮМЭК»") is none;
- "X и Y договорились о сотрудничестве" tells of an agreement with no document named;
- documents in the plural or counted ("подписаны соглашения", "три контракта", "с четырьмя
  компаниями") are one agreement per other party (or per group of parties sharing a subject); one
  document is one agreement with every party;
- a signing that names no signer ("Подписаны соглашения с …") is the article's last signer's, or, on a
  bulleted line, the signing of what its list's heading names ("Челябинская область (губернатор …)"
  over "◾️Соглашение с «АвтоВАЗ»");
- documents counted before their other sides are named ("контракт с четырьмя предприятиями. В
  частности, контракт заключен с А, Б, В и Г") are one each;
- the same document told twice — in the headline and the text, or again with more parties — is one
  agreement with all its parties, unless the text says it is another ("также", "ещё"); "Подписи под
  документом также поставили руководители колледжа и техникума" names more parties of the one before.

Not parties: the place it happened in ("на площадке Национального центра «Россия»"), who was present
("в присутствии", "при участии"), what it is about ("о создании парка «Уфимский»", "для магистрали
Москва - Санкт-Петербург"), the news's source ("Как сообщает министерство …").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from promgraph.graph.names import fold
from promgraph.loaders.entities import Entity, place_of_adjective
from promgraph.loaders.facts import (
    SUBJECT_PREPOSITIONS,
    Article,
    Fact,
    Name,
    Sentence,
    agreement_fact,
    sentence_date,
)
from promgraph.loaders.inflect import nominative_phrase
from promgraph.loaders.lexicon import (
    AGREEMENT_KINDS,
    CLOSING_QUOTES,
    DASHES,
    OPENING_QUOTES,
    ORG_HEADS,
    PLACE_ADJECTIVE_ENDINGS,
    PROJECT_FORMS,
    REFERRING_HEADS,
    REGION_WORDS,
    REPORTING_WORDS,
    SAID_WORDS,
    SIGNING_CUES,
)

__all__ = ["AgreementReader"]

_QUOTES = OPENING_QUOTES | CLOSING_QUOTES
_PARTY_PREPOSITIONS = {"с", "со", "между"}
# Nouns whose genitive names the signer: "власти Башкортостана", "губернатор Рязанской области", "между
# правительством Прикамья и представителями корпорации «…»", "Аким Алматинской области … и губернатор
# Челябинской области подписали".
_FOR_WHOM = {"власти", "власть", "руководство", "губернатор", "глава", "правительство", "администрация",
             "делегация", "руководитель", "мэр", "врио", "президент", "премьер", "председатель", "представители",
             "представитель", "руководители", "представителями", "руководителями", "руководством", "властями",
             "аким", "хоким"}
_PLACE_HEADS = {"губернатор", "глава", "мэр", "врио", "аким", "хоким"}  # who heads a place's government
# Heads of organizations, who sign for theirs when the text does not name them: "губернатор … и генеральный
# директор компании «Петрович»" (else the person's post tells it).
_UNNAMED_HEADS = {"директор", "гендиректор", "ректор"}
# The same in the plural, for several signers: "Губернаторы Кузбасса и Алтайского края подписали" (but
# "По словам главы региона" is one head's genitive).
_FOR_WHOM_MANY = {"губернаторы", "главы", "мэры", "президенты", "премьеры"}
# A part of an organization, which signs for it when the signing verb names it: "подписали предприятие
# Магнитогорского металлургического комбината и Фонд развития промышленности".
_WHOSE_PART = {"предприятие", "подразделение", "структура"}
# The same after "с", for the other side: "с делегацией Китайской народной республики".
_WITH_WHOM = {"делегацией", "делегациями", "представителями", "представителем", "руководством", "руководителями",
              "руководителем", "властями", "коллегами", "партнерами", "партнёрами"}
_SUCH = {"такими", "таким", "такой"}  # "с такими компаниями, как …"
_DELEGATES = {"делегация", "представители", "делегации"}  # who signs for where they come from
# The subject a signer completes: "соглашение о сотрудничестве УГАТУ с Казанским заводом …".
_COOPERATING = {"сотрудничестве", "взаимодействии", "партнерстве", "партнёрстве"}
# Who acts for a region, told by its adjective: "Брянский губернатор и глава Сбербанка подписали …".
_REGION_HEADS = {"губернатор", "глава", "власть", "правительство"}
_BOTH_SIDES = {"компания", "сторона", "предприятие"}  # "Компании подписали …": the two named before
_HEADLINE = 300  # characters before a headline ends, past a page's menu and date lines
_NUMBERS = {"два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9,
            "десять": 10}
_COUNTS = {*_NUMBERS, "несколько", "ряд", "около", "более", "свыше", "двух", "трех", "трёх", "четырех", "четырёх",
           "пяти", "шести", "двумя", "тремя", "четырьмя", "пятью", "шестью", "несколькими"}
_ANOTHER = {"также", "еще", "ещё", "кроме", "второе", "второй", "другое", "другой", "отдельное", "помимо", "ранее",
            "предшествовало", "предшествовала", "предшествовал"}
_SIGNED_BY = ("подписанн", "заключенн", "заключённ")  # "документу, подписанному правительством области и …"
_FIRST_PERSON = {"я", "мы"}  # who tells of the documents they signed: "Я подписал концессионное соглашение"
_ALSO = {"также", "кроме", "помимо", "еще", "ещё"}  # another document of the same sides: "Кроме того, заключено …"
_PASSIVE = {"подписан", "подписана", "подписано", "подписаны", "заключен", "заключена", "заключено", "заключены",
            "заключён", "заключёно"}
# What is done to a document that signs nothing: "обсуждение соглашения между …", "требует расторжения
# соглашения с резидентом", "проект соглашения", "подготовку договора".
_UNSIGNED = ("обсужд", "расторж", "расторг", "проект", "разработ", "подготов", "прекращ")
_SIGNATURES = {"подпись", "подписи", "подписями"}  # "Подписи под документом поставили …"
_PLANNED = ("планир", "намер", "предсто", "собира", "могут", "может")  # "планирует заключить", "могут подписать"
_SIDES = ("сторон", "участник", "подписант")  # "Сторонами соглашения выступили …"
_POINTING = ("данн", "эт", "указанн")  # "и данным предприятием", "и этой компанией"
_SPECIAL = ("специальный", "инвестиционный")  # "специальный инвестиционный контракт" is a СПИК
_DASHES = DASHES | {"--"}


@dataclass
class _Signing:
    """One agreement as the text tells it, before the same document told twice is merged."""

    fact: Fact
    signers: list[Entity]
    sentence: int
    plural: bool
    another: bool
    parties: list[Entity] = field(default_factory=list)
    counterparts: list[Entity] = field(default_factory=list)  # the parties named after "с"
    agreed: bool = False  # told by "договорились", which names no kind of document
    start: int = 0  # where its sentence starts in the text
    item: bool = False  # told on a line of a bulleted list
    complete: bool = False  # every side named in a "между" list: the document's sides, all of them

    def join(self, parties: list[Entity]) -> None:
        """Add parties the text names for this document in another sentence."""
        self.parties = _sides(self.parties + parties)
        self.fact.args["parties"] = [p.id for p in self.parties]
        self.fact.args["parties_entities"] = self.parties


_LISTED_KINDS = {"company", "other", "university"}  # the sides of documents a signer counted: "с пятью компаниями"
_OUR = {"нашим", "нашей", "наш", "нашу", "наша"}  # "и нашим регионом", "между нашей республикой"
_HEADS_OF_MANY = _FOR_WHOM_MANY | {"руководители", "представители", "главами", "губернаторами", "руководителями"}
_THESE = {"этих", "этими", "двух", "двумя", "трех", "трёх", "тремя", "обоих", "обеими", "обоими", "всех"}
_SIGNED_ONLY = {"протокол", "карта"}  # documents that are agreements only when signed: "дорожная карта"
# Who only attended a signing: "На подписании присутствовали …", "стал участником церемонии подписания"
# (but "в присутствии губернатора А и Б подписали": А and Б sign; "В подписании приняли участие" tells
# the signers as often as not).
_ATTENDING = {"присутствовать", "свидетель"}


def _kind(s: Sentence, at: int) -> str:
    lemma = s.tokens[at].lemma
    before = [t.lemma for t in s.tokens[max(0, at - 2):at]]
    if lemma == "контракт" and before == list(_SPECIAL) or lemma == "инвестконтракт" and _SPECIAL[0] in before:
        return "специнвестконтракт"  # "специальный инвестиционный контракт", "специальный инвестконтракт"
    return AGREEMENT_KINDS.get(lemma, "соглашение")


def _title_subject(s: Sentence, lo: int, stop: int, morph: Any) -> tuple[str | None, str | None]:
    """What the agreement is about, as written and in the nominative: "о сотрудничестве в …" →
    ("о сотрудничестве в …", "сотрудничество в …"), ending before the next party or the sentence's end."""
    tokens = s.tokens
    for k in range(lo, min(stop, len(tokens)) - 1):
        if tokens[k].text.lower() in SUBJECT_PREPOSITIONS and tokens[k + 1].pos in ("NOUN", "ADJ") \
                and tokens[k + 1].text.lower() != "днях":  # "на днях": when, not what
            end = next((w for w in range(k + 2, stop) if tokens[w].text.lower() in _PARTY_PREPOSITIONS
                        or tokens[w].text == "," or tokens[w].text in _DASHES or tokens[w].pos in ("VERB", "AUX")
                        or tokens[w].pos == "NOUN" and tokens[w].feats.get("Case") == "Nom"
                        and _signing_verb(s, w + 1)),
                       stop)  # "о … подпишут с", "на поставку оборудования был подписан", "о … инвестор — …",
            # "о партнерстве компания подписала"
            while end > k + 1 and tokens[end - 1].pos == "PUNCT" and not _closes(tokens[k + 1:end]):
                end -= 1  # but "для разреза «Заречный»" keeps its closing quote
            head = next((h for h, t in enumerate(tokens[k + 1:end]) if t.pos == "NOUN"), None)
            if head is None or tokens[k].text.lower() == "на" and tokens[k + 1 + head].feats.get("Case") == "Loc":
                continue  # "на поставку": what it is about; "на промышленной выставке": where it was signed
            words = nominative_phrase(morph, tokens[k + 1:end], head)
            text = s.text(k + 1, end)
            unchanged = text[len(s.text(k + 1, k + 2 + head)):]
            return s.text(k, end), " ".join(words[:head + 1]) + unchanged
    return None, None


def _closes(words: list[Any]) -> bool:
    """Whether the last word closes a quote opened among the words before it: «…» or "…"."""
    *before, last = [w.text for w in words]
    return last == "»" and before.count("«") > before.count("»") or last == '"' and before.count('"') % 2 == 1


@dataclass(frozen=True)
class Post:
    """Where a person holds a post, as the role rules found it: the organization, and the region or city
    itself when the post heads its government ("губернатор Курганской области": Правительство Курганской
    области, which governs Курганская область)."""

    org: Entity
    seat: Entity | None = None


class AgreementReader:
    """Reads an article's signings sentence by sentence, then merges what is one document.

    ``positions`` maps a person's id to their post; it grows as the article is read. ``posts`` maps a
    person's id to the first post the whole article gives them: a headline's signer ("Александр Гусев
    подписал соглашение с ГК «АГРОЭКО»") is told of as governor only in the lead below.
    """

    def __init__(self, article: Article, morph: Any, dates: list[tuple[int, str]], default_date: str | None,
                 posts: Mapping[str, Post]):
        self.article = article
        self.posts = posts
        self.morph = morph
        self.dates = dates
        self.default_date = default_date
        self.signings: list[_Signing] = []
        self.signers: list[Entity] = []  # the last signing's signers, for a signing that names none
        # the last sentence that counted documents without naming their other sides: its number, it, and
        # where its document's word is
        self.counted: tuple[int, Sentence, int] | None = None
        self.people: list[Entity] = []  # the people named so far, the one named last last: "Они", "мы"
        self.between: set[str] = set()  # the sides this sentence names "между"
        self.number = 0
        self.subjects: list[Entity] = []  # the sentence before's subjects: "X и Y построят … Соответствующее
        # соглашение подписано в среду" is theirs

    @property
    def last(self) -> Fact | None:
        return self.signings[-1].fact if self.signings else None

    def read(self, s: Sentence, positions: dict[str, Post]) -> list[Fact]:
        """The agreements this sentence tells of (more parties may join them when the article is read)."""
        self.number += 1
        self.between = set()
        before, self.subjects = self.subjects, _subjects(s)
        named = s.entities("PER")
        self.people = [p for p in self.people if p not in named] + named
        lemmas = [t.lemma for t in s.tokens]
        texts = [t.text.lower() for t in s.tokens]
        at = next((k for k, lemma in enumerate(lemmas) if lemma in AGREEMENT_KINDS or lemma == "документ"
                   or lemma == "карта" and k and lemmas[k - 1] == "дорожный"), None)  # "подписали дорожную карту"
        agreed = at is None  # "Крым и Челябинская область договорились о сотрудничестве": no document named
        if agreed:
            at = next((k for k, lemma in enumerate(lemmas[:-1]) if lemma == "договориться"
                       and (texts[k + 1] in ("о", "об", "с", "со") or {"о", "об"} & set(texts[max(0, k - 5):k]))),
                      None)  # "договорились с … о …", "о стратегическом партнерстве договорились …"
        if at is None:
            return self._listed_sides(s)
        if _only_planned(texts, lemmas):
            return []
        names = s.names
        sides = at > 0 and texts[at - 1].startswith(_SIDES)  # "Сторонами соглашения выступили КРДВ и фонд"
        signed = bool(SIGNING_CUES & set(lemmas) or _SIGNATURES & set(texts)) or sides or agreed
        region, joined = self._region_between(s, texts)  # "между республикой и …", before the names are read
        if not signed and (lemmas[at] in _SIGNED_ONLY or not region and not any(
                n.preposition in _PARTY_PREPOSITIONS and n.entity.type != "PER" for n in names)
                or at > 0 and texts[at - 1].startswith(_UNSIGNED)):
            return []  # "контракт с компанией «Арк»" is one even unsaid; a bare "соглашение" is not, nor a
            # road map or a protocol "с Ассоциацией" unless it is signed, nor one discussed or ended
        passive = any(text in _PASSIVE or text.startswith(_SIGNED_BY) for text in texts)
        attending = any(lemma in _ATTENDING and not (k and texts[k - 1] in ("при", "в"))
                        or lemma == "участник" and texts[k + 1:k + 2] == ["церемонии"]
                        for k, lemma in enumerate(lemmas))
        signers, others, signatories, hosts = [], [], [], []
        for_whom: int | None = None  # where the last signer named for whom another acts is ("власти …")
        with_whom: Entity | None = None  # the last other side named after "с руководителями", "с такими …, как"
        clause = _relative_clause(texts, at)
        fronted = _fronted(s, names, at)
        apart = [_aside(s, n) for n in names]  # names that tell of the one before them: no sides
        for k, name in enumerate(names):
            if name.lo == joined:  # "между республикой и Центросоюзом": the list's "между" is the region word's
                name = replace(name, preposition="между")
            entity = name.entity
            # a list of signers goes on past the names set off in it: "АО «НПЗ» (входит в Холдинг «Швабе») и
            # ФГАОУ ВО «…»" lists the plant and the university
            previous = next((names[j].entity for j in reversed(range(k)) if not apart[j]), None)
            if name.lo > clause or name.lo > at and (_told_by(texts, name, 4, since=at) or _speaker(texts, name, at)):
                break  # "…, сообщает в пятницу департамент информационной политики": the news's source; "…
                # подписали соглашение о создании кластера, – отметил Никита Чаплин": who tells of it
            if _dateline(s, name):
                continue  # "Москва (Маркет Репорт) -- Правительство … подписали": where the news was filed
            if name.lo < at and entity.type != "PER" and _told_by(texts, name, 2):
                continue  # "Как сообщает министерство промышленности, … подписано соглашение между …": who tells it
            if apart[k]:
                continue  # "РУП «Гомсельмаш» (Республика Беларусь)": where a party is, not a party
            if entity.type == "LOC" and _in_title(s, name):
                continue  # "в рамках форума «РОСТКИ: Россия и Китай — взаимовыгодное сотрудничество»"
            if entity.type == "LOC" and _route(s, name):
                continue  # "на магистрали Москва - Санкт-Петербург": a line between places, no party
            if texts[max(0, name.lo - 2):name.lo] == ["в", "лице"] and entity.type != "PER" and k:
                continue  # "ООО «Форэнерго» в лице АО «ЮМЭК» заключило": who acts for the party
            if entity.type == "LOC" and name.case is None and name.lo and s.tokens[name.lo - 1].pos == "NOUN" \
                    and s.tokens[name.lo - 1].text.islower() and s.tokens[name.lo - 1].text not in _COOPERATING:
                continue  # "субъекты РФ": an abbreviation does not decline, but it is the noun's genitive (and
                # "о сотрудничестве НАО с компанией «РУСХИМ»" names a side)
            if _present_at(s, name) or _met(s, name):
                continue  # "в присутствии полпреда Президента РФ Игоря Комарова подписали": who watched;
                # "в рамках встречи Премьер-Министра РК Карима Масимова и … подписаны меморандумы": who met
            if name.lo and s.tokens[name.lo - 1].text in PROJECT_FORMS:  # the tagger leaves "проекта" as it is
                continue  # "в реализации проекта Агроиндустриальный парк «Искитимский»": what is done together
            if entity.type == "PER":
                post = positions.get(entity.id)
                after = _post_preposition(s, name)
                if after == "во главе с":
                    continue  # "делегации во главе с председателем Мингорисполкома": who led the guests
                through_post = post is not None and name.case in ("Ins", None) and after == "с" and (
                    post.seat is not None or name.lo > at  # "подписанного с председателем правления Сбербанка …"
                    or any(_signing_verb(s, j) for j in range(name.lo)))  # "подписал с гендиректором … соглашение"
                held = self._side(post, s) if post is not None else None
                if through_post and k:  # "с главой Татарстана Рустамом Миннихановым": for the region
                    listed = name.listed or _same_with(s, others, name)  # "с гендиректором КАМАЗа … и
                    # гендиректором Фонда …": one "с" for both
                    others.append(Name(held, name.lo, name.hi, name.case, name.preposition, listed))
                    signatories.append(entity)
                elif name.preposition is None and name.case in ("Nom", "Ins", None) and not through_post \
                        and not attending:
                    signatories.append(entity)
                    if held is None and name.case == "Nom" and entity.id in self.posts:  # a headline's signer,
                        # whose post the lead tells (not one "с президентом …", whose post is unsaid here)
                        held = self._side(self.posts[entity.id], s)
                    if held is not None:
                        signers.append(held)
                continue
            if name.preposition is None and (_with_whom(texts, name.lo) or name.listed and previous is with_whom
                                             and with_whom is not None):
                others.append(replace(name, preposition="с"))  # "с делегацией Китайской народной республики",
                with_whom = entity  # "с руководителями «ЛУКойла» и «Роснефти»", "с такими компаниями, как …"
            elif name.preposition in _PARTY_PREPOSITIONS and not _from_to(texts, name):
                others.append(name)
            elif name.preposition in ("в", "во") and passive and name.lo < at and entity.kind == "government" \
                    and not _told_by(texts, name, 3):
                hosts.append(entity)  # "в правительстве Карелии подписано соглашение с …": the host signs, but
                # "Как сообщили в правительстве Башкирии, … заключено с" names who tells it
            elif name.preposition is None and not attending and (name.case == "Nom" or passive and name.case == "Ins"
                                               or name.case is None and (name.lo < at or sides
                                                                         or _after_verb(s, name)
                                                                         or _before_verb(s, name))
                                               or name.case is None and name.listed and signers
                                               and signers[-1] is previous  # "…, ВЭБ.РФ и ООО «ПроГород»"
                                               or not passive and name.case == "Acc"  # the tagger's Nom
                                               or name.listed and signers and signers[-1] is previous
                                               and self._nominative(s, name)) or k in fronted:
                signers.append(entity)
            elif name.preposition == "из" and _from_where(texts, name):
                others.append(name)  # "с коллегами из Карелии"
            elif name.preposition == "из" and _from_where(texts, name, _DELEGATES):
                signers.append(entity)  # "делегация из Навоийской области подписала меморандум"
            elif name.preposition == "у" and name.lo < at and entity.type == "ORG":
                signers.append(entity)  # "У «Гранд Фиш» также заключен договор с …": whose document it is
            elif name.preposition is None and name.case in ("Gen", None) and not attending and (
                    _for_whom(s, name.lo, unnamed=not any(n.entity.type == "PER" for n in names[k + 1:]))
                    or name.lo and texts[name.lo - 1] in _COOPERATING) or (
                    name.case == "Gen" and s.tokens[name.lo - 1].text in ("и", ",") and for_whom == k - 1):
                for_whom = k
                government = self.article.government_of(entity) if entity.type == "LOC" \
                    and texts[name.lo - 1] in _PLACE_HEADS else entity  # "поставили глава Смоленской области
                # и …": the region's administration the article names, as a named governor's post gives it
                signers.append(entity if government is entity else self._side(Post(government, entity), s))
        others += self._referred_between(s, texts)
        framework = _framework(texts, lemmas, at)
        under = [n for n in region + others if framework is not None and n.preposition == "между" and n.lo > framework]
        project = framework is not None and texts[framework - 1] in PROJECT_FORMS  # "Документ подписан в рамках
        # совместного инвестиционного проекта между «А» и «Б»": the project's sides, no document's
        if under and (signers or signatories or project):  # "Подписи под соглашением, которое реализуется в рамках
            # Генерального соглашения между Администрацией и «Ростехнологиями», поставили …": that one's sides
            region, others = [n for n in region if n not in under], [n for n in others if n not in under]
        else:
            under = []
        between = region + [n for n in others if n.preposition == "между"]
        self.between = {n.entity.id for n in between}
        counterparts = [n for n in others if n.preposition != "между"]
        plural = (s.tokens[at].feats.get("Number") == "Plur" and not agreed or _counted(texts, at)) \
            and not (at and "сторонн" in texts[at - 1])  # "Трехстороннее соглашения … подписали": one, misspelt
        # "ОВК подписала контракт с четырьмя предприятиями. В частности, контракт заключен с А, Б, В и Г"
        plural = plural or self.counted is not None and len(counterparts) > 1 and not _FIRST_PERSON & set(texts[:at])
        # "Камчатка подписала 15 соглашений … Я подписал концессионное соглашение … с А и Б": who counted tells of one
        if plural and not signers and not counterparts and not between and self.counted is not None:
            self.counted = (self.number, *self.counted[1:])  # "Липецкая область подписала соглашения … липецкая
            # делегация подписала более 20 соглашений": the same documents counted again, their sides still to come
        else:
            self.counted = (self.number, s, at) if plural and signers and not counterparts else None
        # "Подписи под документом также поставили …": more signers of the document told before, not another
        another = bool(_ANOTHER & set(texts)) and not (lemmas[at] == "документ" and texts[at - 1:at] == ["под"])
        each = _between_each(texts, between)
        if plural and not signers and not counterparts and len(each) == 1 and len(each[0]) > 2:
            first, *rest = each[0]  # "ряд соглашений между Пензенской областью, Могилевской и Гомельской …"
            each = [[first, other] for other in rest]
        if not signers and not counterparts and len(each) > 1:  # "контракты между А и Б, между А и В"; "Подписано
            # соглашение между Башкирией и «РусГидро» и между «РусГидро» и Alstom": a document for each "между"
            return [self._fact(s, at, group, signatories, True, another) for group in each if len(group) > 1]
        pairs = _pairs(s, [n for n in names if n.entity in signers]) if plural and not others else []
        if pairs:  # "Павлодарской и Омской, Мангистауской и Астраханской … областями подписаны документы"
            return [self._fact(s, at, pair, signatories, True, another) for pair in pairs]
        signers = self._by_adjective(s, at) + signers  # "Брянский губернатор и глава Сбербанка подписали"
        if not signers and not between or len(signers) == 1 and passive and not others:
            signers += self._referred(s, at, passive, positions)  # "Руководство вуза подписало соглашение с …"
        named = bool(signers)
        if between and signers and _between_others(s, texts, between):
            signers = []  # "Министерство … продолжает заключать соглашения между правительством региона и
            # предприятиями": who concludes them for others, the sides are "между"'s
        if between and signers and at and texts[at - 1] in ("о", "об"):  # "Борцов поделился своим мнением о
            # соглашении, которое было подписано … между …": who speaks of it neither signs nor is a side
            spoken = {n.entity.id for n in names if n.lo < at}
            signers, signatories = [], [p for p in signatories if p.id not in spoken]
        signers = _sides(signers + [n.entity for n in between])
        if lemmas[at] == "документ" and not another and not any(n.entity.type == "ORG" for n in others):
            if self.signings:  # "Документ подписали Гришин и Белова"; "Подписи под документом также поставили
                # руководители колледжа и техникума": its signatories, and the parties they sign for
                self._add_signatories(self.last, s, signatories)
                if texts[at - 1:at] == ["под"] and not signatories:  # beside people, a name is their post's
                    self.signings[-1].join([n.entity for n in names if n.entity in signers])
                return []
            signers = _sides(self.signers + signers)  # the signing before named one side only
        if sides and len(signers) == 1 and not others and self.signings and not passive:
            self.signings[-1].join(signers)  # "Государственная корпорация развития также является стороной
            return []  # соглашения": one more party of the document told before
        if not signers and not others and passive and _ALSO & set(texts) and self.signings \
                and not any(n.entity.type != "PER" for n in names):
            # "Кроме того, на форуме заключено соглашение о …": another document of the sides signing before
            return [self._fact(s, at, list(self.signings[-1].parties), signatories, False, True)]
        if not signers and not others and len(before) > 1 and at and texts[at - 1].startswith("соответствующ"):
            signers = before  # "«Транзит-ДВ» и «Чжун Гун Синь» осуществят постройку. Соответствующее соглашение
            # подписано в среду": the document of what the sentence before said they will do
        if not signers and counterparts:  # the host's ("в правительстве … подписано с"), the heading's, or
            # the last signer's ("Подписаны соглашения с …")
            signers = hosts[:1] or self._heading(s) or self.signers or self._speakers(s, positions) \
                or (before if passive and len(before) == 1 and texts[at + 1:at + 2] in (["с"], ["со"]) else [])
            # "ПГК планирует купить … вагонов. Уже подписаны контракты с …": the one the sentence before was about
        if signers:  # after "между А, Б и В", a signing that names no signer is А's, the first one named
            self.signers = signers if named else signers[:1]
        if plural and not counterparts and not between and len(signers) > 2 and _governs(signers[0]) \
                and not any(_governs(e) for e in signers[1:]):
            # "Документы подписали первый замгубернатора и руководители ОАО «А», ООО «Б» и ООО «В»": a document
            # with each
            return [self._fact(s, at, [signers[0], other], signatories, True, another) for other in signers[1:]]
        separate = sum(not n.listed for n in counterparts) > 1  # "с Лукойлом, с Саффарм о …, со Сбербанком и …"
        several = (plural or separate or agreed) and counterparts  # "договорился с А и Б": with each
        groups = _groups(s, counterparts) if several else [[n.entity for n in counterparts]]
        facts = []
        for group in groups:
            parties = _sides(signers + group)
            if len(parties) < 2:
                continue
            facts.append(self._fact(s, at, parties, signatories, plural or separate, another, group, agreed))
        if len(groups) == 1 and facts:  # "Чувашия и ДНР подписали три соглашения": a document each, the same sides
            for number in range(2, _documents(texts, at) + 1):
                facts.append(self._fact(s, at, parties, signatories, True, another, group, agreed))
                facts[-1].args["document"] = number  # which of them: not the first one told again
        if len(under) > 1 and not project:  # the framework is a document of its own, signed before
            facts.append(self._fact(s, framework - 1, _sides([n.entity for n in under]), [], False, True))
        return facts

    def _fact(self, s: Sentence, at: int, parties: list[Entity], signatories: list[Entity], plural: bool,
              another: bool, counterparts: list[Entity] | None = None, agreed: bool = False) -> Fact:
        kind = _kind(s, at)
        complete = len(parties) > 1 and all(p.id in self.between for p in parties)
        written, subject = _title_subject(s, at + 1, len(s.tokens), self.morph)
        title = f"{kind.capitalize()} " + (written or ": " + " — ".join(p.name for p in parties))
        title = title.replace(" : ", ": ")
        fact = agreement_fact(s, s.tokens[at], "rule:agreement", 0.8, parties, kind, title,
                              sentence_date(s, self.dates, self.default_date), subject, signatories)
        item = _bulleted(s.tokens[0].doc_text[_line_start(s):s.sent.stop])
        self.signings.append(_Signing(fact, list(self.signers), self.number, plural, another, list(parties),
                                      list(counterparts or []), agreed, s.sent.start, item, complete))
        return fact

    def _side(self, post: Post, s: Sentence) -> Entity:
        """Whom a person signs for: the region or city a head of a place heads ("губернатор Алексей Никитин и
        генеральный директор ООО «Сила Природы» подписали": Новгородская область), unless the sentence names
        its government other than as the press service that tells the news ("правительство Кемеровской
        области в лице губернатора", but not "в пресс-службе администрации региона"), or an earlier signing
        has the government as a side ("Соглашение между Правительством Оренбургской области и ООО
        «УГМК-Холдинг» … Достигнутые договоренности скрепили подписями губернатор региона …"); else their post's
        organization."""
        if post.seat is None or any(n.entity is post.org and not _press(s, n) for n in s.names) \
                or any(p is post.org for signing in self.signings for p in signing.parties):
            return post.org
        return post.seat

    def _listed_sides(self, s: Sentence) -> list[Fact]:
        """The other sides of documents counted just before without their names, listed in a sentence of
        their own after "среди" or "с" and a plural noun: "подписал соглашения с четырьмя компаниями. …
        Среди ключевых инициатив — строительство завода компанией «Экспотрейд» и развитие хозяйства
        «Касимовская ферма»", "заключило четыре соглашения с компаниями округа. Власти оформили отношения
        с предприятиями «А», «Б» и «В»": one document with each."""
        if self.counted is None or self.number - self.counted[0] > 3 or not self.signers:
            return []
        _, told, at = self.counted
        tokens = s.tokens
        start = next((k for k, t in enumerate(tokens) if t.text.lower() == "среди" or t.text.lower() in ("с", "со")
                      and k + 1 < len(tokens) and tokens[k + 1].pos == "NOUN" and tokens[k + 1].text.islower()
                      and tokens[k + 1].feats.get("Number") == "Plur"), None)
        if start is None:
            return []
        named = [e for e in s.entities("ORG", start) if e.kind in _LISTED_KINDS and e not in self.signers]
        if len(named) < 2:
            return []
        self.counted = None  # the documents' sentence tells what they are, this one with whom
        return [self._fact(told, at, [*self.signers, other], [], True, True) for other in named]

    def _referred(self, s: Sentence, at: int, passive: bool, positions: dict[str, Post]) -> list[Entity]:
        """The signer a bare head noun refers back to, alone or after who acts for it: "Руководство вуза
        подписало соглашение" → the university the article named; "соглашение было подписано регионом" →
        the article's region; "Компании подписали", "который стороны подписали" → the two organizations
        named last; "Они подписали" → what the two people named last hold posts in."""
        for k, token in enumerate(s.tokens):
            if not (token.text.islower() or k == 0) or k in s.covered:
                continue
            case = token.feats.get("Case")
            if k < at and token.text.lower() == "они" and len(self.people) > 1:
                posts = [positions.get(p.id) for p in self.people[-2:]]
                if None in posts:
                    return []
                held = [self._side(post, s) for post in posts]
                return held if held[0] is not held[1] else []
            acts_for = k > 0 and s.tokens[k - 1].text.lower() in _FOR_WHOM
            if token.lemma == "регион" and token.feats.get("Number") == "Plur" and k > 1 \
                    and s.tokens[k - 1].text.lower() in _THESE and s.tokens[k - 2].text.lower() in _HEADS_OF_MANY:
                # "подписали главы этих регионов": the regions the article named together last
                regions = self.article.regions_named_last(s.sent.start)
                return regions if len(regions) > 1 else []
            if token.lemma == "регион" and (case == "Nom" and k < at or passive and case == "Ins"
                                            or acts_for and k < at):  # "глава региона подписал"
                region = self.article.region_called(s, "регион")
                return [region] if region is not None else []
            if k < at and token.text.lower() == "власти" and case == "Nom" and k + 1 not in s.starts:
                region = self.article.region_called(s, "регион")  # "Местные власти договорились с …"
                return [region] if region is not None else []
            if (k < at and token.lemma in _BOTH_SIDES or token.text.lower() == "стороны" and k > at
                    and s.tokens[k - 1].text.lower().startswith("котор")) and case == "Nom" \
                    and token.feats.get("Number") == "Plur":
                both = self.article.last_named(lambda e: e.type == "ORG", s.sent.start, 2)
                return both if len(both) == 2 else []  # "Компании подписали соответствующий контракт"
            if (k < at or passive and acts_for or case == "Nom" and _signing_verb(s, k + 1)) \
                    and token.lemma in REFERRING_HEADS and (case == "Nom" or acts_for or passive and case == "Ins"
                                                            and k < at):
                # "подписанному правительством области и руководством компании": the company named before;
                # "вуз и предприятие подписали": each head its own; "предприятием было подписано": by it;
                # "Соответствующее соглашение … компания подписала с правительством региона": after it, too
                heads = [token] + ([s.tokens[k + 2]] if k + 3 < at and s.tokens[k + 1].text == "и"
                                   and s.tokens[k + 2].lemma in REFERRING_HEADS and k + 2 not in s.covered
                                   and s.tokens[k + 2].feats.get("Case") == case else [])
                named = [self.article.named_before(head.lemma, head.start) for head in heads]
                return _sides(named) if None not in named else []
        return []

    def _nominative(self, s: Sentence, name: Name) -> bool:
        """Whether a name's head may be nominative, whatever case the tagger read: listed after a signer
        ("…, Калужский кластер, кластер Санкт-Петербурга и Биофармкластер «Северный»"), it is one too."""
        mention = next((m for m in name.entity.mentions if m.start == s.tokens[name.lo].start), None)
        head = s.tokens[name.lo + (mention.head if mention is not None and mention.head is not None else 0)]
        return any(parse.tag.case == "nomn" for parse in self.morph.parse(head.text))

    def _speakers(self, s: Sentence, positions: dict[str, Post]) -> list[Entity]:
        """The side of who says "мы подписали" ("«Первое соглашение мы подписали с …»"): what the person
        named last holds a post in; or, of a sentence opening with a signing in the plural and no one
        to sign it ("Подписали соглашения с губернатором Владимирской области …"), of the person named
        last before it, who tells of it."""
        if any(t.text.lower() == "мы" and t.feats.get("Case") == "Nom" for t in s.tokens):
            speakers = self.people
        elif s.tokens[0].lemma in SIGNING_CUES and s.tokens[0].feats.get("Number") == "Plur" \
                and s.tokens[0].feats.get("VerbForm") == "Fin":  # not "Заключены соглашения с …": by whom is unsaid
            speakers = [p for p in self.people if p not in s.entities("PER")]
        else:
            return []
        post = positions.get(speakers[-1].id) if speakers else None
        return [self._side(post, s)] if post is not None else []

    def _referred_between(self, s: Sentence, texts: list[str]) -> list[Name]:
        """A party between others named by a head noun, with a word pointing back or without, or by who acts
        for it: "между правительством края и данным предприятием", "договор между вузом и предприятием", "и
        представителями компании" → the organization the article named with that head (or the only one of
        its kind). Not after "с" ("с этой компанией был заключён контракт"), where the other side is unsaid
        and guessing it went wrong."""
        out = []
        for k in range(len(texts) - 2):
            at = k + 1 + texts[k + 1].startswith(_POINTING)  # "и данным предприятием", "между вузом и предприятием"
            at += at + 1 < len(texts) and texts[at] in _FOR_WHOM  # "и представителями компании"
            head = s.tokens[at]
            if texts[k] not in ("между", "и") or "между" not in texts[:k + 1] or at in s.covered \
                    or head.lemma not in REFERRING_HEADS or not head.text.islower() \
                    or head.feats.get("Number") == "Plur":
                continue
            named = self.article.named_before(head.lemma, head.start)
            if named is not None:
                out.append(Name(named, k + 1, at + 1, head.feats.get("Case"), "между"))
        return out

    def _region_between(self, s: Sentence, texts: list[str]) -> tuple[list[Name], int | None]:
        """The region a region's word right after "между" stands for: "соглашение между республикой и
        Центральным союзом потребительских обществ" is the article's republic's, as is "нашим регионом"
        closing the pair ("между холдингом «Мираторг» и нашим регионом"; "и самарским регионом" is the
        region the adjective is made from), and "между регионами" the two regions the sentence (or else the
        article, last) names together; and where the name after "и" starts, whose "между" is the region
        word's (the sentence's own names are left as they are)."""
        for k in range(len(texts) - 1):
            authorities = _authorities_after(texts, k)
            if authorities is not None:  # "между белгородскими властями и «Мираторгом»": the region's government
                region = self.article.region_called(s, "регион")
                if region is None:
                    return [], None
                joined = _name_after_and(texts, authorities + 1)
                return [Name(self.article.government_of(region), k + 1, authorities + 1, "Ins", "между")], joined
            at = k + 1 + (texts[k + 1] in _OUR and k + 2 < len(texts))  # "между нашей республикой и …"
            word = s.tokens[at]
            if texts[k] == "между" and word.lemma in REGION_WORDS and at not in s.covered:
                if word.feats.get("Number") == "Plur":  # "соглашения между регионами": the two it names
                    here = [p for p in s.entities("LOC") if p.kind == "region"]
                    regions = here if len(here) > 1 else self.article.regions_named_last(s.sent.start)
                    pair = regions if len(regions) == 2 else []
                    return [Name(r, k + 1, at + 1, word.feats.get("Case"), "между") for r in pair], None
                region = self.article.region_called(s, word.lemma)
                if region is None:
                    return [], None
                joined = _name_after_and(texts, at + 1)
                return [Name(region, k + 1, at + 1, word.feats.get("Case"), "между")], joined
            if word.lemma not in REGION_WORDS or k < 2 or texts[k - 1] != "и" or "между" not in texts[max(0, k - 12):k]:
                continue
            if texts[k] in _OUR:
                region = self.article.region_called(s, word.lemma)
                return ([] if region is None else [Name(region, k + 1, k + 2, word.feats.get("Case"), "между")]), None
            if s.tokens[k].pos == "ADJ" and k + 1 not in s.covered:  # "и самарским регионом"
                region = place_of_adjective(texts[k], [p for p in self.article.places if p.kind == "region"])
                if region is not None:
                    return [Name(region, k, k + 2, word.feats.get("Case"), "между")], None
        return [], None

    def _heading(self, s: Sentence) -> list[Entity]:
        """The one region or organization the heading of a bulleted list names, for a line of it that names
        no signer: "Челябинская область (губернатор Алексей Текслер)" over "◾️Соглашение с «АвтоВАЗ» (…)"."""
        text, start = s.tokens[0].doc_text, _line_start(s)
        if not _bulleted(text[start:s.sent.stop]):
            return []
        while start > 0:
            above = text.rfind("\n", 0, start - 1) + 1
            if not _bulleted(text[above:start - 1]):
                break
            start = above
        if start == 0:
            return []
        above = text.rfind("\n", 0, start - 1) + 1
        named = {id(e): e for e in self.article.places if e.kind in ("region", "country")
                 and any(above <= m.start < start for m in e.mentions)}
        named.update((id(e), e) for offset, e in self.article.named if above <= offset < start)
        return list(named.values()) if len(named) == 1 else []

    def _by_adjective(self, s: Sentence, at: int) -> list[Entity]:
        """The regions whose governor or government signs, told by an adjective before the signing:
        "Брянский губернатор … подписали"."""
        out = []
        for k in range(1, at):
            token = s.tokens[k]
            if token.lemma in _REGION_HEADS and token.feats.get("Case") == "Nom" and k not in s.covered \
                    and s.tokens[k - 1].pos == "ADJ":
                place = place_of_adjective(s.tokens[k - 1].text, self.article.places)
                if place is not None and place.kind == "region":
                    out.append(place)
        return out

    @staticmethod
    def _add_signatories(fact: Fact, s: Sentence, people: list[Entity] | None = None) -> None:
        for person in people if people is not None else s.entities("PER"):
            if person.id not in fact.args["signatories"]:
                fact.args["signatories"].append(person.id)

    def merged(self) -> set[int]:
        """Merge the signings that tell of one document; returns the ids of the facts merged away.

        A signing joins an earlier one of the same kind (or one told by "договорились") when neither is
        of several documents nor says it is another, nor are both lines of a list, and they share a party
        or the earlier one is the article's headline or lead (its first signing, past a page's menu lines)
        and the later one is not sides of its own agreeing ("ВЭБ и ЦБ Ирана договорились"); not when each
        names its other side and the sides differ ("документ … с корпорацией «ДОМ.РФ»", "По соглашению с
        ООО «Иносиб»": two documents of one signer), or the signers do ("Соглашение с «Росагролизинг»"
        under Челябинская область, and again under Тюменская).
        """
        gone: set[int] = set()
        for k, later in enumerate(self.signings):
            for earlier in self.signings[:k]:
                if id(earlier.fact) in gone or earlier.plural or later.plural or later.another \
                        or earlier.item and later.item:  # two lines of a list: "– соглашение между …" each
                    continue
                if earlier.fact.args["kind"] != later.fact.args["kind"] and not (earlier.agreed or later.agreed):
                    continue
                shared = {p.id for p in earlier.parties} & {p.id for p in later.parties}
                if not shared and earlier.sentence > 2 and (
                        earlier is not self.signings[0] or earlier.start > _HEADLINE):  # past a page's menu
                    continue
                if not shared and later.agreed and len(later.parties) > 1:
                    continue  # "УВЗ подписал контракт с Ираном … ВЭБ и ЦБ Ирана договорились о сотрудничестве"
                if earlier.counterparts and later.counterparts and not {p.id for p in earlier.counterparts} & {
                        p.id for p in later.counterparts}:
                    continue
                if earlier.counterparts and later.counterparts and not {p.id for p in earlier.signers} & {
                        p.id for p in later.signers}:
                    continue
                if later.complete and not earlier.complete:  # "«Росатом» и правительство области подписали
                    # …" over "между АО «ВетроОГК-3» и правительством": the headline's parent, or a signer's
                    # holding, is no side; the regions a headline names are ("Татарстан и Свердловская область")
                    earlier.parties = [p for p in earlier.parties if p.kind != "company"]
                if later.complete or not earlier.complete:
                    earlier.join(later.parties)
                args = earlier.fact.args
                args["signatories"] += [p for p in later.fact.args["signatories"] if p not in args["signatories"]]
                gone.add(id(later.fact))
                break
        return gone


def _press(s: Sentence, name: Name) -> bool:
    """Whether a name is a press service's ("в пресс-службе администрации региона", "пресс-центра")."""
    return name.lo > 0 and s.tokens[name.lo - 1].lemma.startswith("пресс-")


def _only_planned(texts: list[str], lemmas: list[str]) -> bool:
    """Whether every signing the sentence tells of is one planned ("Также планируется подписание соглашений с
    …", "подтвердила намерение заключить с «ЕвроХимом» соглашение"), none yet signed."""
    cues = [k for k, lemma in enumerate(lemmas) if lemma in SIGNING_CUES]
    return bool(cues) and all(k > 0 and texts[k - 1].startswith(_PLANNED) and texts[k - 2:k - 1] != ["о"]
                              and texts[k - 1] != "намерениях"  # but "Соглашение о намерениях подписали" and
                              for k in cues)  # "Соглашение о соответствующих намерениях заключили" are signed


def _documents(texts: list[str], at: int) -> int:
    """How many documents a number just before the agreement's word counts ("подписали три соглашения",
    "сразу два инвестиционных соглашения"), one if none does ("несколько соглашений" says no number)."""
    for text in reversed(texts[max(0, at - 3):at]):
        if text in _NUMBERS:
            return _NUMBERS[text]
        if text.isdigit():
            return int(text) if 1 < int(text) <= 10 else 1
    return 1


def _counted(texts: list[str], at: int) -> bool:
    """Whether a number before the agreement's word (or just after it) counts documents ("подписали три
    соглашения", "контракт с четырьмя предприятиями"), not the sides of one ("Представители шести
    участников кооперации … подписали документ")."""
    return any(text in _COUNTS and not (k + 1 < len(texts) and texts[k + 1].startswith(_SIDES))
               for k, text in enumerate(texts[:at + 3]))


def _subjects(s: Sentence) -> list[Entity]:
    """The organizations and places a sentence names in the nominative before its first verb (past a
    parenthetical one: "Напомним, …")."""
    tokens = s.tokens
    verb = next((k for k, t in enumerate(tokens) if t.pos in ("VERB", "AUX")
                 and not (k + 1 < len(tokens) and tokens[k + 1].text == ",")), len(tokens))
    return [n.entity for n in s.names if n.lo < verb and n.case in ("Nom", None) and n.preposition is None
            and n.entity.type != "PER"]


def _line_start(s: Sentence) -> int:
    """Where the line the sentence starts on begins in the text."""
    return s.tokens[0].doc_text.rfind("\n", 0, s.sent.start) + 1


def _bulleted(line: str) -> bool:
    """Whether a line is an item of a list: it opens with a mark, not a word, a number or a quote."""
    line = line.lstrip()
    return bool(line) and not line[0].isalnum() and line[0] not in _QUOTES and line[0] != "("


def _pairs(s: Sentence, signers: list[Name]) -> list[list[Entity]]:
    """The signers two by two when the text pairs them, "А и Б, В и Г" (two pairs at least), else none."""
    if len(signers) < 4 or len(signers) % 2:
        return []
    joints = [" ".join(t.text for t in s.tokens[a.hi:b.lo]) for a, b in zip(signers, signers[1:], strict=False)]
    if any(joint != ("и" if k % 2 == 0 else ",") for k, joint in enumerate(joints)):
        return []
    return [[a.entity, b.entity] for a, b in zip(signers[::2], signers[1::2], strict=True)]


def _name_after_and(texts: list[str], k: int) -> int | None:
    """Where the name after an "и" at ``k`` starts, past its opening quote: "и «Мираторгом»"."""
    if texts[k:k + 1] != ["и"]:
        return None
    return k + 1 + (k + 1 < len(texts) and texts[k + 1] in OPENING_QUOTES)


def _authorities_after(texts: list[str], k: int) -> int | None:
    """Where "властями" is, when the region's authorities follow "между" at ``k``, a place's adjective
    before them or none: "между белгородскими властями и …", "между властями и …"."""
    if texts[k] != "между":
        return None
    if texts[k + 1:k + 2] == ["властями"]:
        return k + 1
    if texts[k + 2:k + 3] == ["властями"] and texts[k + 1].endswith(PLACE_ADJECTIVE_ENDINGS):
        return k + 2
    return None


def _with_whom(texts: list[str], lo: int) -> bool:
    """Whether the name at ``lo`` is the other side told after "с" by who acts for it or by its kind: "с
    руководителями «ЛУКойла»", "с такими компаниями, как «Сургутнефтегаз»"."""
    k = lo - 1
    while k > 0 and texts[k] in _QUOTES:
        k -= 1
    if k > 0 and texts[k] in _WITH_WHOM and texts[k - 1] in ("с", "со"):
        return True
    return k > 3 and texts[k] == "как" and texts[k - 1] == "," and texts[k - 3] in _SUCH \
        and texts[k - 4] in ("с", "со")


def _relative_clause(texts: list[str], at: int) -> int:
    """Where a relative clause about the other side begins ("соглашения с четырьмя компаниями, которые
    уже сотрудничают с …", "и администрацией района, на территории которого расположен …", "сотрудничества
    между ОАК и Ульяновской областью, где расположен завод …": its names are no parties), or the sentence's end.
    A clause about the document itself goes on ("Соглашение о развитии, которое власти и Минпромторг
    подпишут"), as a "между" list does past a clause about its first side ("между ОАО «А», который …, и
    MWM"). ``texts``: the sentence's words in lower case."""
    end = len(texts)
    side = next((k for k in range(at + 1, end) if texts[k] in ("с", "со")), end)
    between = next((k for k in range(at + 1, end) if texts[k] == "между"), end)
    which = next((k for k in range(side + 2, end) if texts[k].startswith("котор") and "," in texts[k - 3:k]), end)
    where = next((k for k in range(min(side, between) + 2, end) if texts[k] == "где" and "," in texts[k - 2:k]), end)
    return min(which, where)  # "…, которые", "…, на территории которого", "…», где"


def _after_verb(s: Sentence, name: Name) -> bool:
    """Whether the name follows the signing verb: "Соглашение … заключила «Газпром нефть» с …", the
    subject after its verb, maybe past the words that describe it ("подписали белорусское ОАО «Интеграл»")."""
    k = name.lo - 1 - (s.tokens[name.lo - 1].text in _QUOTES)
    while k > 0 and s.tokens[k].pos == "ADJ" and s.tokens[k].text.islower():
        k -= 1
    return _signing_verb(s, k)


def _before_verb(s: Sentence, name: Name) -> bool:
    """Whether the signing verb follows the name: "Договор на поставку турбин «Силовые машины» подписали с
    …", the subject after the document it signed."""
    k = name.hi + (name.hi < len(s.tokens) and s.tokens[name.hi].text in _QUOTES)
    return _signing_verb(s, k)


def _fronted(s: Sentence, names: list[Name], at: int) -> set[int]:
    """The names listed between the document and its signing verb: "Соглашение АО «ВетроОГК-3» и правительство
    Ростовской области подписали …" puts the document first, and the tagger reads the first side as its
    genitive."""
    first = next((k for k, name in enumerate(names) if name.lo == at + 1), None)
    if first is None:
        return set()
    for k in range(first, len(names)):
        if _before_verb(s, names[k]):
            return set(range(first, k + 1))
        if k + 1 == len(names) or any(t.text not in ("и", ",") and t.text not in _QUOTES
                                      for t in s.tokens[names[k].hi:names[k + 1].lo]):
            break
    return set()


def _signing_verb(s: Sentence, k: int) -> bool:
    """Whether the word at ``k``, if the sentence has one there, is a signing verb ("подписали", "заключила")."""
    return 0 <= k < len(s.tokens) and s.tokens[k].pos == "VERB" and s.tokens[k].lemma in SIGNING_CUES


def _post_preposition(s: Sentence, name: Name) -> str | None:
    """The preposition a person is named after through their post, "с" ("с главой Татарстана Рустамом
    Миннихановым, врио губернатора Нижегородской области Глебом Никитиным") or "во главе с": the
    preposition before the posts, with no verb or other preposition between."""
    for k in range(name.lo - 1, -1, -1):
        token = s.tokens[k]
        if k in s.covered or token.pos in ("NOUN", "ADJ", "PUNCT", "CCONJ") or token.text.lower() == "врио":
            continue
        if token.text.lower() not in ("с", "со"):
            return None
        return "во главе с" if k and s.tokens[k - 1].text.lower() == "главе" else "с"
    return None


def _governs(entity: Entity) -> bool:
    """Whether the party is a region, a country or a government body."""
    return entity.type == "LOC" or entity.kind == "government"


def _same_with(s: Sentence, others: list[Name], name: Name) -> bool:
    """Whether the person named through a post shares the "с" of the counterpart before it: joined by "и"
    or a comma, with no "с" of its own between."""
    if not others:
        return False
    between = [t.text.lower() for t in s.tokens[others[-1].hi:name.lo]]
    return bool(between) and between[0] in ("и", ",") and not {"с", "со"} & set(between)


def _from_to(texts: list[str], name: Name) -> bool:
    """Whether "с" opens where something goes from, "на" where it goes to: "о поставках сырья с Амурского
    газоперерабатывающего завода на Амурский газохимический комплекс" (no side of the contract)."""
    return name.preposition in ("с", "со") and name.case == "Gen" and texts[name.hi:name.hi + 1] == ["на"]


def _from_where(texts: list[str], name: Name, who: set[str] | None = None) -> bool:
    """Whether the place after "из" tells whom the other side acts for: "с коллегами из Башкортостана и
    Республики Карелия" (the list's own "из" is before its first name); with ``who``, whom the words
    before "из" act for ("делегация из Навоийской области")."""
    k = max(j for j in range(name.lo) if texts[j] == "из")
    if who is not None:
        return k > 0 and texts[k - 1] in who
    return k > 1 and texts[k - 1] in _WITH_WHOM and texts[k - 2] in ("с", "со")


def _for_whom(s: Sentence, lo: int, unnamed: bool = False) -> bool:
    """Whether the name at ``lo`` follows a word naming who acts for it, maybe through its head noun:
    "власти Башкортостана", "представители IDI", "руководители компании Yantai Raffles"; ``unnamed``: no
    person is named after it, so its director acts for it too."""
    last = lo - 1 - (lo > 0 and s.tokens[lo - 1].text in OPENING_QUOTES)  # "руководители группы «ГАЗ»"
    before = s.tokens[max(0, last - 1):last + 1]
    if before and before[-1].text.lower() in _WHOSE_PART and last and s.tokens[last - 1].pos == "VERB":
        return True  # "подписали предприятие …", but "вагоностроительное предприятие Концерна «…»" is one
        # named before, and "Подразделение госкорпорации «Росатом» «…»" the one named after
    if before and (before[-1].lemma in ORG_HEADS or before[-1].lemma == "группа") and before[-1].text.islower():
        before = before[:-1]
    word = before[-1].text.lower() if before else ""
    return word in _FOR_WHOM or word in _FOR_WHOM_MANY and before[-1].feats.get("Number") == "Plur" \
        or unnamed and word in _UNNAMED_HEADS


def _opened_by(texts: list[str], name: Name) -> int:
    """The position of the "между" whose list the name is in."""
    return max(k for k in range(name.lo) if texts[k] == "между")


def _between_each(texts: list[str], between: list[Name]) -> list[list[Entity]]:
    """The parties of each "между" of a sentence, a document each."""
    groups: dict[int, list[Entity]] = {}
    for name in between:
        groups.setdefault(_opened_by(texts, name), []).append(name.entity)
    return [_sides(group) for group in groups.values()]


def _told_by(texts: list[str], name: Name, window: int, since: int = 0) -> bool:
    """A reporting word among the few words before a name ("сообщает департамент …", "Как сообщили в
    правительстве …"): the name is who tells the news, not a party."""
    return bool(REPORTING_WORDS & set(texts[max(since, name.lo - window):name.lo]))


def _speaker(texts: list[str], name: Name, since: int) -> bool:
    """A dash and a word of saying right before a name: "…, – отметил Никита Чаплин" names who spoke."""
    return any(texts[j] in DASHES and texts[j + 1] in SAID_WORDS for j in range(max(since, name.lo - 4), name.lo - 1))


def _dateline(s: Sentence, name: Name) -> bool:
    """A place opening the sentence before a source, a date or a dash: the news's dateline ("МОСКВА, 5
    марта —", "Москва (Маркет Репорт) --", an agency's "ИНТЕРФАКС - ДАЛЬНИЙ ВОСТОК -"), not a list of
    signers ("Кубань, Херсонская и Свердловская области заключили …")."""
    tokens = s.tokens
    following = tokens[name.hi].text if name.hi < len(tokens) else ""
    after = tokens[name.hi + 1].text if name.hi + 1 < len(tokens) else ""
    dated = following == "(" or following in _DASHES or following == "," and (after[:1].isdigit() or after.isupper())
    if name.lo > 0 and tokens[name.lo - 1].text in _DASHES and following in _DASHES:
        return all(t.text.isupper() for t in tokens[name.lo:name.hi])  # "ИНТЕРФАКС - ДАЛЬНИЙ ВОСТОК - Якутия …"
    return name.lo == 0 and name.entity.type == "LOC" and dated


def _aside(s: Sentence, name: Name) -> bool:
    """A name in parentheses, which tells of the organization before it: "(Республика Беларусь)", "(г.
    Березники)", "(ФЦПФ, группа ВЭБа)"; but after a person it is whom they sign for ("Владимиром
    Щербаковым (компания «Структура»)"); nor is one in a participle phrase or a relative clause that tells of
    a name ("руководитель группы компаний «ЕКС», в состав которой входит «Дорогобужкотломаш», Максим Крылов
    подписали"), though a person there may sign ("ОАО «ММЗ», который представлял … Олег Биушкин") and one
    that tells of the document names its sides ("соглашений …, заключенных с компаниями «А» и «Б»")."""
    texts = [t.text for t in s.tokens[:name.lo]]
    if texts.count("(") <= texts.count(")"):
        opened = name.lo
        while opened - 1 in s.aside:
            opened -= 1
        return opened < name.lo and name.entity.type != "PER" and opened > 1 \
            and (opened - 2 in s.covered or texts[opened - 2] in CLOSING_QUOTES)
    opened = len(texts) - 1 - texts[::-1].index("(")
    return opened == 0 or s.covered.get(opened - 1) is None or s.covered[opened - 1].type != "PER"


def _present_at(s: Sentence, name: Name) -> bool:
    """Whether a name is a word of "в присутствии …" ("в присутствии полпреда Президента РФ Игоря
    Комарова"): who watched the signing and what they hold a post in, not who signed."""
    texts = [t.text.lower() for t in s.tokens[:name.lo]]
    k = len(texts) - 1 - texts[::-1].index("присутствии") if "присутствии" in texts else -1
    return k > 0 and texts[k - 1] == "в" and not any(
        t.pos == "VERB" or t.text in (",", "и") for t in s.tokens[k + 1:name.lo])


_MEETINGS = {"встречи", "визита", "переговоров"}


def _met(s: Sentence, name: Name) -> bool:
    """Whether a name in the genitive is of whose meeting the signing was a part ("в рамках встречи
    Премьер-Министра РК Карима Масимова и главы Правительства РФ Владимира Путина подписаны меморандумы
    между …"): those who met, not the sides."""
    texts = [t.text.lower() for t in s.tokens[:name.lo]]
    k = max((j for j, text in enumerate(texts) if text in _MEETINGS), default=-1)
    return k > 0 and texts[k - 1] in ("рамках", "ходе", "время") and name.case in ("Gen", None) \
        and not any(t.pos in ("VERB", "AUX") for t in s.tokens[k + 1:name.lo])


def _framework(texts: list[str], lemmas: list[str], at: int) -> int | None:
    """Where the "между" of a document or a project the one signed is done under begins, if the sentence names
    one past the signed one's word: "в рамках Генерального соглашения между Администрацией области и …"."""
    for k in range(at + 1, len(texts) - 1):
        if (lemmas[k] in AGREEMENT_KINDS or texts[k] in PROJECT_FORMS) and texts[k + 1] == "между" \
                and "рамках" in texts[max(0, k - 4):k]:
            return k + 1
    return None


def _between_others(s: Sentence, texts: list[str], between: list[Name]) -> bool:
    """Whether "между" names a side and then other sides in a plural common noun that names no one
    ("между правительством региона и промышленными предприятиями", but not "и представителями корпорации
    «…»"), so that the sentence's subject is neither."""
    k = between[-1].hi
    return texts[k:k + 1] == ["и"] and any(t.endswith(("ями", "ами")) for t in texts[k + 1:k + 4]) \
        and not any(j in s.covered for j in range(k + 1, k + 5))


def _route(s: Sentence, name: Name) -> bool:
    """Whether a place is an end of a route written with a dash: "Москва - Санкт-Петербург" (not the
    end of a dateline in capitals: "ИНТЕРФАКС СЕВЕРО-ЗАПАД - Мурманская область")."""
    tokens = s.tokens

    def place_at(k: int) -> bool:
        return k in s.covered and s.covered[k].type == "LOC" and not tokens[k].text.isupper()

    return name.lo > 1 and tokens[name.lo - 1].text in _DASHES and place_at(name.lo - 2) \
        or name.hi + 1 < len(tokens) and tokens[name.hi].text in _DASHES and place_at(name.hi + 1)


def _in_title(s: Sentence, name: Name) -> bool:
    """Whether a place is a word of a quoted title it does not fill: "форума «РОСТКИ: Россия и Китай — …»"."""
    texts = [t.text for t in s.tokens]
    opened = [k for k in range(name.lo) if texts[k] == "«"]
    if not opened or any(texts[k] == "»" for k in range(opened[-1], name.lo)):
        return False
    closing = next((k for k in range(name.hi, len(texts)) if texts[k] == "»"), None)
    if closing is not None and [t for t in texts[closing + 1:closing + 3] if t != ","][:1] in (["–"], ["—"]):
        return False  # "«… между нашей республикой и штатом Гуджарат», – сказал глава": said, no title
    return closing is not None and (opened[-1] < name.lo - 1 or closing > name.hi)


def _groups(s: Sentence, counterparts: list[Name]) -> list[list[Entity]]:
    """Counterparts of several documents, one group a document. Where the list gives each document its
    subject, names joined by "и" with no subject between them share one ("RAILGO о расширении …,
    «Хевел» и «Солар Системс» о строительстве электростанций"); where it gives none ("соглашения о
    сотрудничестве с Ростехнологиями и УрФУ"), each name is a document of its own."""
    subjects = any(t.text.lower() in ("о", "об") for n in counterparts[:-1] for t in s.tokens[n.hi:n.hi + 2])
    if not subjects:
        return [[n.entity] for n in counterparts]
    groups: list[list[Entity]] = []
    for k, name in enumerate(counterparts):
        between = [t.text.lower() for t in s.tokens[counterparts[k - 1].hi:name.lo]] if k else []
        joined = [w for w in between if w not in _QUOTES] == ["и"]
        if groups and joined:
            groups[-1].append(name.entity)
        else:
            groups.append([name.entity])
    return groups


def _sides(entities: list[Entity]) -> list[Entity]:
    """The parties once each, and a region or city without its own government body beside it: the
    governor who signs for "Республика Коми" and "Правительство Республики Коми" are one side, as are
    "Республика Крым" and its "Министерство промышленности и торговли Республики Крым"."""
    out: list[Entity] = []
    for entity in entities:
        if entity not in out:
            out.append(entity)
    bodies = [e for e in out if e.type == "ORG" and e.kind == "government"]
    return [e for e in out if not (e.type == "LOC" and any(_body_of(body, e) for body in bodies))]


def _body_of(body: Entity, place: Entity) -> bool:
    """Whether a government body is the place's: located there, or named with each of its words
    ("Правительство Республики Татарстан" of "правительством РТ", placed in the "РТ" it was written with)."""
    if body.located is not None and body.located.name == place.name:
        return True
    stems = {word[:5] for word in fold(body.name).split()}
    return all(part[:5] in stems for part in fold(place.name).split())

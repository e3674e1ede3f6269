"""One news document in, one :class:`~promgraph.graph.model.Extraction` out.

natasha segments and tags, :mod:`mentions` finds the entities' names, :mod:`entities` groups
them, :mod:`relations` links them; this module turns the result into promgraph records with the
evidence (sentence, offsets, rule, confidence) of every node and edge, and into the evaluation
format of ``promgraph extract``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping
from typing import Any

from promgraph.graph.model import Document, Edge, Evidence, Extraction, Node
from promgraph.graph.names import SHORT_FORMS
from promgraph.loaders.entities import Entity, group_entities
from promgraph.loaders.facts import Fact, resolve_date
from promgraph.loaders.inflect import UD_CASES
from promgraph.loaders.lexicon import (
    ABBREVIATED_HEADS,
    APPOSITION_HEADS,
    COMPOUND_GROUP,
    DISTRICT_CUT_SHORT,
    FACT_CUES,
    HEAD_WORDS,
    ORG_HEADS,
    PATRONYMIC,
    PLANT_HEADS,
    RULE_WORDS,
)
from promgraph.loaders.logistic import Logistic
from promgraph.loaders.mentions import find_mentions
from promgraph.loaders.nlp import Models, cyrillic_letters, spaced_invisibles
from promgraph.loaders.places import load_gazetteer
from promgraph.loaders.relations import find_relations

__all__ = ["EMITS", "extract_document", "read_document", "to_eval"]

LABELS = {"ORG": "Organization", "PER": "Person", "LOC": "Place"}
TYPES = {v: k for k, v in LABELS.items()}
# Every relationship the extractor may write, by the classes of its two ends: the model
# (``ontology/model.yaml``) must allow each pair, and an edge outside them is never emitted.
_ORG_OR_PLACE = ("Organization", "Place")
EMITS: dict[str, frozenset[tuple[str, str]]] = {
    "HOLDS_POSITION": frozenset(("Person", b) for b in _ORG_OR_PLACE),
    "PARTY_TO": frozenset((a, "Agreement") for a in _ORG_OR_PLACE),
    "SIGNED": frozenset({("Person", "Agreement")}),
    "COOPERATES_WITH": frozenset((a, b) for a in _ORG_OR_PLACE for b in _ORG_OR_PLACE),
    "MEMBER_OF": frozenset({("Organization", "Organization")}),
    "LOCATED_IN": frozenset((a, "Place") for a in _ORG_OR_PLACE),
}


# Where a date can start: a day number before a month's name or a dotted month. The grammar runs only on
# these short windows: over a whole article it analysed every word and took a tenth of the time.
_DATE_START = re.compile(r"(?<!\d)\d{1,2}(?=\s+(?:январ|феврал|март|апрел|ма[йяю]|июн|июл|август|сентябр|"
                         r"октябр|ноябр|декабр)|\.\d{1,2}\.\d{4})", re.IGNORECASE)
_DATE_WINDOW = 40


def _dates(text: str, published: str | None, parser: Any) -> list[tuple[int, str]]:
    found = []
    for start in (m.start() for m in _DATE_START.finditer(text)):
        match = next(iter(parser.findall(text[start:start + _DATE_WINDOW])), None)
        if match is None or match.span.start != 0:
            continue
        fact = match.fact
        iso = resolve_date(fact.day, fact.month, fact.year, published)
        if iso:
            found.append((start, iso))
    return found


def _may_name(word: str) -> bool:
    """Whether a word can start an organization's name: a legal form, "ОЭЗ", a head noun's stem."""
    return word in SHORT_FORMS or word in ABBREVIATED_HEADS or word in HEAD_WORDS \
        or COMPOUND_GROUP.match(word.lower()) is not None


# The morphology tagger's three convolutions of width three see three words either side: a run of
# words tagged with this many more on each side gets exactly the tags its whole sentence would give.
_TAGGER_REACH = 3


def _tagged_runs(sent: Any) -> list[list[Any]]:
    """The runs of a sentence's tokens that the rules read tags of.

    Morphology is as costly as NER. A sentence that may name an organization or a person, or cue a
    fact, is read whole; in one that names only places, only the places' words are (natasha's
    normalizer needs their case), and a sentence with none of these is left untagged.
    """
    tokens = sent.tokens
    if any(span.type != "LOC" for span in sent.spans) or any(_may_name(t.text) or t.text in FACT_CUES for t in tokens):
        return [tokens]
    runs: list[list[int]] = []
    for span in sent.spans:
        inside = [k for k, t in enumerate(tokens) if span.start <= t.start < span.stop]
        first, stop = max(inside[0] - _TAGGER_REACH, 0), min(inside[-1] + 1 + _TAGGER_REACH, len(tokens))
        if runs and first <= runs[-1][1]:
            runs[-1][1] = stop
        else:
            runs.append([first, stop])
    return [tokens[first:stop] for first, stop in runs]


def _find_names(doc: Any, models: Models) -> None:
    """natasha's names of people, places and organizations: ``Doc.tag_ner`` on the segmenter's words, with
    a person's name that ends at the patronymic given the surname after it."""
    from natasha.doc import DocSpan
    from slovnet.bio import bio_spans
    from slovnet.span import Span

    tags = models.ner_tagger(_lines(doc))
    spans = list(bio_spans(doc.tokens, tags))
    starts = {span.start: span for span in spans}
    ending = {t.stop: (t, after) for t, after in zip(doc.tokens, doc.tokens[1:], strict=False)}
    joined: set[int] = set()  # the starts of surnames tagged apart and joined to the name before them
    for k, span in enumerate(spans):
        last, after = ending.get(span.stop, (None, None))
        if span.type != "PER" or last is None or not _surname_after_patronymic(models.morph, last.text, after.text):
            continue
        surname = starts.get(after.start)
        if surname is None or surname.type == "PER" and surname.stop == after.stop:
            spans[k] = Span(span.start, after.stop, span.type)  # "Алексеем Евгеньевичем Лихачевым"
            joined.add(after.start)
    doc.spans = [DocSpan(span.start, span.stop, span.type, doc.text[span.start:span.stop])
                 for span in spans if span.start not in joined]
    doc.envelop_span_tokens()
    doc.envelop_sent_spans()


def _lines(doc: Any) -> list[list[str]]:
    """The words of a document's lines: a headline and the paragraphs under it name apart."""
    lines: list[list[str]] = [[]]
    for k, token in enumerate(doc.tokens):
        if k and "\n" in doc.text[doc.tokens[k - 1].stop:token.start]:
            lines.append([])
        lines[-1].append(token.text)
    return lines


def _surname_after_patronymic(morph: Any, patronymic: str, word: str) -> bool:
    """Whether ``word`` is a surname in the case of the ``patronymic`` before it ("Евгеньевичем
    Лихачевым"; not "Виктора Януковича Кернес", where the name is a surname already)."""
    if not (PATRONYMIC.search(patronymic) and word[:1].isupper() and word[1:].isalpha() and word[1:].islower()):
        return False
    read = next((p for p in morph.parse(patronymic) if "Patr" in p.tag), None)  # "Александровичем" is a
    # surname too, first
    return read is not None and any("Surn" in p.tag and p.tag.case == read.tag.case for p in morph.parse(word))


def _may_be_plural(token: Any, models: Models) -> bool:
    """Whether the dictionary reads the word the tagger calls plural as a plural of its lemma: the tagger
    reads rare heads by their endings ("акиматом" as a plural), the dictionary knows they are singular."""
    return any(p.tag.number == "plur" and p.normal_form == token.lemma for p in models.morph.parse(token.text))


def _one_case(parses: list[Any]) -> str | None:
    """The case, as the tagger writes it, that all the dictionary's readings agree on, if they do."""
    cases = {p.tag.case for p in parses}
    return UD_CASES.get(cases.pop()) if len(cases) == 1 else None


def _misread_head(token: Any, models: Models) -> str | None:
    """The organization head a word is when the tagger lemmatized it by its ending ("Акиматом" as an adjective's
    "акиматома", or as a name "акиматом") and the dictionary's likeliest reading is that head noun."""
    best = models.morph.parse(token.text)[0]
    return best.normal_form if best.tag.POS == "NOUN" and best.normal_form in ORG_HEADS else None


def _as_noun(token: Any, models: Models) -> None:
    """A rare head the tagger took for an adjective by its ending ("хокимиятом"), or read in a case its
    ending cannot have ("передать технопарку" as a feminine accusative), is the noun the dictionary knows,
    in the one case the dictionary reads its ending as."""
    parses = [p for p in models.morph.parse(token.text) if p.tag.POS == "NOUN" and p.normal_form == token.lemma]
    if token.pos == "NOUN" and token.feats.get("Case") in {UD_CASES.get(p.tag.case) for p in parses}:
        return
    if (case := _one_case(parses)) is not None:
        token.pos, token.feats = "NOUN", {**token.feats, "Case": case}


def _compound_head(token: Any, first: str, models: Models) -> None:
    """A hyphenated word whose first part is an organization's head ("компанией-инвестором «Овсбей»",
    "предприятия-резидента") is that head, in the one case the dictionary reads the first part's ending
    as: the tagger reads such a word by its last part, in another case."""
    parses = [p for p in models.morph.parse(first) if p.tag.POS == "NOUN" and p.normal_form in ORG_HEADS]
    if (case := _one_case(parses)) is not None:
        token.pos, token.lemma, token.feats = "NOUN", parses[0].normal_form, {**token.feats, "Case": case}


# Where the segmenter ends a sentence that goes on: after "им." before a person's initials ("БГТУ «ВОЕНМЕХ» им.
# Д.Ф. Устинова"), after a foreign legal form's dot inside the quotes of a name ("«Itaco Precast S.r.l.» Микеле"),
# or inside a name whose quote is still open ("компанией «Такисава Машин Тул Ко. Лтд»").
_FOREIGN_FORM = r"\b(?:S\.r\.l|S\.p\.A|Ltd|Inc|Co|Corp|LLC|GmbH|AG|Ко|Лтд|Инк|Корп)\."
_CUT_SHORT = re.compile(rf"(?:\bим\.|{_FOREIGN_FORM}»)$")
_FORM_CUT = re.compile(rf"{_FOREIGN_FORM}$")


def _cut_short(text: str) -> bool:
    """Whether a sentence ends where :data:`_CUT_SHORT` says, or at a legal form's dot with a quote still open."""
    return bool(_CUT_SHORT.search(text)) or bool(_FORM_CUT.search(text)) and text.count("«") > text.count("»")


def _rejoined(doc: Any) -> None:
    """Join each sentence the segmenter cut short (:func:`_cut_short`) to the next, in place."""
    from natasha.doc import DocSent

    sents = []
    for sent in doc.sents:
        if sents and _cut_short(sents[-1].text):
            first = sents.pop()
            sent = DocSent(first.start, sent.stop, doc.text[first.start:sent.stop])
        sents.append(sent)
    if len(sents) < len(doc.sents):
        doc.sents = sents
        doc.envelop_sent_tokens()


def _tag(text: str, models: Models) -> Any:
    from natasha import Doc

    doc = Doc(spaced_invisibles(cyrillic_letters(text)))
    doc.segment(models.segmenter)
    _rejoined(doc)
    _find_names(doc, models)
    runs = [run for sent in doc.sents for run in _tagged_runs(sent)]
    tags = models.morph_tagger([[t.text for t in run] for run in runs])
    for run, run_tags in zip(runs, tags, strict=True):
        for token, (pos, feats) in zip(run, run_tags, strict=True):
            token.pos, token.feats = pos, feats
    for token in doc.tokens:
        low = token.text.lower().replace("ё", "е")
        if token.pos is None:
            token.pos, token.feats, token.lemma = "X", {}, low
        elif low in RULE_WORDS:
            token.lemmatize(models.morph_vocab)
            token.lemma = token.lemma.replace("ё", "е")
            if token.pos in ("ADJ", "PROPN") and token.lemma not in ORG_HEADS and (
                    head := _misread_head(token, models)):
                token.lemma = head
                _as_noun(token, models)
            if token.feats.get("Number") == "Plur" and token.lemma in ORG_HEADS and not _may_be_plural(token, models):
                token.feats = {**token.feats, "Number": "Sing"}
            if token.pos in ("ADJ", "NOUN") and token.lemma in ORG_HEADS:
                _as_noun(token, models)
            elif "-" in low and token.lemma not in ORG_HEADS:
                _compound_head(token, low.partition("-")[0], models)
            elif token.lemma in APPOSITION_HEADS and (plant := next(
                    (h for h in PLANT_HEADS if token.lemma.endswith(h) and token.lemma != h), None)):
                token.pos, token.lemma = "NOUN", plant  # "рыбокомбината «Островной»": a plant named by its trade
        else:
            token.lemma = low  # no rule looks for this word: lemmatizing it would only cost time
        if DISTRICT_CUT_SHORT.fullmatch(low):
            token.pos, token.lemma = "NOUN", "район"  # "в Уфимском р-не" is in a district
        elif token.lemma not in ORG_HEADS and (compound := COMPOUND_GROUP.match(low)):
            token.pos, token.lemma = "NOUN", compound[2]  # "авиакластера" is a cluster
    for span in doc.spans:
        if span.type != "ORG":  # organizations get their nominative from :mod:`inflect`, not natasha
            span.normal = DISTRICT_CUT_SHORT.sub("район", models.normalizer(span))
    return doc


def _evidence(document: Document, sent: Any, method: str, confidence: float,
              anchor: tuple[int, int] | None = None) -> Evidence:
    return Evidence(
        doc=document.id, sentence=sent.text, start=sent.start, end=sent.stop, method=method,
        confidence=confidence, date=document.published,
        mention=document.text[anchor[0]:anchor[1]] if anchor else None,
        mention_start=anchor[0] if anchor else None, mention_end=anchor[1] if anchor else None,
    )


def _node(document: Document, entity: Entity, doc: Any, starts: list[int]) -> Node:
    """The entity as a node, each mention with its sentence (``starts``: where the sentences start)."""
    evidence = []
    for m in entity.mentions:
        sent = doc.sents[bisect_right(starts, m.start) - 1]
        evidence.append(_evidence(document, sent, m.method, m.confidence, (m.start, m.stop)))
    return Node(entity.id, LABELS[entity.type], entity.name, entity.kind, tuple(entity.aliases),
                dict(entity.props), tuple(evidence))


def _fact_records(document: Document, fact: Fact, number: int) -> tuple[list[Node], list[Edge]]:
    evidence = (_evidence(document, fact.sentence, fact.method, fact.confidence, fact.anchor),)
    a = fact.args
    if fact.type == "POSITION":
        return [], [Edge("HOLDS_POSITION", a["person"], a["org"], {"role": a["role"]}, evidence)]
    if fact.type == "AGREEMENT":
        agreement_id = f"a{number}"
        subject = a["subject"]
        node = Node(agreement_id, "Agreement", a["title"], a["kind"], (),
                    {k: v for k, v in (("subject", subject), ("date", a["date"])) if v}, evidence)
        edges = [Edge("PARTY_TO", p, agreement_id, {}, evidence) for p in a["parties"]]
        edges += [Edge("SIGNED", p, agreement_id, {}, evidence) for p in a["signatories"]]
        return [node], edges
    if fact.type == "COOPERATION":
        first, second = a["parties"]
        return [], [Edge("COOPERATES_WITH", first, second, {"what": a["what"]}, evidence)]
    if fact.type == "MEMBER":
        return [], [Edge("MEMBER_OF", a["member"], a["group"], {}, evidence)]
    return [], [Edge("LOCATED_IN", a["entity"], a["place"], {}, evidence)]


def read_document(document: Document, models: Models,
                  learned: Mapping[str, Logistic] | None = None) -> tuple[Any, list[Entity], list[Fact]]:
    """The tagged text, its entities and the relations read in it (``learned`` as
    :func:`~promgraph.loaders.relations.find_relations` takes it): what ``benchmarks/train_relations.py``
    trains on, read as the extractor reads it."""
    doc = _tag(document.text, models)
    mentions = find_mentions(doc, models.morph)
    entities, region = group_entities(mentions, models.morph, load_gazetteer())
    dates = _dates(document.text, document.published, models.dates)
    return doc, entities, find_relations(doc, entities, region, models.morph, dates, document.published,
                                         learned)


def extract_document(document: Document, models: Models) -> Extraction:
    """Entities and relations of one news document, with document-local ids (e1, p1, l1, a1)."""
    doc, entities, facts = read_document(document, models)
    by_id = {e.id: e for e in entities}
    for fact in facts:  # a role with no organization ("Президент Владимир Путин") stays on the person
        if fact.type == "POSITION" and fact.args["org"] is None:
            by_id[fact.args["person"]].props.setdefault("positions", []).append(fact.args["role"])
    facts = [f for f in facts if not (f.type == "POSITION" and f.args["org"] is None)]
    for entity in by_id.values():  # "глава" said once with the region and once without is one role
        held = {f.args["role"] for f in facts if f.type == "POSITION" and f.args["person"] == entity.id}
        roles = [r for r in entity.props.pop("positions", []) if r not in held]
        if roles:
            entity.props["positions"] = sorted(set(roles))
    starts = [sent.start for sent in doc.sents]
    nodes = [_node(document, e, doc, starts) for e in entities]
    edges: list[Edge] = []
    for number, fact in enumerate(facts, 1):
        more_nodes, more_edges = _fact_records(document, fact, number)
        nodes += more_nodes
        edges += more_edges
    labels = {node.id: node.label for node in nodes}
    edges = [e for e in edges if (labels[e.source], labels[e.target]) in EMITS[e.type]]
    return Extraction(document, tuple(nodes), tuple(edges))


def to_eval(extraction: Extraction) -> dict[str, Any]:
    """The extraction in the evaluation format of ``../shared/eval/README.md``."""
    entities = []
    for node in extraction.nodes:
        if node.label not in TYPES:
            continue
        mentions = sorted({e.mention for e in node.evidence if e.mention})
        entity = {"id": node.id, "type": TYPES[node.label], "subtype": node.kind, "name": node.name,
                  "mentions": mentions}
        entity.update({k: v for k, v in node.props.items() if v and k != "positions"})
        entities.append(entity)
    relations: list[dict[str, Any]] = [
        {"type": "POSITION", "person": node.id, "org": None, "role": role}
        for node in extraction.nodes for role in node.props.get("positions", ())
    ]
    organizations = {node.id for node in extraction.nodes if node.label == "Organization"}
    edges_to: dict[str, list[Edge]] = {}
    for edge in extraction.edges:
        edges_to.setdefault(edge.target, []).append(edge)
        evidence = edge.evidence[0].sentence if edge.evidence else None
        if edge.type == "HOLDS_POSITION":
            relations.append({"type": "POSITION", "person": edge.source, "org": edge.target or None,
                              "role": edge.props["role"], "evidence": evidence})
        elif edge.type == "COOPERATES_WITH":
            relations.append({"type": "COOPERATION", "parties": [edge.source, edge.target],
                              "what": edge.props.get("what"), "evidence": evidence})
        elif edge.type == "MEMBER_OF":
            relations.append({"type": "MEMBER", "member": edge.source, "group": edge.target, "evidence": evidence})
        elif edge.type == "LOCATED_IN" and edge.source in organizations:  # a city's region is the graph's
            relations.append({"type": "LOCATED_IN", "entity": edge.source, "place": edge.target,
                              "evidence": evidence})
    for node in (n for n in extraction.nodes if n.label == "Agreement"):
        links = edges_to.get(node.id, [])
        relations.append({
            "type": "AGREEMENT", "kind": node.kind, "subject": node.props.get("subject"),
            "date": node.props.get("date"),
            "parties": [e.source for e in links if e.type == "PARTY_TO"],
            "signatories": [e.source for e in links if e.type == "SIGNED"],
            "evidence": node.evidence[0].sentence if node.evidence else None,
        })
    return {"doc": extraction.document.id, "entities": entities, "relations": relations}

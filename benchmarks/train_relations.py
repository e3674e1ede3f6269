"""Train a relation model (:mod:`promgraph.loaders.residents`, :mod:`promgraph.loaders.locations`) on
annotated articles, and measure it.

    .venv/bin/python benchmarks/train_relations.py {residents|locations} DIR [DIR …] [--hold DIR …] [--l2 0.01]
        [--threshold 0.6] [--out loaders/data/<model>.json]

Each DIR holds annotated articles with their texts recovered (``benchmarks/data/news/<part>`` read into
``/tmp/own-news/<part>``, news-dev into ``/tmp/news-dev``). The articles are read as the extractor reads
them, with the model's rules alone; every pair the model would be asked about (its module's
``questions``) is an example, a true one when the scorer's entity matching (``../shared/eval/score.py``)
maps it onto a gold pair of the model's relation (MEMBER, LOCATED_IN). The model is fitted by
:func:`promgraph.loaders.logistic.fit`: the same articles give the same weights.

The articles of ``--hold`` are not trained on. For them the script prints the relation's precision, recall
and F1 as the scorer counts them, of the rules alone and of the rules with the model at several thresholds:
the threshold is chosen there, never on the articles trained on. NEREL is not trained on (its repository
has no licence), nor is a part kept untouched.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from promgraph.graph.model import Document
from promgraph.loaders import locations, residents
from promgraph.loaders.facts import Occurrences, sentences
from promgraph.loaders.logistic import Logistic, fit
from promgraph.loaders.news import read_document
from promgraph.loaders.nlp import load_models

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
DATA = Path(__file__).resolve().parents[1] / "loaders" / "data"
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


@dataclass(frozen=True)
class Relation:
    """What a model adds: the relation type, the names of its two ends, and the questions it is asked."""

    type: str
    ends: tuple[str, str]
    questions: Callable


MODELS = {"residents": Relation("MEMBER", ("member", "group"), residents.questions),
          "locations": Relation("LOCATED_IN", ("entity", "place"), locations.questions)}
Pair = tuple[str | None, str | None]  # the two ends as gold ids; None for an entity that matched no gold one


@dataclass
class Article:
    """One annotated article as the rules read it: the gold pairs, the rules' pairs, and the model's
    examples (features, whether a member, the pair)."""

    gold: Counter[Pair] = field(default_factory=Counter)
    rules: list[Pair] = field(default_factory=list)
    examples: list[tuple[list[str], int, Pair]] = field(default_factory=list)


def read(folder: Path, models, name: str) -> list[Article]:
    sys.path.insert(0, str(EVAL))
    from score import match_entities

    relation, out = MODELS[name], []
    one, other = relation.ends
    rules_only = {name: Logistic({}, 0.0, threshold=2.0)}  # a model that accepts nothing
    for path in sorted(folder.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if not gold.get("text"):
            continue
        doc, entities, facts = read_document(Document(gold["id"], "", gold["text"]), models, rules_only)
        found = [{"id": e.id, "type": e.type, "name": e.name, "mentions": [m.text for m in e.mentions]}
                 for e in entities]
        to_gold = match_entities(gold["entities"], found).get
        article = Article(Counter((r[one], r[other]) for r in gold["relations"] if r["type"] == relation.type))
        article.rules = [(to_gold(f.args[one]), to_gold(f.args[other])) for f in facts if f.type == relation.type]
        for first, second, names in relation.questions(Occurrences(sentences(doc, entities)), entities, facts):
            pair = (to_gold(first.id), to_gold(second.id))
            article.examples.append((names, int(pair in article.gold), pair))
        out.append(article)
    return out


def score(articles: list[Article], model: Logistic | None, threshold: float) -> tuple[float, float, float]:
    """The relation's precision, recall and F1 as the scorer counts them: a pair is right when both ends
    matched the ends of a gold pair not matched already."""
    tp = pred = total = 0
    for article in articles:
        left = Counter(article.gold)
        total += sum(left.values())
        pairs = list(article.rules)
        if model is not None:
            pairs += [pair for names, _, pair in article.examples if model.probability(names) >= threshold]
        for pair in pairs:
            pred += 1
            if None not in pair and left[pair] > 0:
                left[pair] -= 1
                tp += 1
    p, r = tp / max(1, pred), tp / max(1, total)
    return p, r, 2 * p * r / max(1e-9, p + r)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("model", choices=sorted(MODELS))
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--hold", nargs="*", type=Path, default=[])
    parser.add_argument("--l2", type=float, default=0.01)
    parser.add_argument("--threshold", type=float, default=0.6)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    models = load_models()
    out = args.out or DATA / f"{args.model}.json"
    train = [a for folder in args.folders for a in read(folder, models, args.model)]
    data = [(names, label) for a in train for names, label, _ in a.examples]
    fitted = fit(data, args.l2)
    model = Logistic(fitted.weights, fitted.bias, args.threshold)
    out.write_text(model.to_json(), encoding="utf-8")
    print(f"trained on {len(data)} pairs ({sum(label for _, label in data)} true) of {len(train)} articles, "
          f"{len(model.weights)} features → {out}")
    print(f"| {MODELS[args.model].type} | rules P/R/F1 | " + " | ".join(f"≥{t}" for t in THRESHOLDS) + " |")
    print("| --- | --- | " + " | ".join("---" for _ in THRESHOLDS) + " |")
    held = [(str(folder), read(folder, models, args.model)) for folder in args.hold]
    if len(held) > 1:
        held.append(("all held", [a for _, articles in held for a in articles]))
    for name, articles in [("train", train), *held]:
        rules = "/".join(f"{x:.3f}" for x in score(articles, None, 1.0))
        cells = [f"{score(articles, model, t)[2]:.3f}" for t in THRESHOLDS]
        print(f"| {name} | {rules} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

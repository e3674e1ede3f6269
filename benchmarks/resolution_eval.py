"""Entity resolution: precision and recall on labelled pairs, and name matching at a million names.

    .venv/bin/python benchmarks/resolution_eval.py [names]

Part 1 resolves each pair of ``data/resolution_pairs.tsv`` (built by hand from the names in
``examples/``) as two extractions, news or registry, and counts whether they became one node.
Part 2 indexes ``names`` (default 1,000,000) generated organization names for fuzzy matching and
times lookups. Target (issue 4): precision >= 0.98.
"""

from __future__ import annotations

import csv
import random
import resource
import sys
import time
from collections import Counter
from pathlib import Path

from promgraph.graph.matching import NameIndex
from promgraph.graph.model import Document, Evidence, Extraction, Node
from promgraph.graph.resolve import resolve

PAIRS = Path(__file__).parent / "data" / "resolution_pairs.tsv"


def _mention(doc: str, name: str, source: str, region: str, inn: str) -> Extraction:
    method = "registry:egrul" if source == "registry" else "rule:head"
    props = {k: v for k, v in (("inn", inn), ("region", region)) if v}
    node = Node("o1", "Organization", name, "company", (), props, (Evidence(doc, name, 0, len(name), method, 0.8),))
    return Extraction(Document(doc, doc, ""), (node,), ())


def _merged(row: dict[str, str]) -> bool:
    left = _mention("left", row["left"], row["left_source"], row["left_region"], row["left_inn"])
    right = _mention("right", row["right"], row["right_source"], row["right_region"], row["right_inn"])
    return sum(n.label == "Organization" for n in resolve([left, right]).nodes.values()) == 1


def evaluate_pairs() -> None:
    lines = [line for line in PAIRS.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t"))
    outcome: Counter[tuple[str, str]] = Counter()
    wrong = []
    for row in rows:
        merged, same = _merged(row), row["same"] == "1"
        outcome[(row["kind"], "tp" if merged and same else "fp" if merged else "fn" if same else "tn")] += 1
        if merged != same:
            wrong.append(f"  {'merged' if merged else 'missed'}: {row['left']} | {row['right']}")
    kinds = sorted({row["kind"] for row in rows}, key=lambda k: [r["kind"] for r in rows].index(k))
    print(f"{'kind':<18} {'pairs':>6} {'same':>5} {'merged right':>13} {'merged wrong':>13}")
    for kind in kinds:
        tp, fp, fn, tn = (outcome[(kind, x)] for x in ("tp", "fp", "fn", "tn"))
        print(f"{kind:<18} {tp + fp + fn + tn:>6} {tp + fn:>5} {tp:>13} {fp:>13}")
    tp, fp, fn = (sum(v for (_, x), v in outcome.items() if x == want) for want in ("tp", "fp", "fn"))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    print(f"precision {precision:.3f}  recall {recall:.3f}  ({len(rows)} pairs, {tp + fn} same)"
          f"  target precision >= 0.98 -> {'ok' if precision >= 0.98 else 'LOW'}")
    if wrong:
        print("errors:\n" + "\n".join(wrong))


# Brand names from consonant-vowel syllables: a long tail of words, as real registers have.
_SYLLABLES = [c + v for c in "бвгдзклмнпрстфхцчшж" for v in "аеиоуыя"] + ["пром", "тех", "маш", "строй", "инвест"]
_PLACES = ["Чебоксарский", "Казанский", "Тульский", "Липецкий", "Нижегородский", "Ульяновский", "Самарский",
           "Пермский", "Уральский", "Волжский", "Камский", "Сибирский"]
_WHAT = ["завод", "комбинат", "кабельный завод", "литейный завод", "станкостроительный завод", "технопарк",
         "механический завод", "химический комбинат", "приборный завод", "трубный завод"]


def _name(rng: random.Random) -> str:
    if rng.random() < 0.5:
        word = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))).lower()
        return f"ООО «{word.capitalize()}»"
    brand = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).lower().capitalize()
    return f"{rng.choice(_PLACES)} {rng.choice(_WHAT)} «{brand}»"


def matching_speed(size: int) -> None:
    rng = random.Random(3)
    names = [_name(rng) for _ in range(size)]
    index = NameIndex()
    started = time.perf_counter()
    for i, name in enumerate(names):
        index.add(i, name)
    indexed = time.perf_counter() - started
    queries = [rng.choice(names).replace("«", "").replace("»", "") for _ in range(10_000)]
    started = time.perf_counter()
    found = sum(bool(index.matches(q)) for q in queries)
    looked_up = time.perf_counter() - started
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'names':>9} {'index s':>8} {'names/s':>9} {'lookups':>8} {'lookups/s':>10} {'found':>6}"
          f" {'peak RSS MB':>12}")
    print(f"{size:>9} {indexed:>8.1f} {size / indexed:>9.0f} {len(queries):>8} {len(queries) / looked_up:>10.0f}"
          f" {found:>6} {rss:>12.0f}")


def main() -> None:
    evaluate_pairs()
    print()
    matching_speed(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)


if __name__ == "__main__":
    main()

"""Extraction speed: promgraph's extractor against plain natasha NER (segmenter + NER) in one run.

    .venv/bin/python benchmarks/extract_speed.py [documents]

Both read the same documents (the bundled news, repeated); models are loaded once, before timing.
Targets (issue 3): promgraph >= 0.5x natasha NER documents/s, peak RSS <= 500 MB.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

from promgraph.graph.model import Document
from promgraph.loaders.news import extract_document
from promgraph.loaders.nlp import load_models
from promgraph.pipeline import EXAMPLES


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    items = [json.loads(line) for line in (EXAMPLES / "news.jsonl").read_text(encoding="utf-8").splitlines()]
    documents = [Document(f"{items[i % len(items)]['id']}-{i}", "", items[i % len(items)]["text"],
                          published=items[i % len(items)]["published"]) for i in range(count)]
    models = load_models()
    from natasha import Doc

    started = time.perf_counter()
    for document in documents:
        doc = Doc(document.text)
        doc.segment(models.segmenter)
        doc.tag_ner(models.ner_tagger)
    natasha = count / (time.perf_counter() - started)
    started = time.perf_counter()
    for document in documents:
        extract_document(document, models)
    ours = count / (time.perf_counter() - started)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'extractor':<28} {'docs/s':>8}")
    print(f"{'natasha NER (segment + NER)':<28} {natasha:>8.1f}")
    print(f"{'promgraph extract':<28} {ours:>8.1f}")
    print(f"ratio {ours / natasha:.2f}x (target >= 0.5x); peak RSS {rss:.0f} MB (target <= 500 MB); "
          f"{Path(EXAMPLES / 'news.jsonl').name} x {count // len(items) + 1}")


if __name__ == "__main__":
    main()

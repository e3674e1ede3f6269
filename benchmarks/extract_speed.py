"""Extraction speed: promgraph's extractor against plain natasha NER (segmenter + NER) in one run.

    .venv/bin/python benchmarks/extract_speed.py [documents] [corpus...]

Both read the same documents: the bundled news repeated to ``documents``, or the first
``documents`` of any news files or folders given (a corpus of distinct articles is the fair test:
repeated words hit every cache). Models are loaded once, before timing.
Targets (issue 3): promgraph >= 0.5x natasha NER documents/s, peak RSS <= 500 MB.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

from promgraph.graph.model import Document
from promgraph.loaders.documents import read_documents
from promgraph.loaders.news import extract_document
from promgraph.loaders.nlp import load_models
from promgraph.loaders.report import Report
from promgraph.pipeline import EXAMPLES, file_kind, input_files

ROUNDS = 3


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    corpus = [Path(a) for a in sys.argv[2:]]
    if corpus:
        documents = list(islice(extract_inputs(corpus), count))
        source = f"{len(documents)} documents of {', '.join(map(str, corpus))}"
    else:
        items = [json.loads(line) for line in (EXAMPLES / "news.jsonl").read_text(encoding="utf-8").splitlines()]
        documents = [Document(f"{items[i % len(items)]['id']}-{i}", "", items[i % len(items)]["text"],
                              published=items[i % len(items)]["published"]) for i in range(count)]
        source = f"news.jsonl x {count // len(items) + 1}"
    count = len(documents)
    if not count:  # a folder mistyped or empty: nothing to time, and no ratio to print
        raise SystemExit(f"extract_speed: no news documents in {', '.join(map(str, corpus))}")
    models = load_models()
    from natasha import Doc

    def natasha_ner(document: Document) -> None:
        doc = Doc(document.text)
        doc.segment(models.segmenter)
        doc.tag_ner(models.ner_tagger.natasha)  # the same model, run natasha's way

    def promgraph(document: Document) -> None:
        extract_document(document, models)

    # alternate the two, three rounds each, and keep each one's best: a shared machine's noise
    # slows whichever runs at a bad moment
    best = {natasha_ner: 0.0, promgraph: 0.0}
    for _ in range(ROUNDS):
        for extractor in best:
            started = time.perf_counter()
            for document in documents:
                extractor(document)
            best[extractor] = max(best[extractor], count / (time.perf_counter() - started))
    natasha, ours = best[natasha_ner], best[promgraph]
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'extractor':<28} {'docs/s':>8}")
    print(f"{'natasha NER (segment + NER)':<28} {natasha:>8.1f}")
    print(f"{'promgraph extract':<28} {ours:>8.1f}")
    print(f"ratio {ours / natasha:.2f}x (target >= 0.5x); peak RSS {rss:.0f} MB (target <= 500 MB); {source}")


def extract_inputs(paths: list[Path]) -> Iterator[Document]:
    """The news documents of files and folders, as `promgraph extract` reads them."""
    report = Report()
    for path in input_files(paths, report):
        if file_kind(path) == "news":
            yield from read_documents(path, report)


if __name__ == "__main__":
    main()

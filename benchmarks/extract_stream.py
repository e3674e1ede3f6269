"""Extraction of a large JSON Lines corpus streams: memory after 10k documents and after all of them.

    .venv/bin/python benchmarks/extract_stream.py [documents] [workers]

Writes ``documents`` (default 100,000) articles made from ``examples/news.jsonl`` (each with its
own id) to a temporary file and runs the `promgraph extract` pipeline over it, writing the JSON
Lines output, with ``workers`` processes (default 1). Prints the resident memory of this process
(and of the workers) at 10,000 documents and at the end. Target (issue 3): RSS growth < 100 MB
between 10k and 100k documents.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

from promgraph.loaders.report import Report
from promgraph.pipeline import EXAMPLES, eval_lines, extract


def _rss_mb(pid: int) -> float:
    """Current resident memory of a process (not the peak), from /proc."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _family_rss_mb() -> float:
    children = Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").read_text().split()
    return _rss_mb(os.getpid()) + sum(_rss_mb(int(pid)) for pid in children if Path(f"/proc/{pid}").exists())


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    workers = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    items = [json.loads(line) for line in (EXAMPLES / "news.jsonl").read_text(encoding="utf-8").splitlines()]
    with tempfile.TemporaryDirectory() as folder:
        corpus, output = Path(folder) / "corpus.jsonl", Path(folder) / "out.jsonl"
        with corpus.open("w", encoding="utf-8") as handle:
            for i in range(count):
                handle.write(json.dumps({**items[i % len(items)], "id": f"doc-{i}"}, ensure_ascii=False) + "\n")
        marks: dict[int, tuple[float, float]] = {}
        started = time.perf_counter()
        with output.open("w", encoding="utf-8") as out:
            for done, line in enumerate(eval_lines(extract([corpus], Report(), workers=workers)), 1):
                out.write(line)
                if done in (10_000, count):
                    marks[done] = (_family_rss_mb(), time.perf_counter() - started)
    print(f"{'documents':>10} {'RSS MB':>8} {'seconds':>8} {'docs/s':>8}   (workers: {workers})")
    for done, (rss, seconds) in sorted(marks.items()):
        print(f"{done:>10} {rss:>8.0f} {seconds:>8.0f} {done / seconds:>8.0f}")
    if 10_000 in marks and count in marks and count > 10_000:
        growth = marks[count][0] - marks[10_000][0]
        verdict = "ok" if growth < 100 else "TOO MUCH"
        print(f"RSS growth from 10k to {count}: {growth:.0f} MB (target < 100 MB) -> {verdict}")


if __name__ == "__main__":
    main()

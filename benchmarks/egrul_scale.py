"""Loading a large ЕГРЮЛ extract: records/s and peak memory of the streaming loader.

    .venv/bin/python benchmarks/egrul_scale.py [megabytes]

Writes a windows-1251 ЕГРЮЛ file of about ``megabytes`` (default 1024) from the records of
``examples/registry/egrul_example_20251101.xml`` with fresh valid ИНН and ОГРН for every copy,
then ingests it into an empty workspace the way `promgraph build` does (parse, extract, save).
Target (issue 4): a 1 GB file loads with peak RSS < 400 MB.
"""

from __future__ import annotations

import re
import resource
import sys
import tempfile
import time
from pathlib import Path

from promgraph.graph.workspace import Workspace
from promgraph.loaders.report import Report
from promgraph.pipeline import ingest

EXAMPLE = Path(__file__).parent.parent / "examples" / "registry" / "egrul_example_20251101.xml"
_INN10 = (2, 4, 10, 3, 5, 9, 4, 6, 8)


def _inn(n: int) -> str:
    body = f"77{n:07d}"[-9:]
    return body + str(sum(int(d) * w for d, w in zip(body, _INN10, strict=True)) % 11 % 10)


def _ogrn(n: int) -> str:
    body = f"1027{n:08d}"[-12:]
    return body + str(int(body) % 11 % 10)


def write_egrul(path: Path, megabytes: int) -> int:
    """A ЕГРЮЛ file of about ``megabytes``; returns the number of records written."""
    text = EXAMPLE.read_text(encoding="cp1251")
    head, rest = text.split("<Документ ", 1)
    records = ["<Документ " + r for r in rest.rsplit("</Файл>", 1)[0].split("<Документ ") if r.strip()]
    records = [r for r in records if "<СвЮЛ " in r]
    target, written, count = megabytes * 1_000_000, 0, 0
    with path.open("w", encoding="cp1251") as out:
        out.write(head)
        while written < target:
            record = records[count % len(records)]
            record = re.sub(r'(<СвЮЛ [^>]*?)ОГРН="\d+"', rf'\g<1>ОГРН="{_ogrn(count)}"', record, count=1)
            record = re.sub(r'(<СвЮЛ [^>]*?)ИНН="\d+"', rf'\g<1>ИНН="{_inn(count)}"', record, count=1)
            record = record.replace('НаимЮЛПолн=\'', f'НаимЮЛПолн=\'{count} ', 1)
            out.write(record)
            written += len(record.encode("cp1251"))
            count += 1
        out.write("</Файл>\n")
    return count


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    megabytes = int(sys.argv[1]) if len(sys.argv) > 1 else 1024
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "egrul_scale_20251101.xml"
        records = write_egrul(path, megabytes)
        size = path.stat().st_size / 1_000_000
        before = _rss_mb()
        report = Report()
        started = time.perf_counter()
        ingest([path], Workspace(Path(folder) / "ws"), report)
        seconds = time.perf_counter() - started
        loaded = Workspace(Path(folder) / "ws").manifest["inputs"]
        documents = sum(entry["documents"] for entry in loaded.values())
    peak = _rss_mb()
    print(f"{'file MB':>8} {'records':>9} {'loaded':>9} {'seconds':>8} {'records/s':>10} {'peak RSS MB':>12}")
    print(f"{size:>8.0f} {records:>9} {documents:>9} {seconds:>8.1f} {documents / seconds:>10.0f} {peak:>12.0f}")
    print(f"RSS before loading {before:.0f} MB; problems reported: {len(report.problems)}")
    print(f"target: peak RSS < 400 MB -> {'ok' if peak < 400 else 'TOO MUCH'}")


if __name__ == "__main__":
    main()

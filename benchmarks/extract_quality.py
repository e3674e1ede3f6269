"""Extraction quality on every gold set at hand, scored by ``../shared/eval/score.py``.

    .venv/bin/python benchmarks/extract_quality.py [--news-dev DIR] [--tune DIR] [--test DIR] [--holdout DIR]
        [--fresh DIR] [--fresh2 DIR] … [--fresh81 DIR]

Sets: the seed article, factRuEval-2016 dev, NEREL dev and train (``../shared/eval``), the 65 real
industrial articles of news-dev and our own 3378 (``benchmarks/data/news``: the tuning part, the test
third, the holdout and eighty-one fresh sets, annotated last), whose texts are recovered into folders
outside the repository as their READMEs say (by default ``/tmp/news-dev`` and ``/tmp/own-news/<part>``,
e.g. ``/tmp/own-news/fresh57``; a set whose folder is absent is skipped). Prints precision / recall / F1
of every entity and relation type and the canonical-name accuracy of each set, then the targets of issue
14: on real industrial news AGREEMENT >= 0.55, MEMBER >= 0.45, LOCATED_IN >= 0.55, POSITION >= 0.70,
ORG >= 0.80 with precision >= 0.80, PER >= 0.95, LOC >= 0.85, canonical names >= 0.90; on NEREL (dev
and train) POSITION >= 0.55 and LOCATED_IN >= 0.50; the seed article all found.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
TYPES = ("ORG", "PER", "LOC", "POSITION", "AGREEMENT", "MEMBER", "LOCATED_IN", "COOPERATION")
# Our own parts (benchmarks/data/news), each scored from /tmp/own-news/<part> unless told otherwise.
PARTS = ("tune", "test", "holdout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8",
         "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16",
         "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25",
         "fresh26", "fresh27", "fresh28", "fresh29", "fresh30", "fresh31", "fresh32", "fresh33", "fresh34", "fresh35",
         "fresh36", "fresh37", "fresh38", "fresh39", "fresh40", "fresh41", "fresh42",
         "fresh43", "fresh44", "fresh45", "fresh46", "fresh47", "fresh48", "fresh49", "fresh50", "fresh51",
         "fresh52", "fresh53", "fresh54", "fresh55", "fresh56", "fresh57", "fresh58", "fresh59", "fresh60", "fresh61",
         "fresh62", "fresh63", "fresh64", "fresh65", "fresh66", "fresh67", "fresh68", "fresh69",
         "fresh70", "fresh71", "fresh72", "fresh73", "fresh74", "fresh75", "fresh76", "fresh77",
         "fresh78", "fresh79", "fresh80", "fresh81")
INDUSTRIAL = {"ORG": 0.80, "PER": 0.95, "LOC": 0.85, "POSITION": 0.70, "AGREEMENT": 0.55, "MEMBER": 0.45,
              "LOCATED_IN": 0.55}
TARGETS = {
    "seed": {"ORG": ("R", 1.0), "PER": ("R", 1.0), "POSITION": ("R", 1.0), "AGREEMENT": ("R", 1.0),
             "names": (None, 1.0)},
    **{name: {"POSITION": ("F1", 0.55), "LOCATED_IN": ("F1", 0.50)} for name in ("nerel-dev", "nerel-train")},
    **{name: {**{t: ("F1", v) for t, v in INDUSTRIAL.items()}, "ORG P": ("P", 0.80), "names": (None, 0.90)}
       for name in ("news-dev", *(f"own {part}" for part in PARTS))},
}


def score(folder: Path) -> dict:
    """The scorer's JSON for one gold folder, extracting with this environment's promgraph."""
    extract = Path(sys.executable).with_name("promgraph")
    run = subprocess.run([sys.executable, str(EVAL / "score.py"), str(folder), "--json",
                          "--cmd", f"{extract} extract {{in}} --output {{out}}"],
                         check=True, capture_output=True, text=True)
    return json.loads(run.stdout[:run.stdout.rindex("summary:")])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--news-dev", type=Path, default=Path("/tmp/news-dev"))
    for part in PARTS:
        parser.add_argument(f"--{part}", type=Path, default=Path("/tmp/own-news") / part)
    args = parser.parse_args()
    if not (EVAL / "score.py").exists():
        sys.exit(f"no scorer at {EVAL / 'score.py'}: the gold sets live in ../shared/eval")
    sets = {"seed": EVAL / "dev", "factru-dev": EVAL / "factru-dev", "nerel-dev": EVAL / "nerel" / "dev",
            "nerel-train": EVAL / "nerel" / "train",  # 746 documents: the larger check of the rules NEREL measures
            "news-dev": args.news_dev, **{f"own {part}": getattr(args, part) for part in PARTS}}
    results = {}
    print(f"{'set':<12}" + "".join(f"{t[:10]:>16}" for t in TYPES) + f"{'names':>7}")
    for name, folder in sets.items():
        if not folder.is_dir() or not any(folder.glob("*.json")):
            print(f"{name:<12} (no texts in {folder}: skipped)")
            continue
        results[name] = s = score(folder)
        cells = "".join(f"  {s[t]['P']:.2f}/{s[t]['R']:.2f}/{s[t]['F1']:.2f}" if s[t]["gold"] else f"{'-':>16}"
                        for t in TYPES)
        print(f"{name:<12}{cells}{s['canonical_names']:>7.3f}", flush=True)
    print("\n(P/R/F1 per type; names: canonical-name accuracy of matched ORG and PER)\n")
    print(f"{'set':<12} {'target':<16} {'value':>6} {'goal':>6}")
    for name, targets in TARGETS.items():
        if name not in results:
            continue
        for label, (measure, goal) in targets.items():
            kind = label.split()[0]
            value = results[name]["canonical_names"] if kind == "names" else results[name][kind][measure]
            print(f"{name:<12} {label if measure in (None, 'F1') else f'{kind} {measure}':<16} {value:>6.3f} "
                  f"{goal:>6.2f} {'ok' if value >= goal else 'MISS'}")


if __name__ == "__main__":
    main()

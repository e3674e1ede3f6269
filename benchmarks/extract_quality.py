"""Extraction quality on the gold sets, scored by ``../shared/eval/score.py`` (it runs `promgraph extract`).

    .venv/bin/python benchmarks/extract_quality.py [eval folder]

Targets (issue 3): on the seed article every organization, person, position and the agreement
found with canonical names right; on factRuEval-2016 dev ORG >= 0.80, PER >= 0.92, LOC >= 0.88,
POSITION >= 0.55, AGREEMENT >= 0.40 (F1). The gold data stays in ``../shared/eval``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
TARGETS = {
    "dev": {"ORG": ("R", 1.0), "PER": ("R", 1.0), "POSITION": ("R", 1.0), "AGREEMENT": ("R", 1.0),
            "canonical_names": (None, 1.0)},
    "factru-dev": {"ORG": ("F1", 0.80), "PER": ("F1", 0.92), "LOC": ("F1", 0.88), "POSITION": ("F1", 0.55),
                   "AGREEMENT": ("F1", 0.40)},
}


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else EVAL
    if not (folder / "score.py").exists():
        sys.exit(f"no scorer at {folder / 'score.py'}: the gold sets live in ../shared/eval")
    extract = Path(sys.executable).with_name("promgraph")
    print(f"{'set':<12} {'measure':<20} {'value':>6} {'target':>7}")
    for name, targets in TARGETS.items():
        scores = _score(folder, name, f"{extract} extract {{in}} --output {{out}}")
        for kind, (measure, target) in targets.items():
            value = scores[kind] if measure is None else scores[kind][measure]
            label = kind if measure is None else f"{kind} {measure}"
            print(f"{name:<12} {label:<20} {value:>6.3f} {target:>7.2f} {'ok' if value >= target else 'MISS'}")


def _score(folder: Path, name: str, command: str) -> dict:
    """The scorer's JSON for one gold set (it prints a summary line after the JSON)."""
    run = subprocess.run([sys.executable, str(folder / "score.py"), str(folder / name), "--json", "--cmd", command],
                         check=True, capture_output=True, text=True)
    return json.loads(run.stdout[:run.stdout.rindex("summary:")])


if __name__ == "__main__":
    main()

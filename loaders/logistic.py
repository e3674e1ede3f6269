"""A logistic model over named features, its weights shipped as JSON beside the code.

The models the relation readers use (:mod:`residents`) are trained by scripts in ``benchmarks/`` on the
project's annotated articles; what ships is a file of weights. Nothing is learned or downloaded at run
time, and the same features always give the same probability.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

__all__ = ["Logistic", "fit", "load_logistic"]


@dataclass(frozen=True)
class Logistic:
    """Weights of named features, a bias, and the least probability the model's reader accepts."""

    weights: dict[str, float]
    bias: float
    threshold: float = 0.5

    def probability(self, features: Iterable[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-z))

    def to_json(self) -> str:
        """The model as ``loaders/data/<name>.json`` holds it: weights rounded, the negligible left out."""
        weights = {f: round(w, 4) for f, w in sorted(self.weights.items()) if abs(w) >= 1e-3}
        return json.dumps({"bias": round(self.bias, 4), "threshold": self.threshold, "weights": weights},
                          ensure_ascii=False, indent=0) + "\n"


@cache
def load_logistic(name: str) -> Logistic:
    """The model shipped as ``loaders/data/<name>.json``."""
    data = json.loads(files("promgraph.loaders").joinpath(f"data/{name}.json").read_text(encoding="utf-8"))
    return Logistic(data["weights"], data["bias"], data["threshold"])


def fit(examples: Sequence[tuple[Iterable[str], int]], l2: float, steps: int = 2000, rate: float = 0.3) -> Logistic:
    """A model of the examples' features and labels (1 or 0): logistic regression with an L2 penalty,
    fitted by full-batch AdaGrad steps from zero weights, so the same examples give the same weights.
    The training scripts of ``benchmarks/`` make the shipped weights with it."""
    import numpy as np

    index: dict[str, int] = {}
    rows, cols = [], []
    for row, (names, _) in enumerate(examples):
        for f in names:
            rows.append(row)
            cols.append(index.setdefault(f, len(index)))
    rows_a, cols_a = np.array(rows, dtype=int), np.array(cols, dtype=int)
    y = np.array([label for _, label in examples], dtype=float)
    w, b = np.zeros(len(index)), 0.0
    gw, gb = np.full(len(index), 1e-8), 1e-8
    for _ in range(steps):
        z = np.bincount(rows_a, weights=w[cols_a], minlength=len(y)) + b
        error = 1.0 / (1.0 + np.exp(-z)) - y
        grad_w = np.bincount(cols_a, weights=error[rows_a], minlength=len(index)) / len(y) + l2 * w
        grad_b = float(error.mean())
        gw += grad_w ** 2
        gb += grad_b ** 2
        w -= rate * grad_w / np.sqrt(gw)
        b -= rate * grad_b / np.sqrt(gb)
    return Logistic({f: float(w[k]) for f, k in index.items()}, float(b))

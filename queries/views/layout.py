"""Node positions computed in Python, so the browser draws at once with physics off.

A Fruchterman–Reingold layout in numpy whose repulsion, for large graphs, comes from a random
sample of nodes each step (scaled up to the whole graph): exact below ``SAMPLE`` nodes, and
linear in the graph's size above it, where networkx's spring layout took 40 s for 5,000 nodes.
A weak gravity keeps separate components on screen. Seeded: the same graph gets the same picture.
An organization's own page needs no forces: its links radiate from it (:func:`radial_layout`).
"""

from __future__ import annotations

import math

import numpy as np

__all__ = ["force_layout", "radial_layout"]

SAMPLE = 300


def force_layout(count: int, edges: list[tuple[int, int]], iterations: int = 120, seed: int = 7,
                 scale: float = 1.0) -> np.ndarray:
    """``count`` × 2 positions in about [-scale, scale] for nodes ``0..count-1`` linked by ``edges``."""
    rng = np.random.default_rng(seed)
    if count == 0:
        return np.zeros((0, 2))
    pos = rng.uniform(-1.0, 1.0, (count, 2))
    links = np.array(edges, dtype=int).reshape(-1, 2)
    ideal = 2.0 / np.sqrt(count)
    temperature = 0.2
    for _ in range(iterations):
        sample = np.arange(count) if count <= SAMPLE else rng.choice(count, SAMPLE, replace=False)
        others = pos[sample]
        # |p - q|² without the n × s × 2 array: |p|² + |q|² - 2 p·q
        distance2 = (pos ** 2).sum(1)[:, None] + (others ** 2).sum(1)[None, :] - 2.0 * pos @ others.T
        weight = ideal * ideal / np.maximum(distance2, 1e-6)
        # Σ_q (p - q) w_pq = p Σ_q w_pq - W q
        shift = (pos * weight.sum(1)[:, None] - weight @ others) * (count / len(sample))
        if len(links):
            d = pos[links[:, 0]] - pos[links[:, 1]]
            pull = d * (np.linalg.norm(d, axis=1) / ideal)[:, None]
            np.add.at(shift, links[:, 0], -pull)
            np.add.at(shift, links[:, 1], pull)
        shift -= pos * (np.linalg.norm(pos, axis=1, keepdims=True) * 2.0 / ideal)
        length = np.maximum(np.linalg.norm(shift, axis=1, keepdims=True), 1e-9)
        pos += shift / length * np.minimum(length, temperature)
        temperature *= 0.97
    pos -= pos.mean(axis=0)
    spread = np.abs(pos).max() or 1.0
    return pos / spread * scale


def radial_layout(ring: list[str], children: dict[str, list[str]],
                  spacing: float = 90.0) -> dict[str, tuple[float, float]]:
    """The centre at (0, 0), ``ring`` around it, each ring node's ``children`` fanned out behind it.

    Cheap and the same every time: the organization stays in the middle and its links radiate from
    it, strongest first from the top, clockwise. On a crowded ring neighbours alternate between two
    radii, so their labels have twice the room. ``children`` must not repeat ring nodes.
    """
    positions: dict[str, tuple[float, float]] = {}
    count = len(ring)
    radius = max(320.0, count * spacing / (2 * math.pi))
    for i, node in enumerate(ring):
        angle = 2 * math.pi * i / count - math.pi / 2
        r = radius * (1.35 if count > 12 and i % 2 else 1.0)
        positions[node] = (r * math.cos(angle), r * math.sin(angle))
        fan = children.get(node, [])
        outer = r + 180.0
        step = min(spacing / outer, 2 * math.pi / count / max(len(fan), 1))
        for k, child in enumerate(fan):
            a = angle + (k - (len(fan) - 1) / 2) * step
            positions[child] = (outer * math.cos(a), outer * math.sin(a))
    return positions

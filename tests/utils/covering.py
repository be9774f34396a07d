"""Covering arrays: few rows in which every pair of levels of every two factors appears.

A grid over 16 factors has millions of combinations; most failures need only two factors to
meet (a diet and an allergy, an injury and an equipment setup), and a pairwise array shows every
such pair in a few hundred rows (Kuhn DR, Wallace DR, Gallo AM. "Software fault interactions and
implications for software testing." IEEE Trans Softw Eng 2004;30:418-421).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations

import numpy as np

Pair = tuple[int, int, int, int]
"""(factor i, level of i, factor j, level of j) with i < j."""


def pairwise(levels: Sequence[int], *, seed: int, tries: int = 8) -> list[tuple[int, ...]]:
    """Rows of level indices in which every pair of levels of every two factors appears.

    Greedy, after AETG (Cohen DM et al. IEEE Trans Softw Eng 1997;23:437-444): each row starts
    from a random uncovered pair and fills the other factors in a random order, each with the
    level that covers the most uncovered pairs with the factors already set; the best of `tries`
    such rows is kept. Seeded, so the rows are the same on every run.

    Args:
        levels: Number of levels of each factor (each at least 1).
        seed: Seed of the random choices.
        tries: Candidate rows built per kept row; more gives fewer rows, slower.

    Returns:
        The rows, each a tuple with one level index per factor.
    """
    rng = np.random.default_rng(seed)
    uncovered = {
        (i, a, j, b)
        for i, j in combinations(range(len(levels)), 2)
        for a in range(levels[i])
        for b in range(levels[j])
    }
    rows: list[tuple[int, ...]] = []
    while uncovered:
        ordered = sorted(uncovered)
        best: tuple[int, ...] = ()
        best_gain = -1
        for _ in range(tries):
            row = _grow(ordered[int(rng.integers(len(ordered)))], levels, uncovered, rng)
            gain = len(_pairs(row) & uncovered)
            if gain > best_gain:
                best, best_gain = row, gain
        rows.append(best)
        uncovered -= _pairs(best)
    return rows


def _grow(
    start: Pair, levels: Sequence[int], uncovered: set[Pair], rng: np.random.Generator
) -> tuple[int, ...]:
    i, a, j, b = start
    row = {i: a, j: b}
    for factor in rng.permutation([f for f in range(len(levels)) if f not in row]):
        f = int(factor)
        gains = [
            sum(_pair(f, level, g, row[g]) in uncovered for g in row) for level in range(levels[f])
        ]
        best = max(gains)
        row[f] = int(rng.choice([level for level, gain in enumerate(gains) if gain == best]))
    return tuple(row[f] for f in range(len(levels)))


def _pair(f: int, a: int, g: int, b: int) -> Pair:
    return (f, a, g, b) if f < g else (g, b, f, a)


def _pairs(row: Sequence[int]) -> set[Pair]:
    return {(i, row[i], j, row[j]) for i, j in combinations(range(len(row)), 2)}

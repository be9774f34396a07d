"""What a candidate adds over a baseline on plan quality, with 95 % intervals.

A few dozen examples leave a difference in liked items or soft preferences within noise, so each
comes with an interval. Both proposers plan for the same examples, so the difference is PAIRED
by example id: a paired bootstrap (resample examples with replacement, recompute both metrics on
the same resample, take the 2.5th and 97.5th percentiles of the difference; a fixed seed makes
it reproducible). The bootstrap rather than a t or Wilson interval because the rates are ratios
of sums over examples (a user with four likes weighs four times one with one), as `aggregate`
computes them, which no closed form covers. Each proposer's own value gets the same percentile
interval, for plots.

Names, for a metric `m`, a baseline `b` (`reference` or `base`) and a set `p` (`""` or
`HAND_PREFIX`): `p m_low95` / `p m_high95` on every proposer, and `p vs_b_m_diff`,
`p vs_b_m_diff_low95`, `p vs_b_m_diff_high95` on the candidate.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

import numpy as np
import numpy.typing as npt

from evaluation.metrics.aggregate import ExampleResult

RESAMPLES: Final = 2000
SEED: Final = 0
LOW, HIGH = "_low95", "_high95"
AGAINST_BASE: Final = "base"
"""The base model's role in difference names, whatever its runtime is called."""

Vector = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Measure:
    """One compared metric as a ratio of per-example sums (a mean when `total` is 1 each)."""

    metric: str
    hit: Callable[[ExampleResult], float]
    total: Callable[[ExampleResult], float]

    def columns(self, results: Sequence[ExampleResult]) -> tuple[Vector, Vector]:
        hits = np.array([self.hit(r) for r in results], dtype=np.float64)
        return hits, np.array([self.total(r) for r in results], dtype=np.float64)


COMPARED: Final = (
    Measure("liked_used_rate", lambda r: r.liked_hit, lambda r: r.liked_total),
    Measure("distinct_foods", lambda r: r.distinct_foods, lambda r: 1),
    Measure("distinct_exercises", lambda r: r.distinct_exercises, lambda r: 1),
    Measure("soft_honoured_rate", lambda r: r.soft_hit, lambda r: r.soft_total),
)
"""The metrics a fine-tune must match the planner on, and beat it on (soft preferences)."""


@dataclass(frozen=True)
class Interval:
    """A point estimate and its 95 % interval."""

    value: float
    low: float
    high: float


def diff_name(metric: str, against: str, *, prefix: str = "") -> str:
    """Key of the candidate's difference from `against` on `metric`; add `LOW`/`HIGH` for
    its bounds."""
    return f"{prefix}vs_{against}_{metric}_diff"


def _draws(size: int, resamples: int, seed: int) -> npt.NDArray[np.int64]:
    if size == 0:
        raise ValueError("cannot compare zero results")
    return np.random.default_rng(seed).integers(0, size, size=(resamples, size))


def _rates(hits: Vector, totals: Vector) -> Vector:
    """Ratio of sums per resample (rows of `hits` and `totals`); 0 where nothing was counted,
    as `aggregate` does."""
    hit, total = hits.sum(axis=-1), totals.sum(axis=-1)
    rates: Vector = np.zeros_like(hit)
    np.divide(hit, total, out=rates, where=total > 0)
    return rates


def intervals(
    results: Sequence[ExampleResult],
    *,
    prefix: str = "",
    resamples: int = RESAMPLES,
    seed: int = SEED,
) -> dict[str, float]:
    """Each compared metric's bootstrap interval for one proposer (`<metric>_low95/_high95`);
    the value itself is `aggregate`'s.

    Raises:
        ValueError: If `results` is empty.
    """
    draws = _draws(len(results), resamples, seed)
    found: dict[str, float] = {}
    for measure in COMPARED:
        hits, totals = measure.columns(results)
        low, high = np.percentile(_rates(hits[draws], totals[draws]), [2.5, 97.5])
        name = f"{prefix}{measure.metric}"
        found |= {name + LOW: float(low), name + HIGH: float(high)}
    return found


def _paired(ours: Sequence[ExampleResult], theirs: Sequence[ExampleResult]) -> list[ExampleResult]:
    """`theirs` in the order of `ours`, so row i of both is the same example."""
    by_id = {r.example_id: r for r in theirs}
    ids = [r.example_id for r in ours]
    if len(by_id) != len(theirs) or len(set(ids)) != len(ids) or set(ids) != set(by_id):
        raise ValueError("paired results need the same examples, each once, on both sides")
    return [by_id[example_id] for example_id in ids]


def differences(
    ours: Sequence[ExampleResult],
    theirs: Sequence[ExampleResult],
    *,
    against: str,
    prefix: str = "",
    resamples: int = RESAMPLES,
    seed: int = SEED,
) -> dict[str, float]:
    """The candidate minus a baseline on every compared metric, with paired 95 % intervals.

    Args:
        ours: The candidate's results.
        theirs: The baseline's results on the same examples, in any order.
        against: The baseline's role in the names (`reference` or `base`).
        prefix: The set of examples (`HAND_PREFIX` for the hand-written ones).
        resamples: Bootstrap resamples.
        seed: Seed of the resampling.

    Returns:
        `diff_name(...)` and its `LOW`/`HIGH` bounds for every metric of `COMPARED`.

    Raises:
        ValueError: If the two sides do not hold the same examples once each, or none.
    """
    matched = _paired(ours, theirs)
    draws = _draws(len(ours), resamples, seed)
    found: dict[str, float] = {}
    for measure in COMPARED:
        (a_hit, a_total), (b_hit, b_total) = measure.columns(ours), measure.columns(matched)
        point = float(_rates(a_hit, a_total) - _rates(b_hit, b_total))
        resampled = _rates(a_hit[draws], a_total[draws]) - _rates(b_hit[draws], b_total[draws])
        low, high = np.percentile(resampled, [2.5, 97.5])
        name = diff_name(measure.metric, against, prefix=prefix)
        found |= {name: point, name + LOW: float(low), name + HIGH: float(high)}
    return found


def read_interval(metrics: Mapping[str, float], name: str) -> Interval | None:
    """`name` with its `LOW`/`HIGH` bounds from an aggregates dict; None when any is missing."""
    keys = (name, name + LOW, name + HIGH)
    if not all(key in metrics for key in keys):
        return None
    return Interval(*(metrics[key] for key in keys))

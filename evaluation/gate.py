"""The promotion gate: floors every candidate must clear, then no regression on the champion.

Pure functions over aggregate dicts, so the Dagster asset check, the CLI and the tests share them.

Two production floors come from issue #14. The reading floor is absolute, on the hand-written
notes: a production model must read them with at most 2 % unsafe misreads (Wilson upper bound at
most 5 %) and 90 % exactly. Planner parity compares with the exact planner on the same examples:
the fine-tune must serve liked items and variety at least as well (point estimates, within
`abs_tolerance`) and honour the wishes only its notes state strictly better (the lower 95 %
bound of the paired difference above 0, `evaluation.metrics.comparison`); otherwise the planner
alone would do. Smoke profiles cannot reach either and must still register a champion, so there
they only warn (`enforce_production_floors`).

The dedicated notes reader passes its own gate (`check_reader_gate`): the same reading floor, the
same rule for smoke profiles, and no regression against the champion reader.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from evaluation.metrics.comparison import LOW, diff_name
from evaluation.metrics.reading import HAND_PREFIX
from evaluation.proposers import REFERENCE
from evaluation.specs import METRIC_SPECS, SPECS_BY_NAME

READING_FLOOR_WARNING: Final = "would fail the production reading floor"
PLANNER_PARITY_WARNING: Final = "would fail production planner parity"
PARITY_METRICS: Final = ("liked_used_rate", "distinct_foods", "distinct_exercises")
"""Metrics the fine-tune must match the planner on, within `abs_tolerance`."""
HAND_VIOLATIONS: Final = f"{HAND_PREFIX}hard_violations_after"
"""Hard violations in the plans for hand-written notes: the same floor as the test split's."""
SOFT_GAIN: Final = diff_name("soft_honoured_rate", REFERENCE) + LOW
"""Lower 95 % bound of (fine-tune - planner) on soft preferences honoured; must be above 0."""


@dataclass(frozen=True)
class GateThresholds:
    """Thresholds of the promotion gate.

    Attributes:
        max_hard_violations_after: Hard-constraint violations allowed in served plans, on the
            test split and, where they were planned, for the hand-written notes.
        min_schema_valid_rate: Share of drafts that must parse (1.0 means all).
        max_kcal_error_p95: Largest allowed p95 relative calorie error after the portion solver.
        abs_tolerance: Absolute slack before a drop against the champion counts as a regression.
        rel_tolerance: Extra slack as a fraction of the champion's value.
        min_hand_reading_exact_rate: Share of hand-written notes that must be read exactly.
        max_hand_reading_unsafe_rate: Share of hand-written notes that may be read unsafely.
        max_hand_reading_unsafe_upper95: Largest allowed Wilson 95 % upper bound of that share.
        enforce_production_floors: Whether missing the hand-written reading floor or planner
            parity fails the gate (production) or only warns (smoke profiles, which must still
            register).
    """

    max_hard_violations_after: float = 0.0
    min_schema_valid_rate: float = 1.0
    max_kcal_error_p95: float = 0.03
    abs_tolerance: float = 0.01
    rel_tolerance: float = 0.05
    min_hand_reading_exact_rate: float = 0.90
    max_hand_reading_unsafe_rate: float = 0.02
    max_hand_reading_unsafe_upper95: float = 0.05
    enforce_production_floors: bool = True

    def __post_init__(self) -> None:
        for name in (
            "min_schema_valid_rate",
            "min_hand_reading_exact_rate",
            "max_hand_reading_unsafe_rate",
            "max_hand_reading_unsafe_upper95",
        ):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise ValueError(f"`{name}` must be in [0, 1], got {getattr(self, name)}")
        for name in ("max_hard_violations_after", "max_kcal_error_p95", "abs_tolerance"):
            if getattr(self, name) < 0:
                raise ValueError(f"`{name}` must be >= 0, got {getattr(self, name)}")
        if self.rel_tolerance < 0:
            raise ValueError(f"`rel_tolerance` must be >= 0, got {self.rel_tolerance}")

    def floors(self) -> dict[str, float]:
        """Metric to the bound every candidate must clear (a floor or a ceiling, by its spec)."""
        return {
            "hard_violations_after": self.max_hard_violations_after,
            "schema_valid_rate": self.min_schema_valid_rate,
            "kcal_error_p95": self.max_kcal_error_p95,
        }

    def reading_floor(self) -> dict[str, float]:
        """Metric to bound of the production reading floor on the hand-written notes."""
        return {
            f"{HAND_PREFIX}reading_exact_rate": self.min_hand_reading_exact_rate,
            f"{HAND_PREFIX}reading_unsafe_rate": self.max_hand_reading_unsafe_rate,
            f"{HAND_PREFIX}reading_unsafe_upper95": self.max_hand_reading_unsafe_upper95,
        }


@dataclass(frozen=True)
class GateResult:
    """The verdict: `failures` block promotion, `warnings` are floors this profile waives."""

    passed: bool
    failures: tuple[str, ...]
    warnings: tuple[str, ...] = ()


def _metric(metrics: Mapping[str, float], name: str) -> float:
    if name not in metrics:
        raise KeyError(f"the gate needs metric `{name}`; got {sorted(metrics)}")
    return metrics[name]


def _floor_failures(metrics: Mapping[str, float], bounds: Mapping[str, float]) -> list[str]:
    """One message per metric on the wrong side of its bound; the spec says which side."""
    failures = []
    for name, bound in bounds.items():
        value = _metric(metrics, name)
        if SPECS_BY_NAME[name].higher_is_better:
            if value < bound:
                failures.append(f"{name}={value:.4g} < {bound:.4g}")
        elif value > bound:
            failures.append(f"{name}={value:.4g} > {bound:.4g}")
    return failures


def parity_failures(
    metrics: Mapping[str, float], planner: Mapping[str, float], thresholds: GateThresholds
) -> list[str]:
    """Where the candidate falls short of the exact planner on the same examples.

    Args:
        metrics: The candidate's aggregates, with its paired differences from the planner.
        planner: The reference planner's aggregates on the same examples.
        thresholds: Source of `abs_tolerance`.

    Returns:
        One message per shortfall, empty when the candidate is at parity and better on soft
        preferences, on the held-out split and, where it was evaluated (metrics under
        `HAND_PREFIX`), on the hand-written notes with wishes.

    Raises:
        KeyError: If a metric parity needs is missing on either side.
    """
    failures = []
    evaluated = [""] + ([HAND_PREFIX] if f"{HAND_PREFIX}{SOFT_GAIN}" in metrics else [])
    for prefix in evaluated:
        for name in (f"{prefix}{name}" for name in PARITY_METRICS):
            ours, theirs = _metric(metrics, name), _metric(planner, name)
            if ours < theirs - thresholds.abs_tolerance:
                failures.append(f"{name}={ours:.4g} < planner {theirs:.4g}")
        gain = _metric(metrics, f"{prefix}{SOFT_GAIN}")
        if gain <= 0:
            failures.append(f"{prefix}{SOFT_GAIN}={gain:.4g} <= 0")
    return failures


def regressions(
    metrics: Mapping[str, float], champion: Mapping[str, float], thresholds: GateThresholds
) -> list[str]:
    """Gated metrics on which `metrics` is worse than `champion` beyond the tolerance.

    Args:
        metrics: The candidate's aggregates.
        champion: The current champion's aggregates; metrics missing from either are skipped,
            so a new metric does not block the first candidate that reports it.
        thresholds: Source of the tolerances.

    Returns:
        One message per regressed metric, empty when none regressed.
    """
    found = []
    for spec in METRIC_SPECS:
        if not spec.gated or spec.name not in metrics or spec.name not in champion:
            continue
        ours, theirs = metrics[spec.name], champion[spec.name]
        slack = thresholds.abs_tolerance + thresholds.rel_tolerance * abs(theirs)
        drop = theirs - ours if spec.higher_is_better else ours - theirs
        if drop > slack:
            found.append(f"{spec.name}={ours:.4f} is worse than champion {theirs:.4f}")
    return found


def _verdict(
    failures: Sequence[str],
    production: Mapping[str, Sequence[str]],
    regressed: Sequence[str],
    thresholds: GateThresholds,
) -> GateResult:
    """Production misses block when `enforce_production_floors`, else warn, one line per floor."""
    blocking = list(failures)
    warnings: tuple[str, ...] = ()
    if thresholds.enforce_production_floors:
        blocking += [miss for misses in production.values() for miss in misses]
    else:
        warnings = tuple(
            f"{label}: {'; '.join(misses)}" for label, misses in production.items() if misses
        )
    blocking += regressed
    return GateResult(passed=not blocking, failures=tuple(blocking), warnings=warnings)


def check_gate(
    metrics: Mapping[str, float],
    thresholds: GateThresholds,
    champion: Mapping[str, float] | None = None,
    *,
    planner: Mapping[str, float],
) -> GateResult:
    """Decide whether a candidate may be promoted.

    Args:
        metrics: The candidate's aggregates on the held-out split.
        thresholds: Floors and tolerances.
        champion: The current champion's aggregates, or None when there is no champion yet.
        planner: The reference planner's aggregates on the same examples.

    Returns:
        The verdict with one readable reason per failure; when the production floors are not
        enforced, the misses of each come back as one warning instead.

    Raises:
        KeyError: If a metric the floors (the production ones included) need is missing.
    """
    floors = thresholds.floors()
    if HAND_VIOLATIONS in metrics:  # hand-written plans are optional; where run, they are served
        floors[HAND_VIOLATIONS] = thresholds.max_hard_violations_after
    failures = _floor_failures(metrics, floors)
    production = {
        READING_FLOOR_WARNING: _floor_failures(metrics, thresholds.reading_floor()),
        PLANNER_PARITY_WARNING: parity_failures(metrics, planner, thresholds),
    }
    regressed = [] if champion is None else regressions(metrics, champion, thresholds)
    return _verdict(failures, production, regressed, thresholds)


def check_reader_gate(
    metrics: Mapping[str, float],
    thresholds: GateThresholds,
    champion: Mapping[str, float] | None = None,
) -> GateResult:
    """Decide whether a dedicated notes reader may become the champion reader.

    The reading floor on the hand-written notes is its production floor (only a warning when
    not enforced); a regression against the champion reader always blocks. The plan floors do
    not apply: a reader writes no plans.

    Args:
        metrics: The reader's reading metrics (`READING_SPECS`, other keys are not gated).
        thresholds: The reading floor and the tolerances; the plan floors are not used.
        champion: The champion reader's metrics, or None when there is none yet.

    Returns:
        The verdict, as `check_gate`'s.

    Raises:
        KeyError: If a metric of the reading floor is missing.
    """
    production = {READING_FLOOR_WARNING: _floor_failures(metrics, thresholds.reading_floor())}
    regressed = [] if champion is None else regressions(metrics, champion, thresholds)
    return _verdict([], production, regressed, thresholds)


def rank_key(metrics: Mapping[str, float]) -> tuple[float, ...]:
    """Sort key for "best candidate": fewer violations, more valid, closer kcal, then variety.

    Returns:
        A tuple where larger is better, usable with `max`.
    """
    return (
        -_metric(metrics, "hard_violations_after"),
        -_metric(metrics, "hard_violations_before"),
        _metric(metrics, "schema_valid_rate"),
        _metric(metrics, "grounded_rate"),
        -_metric(metrics, "kcal_error_p95"),
        metrics.get("liked_used_rate", 0.0),
        metrics.get("distinct_foods", 0.0) + metrics.get("distinct_exercises", 0.0),
    )


def select_best(candidates: Mapping[str, Mapping[str, float]]) -> str | None:
    """The key of the best candidate by `rank_key`, or None when there are none.

    Ties go to the lexicographically smallest key so the choice is deterministic.
    """
    if not candidates:
        return None
    return max(sorted(candidates), key=lambda key: rank_key(candidates[key]))

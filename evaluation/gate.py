"""The promotion gate: floors every candidate must clear, then no regression on the champion.

Pure functions over aggregate dicts, so the Dagster asset check, the CLI and the tests share them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from evaluation.specs import METRIC_SPECS


@dataclass(frozen=True)
class GateThresholds:
    """Thresholds of the promotion gate.

    Attributes:
        max_hard_violations_after: Hard-constraint violations allowed in served plans.
        min_schema_valid_rate: Share of drafts that must parse (1.0 means all).
        max_kcal_error_p95: Largest allowed p95 relative calorie error after the portion solver.
        abs_tolerance: Absolute slack before a drop against the champion counts as a regression.
        rel_tolerance: Extra slack as a fraction of the champion's value.
    """

    max_hard_violations_after: float = 0.0
    min_schema_valid_rate: float = 1.0
    max_kcal_error_p95: float = 0.03
    abs_tolerance: float = 0.01
    rel_tolerance: float = 0.05

    def __post_init__(self) -> None:
        if not 0.0 <= self.min_schema_valid_rate <= 1.0:
            raise ValueError(
                f"`min_schema_valid_rate` must be in [0, 1], got {self.min_schema_valid_rate}"
            )
        for name in ("max_hard_violations_after", "max_kcal_error_p95", "abs_tolerance"):
            if getattr(self, name) < 0:
                raise ValueError(f"`{name}` must be >= 0, got {getattr(self, name)}")
        if self.rel_tolerance < 0:
            raise ValueError(f"`rel_tolerance` must be >= 0, got {self.rel_tolerance}")


@dataclass(frozen=True)
class GateResult:
    passed: bool
    failures: tuple[str, ...]


def _metric(metrics: Mapping[str, float], name: str) -> float:
    if name not in metrics:
        raise KeyError(f"the gate needs metric `{name}`; got {sorted(metrics)}")
    return metrics[name]


def _floor_failures(metrics: Mapping[str, float], thresholds: GateThresholds) -> list[str]:
    failures = []
    violations = _metric(metrics, "hard_violations_after")
    if violations > thresholds.max_hard_violations_after:
        failures.append(
            f"hard_violations_after={violations:g} > {thresholds.max_hard_violations_after:g}"
        )
    valid = _metric(metrics, "schema_valid_rate")
    if valid < thresholds.min_schema_valid_rate:
        failures.append(f"schema_valid_rate={valid:.4f} < {thresholds.min_schema_valid_rate:.4f}")
    kcal = _metric(metrics, "kcal_error_p95")
    if kcal > thresholds.max_kcal_error_p95:
        failures.append(f"kcal_error_p95={kcal:.4f} > {thresholds.max_kcal_error_p95:.4f}")
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


def check_gate(
    metrics: Mapping[str, float],
    thresholds: GateThresholds,
    champion: Mapping[str, float] | None = None,
) -> GateResult:
    """Decide whether a candidate may be promoted.

    Args:
        metrics: The candidate's aggregates on the held-out split.
        thresholds: Floors and tolerances.
        champion: The current champion's aggregates, or None when there is no champion yet.

    Returns:
        The verdict with one readable reason per failure.

    Raises:
        KeyError: If a metric the floors need is missing.
    """
    failures = _floor_failures(metrics, thresholds)
    if champion is not None:
        failures += regressions(metrics, champion, thresholds)
    return GateResult(passed=not failures, failures=tuple(failures))


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

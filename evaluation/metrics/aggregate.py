"""One record per evaluated example, and the aggregates the gate and reports read."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from pydantic import BaseModel, ConfigDict

from evaluation.metrics.draft import READ_TOPICS


class ExampleResult(BaseModel):
    """Everything measured on one held-out example for one candidate (one JSONL line)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    example_id: str
    candidate: str
    reading_output: str | None
    """The reading pass as written; None when none ran (blank notes, the oracle)."""
    output: str
    """The plan draft as written."""
    schema_valid: bool
    names_found: int
    names_total: int
    hard_violations_before: int
    hard_violations_after: int
    days_match: bool
    constraints_read: int
    """Constraint topics (of `READ_TOPICS`) enforced exactly as they truly are after reading."""
    served_from: str
    liked_hit: int
    liked_total: int
    distinct_foods: int
    distinct_exercises: int
    soft_hit: int = 0
    """Wishes of the notes (`domain.plan.soft_preferences`) the served plan honours; 0 with
    `soft_total` in results written before they were scored."""
    soft_total: int = 0
    wishes_read: int = 0
    """Wishes of the notes the plan was made for, read by kind and term (0 for proposers that
    read none, and in older results)."""
    wishes_read_count: int = 0
    """Wishes the plan was made for, whether the notes state them or not."""
    wishes_output: str = ""
    """Those wishes as JSON (`domain.plan.soft_preferences.wishes_wire`); empty for none."""
    meals_apart: int = 0
    """Days on which no food is served at two meals, of `plan_days` (0 in older results)."""
    plan_days: int = 0
    sets_in_range: int
    sets_groups: int
    kcal_error: float
    macro_error: float
    latency_s: float
    new_tokens: int


def _ratio(hit: float, total: float) -> float:
    return hit / total if total else 0.0


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100, linear interpolation) of `values`; 0 for none."""
    return float(np.percentile(np.asarray(values, dtype=float), q)) if values else 0.0


def aggregate(results: Sequence[ExampleResult], *, prefix: str = "") -> dict[str, float]:
    """Aggregate per-example results into the metrics named in `evaluation.specs`.

    Rates are over all examples: an unparsed draft counts as invalid, not violation-free and with
    the wrong number of days. Grounding is over the names of parsed drafts only (an unparsed one
    has none); schema validity already charges for it.

    Args:
        results: One candidate's results over a split.
        prefix: Put before every metric name (`HAND_PREFIX` for the hand-written plan examples),
            so one candidate's results on several sets sit side by side.

    Returns:
        Metric name to value; empty input raises.

    Raises:
        ValueError: If `results` is empty.
    """
    if not results:
        raise ValueError("cannot aggregate zero results")
    n = len(results)
    latencies = [r.latency_s for r in results]
    kcal = [r.kcal_error for r in results]
    metrics = {
        "examples": float(n),
        "schema_valid_rate": _ratio(sum(r.schema_valid for r in results), n),
        "grounded_rate": _ratio(
            sum(r.names_found for r in results), sum(r.names_total for r in results)
        ),
        "violation_free_rate_before": _ratio(
            sum(r.schema_valid and r.hard_violations_before == 0 for r in results), n
        ),
        "hard_violations_before": float(sum(r.hard_violations_before for r in results)),
        "hard_violations_after": float(sum(r.hard_violations_after for r in results)),
        "days_match_rate": _ratio(sum(r.days_match for r in results), n),
        "constraints_read_rate": _ratio(
            sum(r.constraints_read for r in results), len(READ_TOPICS) * n
        ),
        "liked_used_rate": _ratio(
            sum(r.liked_hit for r in results), sum(r.liked_total for r in results)
        ),
        "distinct_foods": float(np.mean([r.distinct_foods for r in results])),
        "distinct_exercises": float(np.mean([r.distinct_exercises for r in results])),
        "soft_honoured_rate": _ratio(
            sum(r.soft_hit for r in results), sum(r.soft_total for r in results)
        ),
        "wishes_read_recall": _ratio(
            sum(r.wishes_read for r in results), sum(r.soft_total for r in results)
        ),
        "wishes_read_precision": _ratio(
            sum(r.wishes_read for r in results), sum(r.wishes_read_count for r in results)
        ),
        "meals_apart_rate": _ratio(
            sum(r.meals_apart for r in results), sum(r.plan_days for r in results)
        ),
        "sets_in_guideline_rate": _ratio(
            sum(r.sets_in_range for r in results), sum(r.sets_groups for r in results)
        ),
        "kcal_error_mean": float(np.mean(kcal)),
        "kcal_error_p95": percentile(kcal, 95),
        "macro_error_mean": float(np.mean([r.macro_error for r in results])),
        "latency_p50_s": percentile(latencies, 50),
        "latency_p95_s": percentile(latencies, 95),
        "tokens_per_s": _ratio(sum(r.new_tokens for r in results), sum(latencies)),
    }
    return {f"{prefix}{name}": value for name, value in metrics.items()}

"""Names and directions of the aggregate metrics, shared by the harness, the gate and reports.

One table so the gate cannot disagree with the report about whether bigger is better.
"""

from __future__ import annotations

from dataclasses import dataclass

from evaluation.metrics.reading import HAND_PREFIX


@dataclass(frozen=True)
class MetricSpec:
    """How to read one aggregate metric.

    Attributes:
        name: Key in the aggregates dict.
        higher_is_better: Whether an increase is an improvement.
        description: One line for reports.
        gated: Whether the gate refuses a regression against the champion on it. Timing metrics
            are not gated: they depend on the machine more than on the model.
    """

    name: str
    higher_is_better: bool
    description: str
    gated: bool = True


def _higher(name: str, description: str, *, gated: bool = True) -> MetricSpec:
    return MetricSpec(name, True, description, gated)


def _lower(name: str, description: str, *, gated: bool = True) -> MetricSpec:
    return MetricSpec(name, False, description, gated)


def _reading(prefix: str, notes: str) -> tuple[MetricSpec, ...]:
    """The reading metrics of one set of notes (`evaluation.metrics.reading.aggregate_reading`)."""
    return (
        _higher(f"{prefix}reading_exact_rate", f"{notes} read exactly right"),
        _lower(f"{prefix}reading_unsafe_rate", f"{notes} read unsafely (missed or loosened)"),
        _lower(
            f"{prefix}reading_unsafe_upper95",
            f"Wilson 95 % upper bound of the unsafe rate on {notes}",
        ),
    )


def _plan_quality(prefix: str, users: str) -> tuple[MetricSpec, ...]:
    """What users notice in valid plans beyond constraints (`domain.plan.quality`)."""
    return (
        _higher(f"{prefix}liked_used_rate", f"liked foods and exercises served ({users})"),
        _higher(f"{prefix}distinct_foods", f"distinct foods per weekly plan ({users})"),
        _higher(f"{prefix}distinct_exercises", f"distinct exercises per weekly plan ({users})"),
        _higher(f"{prefix}soft_honoured_rate", f"wishes stated in the notes honoured ({users})"),
        _higher(
            f"{prefix}wishes_read_recall",
            f"wishes stated in the notes the plan was made for ({users})",
            gated=False,
        ),
        _higher(
            f"{prefix}wishes_read_precision",
            f"wishes the plan was made for that the notes state ({users})",
            gated=False,
        ),
        _higher(f"{prefix}meals_apart_rate", f"days with no food at two meals ({users})"),
    )


READING_SPECS: tuple[MetricSpec, ...] = (
    *_reading("", "held-out notes"),
    *_reading(HAND_PREFIX, "hand-written notes"),
)
"""What any notes reader is measured on: the LLM's reading pass and the dedicated reader alike."""

METRIC_SPECS: tuple[MetricSpec, ...] = (
    _higher("schema_valid_rate", "drafts that parse against the schema"),
    _higher("grounded_rate", "draft names found in the catalog"),
    _higher("violation_free_rate_before", "drafts without hard violations before repair"),
    _lower("hard_violations_before", "hard violations in drafts, before repair"),
    _lower("hard_violations_after", "hard violations in served plans (must be 0)"),
    _lower(
        f"{HAND_PREFIX}hard_violations_after",
        "hard violations in served plans for hand-written notes (must be 0)",
    ),
    _higher("days_match_rate", "drafts with the requested training days"),
    _higher("constraints_read_rate", "constraint topics enforced as they truly are"),
    *READING_SPECS,
    *_plan_quality("", "held-out users"),
    *_plan_quality(HAND_PREFIX, "hand-written notes"),
    _higher("sets_in_guideline_rate", "muscle groups with weekly sets in range"),
    _lower("kcal_error_mean", "mean worst-day relative kcal error after portions"),
    _lower("kcal_error_p95", "p95 worst-day relative kcal error after portions"),
    _lower("macro_error_mean", "mean relative macro error after portions"),
    _lower("latency_p50_s", "median generation latency (s)", gated=False),
    _lower("latency_p95_s", "p95 generation latency (s)", gated=False),
    _higher("tokens_per_s", "generated tokens per second", gated=False),
)

SPECS_BY_NAME: dict[str, MetricSpec] = {spec.name: spec for spec in METRIC_SPECS}

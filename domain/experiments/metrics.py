"""The metrics an A/B report compares, read from the per-user export (`UnitMetrics`).

Users are the unit of randomisation, so a rate over plans or ratings is a ratio of per-user sums
(its variance by the delta method), never a mean of per-plan rows that would treat one user's
plans as independent. Latency quantiles pool every plan's latency with users as clusters.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final

import numpy as np

from domain.api.experiments import UnitMetrics
from domain.experiments.quantiles import event_quantile_statistic
from domain.experiments.statistics import (
    ArmStatistic,
    Moments,
    cuped_statistic,
    cuped_theta,
    mean_statistic,
    ratio_statistic,
)

Columns = Callable[[UnitMetrics], tuple[float, ...]]


@dataclass(frozen=True)
class Metric:
    """One compared metric.

    Attributes:
        name: Key in reports and MLflow.
        description: What it measures, for readers of the report.
        higher_is_better: Direction of improvement.
    """

    name: str
    description: str
    higher_is_better: bool


@dataclass(frozen=True)
class SumsMetric(Metric):
    """A per-user mean (one column) or a ratio of per-user sums (numerator, denominator).

    Attributes:
        columns: Per-user values: `(x,)` for a mean, `(numerator, denominator)` for a ratio.
        ratio: Whether the columns are a ratio's numerator and denominator.
        covariate: The same columns over the pre-exposure period, for CUPED; None without.
    """

    columns: Columns
    ratio: bool
    covariate: Columns | None = None

    @property
    def width(self) -> int:
        return 2 if self.ratio else 1


@dataclass(frozen=True)
class QuantileMetric(Metric):
    """A quantile of every plan's latency, users as clusters."""

    level: float


def _moments(units: Sequence[UnitMetrics], width: int, *parts: Columns) -> Moments:
    rows = [[value for part in parts for value in part(unit)] for unit in units]
    return Moments.of(np.asarray(rows, dtype=np.float64).reshape(len(rows), width))


def _pre_adherence(unit: UnitMetrics) -> tuple[float, float]:
    """Users without a pre-period add zeros, as GrowthBook's covariate query does."""
    return (unit.pre_adherence_hits or 0.0, unit.pre_adherence_total or 0.0)


METRICS: Final[tuple[SumsMetric | QuantileMetric, ...]] = (
    SumsMetric(
        "adherence",
        "planned meals and workouts logged as done (CUPED on the pre-exposure weeks)",
        higher_is_better=True,
        columns=lambda u: (u.adherence_hits, u.adherence_total),
        ratio=True,
        covariate=_pre_adherence,
    ),
    SumsMetric(
        "mean_rating",
        "mean plan rating, 1-5 stars",
        higher_is_better=True,
        columns=lambda u: (u.rating_sum, u.ratings),
        ratio=True,
    ),
    SumsMetric(
        "share_4plus",
        "share of plan ratings with 4 or 5 stars",
        higher_is_better=True,
        columns=lambda u: (u.ratings_4plus, u.ratings),
        ratio=True,
    ),
    SumsMetric(
        "plans_per_user",
        "plan versions made per user",
        higher_is_better=True,
        columns=lambda u: (u.plans,),
        ratio=False,
    ),
    SumsMetric(
        "repair_rate",
        "share of plans served from a repaired draft",
        higher_is_better=False,
        columns=lambda u: (u.repaired, u.plans),
        ratio=True,
    ),
    SumsMetric(
        "fallback_rate",
        "share of plans the exact planner made although a model was assigned",
        higher_is_better=False,
        columns=lambda u: (u.fallbacks, u.plans),
        ratio=True,
    ),
    QuantileMetric("latency_p50", "median plan latency, s", higher_is_better=False, level=0.5),
    QuantileMetric(
        "latency_p95", "95th percentile plan latency, s", higher_is_better=False, level=0.95
    ),
)
METRICS_BY_NAME: Final = {metric.name: metric for metric in METRICS}


def arm_statistic(
    metric: SumsMetric | QuantileMetric, units: Sequence[UnitMetrics]
) -> ArmStatistic:
    """One variant's unadjusted statistic of `metric`."""
    if isinstance(metric, QuantileMetric):
        return event_quantile_statistic([unit.latencies for unit in units], metric.level)
    moments = _moments(units, metric.width, metric.columns)
    return ratio_statistic(moments) if metric.ratio else mean_statistic(moments)


def compared_statistics(
    metric: SumsMetric | QuantileMetric,
    control: Sequence[UnitMetrics],
    treatment: Sequence[UnitMetrics],
) -> tuple[ArmStatistic, ArmStatistic, float]:
    """Both arms' statistics, CUPED-adjusted when the metric has a covariate.

    Returns:
        Control, treatment and CUPED's theta (0: no adjustment, e.g. no user has a pre-period).
    """
    if isinstance(metric, QuantileMetric) or metric.covariate is None:
        return arm_statistic(metric, control), arm_statistic(metric, treatment), 0.0
    a, b = (
        _moments(arm, 2 * metric.width, metric.columns, metric.covariate)
        for arm in (control, treatment)
    )
    theta = cuped_theta(a, b, ratio=metric.ratio)
    return (
        cuped_statistic(a, theta, ratio=metric.ratio),
        cuped_statistic(b, theta, ratio=metric.ratio),
        theta,
    )

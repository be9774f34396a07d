"""Quantiles of per-event values clustered by user (plan latency p50 / p95), as gbstats has them.

gbstats 0.8.0 (`QuantileStatistic`, `QuantileClusteredStatistic`) takes the quantile's standard
error from its distribution-free confidence interval, the order statistics at levels
`ν ± z·sqrt(ν(1-ν)/n)`: the interval's half-width over `z` is the standard error, so the per-event
variance is `(n*/n)(n-1)((upper - lower) / 2z)²`. Events of one user are correlated, so for
event-level quantiles that variance is scaled by a design effect: the delta-method variance of
the share of events at or below the quantile with users as clusters, over its i.i.d. value
`ν(1-ν)/n`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import numpy as np
from scipy.stats import norm

from domain.experiments.statistics import ArmStatistic, Moments, ratio_statistic

Z_95: Final = float(norm.ppf(0.975))
VARIANCE_FLOOR: Final = 1e-5
"""gbstats' floor on a quantile's variance from 100 events on."""


def quantile_statistic(
    *,
    n: int,
    n_star: int,
    nu: float,
    quantile: float,
    lower: float,
    upper: float,
    design_effect: float = 1.0,
) -> ArmStatistic:
    """gbstats' `QuantileStatistic` (design effect 1) or `QuantileClusteredStatistic`.

    Args:
        n: Events.
        n_star: Events the bounds were computed from (n, unless sampled).
        nu: Quantile level, e.g. 0.95.
        quantile: The sample quantile.
        lower, upper: Sample quantiles at `nu ∓ z·sqrt(nu(1-nu)/n_star)`.
        design_effect: Clustered over i.i.d. variance of the share of events below the quantile.

    Returns:
        The statistic; its variance is 0 (no test) when there are too few events for the
        interval to stay inside (0, 1), as in gbstats' `_has_zero_variance`.
    """
    variance = 0.0
    if n > 1:
        variance = (n_star / n) * (n - 1) * ((upper - lower) / (2 * Z_95)) ** 2 * design_effect
    too_few = n <= Z_95**2 * nu / (1 - nu) or n <= Z_95**2 * (1 - nu) / nu
    if too_few or (variance <= 0 and n < 1000):
        variance = 0.0
    elif n >= 100:
        variance = max(variance, VARIANCE_FLOOR)
    return ArmStatistic(n=n, mean=quantile, unadjusted_mean=quantile, variance=variance)


def event_quantile_statistic(values_per_unit: Sequence[Sequence[float]], nu: float) -> ArmStatistic:
    """The `nu` quantile of every user's events pooled, with users as clusters.

    Args:
        values_per_unit: Each user's event values (users without events count as clusters).
        nu: Quantile level in (0, 1).

    Returns:
        The clustered quantile statistic (`n` is the number of events).
    """
    if not 0 < nu < 1:
        raise ValueError(f"quantile level must be in (0, 1), got {nu}")
    counts = np.array([len(unit) for unit in values_per_unit], dtype=np.int64)
    values = np.fromiter((v for unit in values_per_unit for v in unit), np.float64, counts.sum())
    n = len(values)
    if n == 0:
        return ArmStatistic(n=0, mean=0.0, unadjusted_mean=0.0, variance=0.0)
    quantile = float(np.quantile(values, nu))
    spread = Z_95 * np.sqrt(nu * (1 - nu) / n)
    lower, upper = np.quantile(values, [max(nu - spread, 0.0), min(nu + spread, 1.0)])
    clusters = len(counts)
    design_effect = 0.0
    if clusters > 1:
        owner = np.repeat(np.arange(clusters), counts)
        below = np.bincount(owner, weights=values <= quantile, minlength=clusters)
        share = ratio_statistic(Moments.of(np.column_stack([below, counts])))
        design_effect = (share.variance / clusters) / (nu * (1 - nu) / n)
    return quantile_statistic(
        n=n,
        n_star=n,
        nu=nu,
        quantile=quantile,
        lower=float(lower),
        upper=float(upper),
        design_effect=design_effect,
    )

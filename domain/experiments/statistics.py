"""One arm's statistic for one metric, from sufficient statistics, as GrowthBook's engine has it.

Each arm of a metric is summarised by the sums and sums of products of its per-user columns
(`Moments`), the way GrowthBook's SQL feeds its stats engine (gbstats 0.8.0,
`gbstats/models/statistics.py`). Every estimate here is a smooth function of those column means
(a mean, a ratio of means, either minus theta times its pre-period twin), so its per-user variance
follows from the delta method, `Var f(x̄) ≈ ∇fᵀ Σ ∇f / n` (Deng, Knoblich & Lu 2018, "Applying the
Delta Method in Metric Analytics", KDD), which is what gbstats' `RatioStatistic.variance` and
`RegressionAdjustedStatistic.variance` spell out term by term.

CUPED (Deng, Xu, Kohavi & Walker 2013) subtracts `theta` times the pre-period estimate; theta is
`Cov(post, pre) / Var(pre)` over both arms pooled (gbstats `compute_theta`). gbstats 0.8.0 adjusts
mean metrics only; a ratio metric is adjusted here by the same rule applied to the linearised
ratios (pre and post estimates are ratios, their covariance from the delta method), which reduces
to gbstats' formula when both parts are plain means.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

FloatArray = NDArray[np.float64]


@dataclass(frozen=True, eq=False)
class Moments:
    """Sufficient statistics of `k` per-user columns: count, column sums and sums of products.

    Attributes:
        n: Number of users.
        sums: Column sums, shape `(k,)`.
        products: Sums of products of every pair of columns, shape `(k, k)` (squares on the
            diagonal).
    """

    n: int
    sums: FloatArray
    products: FloatArray

    @classmethod
    def of(cls, columns: ArrayLike) -> Moments:
        """Moments of a `(users, k)` array of per-user values."""
        values = np.asarray(columns, dtype=np.float64)
        if values.ndim != 2:
            raise ValueError(f"columns must be a (users, k) array, got shape {values.shape}")
        return cls(n=len(values), sums=values.sum(axis=0), products=values.T @ values)

    def __add__(self, other: Moments) -> Moments:
        """The moments of both groups of users together (gbstats `create_joint_statistic`)."""
        return Moments(self.n + other.n, self.sums + other.sums, self.products + other.products)

    @property
    def means(self) -> FloatArray:
        return self.sums / self.n if self.n else np.zeros_like(self.sums)

    @property
    def covariance(self) -> FloatArray:
        """Sample covariance of the columns (n - 1 in the denominator); zeros below two users."""
        if self.n <= 1:
            return np.zeros_like(self.products)
        return (self.products - np.outer(self.sums, self.sums) / self.n) / (self.n - 1)


@dataclass(frozen=True)
class ArmStatistic:
    """What a test needs of one arm (gbstats' `Statistic` interface).

    Attributes:
        n: Users (events, for an event-level quantile).
        mean: The estimate, CUPED-adjusted when a covariate was used.
        unadjusted_mean: The estimate without adjustment (what a relative lift divides by).
        variance: Per-user variance of the estimate: its standard error is
            `sqrt(variance / n)`.
    """

    n: int
    mean: float
    unadjusted_mean: float
    variance: float


def _part(means: FloatArray, ratio: bool) -> tuple[float, FloatArray]:
    """Value and gradient of a mean (one column) or of a ratio of two column means."""
    if not ratio:
        return float(means[0]), np.ones(1)
    numerator, denominator = float(means[0]), float(means[1])
    if denominator == 0:  # gbstats: no ratio, zero variance
        return 0.0, np.zeros(2)
    return numerator / denominator, np.array([1 / denominator, -numerator / denominator**2])


def _quadratic(gradient: FloatArray, covariance: FloatArray) -> float:
    return float(gradient @ covariance @ gradient)


def _unadjusted(moments: Moments, ratio: bool) -> ArmStatistic:
    value, gradient = _part(moments.means, ratio)
    return ArmStatistic(moments.n, value, value, _quadratic(gradient, moments.covariance))


def mean_statistic(moments: Moments) -> ArmStatistic:
    """A per-user mean of one column (gbstats `SampleMeanStatistic`)."""
    return _unadjusted(moments, ratio=False)


def ratio_statistic(moments: Moments) -> ArmStatistic:
    """A ratio of means, numerator then denominator column (gbstats `RatioStatistic`).

    Variance (delta method): `Var(m)/d̄² - 2 Cov(m, d) m̄/d̄³ + m̄² Var(d)/d̄⁴`.
    """
    return _unadjusted(moments, ratio=True)


def _split_gradients(means: FloatArray, ratio: bool) -> tuple[float, FloatArray, float, FloatArray]:
    """Post and pre values with gradients over all columns (post columns first, then pre)."""
    width = 2 if ratio else 1
    post, post_gradient = _part(means[:width], ratio)
    pre, pre_gradient = _part(means[width:], ratio)
    zeros = np.zeros(width)
    return (
        post,
        np.concatenate([post_gradient, zeros]),
        pre,
        np.concatenate([zeros, pre_gradient]),
    )


def cuped_theta(control: Moments, treatment: Moments, *, ratio: bool) -> float:
    """CUPED's theta, `Cov(post, pre) / Var(pre)` over both arms pooled (gbstats `compute_theta`).

    Returns:
        0 when either the pooled pre or post estimate has no variance (gbstats then falls back to
        the unadjusted statistic, which theta = 0 gives).
    """
    joint = control + treatment
    _, post_gradient, _, pre_gradient = _split_gradients(joint.means, ratio)
    covariance = joint.covariance
    pre_variance = _quadratic(pre_gradient, covariance)
    if pre_variance <= 0 or _quadratic(post_gradient, covariance) <= 0:
        return 0.0
    return float(post_gradient @ covariance @ pre_gradient) / pre_variance


def cuped_statistic(moments: Moments, theta: float, *, ratio: bool) -> ArmStatistic:
    """The post-period estimate minus theta times the pre-period one.

    Columns are the post-period ones then the pre-period ones: `[post]` + `[pre]` for a mean,
    `[m, d]` + `[m_pre, d_pre]` for a ratio. For a mean the variance is gbstats'
    `RegressionAdjustedStatistic.variance`, `Var(post) + θ² Var(pre) - 2θ Cov(post, pre)`.
    """
    post, post_gradient, pre, pre_gradient = _split_gradients(moments.means, ratio)
    gradient = post_gradient - theta * pre_gradient
    return ArmStatistic(
        moments.n, post - theta * pre, post, _quadratic(gradient, moments.covariance)
    )

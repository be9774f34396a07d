"""Relative lift of treatment over control: fixed-horizon and sequential tests, chance to win.

Formulas are gbstats 0.8.0's (GrowthBook's stats engine, MIT), file by file:
- lift and its variance, `frequentist/tests.py` (`frequentist_diff`, `frequentist_variance`): the
  delta method on the ratio of the arms' means,
  `Var(Δ) = σ²_b / (μ²_a n_b) + σ²_a μ²_b / (μ⁴_a n_a)`, with μ_a the control's unadjusted mean;
- fixed-horizon test, `TwoSidedTTest`: Welch's t with Welch-Satterthwaite degrees of freedom;
- sequential test, `SequentialTwoSidedTTest`: the asymptotic confidence sequence of Waudby-Smith
  et al. (2023, arXiv:2103.06476v7, eq. 9; rho from eq. 161, p-value eq. 155) with GrowthBook's
  tuning parameter (the sample size the interval is tightest at, default 5000);
- chance to win, `bayesian/tests.py` `EffectBayesianABTest` with its default improper flat prior:
  the posterior of the relative lift is Normal(Δ, Var(Δ)); risk is the expected loss of each choice.

Power and the sample size for it are not in gbstats 0.8.0: they follow from the same normal
approximation (`Φ(|Δ|/se - c)` with `c` the critical value of the test in use).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import numpy as np
from scipy.optimize import brentq
from scipy.stats import norm, t

from domain.experiments.statistics import ArmStatistic

DEFAULT_ALPHA: Final = 0.05
DEFAULT_TUNING: Final = 5000.0
"""GrowthBook's default sequential tuning parameter."""


class NotEstimable(ValueError):
    """The data cannot give a relative lift (gbstats answers with its default output then)."""


@dataclass(frozen=True)
class Lift:
    """Relative lift `(mean_b - mean_a) / unadjusted_mean_a` and its delta-method variance.

    Attributes:
        point: The lift estimate.
        variance: Its variance.
        dof: Welch-Satterthwaite degrees of freedom.
        n: Users in both arms (the sequential test's sample size).
    """

    point: float
    variance: float
    dof: float
    n: int

    @property
    def std_error(self) -> float:
        return float(np.sqrt(self.variance))


@dataclass(frozen=True)
class TestResult:
    """A two-sided interval on the relative lift and its p-value."""

    low: float
    high: float
    p_value: float


@dataclass(frozen=True)
class BayesResult:
    """Posterior summary of the relative lift under GrowthBook's improper flat prior.

    Attributes:
        chance_to_win: Posterior probability that the treatment is better (for a metric where
            lower is better, that the lift is negative).
        low, high: Equal-tailed credible interval.
        risk_control, risk_treatment: Expected relative loss of shipping control or treatment.
    """

    chance_to_win: float
    low: float
    high: float
    risk_control: float
    risk_treatment: float


def relative_lift(control: ArmStatistic, treatment: ArmStatistic) -> Lift:
    """The relative lift of `treatment` over `control` (gbstats `TTest` properties).

    Raises:
        NotEstimable: If the control's mean is 0 or either arm has no variance.
    """
    a, b = control, treatment
    if a.mean == 0 or a.unadjusted_mean == 0:
        raise NotEstimable("control mean is zero: no relative lift")
    if a.variance <= 0 or b.variance <= 0 or a.n < 2 or b.n < 2:
        raise NotEstimable("an arm has zero variance: too few users or identical values")
    base = a.unadjusted_mean
    variance = b.variance / (base**2 * b.n) + a.variance * b.unadjusted_mean**2 / (base**4 * a.n)
    dof = (b.variance / b.n + a.variance / a.n) ** 2 / (
        b.variance**2 / (b.n**2 * (b.n - 1)) + a.variance**2 / (a.n**2 * (a.n - 1))
    )
    return Lift(point=(b.mean - a.mean) / base, variance=variance, dof=dof, n=a.n + b.n)


def fixed_horizon(lift: Lift, alpha: float = DEFAULT_ALPHA) -> TestResult:
    """Welch's two-sided t test and interval, valid if read once (gbstats `TwoSidedTTest`)."""
    width = float(t.ppf(1 - alpha / 2, lift.dof)) * lift.std_error
    p_value = 2 * (1 - float(t.cdf(abs(lift.point) / lift.std_error, lift.dof)))
    return TestResult(lift.point - width, lift.point + width, p_value)


def _rho(alpha: float, tuning: float) -> float:
    """Waudby-Smith et al. eq. 161: the mixture's spread tuned to `tuning` users."""
    return float(np.sqrt((-2 * np.log(alpha) + np.log(-2 * np.log(alpha) + 1)) / tuning))


def sequential_multiplier(
    n: float, alpha: float = DEFAULT_ALPHA, tuning: float = DEFAULT_TUNING
) -> float:
    """Half-width of the always-valid interval at `n` users, in standard errors (eq. 9)."""
    rho2 = _rho(alpha, tuning) ** 2
    spread = n * rho2 + 1
    return float(np.sqrt(2 * spread * np.log(np.sqrt(spread) / alpha) / (n * rho2)))


def sequential(
    lift: Lift, alpha: float = DEFAULT_ALPHA, tuning: float = DEFAULT_TUNING
) -> TestResult:
    """Always-valid interval and p-value: safe to read after every new user (gbstats
    `SequentialTwoSidedTTest`)."""
    width = sequential_multiplier(lift.n, alpha, tuning) * lift.std_error
    rho2 = _rho(alpha, tuning) ** 2
    spread = lift.n * rho2 + 1
    z2 = lift.point**2 / lift.variance
    log_e_value = rho2 * z2 * lift.n / (2 * spread) - np.log(spread) / 2  # logs: no overflow
    p_value = float(np.exp(-max(log_e_value, 0.0)))
    return TestResult(lift.point - width, lift.point + width, p_value)


def bayesian(
    lift: Lift, alpha: float = DEFAULT_ALPHA, *, lower_is_better: bool = False
) -> BayesResult:
    """Chance to win, credible interval and risk (gbstats `EffectBayesianABTest`, flat prior).

    Risk uses the normal's truncated means in closed form: `P(X>0)·E[X|X>0] = μΦ(μ/σ) + σφ(μ/σ)`.
    """
    mu, sigma = lift.point, lift.std_error
    z = mu / sigma
    risk_control = mu * float(norm.cdf(z)) + sigma * float(norm.pdf(z))
    risk_treatment = -mu * float(norm.cdf(-z)) + sigma * float(norm.pdf(z))
    win = float(norm.sf(0, mu, sigma))
    low, high = norm.ppf([alpha / 2, 1 - alpha / 2], mu, sigma)
    if lower_is_better:
        win, risk_control, risk_treatment = 1 - win, risk_treatment, risk_control
    return BayesResult(win, float(low), float(high), risk_control, risk_treatment)


def power(effect: float, std_error: float, critical: float) -> float:
    """Chance that a two-sided test rejects at this effect.

    Args:
        effect: True relative lift.
        std_error: Standard error of the lift at the sample size in question.
        critical: The test's critical value in standard errors: `z_{1-α/2}` for the
            fixed-horizon test, `sequential_multiplier(n)` for one look at the sequential one.
    """
    shift = abs(effect) / std_error
    return float(norm.cdf(shift - critical) + norm.cdf(-shift - critical))


def users_needed(
    effect: float,
    variance_per_user: float,
    *,
    alpha: float = DEFAULT_ALPHA,
    target_power: float = 0.8,
    tuning: float | None = DEFAULT_TUNING,
) -> int | None:
    """Users (both arms, same split) at which one look has `target_power` at `effect`.

    Args:
        effect: Relative lift to detect.
        variance_per_user: `lift.variance * lift.n`: the lift's variance times the users it came
            from, which stays fixed as users accrue at the same split.
        alpha: Two-sided level.
        target_power: Wanted power, e.g. 0.8.
        tuning: Sequential tuning parameter; None for the fixed-horizon test.

    Returns:
        The users needed, or None when the effect is zero.
    """
    if effect == 0 or variance_per_user <= 0:
        return None
    fixed = float(norm.ppf(1 - alpha / 2))

    def gap(n: float) -> float:
        critical = fixed if tuning is None else sequential_multiplier(n, alpha, tuning)
        return power(effect, float(np.sqrt(variance_per_user / n)), critical) - target_power

    low = 2.0  # the fewest users a test can use
    if gap(low) >= 0:
        return int(low)
    high = 2 * low
    while gap(high) < 0:
        low, high = high, 2 * high
    return int(np.ceil(brentq(gap, low, high)))

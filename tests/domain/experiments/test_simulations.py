"""Repeated simulated experiments with known truth: power, false positives, coverage under peeking.

Every check allows three binomial standard errors around its target, so it fails when a formula
is off by more than sampling noise; all runs are seeded.
"""

from __future__ import annotations

import numpy as np
import pytest
from scipy.stats import norm

from domain.experiments.inference import (
    Lift,
    fixed_horizon,
    power,
    relative_lift,
    sequential,
    sequential_multiplier,
    users_needed,
)
from domain.experiments.quantiles import event_quantile_statistic
from domain.experiments.statistics import (
    Moments,
    cuped_statistic,
    cuped_theta,
    ratio_statistic,
)
from tests.utils.experiments import adherence_columns

LIFT = 0.05
ALPHA = 0.05


def _tolerance(rate: float, runs: int) -> float:
    return 3 * float(np.sqrt(rate * (1 - rate) / runs))


def _plain(a: np.ndarray, b: np.ndarray) -> Lift:
    return relative_lift(
        ratio_statistic(Moments.of(a[:, :2])), ratio_statistic(Moments.of(b[:, :2]))
    )


def _cuped(a: np.ndarray, b: np.ndarray) -> Lift:
    ma, mb = Moments.of(a), Moments.of(b)
    theta = cuped_theta(ma, mb, ratio=True)
    return relative_lift(
        cuped_statistic(ma, theta, ratio=True), cuped_statistic(mb, theta, ratio=True)
    )


def _experiment(rng: np.random.Generator, users: int, lift: float) -> tuple[np.ndarray, np.ndarray]:
    """Adherence columns of a 50/50 experiment of `users` users in all."""
    return adherence_columns(rng, users // 2, 0.0), adherence_columns(rng, users - users // 2, lift)


@pytest.fixture(scope="module")
def variance_per_user() -> float:
    """The lift's variance times its users, from one large pilot (it does not depend on n)."""
    pilot = _plain(*_experiment(np.random.default_rng(0), 100_000, LIFT))
    return pilot.variance * pilot.n


@pytest.mark.parametrize(
    ("tuning", "users"),
    [(None, None), (5000.0, None), (None, 2000)],
    ids=["fixed-horizon-at-80%", "sequential-at-80%", "fixed-horizon-at-2000-users"],
)
def test_detection_rate_matches_the_computed_power(
    variance_per_user: float, tuning: float | None, users: int | None
) -> None:
    """At the users `users_needed` gives for 80 % power, and on the power curve elsewhere."""
    if users is None:
        users = users_needed(LIFT, variance_per_user, target_power=0.8, tuning=tuning)
        assert users is not None
    critical = float(norm.ppf(1 - ALPHA / 2)) if tuning is None else sequential_multiplier(users)
    expected = power(LIFT, float(np.sqrt(variance_per_user / users)), critical)
    rng = np.random.default_rng(1)
    runs = 400
    detected = 0
    for _ in range(runs):
        lift = _plain(*_experiment(rng, users, LIFT))
        result = fixed_horizon(lift, ALPHA) if tuning is None else sequential(lift, ALPHA, tuning)
        detected += result.low > 0
    assert abs(detected / runs - expected) <= _tolerance(expected, runs)


def test_false_positive_rate_without_effect_is_alpha() -> None:
    rng = np.random.default_rng(2)
    runs = 1000
    fixed = sequential_rejections = 0
    for _ in range(runs):
        lift = _plain(*_experiment(rng, 2000, 0.0))
        fixed += fixed_horizon(lift, ALPHA).p_value < ALPHA
        sequential_rejections += sequential(lift, ALPHA).p_value < ALPHA
    assert abs(fixed / runs - ALPHA) <= _tolerance(ALPHA, runs)
    assert sequential_rejections / runs <= ALPHA  # conservative at any single look


def _looks(columns: np.ndarray, every: int) -> list[Moments]:
    """Moments after each `every` users, as a report read daily would see them."""
    sums = np.cumsum(columns, axis=0)
    products = np.cumsum(columns[:, :, None] * columns[:, None, :], axis=0)
    return [Moments(k, sums[k - 1], products[k - 1]) for k in range(every, len(columns) + 1, every)]


def test_sequential_interval_keeps_its_coverage_under_repeated_peeking() -> None:
    """30 looks at a growing experiment: the always-valid interval must hold at every one.

    The fixed-horizon interval read the same way fails far more often: the reason the report
    decides on the sequential one.
    """
    rng = np.random.default_rng(3)
    runs = 200
    sequential_held = fixed_held = 0
    for _ in range(runs):
        control = _looks(adherence_columns(rng, 3000, 0.0)[:, :2], 100)
        treatment = _looks(adherence_columns(rng, 3000, LIFT)[:, :2], 100)
        lifts = [
            relative_lift(ratio_statistic(a), ratio_statistic(b))
            for a, b in zip(control, treatment, strict=True)
        ]
        sequential_held += all(
            (r := sequential(lift, ALPHA)).low <= LIFT <= r.high for lift in lifts
        )
        fixed_held += all((r := fixed_horizon(lift, ALPHA)).low <= LIFT <= r.high for lift in lifts)
    assert sequential_held / runs >= 1 - ALPHA - _tolerance(1 - ALPHA, runs)
    assert fixed_held / runs < 0.85


def test_cuped_on_the_ratio_metric_shrinks_the_interval_and_keeps_coverage() -> None:
    rng = np.random.default_rng(4)
    runs = 400
    covered = 0
    points, plain_errors, cuped_errors = [], [], []
    for _ in range(runs):
        a, b = _experiment(rng, 2000, LIFT)
        adjusted = _cuped(a, b)
        result = fixed_horizon(adjusted, ALPHA)
        covered += result.low <= LIFT <= result.high
        points.append(adjusted.point)
        cuped_errors.append(adjusted.std_error)
        plain_errors.append(_plain(a, b).std_error)
    assert abs(covered / runs - (1 - ALPHA)) <= _tolerance(1 - ALPHA, runs)
    assert abs(np.mean(points) - LIFT) <= 3 * np.std(points) / np.sqrt(runs)
    assert np.mean(cuped_errors) < 0.8 * np.mean(plain_errors)


def _latencies(rng: np.random.Generator, users: int, scale: float) -> list[np.ndarray]:
    """Four plans per user, most of their log-variance shared (a slow device is slow every time)."""
    speed = rng.normal(0, 0.5, size=users)
    return [scale * np.exp(0.5 + s + rng.normal(0, 0.3, size=4)) for s in speed]


def test_clustered_latency_p95_interval_covers_the_true_lift() -> None:
    """Scaling every latency by 1.2 lifts every quantile by exactly 20 %.

    Without the design effect (each plan treated as its own user) the interval is too narrow.
    """
    rng = np.random.default_rng(5)
    runs = 200
    clustered = naive = 0
    for _ in range(runs):
        control, treatment = _latencies(rng, 1000, 1.0), _latencies(rng, 1000, 1.2)
        lift = relative_lift(
            event_quantile_statistic(control, 0.95), event_quantile_statistic(treatment, 0.95)
        )
        result = fixed_horizon(lift, ALPHA)
        clustered += result.low <= 0.2 <= result.high
        flat = relative_lift(
            *(
                event_quantile_statistic([[v] for v in np.concatenate(arm)], 0.95)
                for arm in (control, treatment)
            )
        )
        naive_result = fixed_horizon(flat, ALPHA)
        naive += naive_result.low <= 0.2 <= naive_result.high
    tolerance = _tolerance(1 - ALPHA, runs)
    assert abs(clustered / runs - (1 - ALPHA)) <= tolerance
    assert naive / runs < 1 - ALPHA - tolerance

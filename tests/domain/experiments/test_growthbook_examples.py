"""The worked examples of GrowthBook's stats engine, copied from gbstats 0.8.0's own tests.

Sources (the sdist of `gbstats==0.8.0` on PyPI, MIT): `tests/frequentist/test_tests.py`,
`tests/bayesian/test_tests.py`, `tests/test_gbstats.py` and `tests/test_shared_models.py`. Each
case names the gbstats test it copies; gbstats rounds to 5 decimals in the first two files and to
9 in `test_gbstats.py`, so those are the tolerances here.
"""

from __future__ import annotations

import numpy as np
import pytest

from domain.experiments.inference import (
    NotEstimable,
    bayesian,
    fixed_horizon,
    relative_lift,
    sequential,
)
from domain.experiments.quantiles import quantile_statistic
from domain.experiments.statistics import (
    ArmStatistic,
    Moments,
    cuped_statistic,
    cuped_theta,
    mean_statistic,
    ratio_statistic,
)

FIVE = 5e-6
NINE = 5e-10


def _mean(total: float, squares: float, n: int) -> Moments:
    """gbstats `SampleMeanStatistic(sum, sum_squares, n)`."""
    return Moments(n, np.array([total]), np.array([[squares]]))


def _pair(
    n: int, sums: tuple[float, float], squares: tuple[float, float], product: float
) -> Moments:
    """Two columns: gbstats' ratio (main, denominator) or regression-adjusted (post, pre) sums."""
    return Moments(n, np.array(sums), np.array([[squares[0], product], [product, squares[1]]]))


def _cuped(a: Moments, b: Moments) -> tuple[ArmStatistic, ArmStatistic]:
    theta = cuped_theta(a, b, ratio=False)
    return cuped_statistic(a, theta, ratio=False), cuped_statistic(b, theta, ratio=False)


# frequentist/test_tests.py: SampleMeanStatistic(sum=1396.87, sum_squares=52377.9767, n=3407) ...
A = _mean(1396.87, 52377.9767, 3407)
B = _mean(2422.7, 134698.29, 3461)
# test_gbstats.py: MULTI_DIMENSION_STATISTICS_DF, dimension "one" (control "zero", treatment "one")
ZERO = _mean(270, 848.79, 100)
ONE = _mean(300, 869, 120)
# test_gbstats.py: RATIO_STATISTICS_DF
RATIO_ZERO = _pair(100, (270, 510), (848.79, 810), -900)
RATIO_ONE = _pair(120, (300, 500), (869, 800), -905)
# test_gbstats.py: RA_STATISTICS_DF (post = main, pre = covariate)
RA_ZERO = _pair(3001, (300, 210), (600, 415), -20)
RA_ONE = _pair(3000, (222, 120), (555, 405), -10)


def test_two_sided_ttest() -> None:
    """frequentist `TestTwoSidedTTest.test_two_sided_ttest`."""
    lift = relative_lift(mean_statistic(A), mean_statistic(B))
    result = fixed_horizon(lift)
    assert lift.point == pytest.approx(0.70732, abs=FIVE)
    assert lift.std_error == pytest.approx(0.37879, abs=FIVE)
    assert (result.low, result.high) == pytest.approx((-0.03526, 1.44989), abs=FIVE)
    assert result.p_value == pytest.approx(0.06191, abs=FIVE)


def test_sequential_ttest_with_tuning_1000() -> None:
    """frequentist `TestSequentialTTest.test_sequential_test_runs`."""
    lift = relative_lift(mean_statistic(_mean(1396.87, 52377.9767, 3000)), mean_statistic(B))
    result = sequential(lift, tuning=1000)
    assert lift.point == pytest.approx(0.50336, abs=FIVE)
    assert lift.std_error == pytest.approx(0.33341, abs=FIVE)
    assert (result.low, result.high) == pytest.approx((-0.55844, 1.56516), abs=FIVE)
    assert result.p_value == 1


def test_sequential_ttest_regression_adjusted() -> None:
    """frequentist `TestSequentialTTest.test_sequential_test_runs_ra` (default tuning 5000)."""
    a = _pair(3000, (1396.87, 16.87), (52377.9767, 527.9767), 1)
    b = _pair(3461, (2422.7, 22.7), (134698.29, 1348.29), 1)
    lift = relative_lift(*_cuped(a, b))
    result = sequential(lift)
    assert lift.point == pytest.approx(0.50338, abs=FIVE)
    assert lift.std_error == pytest.approx(0.33341, abs=FIVE)
    assert (result.low, result.high) == pytest.approx((-0.50969, 1.51646), abs=FIVE)
    assert result.p_value == 1


def test_sequential_tuning_600_on_counts() -> None:
    """`TestAnalyzeMetricDfSequential.test_analyze_metric_df_sequential`."""
    lift = relative_lift(mean_statistic(ZERO), mean_statistic(ONE))
    result = sequential(lift, tuning=600)
    assert lift.point == pytest.approx(-0.074074074, abs=NINE)
    assert result.p_value == pytest.approx(0.892332229, abs=NINE)
    assert result.low == pytest.approx(-0.233322085, abs=NINE)
    assert sequential(lift, tuning=1).low < result.low  # a bad tuning widens the interval


def test_frequentist_counts() -> None:
    """`TestAnalyzeMetricDfFrequentist.test_get_metric_df_frequentist`."""
    lift = relative_lift(mean_statistic(ZERO), mean_statistic(ONE))
    assert fixed_horizon(lift).p_value == pytest.approx(0.145219005, abs=NINE)


def test_bayesian_gaussian() -> None:
    """bayesian `TestNorm.test_bayesian_gaussian_ab_test`."""
    lift = relative_lift(
        mean_statistic(_mean(100, 1002.25, 10)), mean_statistic(_mean(105, 1111.5, 10))
    )
    result = bayesian(lift)
    assert lift.point == pytest.approx(0.05, abs=FIVE)
    assert lift.std_error == pytest.approx(0.03572, abs=FIVE)
    assert (result.low, result.high) == pytest.approx((-0.02, 0.12), abs=FIVE)
    assert result.chance_to_win == pytest.approx(0.91923, abs=FIVE)
    assert (result.risk_control, result.risk_treatment) == pytest.approx(
        (0.05131, 0.00131), abs=FIVE
    )


def test_bayesian_counts_and_inverse() -> None:
    """`TestAnalyzeMetricDfBayesian.test_get_metric_df_new` and `test_get_metric_df_inverse`."""
    lift = relative_lift(mean_statistic(ZERO), mean_statistic(ONE))
    result = bayesian(lift)
    assert result.chance_to_win == pytest.approx(0.071834168, abs=NINE)
    assert result.risk_treatment == pytest.approx(0.075691131, abs=NINE)
    inverse = bayesian(lift, lower_is_better=True)
    assert inverse.chance_to_win == pytest.approx(1 - 0.071834168, abs=NINE)
    assert inverse.risk_treatment == pytest.approx(0.001617057, abs=NINE)


def test_ratio_metric() -> None:
    """`test_get_metric_df_bayesian_ratio` and `test_get_metric_df_frequentist_ratio`."""
    control, treatment = ratio_statistic(RATIO_ZERO), ratio_statistic(RATIO_ONE)
    assert control.mean == pytest.approx(0.529411765, abs=NINE)
    assert treatment.mean == pytest.approx(0.6, abs=NINE)
    lift = relative_lift(control, treatment)
    assert lift.point == pytest.approx(0.133333333, abs=NINE)
    result = bayesian(lift)
    assert result.chance_to_win == pytest.approx(0.694926359, abs=NINE)
    assert result.risk_treatment == pytest.approx(0.050934045, abs=NINE)
    assert fixed_horizon(lift).p_value == pytest.approx(0.610663339, abs=NINE)


def test_ratio_with_zero_denominator_has_no_lift() -> None:
    """`test_get_metric_df_ratio_zero_denom`: gbstats returns its default (no) result."""
    control = ratio_statistic(_pair(100, (270, 0), (848.79, 0), 0))
    assert (control.mean, control.variance) == (0, 0)
    with pytest.raises(NotEstimable, match="control mean is zero"):
        relative_lift(control, ratio_statistic(RATIO_ONE))


def test_regression_adjusted_frequentist() -> None:
    """`TestAnalyzeMetricDfRegressionAdjustment.test_analyze_metric_df_ra`."""
    control, treatment = _cuped(RA_ZERO, RA_ONE)
    assert control.unadjusted_mean == pytest.approx(0.099966678, abs=NINE)
    assert treatment.unadjusted_mean == pytest.approx(0.074, abs=NINE)
    lift = relative_lift(control, treatment)
    assert lift.point == pytest.approx(-0.281707154, abs=NINE)
    assert fixed_horizon(lift).p_value == pytest.approx(0.003736297, abs=NINE)


def test_theta() -> None:
    """`test_shared_models.py` `TestComputeTheta.test_returns_0_no_variance`."""
    metric_1 = np.array([0.3, 0.5, 0.9, 22])
    metric_3 = np.array([2, 1, 5, 3])
    arm = Moments.of(np.column_stack([metric_3, metric_1]))  # post, pre
    assert round(cuped_theta(arm, arm, ratio=False), 5) == 0.01864
    no_pre = Moments.of(np.column_stack([metric_3, np.zeros(4)]))
    assert cuped_theta(no_pre, no_pre, ratio=False) == 0


def test_quantile_relative_lift() -> None:
    """bayesian `TestEffectBayesianABTest.test_bayesian_effect_ab_test`, relative, flat prior.

    gbstats uses a proper prior of variance 1e6 there; the improper one differs by ~1e-11.
    """
    control = quantile_statistic(
        n=11054, n_star=11054, nu=0.9, quantile=7.157987489967789,
        lower=7.098780136176828, upper=7.217194843758751,
    )  # fmt: skip
    treatment = quantile_statistic(
        n=10861, n_star=10861, nu=0.9, quantile=7.694499927525767,
        lower=7.64180598628119, upper=7.747193868770344,
    )  # fmt: skip
    result = bayesian(relative_lift(control, treatment))
    assert (result.low, result.high) == pytest.approx(
        (0.06341005842481906, 0.08649588602990732), abs=1e-9
    )
    assert relative_lift(control, treatment).point == pytest.approx(0.07495297222736319, abs=1e-9)


def test_moments_match_numpy() -> None:
    """`test_shared_models.py`: the statistics' variances equal numpy's on the raw data."""
    metric_1 = np.array([0.3, 0.5, 0.9, 22])
    metric_3 = np.array([2, 1, 5, 3])
    moments = Moments.of(np.column_stack([metric_1, metric_3]))
    assert moments.covariance == pytest.approx(np.cov(metric_1, metric_3))
    assert mean_statistic(Moments.of(metric_1[:, None])).variance == pytest.approx(
        np.var(metric_1, ddof=1)
    )
    assert mean_statistic(Moments.of(metric_1[:1, None])).variance == 0
    with pytest.raises(ValueError, match="columns must be a"):
        Moments.of(metric_1)

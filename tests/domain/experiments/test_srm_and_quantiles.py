"""The split check against hand-computed χ² values, and the event-level quantile's edge cases."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.stats import chisquare

from domain.experiments.inference import users_needed
from domain.experiments.quantiles import event_quantile_statistic, quantile_statistic
from domain.experiments.srm import srm_p_value


def test_srm_is_pearsons_chi_square_against_the_weights() -> None:
    # 5000 vs 5200 at 50/50: expected 5100 each, χ² = 2 · 100² / 5100 = 3.9216, 1 dof,
    # p = 2 (1 - Φ(√3.9216)) = 2 (1 - Φ(1.9803)).
    assert srm_p_value([5000, 5200], [0.5, 0.5]) == pytest.approx(0.047670, abs=1e-6)
    users, weights = [5000, 2600, 2400], [0.5, 0.25, 0.25]
    expected = [sum(users) * w for w in weights]
    assert srm_p_value(users, weights) == pytest.approx(chisquare(users, expected).pvalue)
    assert srm_p_value(users, [2, 1, 1]) == srm_p_value(users, weights)  # shares, any scale


def test_srm_edge_cases_follow_gbstats() -> None:
    assert srm_p_value([0, 0], [0.5, 0.5]) == 1
    # A zero-weight variant adds no term but keeps its degree of freedom (gbstats check_srm):
    # expected 501.5 each, χ² = 2 · 1.5² / 501.5, and with 2 dof p = exp(-χ² / 2).
    assert srm_p_value([500, 500, 3], [0.5, 0.5, 0.0]) == pytest.approx(np.exp(-2.25 / 501.5))
    with pytest.raises(ValueError, match="2 variants observed but 3 weights"):
        srm_p_value([1, 2], [0.3, 0.3, 0.4])


def test_independent_events_have_no_design_effect() -> None:
    values = np.random.default_rng(0).lognormal(size=5000)
    clustered = event_quantile_statistic([[v] for v in values], 0.95)
    spread = 1.959964 * np.sqrt(0.95 * 0.05 / 5000)
    lower, upper = np.quantile(values, [0.95 - spread, 0.95 + spread])
    iid = quantile_statistic(
        n=5000, n_star=5000, nu=0.95, quantile=clustered.mean, lower=lower, upper=upper
    )
    assert clustered.mean == pytest.approx(np.quantile(values, 0.95))
    assert clustered.variance == pytest.approx(iid.variance, rel=0.01)


def test_too_few_events_give_no_variance() -> None:
    # gbstats: at p95 the interval needs n > 1.96² · 0.95 / 0.05 ≈ 73 events.
    few = event_quantile_statistic([[float(v)] for v in range(70)], 0.95)
    enough = event_quantile_statistic([[float(v)] for v in range(80)], 0.95)
    assert few.variance == 0
    assert enough.variance > 0
    assert event_quantile_statistic([], 0.5).n == 0
    with pytest.raises(ValueError, match="quantile level"):
        event_quantile_statistic([[1.0]], 1.0)


def test_users_needed_edge_cases() -> None:
    assert users_needed(0.0, 1.0) is None
    assert users_needed(10.0, 1.0, tuning=None) == 2
    smaller, larger = users_needed(0.1, 1.0, tuning=None), users_needed(0.05, 1.0, tuning=None)
    assert smaller is not None and larger is not None
    assert larger == pytest.approx(4 * smaller, rel=0.01)  # n ∝ 1 / effect²
    # 80 % power at 5 % two-sided: (1.96 + 0.84)² / 0.1² = 785 users per unit variance.
    assert smaller == pytest.approx(785, abs=1)

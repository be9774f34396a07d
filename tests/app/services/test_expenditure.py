"""Measured expenditure: intake minus the change in trend weight, with honest smoothing."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from app.services.expenditure import daily_trend, effective_days, estimate_expenditure

TODAY = date(2030, 3, 31)
TRUE_TDEE = 2500.0
KCAL_PER_KG = 7700.0


def _days(count: int) -> list[date]:
    return [TODAY - timedelta(days=count - 1 - n) for n in range(count)]


def _loser(intake: float, days: int, noise: float = 0.0, seed: int = 0) -> tuple[dict, dict]:
    """Someone eating `intake` a day at a true expenditure of 2,500 kcal, weighed daily."""
    rng = random.Random(seed)
    rate = (intake - TRUE_TDEE) / KCAL_PER_KG
    dates = _days(days)
    weights = {d: 80.0 + rate * n + rng.gauss(0, noise) for n, d in enumerate(dates)}
    return dict.fromkeys(dates, intake), weights


@pytest.mark.parametrize("intake", [2000.0, 2500.0, 2900.0])
def test_a_steady_change_reads_the_true_expenditure_from_two_weeks(intake: float) -> None:
    eaten, weights = _loser(intake, 15)
    found = estimate_expenditure(intake=eaten, weights=weights, today=TODAY)
    assert found.missing is None
    assert found.expenditure_kcal == pytest.approx(TRUE_TDEE, abs=1.0)


def test_without_the_warm_up_correction_two_weeks_would_read_half_the_loss() -> None:
    eaten, weights = _loser(2000.0, 15)
    trend = daily_trend(weights)
    first, last = min(trend), max(trend)
    naive = 2000.0 - KCAL_PER_KG * (trend[last] - trend[first]) / (last - first).days
    assert naive == pytest.approx(2000.0 + 0.5 * 500, abs=30)  # biased toward intake
    assert effective_days(first, first, last) == pytest.approx(7.06, abs=0.01)


def test_daily_noise_averages_out() -> None:
    eaten, weights = _loser(2000.0, 28, noise=0.6, seed=3)
    found = estimate_expenditure(intake=eaten, weights=weights, today=TODAY)
    assert found.expenditure_kcal == pytest.approx(TRUE_TDEE, abs=150)


def test_gaps_in_weigh_ins_and_food_logs_are_missing_days_not_zeros() -> None:
    eaten, weights = _loser(2100.0, 28)
    sparse_weights = {d: kg for n, (d, kg) in enumerate(sorted(weights.items())) if n % 3 == 0}
    sparse_food = {d: kcal for n, (d, kcal) in enumerate(sorted(eaten.items())) if n % 4 != 1}
    found = estimate_expenditure(intake=sparse_food, weights=sparse_weights, today=TODAY)
    assert found.expenditure_kcal == pytest.approx(TRUE_TDEE, abs=40)
    assert found.intake_days < 28


def test_it_says_what_is_missing() -> None:
    eaten, weights = _loser(2000.0, 10)
    short = estimate_expenditure(intake=eaten, weights=weights, today=TODAY)
    assert short.expenditure_kcal is None and "14 days apart" in (short.missing or "")
    eaten, weights = _loser(2000.0, 20)
    few_meals = {d: k for d, k in eaten.items() if d.day % 5 == 0}
    found = estimate_expenditure(intake=few_meals, weights=weights, today=TODAY)
    assert found.expenditure_kcal is None and "food logged on 10 of the 19 days" in (
        found.missing or ""
    )


def test_the_trend_follows_walker_with_time_aware_gaps() -> None:
    day = date(2030, 1, 1)
    trend = daily_trend({day: 80.0, day + timedelta(1): 81.0, day + timedelta(3): 81.0})
    assert trend[day + timedelta(1)] == pytest.approx(80.1)
    # Two days later counts as two daily steps toward 81: 1 - 0.9**2 of the way.
    assert trend[day + timedelta(3)] == pytest.approx(80.1 + 0.19 * 0.9)
    with pytest.raises(ValueError, match="alpha"):
        daily_trend({}, alpha=0)

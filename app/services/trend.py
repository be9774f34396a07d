"""Weight trend by exponential smoothing, after John Walker's *The Hacker's Diet* (1991).

Walker smooths daily weights with `trend = trend + 0.1 * (weight - trend)`, a 10 % exponentially
weighted moving average, so day-to-day water swings (often a kilogram or more) fade and the
underlying change shows (fourmilab.ch/hackdiet/e4/, chapter "Signal and Noise").
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

ALPHA = 0.1
DAYS_PER_WEEK = 7


def smooth(weights: Sequence[float], *, alpha: float = ALPHA) -> list[float]:
    """Exponentially smoothed series, seeded with the first weight (as Walker does).

    Args:
        weights: Daily weights in time order.
        alpha: Smoothing factor in (0, 1]; 1 returns the input unchanged.

    Returns:
        The trend value after each weight.
    """
    if not 0 < alpha <= 1:
        raise ValueError(f"alpha must be in (0, 1], got {alpha}")
    trend: list[float] = []
    for weight in weights:
        trend.append(weight if not trend else trend[-1] + alpha * (weight - trend[-1]))
    return trend


def weekly_rate(days: Sequence[date], trend: Sequence[float]) -> float | None:
    """Least-squares slope of the trend against time, in kg per week.

    Returns:
        None with fewer than two distinct days (no slope to fit).
    """
    if len(days) != len(trend):
        raise ValueError(f"days and trend differ in length: {len(days)} != {len(trend)}")
    if len({*days}) < 2:
        return None
    xs = [(day - days[0]).days for day in days]
    mean_x = sum(xs) / len(xs)
    mean_y = sum(trend) / len(trend)
    covariance = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, trend, strict=True))
    variance = sum((x - mean_x) ** 2 for x in xs)
    return covariance / variance * DAYS_PER_WEEK

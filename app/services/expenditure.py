"""Energy expenditure measured from the user's own logs, the way MacroFactor estimates it.

Energy balance: what was eaten minus what was stored is what was spent. Over the days between
two weigh-ins, expenditure = mean daily intake - 7700 kcal/kg x change in trend weight / days
(`domain.targets.KCAL_PER_KG_BODY_MASS`, Wishnofsky's rule).

Smoothing: the trend is an exponentially weighted moving average of the daily weights (Walker's
10 % a day, `app.services.trend.ALPHA`), so a kilogram of water does not read as 7,700 kcal. An
EWMA lags a steady change, and seeded at the first weigh-in it starts with no lag and builds it
up, so early on the trend moves less than the weight does. For weight changing at r kg/day from
the first weigh-in (day 0), trend(t) = w(t) - r L (1 - q^t) with q = 1 - alpha and L = q / alpha,
hence trend(b) - trend(a) = r [(b - a) - L (q^a - q^b)]: dividing the trend's change by those
"effective days" instead of b - a recovers r without the warm-up bias (the correction vanishes
once the trend is weeks old).

Gaps: days without a weigh-in leave the trend where it was; a weigh-in after g days moves it as g
daily weigh-ins of that value would (alpha_g = 1 - q^g). Several weigh-ins on one day count as
their mean. Days without logged food are missing, not fasts: the mean intake is over logged days
only, and the estimate needs food logged on at least half the days (and 7) of its span, and 14
days between its first and last weigh-in.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from app.services.trend import ALPHA
from domain.targets import KCAL_PER_KG_BODY_MASS

WINDOW_DAYS: Final = 28
MIN_SPAN_DAYS: Final = 14
MIN_INTAKE_DAYS: Final = 7
MIN_INTAKE_SHARE: Final = 0.5


@dataclass(frozen=True)
class Estimate:
    """The measured expenditure over [start, end), or why there is none yet (`missing`)."""

    start: date | None
    end: date | None
    expenditure_kcal: float | None
    mean_intake_kcal: float | None
    trend_change_kg: float | None
    intake_days: int
    weigh_ins: int
    missing: str | None


def daily_trend(weights: Mapping[date, float], *, alpha: float = ALPHA) -> dict[date, float]:
    """The trend weight on each weigh-in day (time-aware EWMA; see the module docstring).

    Args:
        weights: Mean weight per weigh-in day.
        alpha: Daily smoothing factor in (0, 1].

    Returns:
        The trend after each weigh-in, by day.
    """
    if not 0 < alpha <= 1:
        raise ValueError(f"alpha must be in (0, 1], got {alpha}")
    trend: dict[date, float] = {}
    previous: tuple[date, float] | None = None
    for day in sorted(weights):
        if previous is None:
            value = weights[day]
        else:
            gap = (day - previous[0]).days
            value = previous[1] + (1 - (1 - alpha) ** gap) * (weights[day] - previous[1])
        trend[day] = value
        previous = (day, value)
    return trend


def effective_days(first: date, start: date, end: date, *, alpha: float = ALPHA) -> float:
    """Days of a steady change that the trend's change over [start, end) reflects.

    `first` is the day the trend was seeded; see the module docstring for the formula.
    """
    q = 1 - alpha
    a, b = (start - first).days, (end - first).days
    return (b - a) - q / alpha * (q**a - q**b)


def estimate_expenditure(
    *, intake: Mapping[date, float], weights: Mapping[date, float], today: date
) -> Estimate:
    """Measure expenditure over the last `WINDOW_DAYS` days of logs.

    Args:
        intake: Logged kcal per day (days with nothing logged are absent).
        weights: Mean weight per weigh-in day, the whole history (it warms the trend up).
        today: The last day a weigh-in may come from.

    Returns:
        The estimate, with `missing` saying which logs are still needed when there is none.
    """
    trend = daily_trend({day: kg for day, kg in weights.items() if day <= today})
    in_window = [day for day in trend if day > today - timedelta(days=WINDOW_DAYS)]
    if len(in_window) < 2 or (in_window[-1] - in_window[0]).days < MIN_SPAN_DAYS:
        return _missing(
            f"needs weigh-ins at least {MIN_SPAN_DAYS} days apart within the last "
            f"{WINDOW_DAYS} days",
            weigh_ins=len(in_window),
        )
    start, end = in_window[0], in_window[-1]
    span = (end - start).days
    eaten = [kcal for day, kcal in intake.items() if start <= day < end]
    needed = max(MIN_INTAKE_DAYS, round(MIN_INTAKE_SHARE * span))
    if len(eaten) < needed:
        return _missing(
            f"needs food logged on {needed} of the {span} days between {start} and {end}, "
            f"has {len(eaten)}",
            weigh_ins=len(in_window),
            intake_days=len(eaten),
        )
    mean_intake = sum(eaten) / len(eaten)
    change = trend[end] - trend[start]
    rate = change / effective_days(min(trend), start, end)
    return Estimate(
        start=start,
        end=end,
        expenditure_kcal=mean_intake - KCAL_PER_KG_BODY_MASS * rate,
        mean_intake_kcal=mean_intake,
        trend_change_kg=change,
        intake_days=len(eaten),
        weigh_ins=len(in_window),
        missing=None,
    )


def _missing(reason: str, *, weigh_ins: int, intake_days: int = 0) -> Estimate:
    return Estimate(
        start=None,
        end=None,
        expenditure_kcal=None,
        mean_intake_kcal=None,
        trend_change_kg=None,
        intake_days=intake_days,
        weigh_ins=weigh_ins,
        missing=reason,
    )

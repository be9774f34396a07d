from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.services.trend import smooth, weekly_rate


def test_smooth_follows_walkers_recurrence() -> None:
    assert smooth([80.0, 81.0, 79.0]) == pytest.approx([80.0, 80.1, 79.99])
    assert smooth([]) == []
    assert smooth([1.0, 5.0], alpha=1) == [1.0, 5.0]
    with pytest.raises(ValueError, match="alpha"):
        smooth([1.0], alpha=0)


def test_weekly_rate_of_a_straight_line() -> None:
    start = date(2026, 1, 1)
    days = [start + timedelta(days=i) for i in range(0, 15, 2)]
    trend = [90 - 0.1 * (day - start).days for day in days]
    assert weekly_rate(days, trend) == pytest.approx(-0.7)
    assert weekly_rate(days[:1], trend[:1]) is None
    with pytest.raises(ValueError, match="length"):
        weekly_rate(days, trend[:-1])

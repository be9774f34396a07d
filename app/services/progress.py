"""The progress report over a window of days: weight trend, intake adherence, workouts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import BodyMetric, Meal, Workout
from app.schemas.progress import (
    IntakeAdherence,
    ProgressPublic,
    TrendPoint,
    WeightProgress,
    WorkoutCompletion,
)
from app.services.adaptive_targets import effective_targets
from app.services.profiles import get_profile
from app.services.targets import missing_for_targets
from app.services.trend import DAYS_PER_WEEK, smooth, weekly_rate
from domain.targets import CalorieFloors

CALORIE_TOLERANCE = 0.10
PROTEIN_MIN_FRACTION = 0.90


def progress_report(
    *, session: Session, user_id: int, days: int, today: date, floors: CalorieFloors
) -> ProgressPublic:
    """Summarise the `days` days ending today (inclusive)."""
    start = today - timedelta(days=days - 1)
    state = get_profile(session=session, user_id=user_id)
    targets = None
    if not missing_for_targets(state):
        targets = effective_targets(session=session, state=state, floors=floors, today=today)
    intake = session.execute(
        select(Meal.eaten_on, func.sum(Meal.kcal), func.sum(Meal.protein_g))
        .where(Meal.user_id == user_id, Meal.eaten_on.between(start, today))
        .group_by(Meal.eaten_on)
    ).all()
    sessions = session.scalar(
        select(func.count(func.distinct(Workout.performed_on))).where(
            Workout.user_id == user_id, Workout.performed_on.between(start, today)
        )
    )
    days_per_week = state.profile.days_per_week
    planned = None if days_per_week is None else days_per_week * days / DAYS_PER_WEEK
    return ProgressPublic(
        days=days,
        start=start,
        end=today,
        weight=_weight_progress(session=session, user_id=user_id, start=start, end=today),
        calories=_adherence(
            [float(kcal) for _, kcal, _ in intake],
            None if targets is None else targets.calories,
            lambda value, target: abs(value - target) <= CALORIE_TOLERANCE * target,
        ),
        protein=_adherence(
            [float(protein) for _, _, protein in intake],
            None if targets is None else targets.protein_g,
            lambda value, target: value >= PROTEIN_MIN_FRACTION * target,
        ),
        workouts=WorkoutCompletion(
            sessions=sessions or 0,
            planned=planned,
            percent=None if not planned else round(100 * (sessions or 0) / planned, 1),
        ),
    )


def _weight_progress(*, session: Session, user_id: int, start: date, end: date) -> WeightProgress:
    # Smooth over the whole history up to `end`, so the trend entering the window is warmed up.
    daily = session.execute(
        select(BodyMetric.measured_on, func.avg(BodyMetric.weight_kg))
        .where(
            BodyMetric.user_id == user_id,
            BodyMetric.weight_kg.is_not(None),
            BodyMetric.measured_on <= end,
        )
        .group_by(BodyMetric.measured_on)
        .order_by(BodyMetric.measured_on)
    ).all()
    trend = smooth([float(weight) for _, weight in daily])
    points = [
        TrendPoint(day=day, weight_kg=round(float(weight), 2), trend_kg=round(smoothed, 2))
        for (day, weight), smoothed in zip(daily, trend, strict=True)
        if day >= start
    ]
    rate = weekly_rate([p.day for p in points], [p.trend_kg for p in points])
    return WeightProgress(
        points=points,
        trend_kg=round(trend[-1], 2) if trend else None,
        weekly_rate_kg=None if rate is None else round(rate, 3),
    )


def _adherence(
    per_day: Sequence[float], target: float | None, on_target: Callable[[float, float], bool]
) -> IntakeAdherence:
    mean = sum(per_day) / len(per_day) if per_day else None
    return IntakeAdherence(
        target=target,
        days_logged=len(per_day),
        mean_per_logged_day=None if mean is None else round(mean, 1),
        percent_of_target=None if mean is None or not target else round(100 * mean / target, 1),
        days_on_target=None if target is None else sum(on_target(v, target) for v in per_day),
    )

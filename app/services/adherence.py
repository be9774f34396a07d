"""Adherence: the planned meals and exercises the user's logs show as done.

Each day is held against the plan version in force that day (the newest made on or before it)
and its weekday's plan day. A planned meal counts as done when a food of it was logged that day
(by catalog id); a planned exercise when a workout of that name was logged that day.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Meal, PlanVersion, Workout
from domain.plan.schemas import Plan

PlanOn = Callable[[date], Plan | None]


@dataclass(frozen=True)
class Adherence:
    meals_done: int = 0
    meals_planned: int = 0
    exercises_done: int = 0
    exercises_planned: int = 0

    @property
    def done(self) -> int:
        return self.meals_done + self.exercises_done

    @property
    def planned(self) -> int:
        return self.meals_planned + self.exercises_planned


def schedule(versions: Sequence[PlanVersion]) -> PlanOn:
    """The plan in force on a day, among `versions`: the newest made on or before it."""
    dated = sorted(
        ((row.created_at.date(), row.version, Plan.model_validate(row.plan)) for row in versions),
        key=lambda entry: (entry[0], entry[1]),
    )

    def plan_on(day: date) -> Plan | None:
        current = None
        for made, _, plan in dated:
            if made > day:
                break
            current = plan
        return current

    return plan_on


def adherence(
    *, session: Session, user_id: int, start: date, end: date, plan_on: PlanOn
) -> Adherence:
    """Count planned and logged-as-done meals and exercises on each day of [start, end]."""
    foods: defaultdict[date, set[str]] = defaultdict(set)
    for day, food_id in session.execute(
        select(Meal.eaten_on, Meal.food_id).where(
            Meal.user_id == user_id, Meal.eaten_on.between(start, end)
        )
    ):
        if food_id is not None:
            foods[day].add(food_id)
    exercises: defaultdict[date, set[str]] = defaultdict(set)
    for day, name in session.execute(
        select(Workout.performed_on, func.lower(Workout.exercise)).where(
            Workout.user_id == user_id, Workout.performed_on.between(start, end)
        )
    ):
        exercises[day].add(name)
    counts = [0, 0, 0, 0]
    day = start
    while day <= end:
        plan = plan_on(day)
        if plan is not None:
            planned = plan.days[day.isoweekday() - 1]
            counts[0] += sum(any(i.food_id in foods[day] for i in m.items) for m in planned.meals)
            counts[1] += len(planned.meals)
            counts[2] += sum(e.name.lower() in exercises[day] for e in planned.exercises)
            counts[3] += len(planned.exercises)
        day += timedelta(days=1)
    return Adherence(*counts)

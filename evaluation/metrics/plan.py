"""Metrics of the plan a user is served: after grounding, hard-constraint repair and portions."""

from __future__ import annotations

from dataclasses import dataclass

from domain.catalog import Catalog
from domain.plan.foods import matches
from domain.plan.muscles import weekly_set_range
from domain.plan.request import PlanRequest
from domain.plan.schemas import Plan
from domain.plan.tolerances import MACRO_FIELDS, relative_error


@dataclass(frozen=True)
class Count:
    """`hit` of `total` items; `rate` is None when there was nothing to count."""

    hit: int
    total: int

    @property
    def rate(self) -> float | None:
        return self.hit / self.total if self.total else None


def plan_exercises(plan: Plan) -> list[str]:
    return [ex.name for day in plan.days for ex in day.exercises]


def plan_foods(plan: Plan) -> list[str]:
    return [item.name for day in plan.days for meal in day.meals for item in meal.items]


def liked_used(plan: Plan, request: PlanRequest, catalog: Catalog) -> Count:
    """How many of the user's liked foods and exercises appear in the plan.

    A liked food term counts when any served food matches it the way the planner matches terms
    ("salmon" matches "Salmon fillet"); a liked exercise counts when its name is served.
    """
    served_foods = [catalog.everyday_food(name) for name in set(plan_foods(plan))]
    known = [food for food in served_foods if food is not None]
    foods = sum(any(matches(term, food) for food in known) for term in request.liked_foods)
    served_ex = {name.casefold() for name in plan_exercises(plan)}
    exercises = sum(name.strip().casefold() in served_ex for name in request.liked_exercises)
    return Count(foods + exercises, len(request.liked_foods) + len(request.liked_exercises))


def variety(plan: Plan) -> tuple[int, int]:
    """Distinct (foods, exercises) over the week."""
    foods = {name.casefold() for name in plan_foods(plan)}
    exercises = {name.casefold() for name in plan_exercises(plan)}
    return len(foods), len(exercises)


def sets_in_guideline(plan: Plan, request: PlanRequest) -> Count:
    """Major muscle groups whose weekly hard sets lie in the range for the requested days."""
    low, high = weekly_set_range(request.days_per_week)
    inside = sum(low <= sets <= high for sets in plan.weekly_sets.values())
    return Count(inside, len(plan.weekly_sets))


def kcal_error(plan: Plan) -> float:
    """The worst day's absolute relative calorie error against its target."""
    return max(abs(relative_error(day.totals.kcal, day.target.kcal)) for day in plan.days)


def macro_error(plan: Plan) -> float:
    """Mean absolute relative error of protein, carbs and fat over the week's days."""
    fields = [field for field in MACRO_FIELDS if field != "kcal"]
    errors = [
        abs(relative_error(getattr(day.totals, field), getattr(day.target, field)))
        for day in plan.days
        for field in fields
    ]
    return sum(errors) / len(errors)

"""Metrics of the plan a user is served: after grounding, hard-constraint repair and portions.

Likes, variety and soft preferences are measured by `domain.plan.quality`, which also ranks
training targets, so what training optimises and what evaluation reports are one definition.
"""

from __future__ import annotations

from domain.plan.counts import Count
from domain.plan.muscles import weekly_set_range
from domain.plan.request import PlanRequest
from domain.plan.schemas import Plan
from domain.plan.tolerances import MACRO_FIELDS, relative_error


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

"""A new plan version from a served plan, keeping what the user locked and what was not redone.

Serving plans whole weeks and knows nothing of locks, so the app composes the version: inside the
scope of a regeneration (one meal, one day, or the week) each meal comes from the fresh plan
except the items the user locked, which stay as they were (same food, same grams); outside it
the previous version stands. Totals are summed again from the items, so a day's totals against
its target show honestly what a lock costs.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from domain.api.serving import MealDay
from domain.plan.schemas import FoodPortion, Macros, Meal, Plan, PlanDay

MACRO_NAMES = ("kcal", "protein_g", "carbs_g", "fat_g")


def total(parts: Sequence[Macros]) -> Macros:
    """The sum of some macros, to one decimal as the planner writes them."""
    return Macros(**{name: round(sum(getattr(p, name) for p in parts), 1) for name in MACRO_NAMES})


def with_meals(base: Plan, days: Sequence[MealDay]) -> Plan:
    """`base`'s training week with the served meals and day targets (a meals-only answer)."""
    served = {day.day: day for day in days}
    return base.model_copy(
        update={
            "days": [
                day.model_copy(
                    update={
                        "meals": served[day.day].meals,
                        "target": served[day.day].target,
                        "totals": served[day.day].totals,
                    }
                )
                if day.day in served
                else day
                for day in base.days
            ]
        }
    )


def is_locked(locks: Sequence[dict[str, Any]], day: int, meal: int, food_id: str | None) -> bool:
    """Whether the whole meal (a lock without `food_id`) or this item of it is locked."""
    return any(
        lock["day"] == day and lock["meal"] == meal and lock.get("food_id") in (None, food_id)
        for lock in locks
    )


def _merge_meal(
    previous: Meal, fresh: Meal, locks: Sequence[dict[str, Any]], day: int, index: int
) -> Meal:
    kept = [item for item in previous.items if is_locked(locks, day, index, item.food_id)]
    if len(kept) == len(previous.items) and kept:
        return previous
    taken = {item.food_id for item in kept}
    items: list[FoodPortion] = [*kept, *(i for i in fresh.items if i.food_id not in taken)]
    return fresh.model_copy(update={"items": items, "totals": total([i.macros for i in items])})


def _merge_day(
    previous: PlanDay, fresh: PlanDay, locks: Sequence[dict[str, Any]], meal: int | None
) -> PlanDay:
    meals = []
    for index, fresh_meal in enumerate(fresh.meals):
        old = previous.meals[index] if index < len(previous.meals) else None
        if old is None or old.slot != fresh_meal.slot:
            meals.append(fresh_meal)
        elif meal is not None and index != meal:
            meals.append(old)
        else:
            meals.append(_merge_meal(old, fresh_meal, locks, fresh.day, index))
    return fresh.model_copy(update={"meals": meals, "totals": total([m.totals for m in meals])})


def compose(
    previous: Plan | None,
    fresh: Plan,
    *,
    locks: Sequence[dict[str, Any]],
    day: int | None = None,
    meal: int | None = None,
) -> Plan:
    """The next version: `fresh` within the scope, `previous` outside it, locks kept.

    Args:
        previous: The version before (None for the first plan: `fresh` as served).
        fresh: The served plan (for a meals answer, `with_meals(previous, ...)`).
        locks: `{"day", "meal", "food_id"}` entries; no `food_id` locks the whole meal.
        day: Redo only this day (1 = Monday); None redoes the week.
        meal: Redo only this meal (index within `day`); None redoes every meal in scope.
    """
    if previous is None:
        return fresh
    old = {d.day: d for d in previous.days}
    days = [
        (old[d.day] if day is not None and d.day != day else _merge_day(old[d.day], d, locks, meal))
        for d in fresh.days
    ]
    return fresh.model_copy(update={"days": days})


def replaced_names(
    plan: Plan, locks: Sequence[dict[str, Any]], *, day: int | None, meal: int | None
) -> list[str]:
    """Names of the unlocked items within a scope: what a regeneration replaces."""
    return [
        item.name
        for d in plan.days
        if day is None or d.day == day
        for index, m in enumerate(d.meals)
        if meal is None or index == meal
        for item in m.items
        if not is_locked(locks, d.day, index, item.food_id)
    ]


def surviving_locks(plan: Plan, locks: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The locks that still name a meal (and item) of `plan`."""
    meals = {(d.day, i): m for d in plan.days for i, m in enumerate(d.meals)}
    return [
        lock
        for lock in locks
        if (lock["day"], lock["meal"]) in meals
        and (
            lock.get("food_id") is None
            or any(
                item.food_id == lock["food_id"] for item in meals[lock["day"], lock["meal"]].items
            )
        )
    ]

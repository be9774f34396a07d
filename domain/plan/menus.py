"""The reference planner's day templates (menus): pick candidate foods per meal, solve grams,
widen the candidates when the targets are out of reach, and explain when they stay out of reach."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Final

import numpy as np

from domain.catalog import EverydayFood, FoodRole, MealSlot
from domain.plan.errors import InfeasibleReason, PlanInfeasible, ReasonCode
from domain.plan.foods import matches_any
from domain.plan.meals import LAST_RESORT_EXTRAS, MEAL_LAYOUTS, MEAL_RECIPES, RELAXED_EXTRAS
from domain.plan.nutrition import portion_macros, total_macros
from domain.plan.portions import Choice, MealSpec, Portions, solve_portions
from domain.plan.request import PlanRequest
from domain.plan.schemas import Macros
from domain.plan.tolerances import MACRO_FIELDS, TOLERANCE, relative_error
from domain.plan.wording import food_restrictions

# (candidates per choice, rank by macro density), widened in turn while targets are out of reach.
ATTEMPTS: Final = ((2, False), (4, False), (12, True))
_ROLE_MACRO: Final = {
    FoodRole.protein: "protein_g",
    FoodRole.dairy: "protein_g",
    FoodRole.carb: "carbs_g",
    FoodRole.fat: "fat_g",
}
LIKED_FOOD_COST: Final = -1.0
_REUSE_COST: Final = 1.0
_JITTER: Final = 0.1
_OPTIONAL_COST: Final = 1.0
_LABELS: Final = {
    "kcal": ("calories", "kcal", ReasonCode.calories),
    "protein_g": ("protein", "g", ReasonCode.protein),
    "carbs_g": ("carbohydrate", "g", ReasonCode.carbs),
    "fat_g": ("fat", "g", ReasonCode.fat),
}


def reference_meals(
    foods: Sequence[EverydayFood],
    request: PlanRequest,
    rng: np.random.Generator,
    used: Counter[str],
    *,
    limit: int,
    dense: bool = False,
    relaxed: bool = False,
) -> list[MealSpec]:
    """Meals built from role recipes, each choice holding the `limit` best-ranked foods.

    Foods rank by liked first, then least used so far this week (variety), then a seeded jitter;
    with `dense`, by how concentrated the role's macro is instead (most protein per kcal for a
    protein choice...) and with extra optional choices, to reach extreme targets that a varied
    pick cannot.
    A food is offered to one choice per meal, and to a later meal only when the day has no
    fresh food left for that choice, so the day varies without a constraint to enforce it.
    `relaxed` (with `dense`) is the last resort for restricted diets with few dense foods: more
    optional choices, whose protein may come from any slot (seitan at breakfast), and every
    choice may offer any food of its roles; solve it with `repeats` so a food still appears at
    most once per meal.
    """
    cost = {
        food.food.id: (LIKED_FOOD_COST if matches_any(request.liked_foods, food) else 0.0)
        + _REUSE_COST * used[food.food.id]
        + _JITTER * float(rng.random())
        for food in foods
    }
    meals = []
    offered: set[str] = set()
    for slot, share in MEAL_LAYOUTS[request.meals_per_day]:
        choices = []
        in_meal: set[str] = set()
        recipe: list[tuple[frozenset[FoodRole], bool, MealSlot | None]] = [
            (roles, required, slot) for roles, required in MEAL_RECIPES[slot]
        ]
        if dense:
            recipe += [(roles, required, slot) for roles, required in LAST_RESORT_EXTRAS]
        if relaxed:
            recipe += [
                (roles, required, None if FoodRole.protein in roles else slot)
                for roles, required in RELAXED_EXTRAS
            ]
        for roles, required, fit_slot in recipe:
            fits = [
                f for f in _fitting(foods, fit_slot, roles) if relaxed or f.food.id not in in_meal
            ]
            rank = _density if dense else (lambda food: cost[food.food.id])
            fits.sort(key=lambda food: (food.food.id in offered, rank(food)))
            picked = tuple(fits[:limit])
            in_meal.update(food.food.id for food in picked)
            if picked:
                extra = 0.0 if required else _OPTIONAL_COST
                costs = tuple(cost[food.food.id] + extra for food in picked)
                choices.append(Choice(candidates=picked, costs=costs, required=required))
        offered |= in_meal
        meals.append(MealSpec(slot=slot, choices=tuple(choices), kcal_share=share))
    return meals


def plan_menu(
    foods: Sequence[EverydayFood],
    request: PlanRequest,
    target: Macros,
    rng: np.random.Generator,
    used: Counter[str],
) -> Portions:
    """Solve one reference menu, recording the foods it uses in `used`.

    Args:
        foods: The allowed everyday foods.
        request: The user's constraints (meals per day, liked foods).
        target: The day's macro target.
        rng: Seeded generator for tie-breaks.
        used: Uses per food id so far this week; updated in place.

    Returns:
        Per meal, (food, grams) pairs.

    Raises:
        PlanInfeasible: The targets cannot be met with the allowed foods.
    """
    # After ATTEMPTS, the relaxed last resort (see `reference_meals`).
    attempts = [
        *((limit, dense, False) for limit, dense in ATTEMPTS),
        (ATTEMPTS[-1][0], True, True),
    ]
    meals: list[MealSpec] = []
    for limit, dense, relaxed in attempts:
        meals = reference_meals(
            foods, request, rng, used, limit=limit, dense=dense, relaxed=relaxed
        )
        portions = solve_portions(meals, target, repeats=relaxed)
        if portions is not None:
            used.update(food.food.id for meal in portions for food, _ in meal)
            return portions
    raise PlanInfeasible(diagnose(meals, target, request, repeats=True))


def diagnose(
    meals: Sequence[MealSpec], target: Macros, request: PlanRequest, *, repeats: bool = False
) -> list[InfeasibleReason]:
    """Say which targets the closest possible day still misses, and by how much.

    `repeats` must match how `meals` were solved (see `solve_portions`).
    """
    closest = solve_portions(meals, target, hard=False, repeats=repeats)
    if closest is None or not any(closest):
        return [
            InfeasibleReason(
                code=ReasonCode.no_foods,
                message=f"no combination of foods{_context(request)} fills every meal",
            )
        ]
    totals = total_macros(
        portion_macros(food.food, grams) for meal in closest for food, grams in meal
    )
    errors = {f: relative_error(getattr(totals, f), getattr(target, f)) for f in MACRO_FIELDS}
    missed = [f for f in MACRO_FIELDS if abs(errors[f]) > TOLERANCE[f]]
    if not missed:
        missed = [max(MACRO_FIELDS, key=lambda f: abs(errors[f]) / TOLERANCE[f])]
    reasons = []
    for field in missed:
        label, unit, code = _LABELS[field]
        goal, best = getattr(target, field), getattr(totals, field)
        verb = "cannot be reached" if best < goal else "cannot be kept under"
        reasons.append(
            InfeasibleReason(
                code=code,
                message=f"{label} {goal:.0f} {unit}/day {verb} with foods{_context(request)} "
                f"within portion bounds (closest: {best:.0f} {unit})",
            )
        )
    return reasons


def _density(food: EverydayFood) -> float:
    """Minus the share of the food's energy that its role's macro provides (lower is denser)."""
    macro = _ROLE_MACRO.get(food.role)
    if macro is None:
        return food.food.kcal / 100.0
    factor = 9.0 if macro == "fat_g" else 4.0
    return -factor * float(getattr(food.food, macro)) / max(food.food.kcal, 1.0)


def _fitting(
    foods: Sequence[EverydayFood], slot: MealSlot | None, roles: frozenset[FoodRole]
) -> list[EverydayFood]:
    """Foods of `roles` served at `slot` (at any slot when None)."""
    return [food for food in foods if food.role in roles and (slot is None or slot in food.slots)]


def _context(request: PlanRequest) -> str:
    restrictions = food_restrictions(request)
    return f" allowed by {restrictions}" if restrictions else ""

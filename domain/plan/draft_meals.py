"""The meal half of turning a draft into a plan: grounding, hard constraints, gaps, grams."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Final

import numpy as np

from domain.catalog import EverydayFood
from domain.plan.draft import PlanDraft
from domain.plan.errors import PlanInfeasible
from domain.plan.foods import food_violations
from domain.plan.grounding import Grounder, Repair, RepairKind, dedupe
from domain.plan.meals import MEAL_LAYOUTS, meal_slots
from domain.plan.menus import ATTEMPTS, diagnose, reference_meals
from domain.plan.portions import Choice, MealSpec, Portions, solve_portions
from domain.plan.request import PlanRequest
from domain.plan.schemas import DayKind, Macros

# Draft foods are wanted; planner fill-ins only when the draft's foods cannot meet the targets.
DRAFT_FOOD_COST: Final = -1.0
FILL_IN_COST: Final = 2.0

MenuFoods = list[list[EverydayFood]]


def menus_from_draft(
    draft: PlanDraft,
    request: PlanRequest,
    grounder: Grounder,
    foods: Sequence[EverydayFood],
    targets: dict[DayKind, Macros],
    days_of_kind: dict[DayKind, int],
    rng: np.random.Generator,
    repairs: list[Repair],
) -> list[tuple[DayKind, Portions]]:
    """Solve the draft's menus, one or more per day kind the week has."""
    grounded = [
        (menu.kind, _ground_menu(menu.meals, f"menu {i + 1}", request, grounder, repairs))
        for i, menu in enumerate(draft.menus)
    ]
    used: Counter[str] = Counter()
    solved = []
    for kind, target in targets.items():
        own = [meals for menu_kind, meals in grounded if menu_kind == kind][: days_of_kind[kind]]
        if not own:
            own = [grounded[0][1] if grounded else [[] for _ in range(request.meals_per_day)]]
            repairs.append(
                Repair(
                    kind=RepairKind.menu, where=f"{kind} days", message=f"no {kind} menu; built one"
                )
            )
        for meals in own:
            portions = _solve(meals, request, foods, target, rng, used, repairs, f"{kind} menu")
            solved.append((kind, portions))
    return solved


def _ground_menu(
    names: list[list[str]],
    where: str,
    request: PlanRequest,
    grounder: Grounder,
    repairs: list[Repair],
) -> MenuFoods:
    slots = meal_slots(request.meals_per_day)
    if len(names) != len(slots):
        repairs.append(
            Repair(
                kind=RepairKind.menu,
                where=where,
                message=f"{len(names)} meals proposed, {len(slots)} planned",
            )
        )
    meals = []
    for m, slot in enumerate(slots):
        picked = []
        for name in names[m] if m < len(names) else []:
            food = grounder.food(name, f"{where}, {slot}", repairs)
            if food is None:
                continue
            problems = food_violations(food, request)
            repairs.extend(
                Repair(
                    kind=RepairKind.dropped,
                    where=f"{where}, {slot}",
                    message=f"{food.name} {why}",
                    code=code,
                )
                for code, why in problems
            )
            if not problems:
                picked.append(food)
        meals.append(dedupe(picked, lambda food: food.food.id))
    return meals


def _solve(
    meals: MenuFoods,
    request: PlanRequest,
    foods: Sequence[EverydayFood],
    target: Macros,
    rng: np.random.Generator,
    used: Counter[str],
    repairs: list[Repair],
    where: str,
) -> Portions:
    specs: list[MealSpec] = []
    # The draft's foods alone first, then with the reference planner's widening fill-ins.
    attempts: list[tuple[int, bool] | None] = [None, *ATTEMPTS]
    for attempt in attempts:
        if attempt is None and not all(meals):
            continue
        specs = _specs(meals, request, foods, rng, used, attempt)
        portions = solve_portions(specs, target)
        if portions is not None:
            _record(meals, portions, where, repairs)
            used.update(food.food.id for meal in portions for food, _ in meal)
            return portions
    raise PlanInfeasible(diagnose(specs, target, request))


def _specs(
    meals: MenuFoods,
    request: PlanRequest,
    foods: Sequence[EverydayFood],
    rng: np.random.Generator,
    used: Counter[str],
    fill: tuple[int, bool] | None,
) -> list[MealSpec]:
    reference = (
        reference_meals(foods, request, rng, used, limit=fill[0], dense=fill[1]) if fill else None
    )
    specs = []
    for m, (slot, share) in enumerate(MEAL_LAYOUTS[request.meals_per_day]):
        # Alone, the draft's foods must all be served; with fill-ins the solver may drop some.
        own = tuple(
            Choice(candidates=(food,), costs=(DRAFT_FOOD_COST,), required=fill is None)
            for food in meals[m]
        )
        # A meal the draft left empty keeps the reference recipe's required choices.
        extra = tuple(
            Choice(
                candidates=choice.candidates,
                costs=tuple(cost + FILL_IN_COST for cost in choice.costs),
                required=choice.required and not meals[m],
            )
            for choice in (reference[m].choices if reference else ())
        )
        specs.append(MealSpec(slot=slot, choices=own + extra, kcal_share=share))
    return specs


def _record(meals: MenuFoods, portions: Portions, where: str, repairs: list[Repair]) -> None:
    """Report draft foods the solver left out and planner foods it added."""
    for slot, proposed, served in zip(meal_slots(len(meals)), meals, portions, strict=True):
        served_ids = {food.food.id for food, _ in served}
        proposed_ids = {food.food.id for food in proposed}
        repairs.extend(
            Repair(
                kind=RepairKind.dropped,
                where=f"{where}, {slot}",
                message=f"{food.name} left out to meet the day's targets",
            )
            for food in proposed
            if food.food.id not in served_ids
        )
        repairs.extend(
            Repair(kind=RepairKind.added, where=f"{where}, {slot}", message=f"added {food.name}")
            for food, _ in served
            if food.food.id not in proposed_ids
        )

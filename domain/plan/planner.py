"""The exact reference planner: a complete, constraint-satisfying plan for a request and a seed."""

from __future__ import annotations

from collections import Counter

import numpy as np

from domain.catalog import Catalog
from domain.plan.assemble import assemble_plan
from domain.plan.errors import InfeasibleReason, PlanInfeasible, ReasonCode
from domain.plan.foods import allowed_foods
from domain.plan.meals import day_targets, menu_kinds
from domain.plan.menus import plan_menu
from domain.plan.notes import coaching_notes
from domain.plan.portions import Portions
from domain.plan.request import PlanRequest
from domain.plan.schemas import DayKind, Plan
from domain.plan.wording import food_restrictions
from domain.plan.workout import plan_workout


def make_plan(request: PlanRequest, catalog: Catalog, *, seed: int) -> Plan:
    """Plan a week of training and eating that meets every hard constraint of `request`.

    Args:
        request: The user's constraints and targets.
        catalog: Foods and exercises to plan with.
        seed: Seed of the only randomness (tie-breaks); same seed, same plan.

    Returns:
        The plan.

    Raises:
        PlanInfeasible: The constraints cannot all be met; the reasons say which bind.
    """
    rng = np.random.default_rng(seed)
    workout = plan_workout(request, catalog.exercises, rng)
    targets = day_targets(request.targets, len(workout.foci))
    foods = allowed_foods(catalog.everyday, request)
    if not foods:
        restrictions = food_restrictions(request)
        message = (
            f"no everyday food is allowed by {restrictions}"
            if restrictions
            else "the catalog has no everyday food"
        )
        raise PlanInfeasible([InfeasibleReason(code=ReasonCode.no_foods, message=message)])
    used: Counter[str] = Counter()
    menus: list[tuple[DayKind, Portions]] = []
    for kind in menu_kinds(len(workout.foci)):
        menus.append((kind, plan_menu(foods, request, targets[kind], rng, used)))
    return assemble_plan(
        workout=workout,
        menus=menus,
        targets=targets,
        meals_per_day=request.meals_per_day,
        notes=coaching_notes(request, len(workout.foci)),
        seed=seed,
    )

"""Draft -> plan (serving's path for model output) and plan -> draft (the fine-tune's target).

A draft is grounded name by name, anything that breaks a hard constraint is dropped, gaps are
filled by the reference planner, and grams are solved by the same program the planner uses. The
result lists every repair so serving can tell the user what changed.
"""

from __future__ import annotations

import numpy as np
from pydantic import BaseModel, ConfigDict

from domain.catalog import Catalog
from domain.plan.assemble import assemble_plan
from domain.plan.draft import DraftDay, DraftMenu, PlanDraft
from domain.plan.draft_meals import menus_from_draft
from domain.plan.draft_workout import workout_from_draft
from domain.plan.foods import allowed_foods
from domain.plan.grounding import Grounder, Repair
from domain.plan.meals import day_targets
from domain.plan.notes import coaching_notes
from domain.plan.request import PlanRequest
from domain.plan.schemas import DayKind, Plan


class DraftResult(BaseModel):
    model_config = ConfigDict(extra="forbid")

    plan: Plan
    repairs: list[Repair]


def plan_from_draft(
    draft: PlanDraft,
    request: PlanRequest,
    catalog: Catalog,
    *,
    seed: int,
    grounder: Grounder | None = None,
) -> DraftResult:
    """Turn a model's draft into a valid plan, repairing what it must.

    Args:
        draft: The draft (already parsed against its JSON schema).
        request: The constraints and targets to enforce: the form tightened by the reading of
            the notes (`domain.plan.reading.apply_reading`).
        catalog: The catalog to ground names in.
        seed: Seed for the planner's tie-breaks when filling gaps.
        grounder: A prebuilt name index for `catalog` (serving keeps one); built when None.

    Returns:
        The plan and the repairs made.

    Raises:
        PlanInfeasible: Even with repairs the constraints cannot be met.
    """
    rng = np.random.default_rng(seed)
    grounder = grounder or Grounder(catalog)
    repairs: list[Repair] = []
    workout = workout_from_draft(draft, request, catalog, grounder, rng, repairs)
    training = len(workout.foci)
    targets = day_targets(request.targets, training)
    days_of_kind = {DayKind.train: training, DayKind.rest: 7 - training}
    foods = allowed_foods(catalog.everyday, request)
    menus = menus_from_draft(draft, request, grounder, foods, targets, days_of_kind, rng, repairs)
    plan = assemble_plan(
        workout=workout,
        menus=menus,
        targets=targets,
        meals_per_day=request.meals_per_day,
        notes=coaching_notes(request, training),
        seed=seed,
    )
    return DraftResult(plan=plan, repairs=repairs)


def draft_from_plan(plan: Plan) -> PlanDraft:
    """The lean draft that describes `plan` (names only), as the fine-tune learns to write it.

    Args:
        plan: A complete plan.

    Returns:
        Its draft: one entry per distinct menu, then the training days in weekday order.
    """
    menus: dict[int, DraftMenu] = {}
    for day in plan.days:
        menus.setdefault(
            day.menu,
            DraftMenu(
                kind=day.kind,
                meals=[[item.name for item in meal.items] for meal in day.meals],
            ),
        )
    return PlanDraft(
        menus=[menus[index] for index in sorted(menus)],
        days=[
            DraftDay(focus=day.focus, ex=[item.name for item in day.exercises])
            for day in plan.days
            if day.focus is not None
        ],
    )

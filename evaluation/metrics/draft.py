"""Metrics of the raw draft a model wrote, before serving grounds, repairs or solves it.

No metric of the `evaluate` library fits these checks, and its metrics load from the Hugging Face
Hub at run time (the wheel ships none), which fails offline; so they are plain functions here.
"""

from __future__ import annotations

from dataclasses import dataclass

from domain.catalog import Catalog
from domain.injuries import excluded_patterns
from domain.plan.draft import PlanDraft
from domain.plan.exercises import exercise_violations
from domain.plan.foods import food_violations
from domain.plan.request import PlanRequest
from domain.plan.violations import ViolationCode
from domain.plan.workout import default_schedule

# The constraints a plan must never break, whatever the model wrote.
HARD_CODES = frozenset(
    {ViolationCode.allergen, ViolationCode.diet, ViolationCode.equipment, ViolationCode.injury}
)


@dataclass(frozen=True)
class Grounding:
    """How many names of a draft resolve to catalog entries (case-insensitive, exact)."""

    found: int
    total: int
    unknown: tuple[str, ...]

    @property
    def rate(self) -> float:
        """Share of names found; an empty draft grounds nothing and scores 0."""
        return self.found / self.total if self.total else 0.0


def exercise_names(draft: PlanDraft) -> list[str]:
    return [name for day in draft.days for name in day.ex]


def food_names(draft: PlanDraft) -> list[str]:
    return [name for menu in draft.menus for meal in menu.meals for name in meal]


def grounding(draft: PlanDraft, catalog: Catalog) -> Grounding:
    """Count the draft's exercise and food names that the catalog knows."""
    unknown = [name for name in exercise_names(draft) if catalog.exercise(name) is None]
    unknown += [name for name in food_names(draft) if catalog.everyday_food(name) is None]
    total = len(exercise_names(draft)) + len(food_names(draft))
    return Grounding(found=total - len(unknown), total=total, unknown=tuple(unknown))


def hard_violations(draft: PlanDraft, request: PlanRequest, catalog: Catalog) -> int:
    """Hard-constraint breaches of the raw draft's catalog names against `request` (the truth).

    Counts per name occurrence, before serving grounds or repairs anything; unknown names have
    no catalog facts to break and count under grounding instead.
    """
    excluded = excluded_patterns(request.injuries)
    found = 0
    for name in exercise_names(draft):
        exercise = catalog.exercise(name)
        if exercise is not None:
            problems = exercise_violations(exercise, request, excluded)
            found += any(code in HARD_CODES for code, _ in problems)
    for name in food_names(draft):
        food = catalog.everyday_food(name)
        if food is not None:
            found += any(code in HARD_CODES for code, _ in food_violations(food, request))
    return found


def days_match(draft: PlanDraft, request: PlanRequest) -> bool:
    """Whether the draft's training days follow the request's schedule: its number and foci."""
    _, foci = default_schedule(request)
    return [day.focus for day in draft.days] == list(foci.values())


READ_TOPICS = ("equipment", "injuries", "allergies", "diets")


def constraints_read(enforced: PlanRequest, truth: PlanRequest) -> int:
    """How many constraint topics (`READ_TOPICS`) serving enforces exactly as they truly are.

    `enforced` is the form tightened by the model's reading, so a topic the form already states
    counts as read. Equipment compares what is available: "none" and "body weight" are the same.
    """
    return sum(
        (
            enforced.available_equipment == truth.available_equipment,
            enforced.injuries == truth.injuries,
            enforced.allergies == truth.allergies,
            enforced.diets == truth.diets,
        )
    )

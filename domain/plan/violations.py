"""What can be wrong with a plan: the codes the checker, the planner and serving share."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict


class ViolationCode(StrEnum):
    allergen = "allergen"
    diet = "diet"
    disliked_food = "disliked_food"
    unknown_food = "unknown_food"
    portion_bounds = "portion_bounds"
    meals_per_day = "meals_per_day"
    macros = "macros"
    unknown_exercise = "unknown_exercise"
    equipment = "equipment"
    injury = "injury"
    exercise_level = "exercise_level"
    not_strength = "not_strength"
    days_per_week = "days_per_week"
    rest_spacing = "rest_spacing"
    weekly_sets = "weekly_sets"


class Violation(BaseModel):
    """One broken constraint; `where` locates it, e.g. "day 3, lunch, Tofu"."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: ViolationCode
    message: str
    where: str

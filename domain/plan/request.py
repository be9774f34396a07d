"""The planner's input: the user's true structured constraints plus their macro targets."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Final

from pydantic import BaseModel, ConfigDict, Field, field_serializer

from domain.macros import KCAL_PER_G_CARB, KCAL_PER_G_FAT
from domain.plan.planner_limits import MAX_MEALS_PER_DAY, MIN_MEALS_PER_DAY
from domain.profile import (
    ActivityLevel,
    Allergen,
    BodyArea,
    Diet,
    Equipment,
    Experience,
    Goal,
    Sex,
)
from domain.targets import MacroTargets, compute_targets

LOW_CARB_MAX_SHARE: Final = 0.26
LOW_CARB_MAX_G: Final = 130.0


class PlanRequest(BaseModel):
    """Everything the planner and the checker honour; names are matched case-insensitively."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    sex: Sex
    age: int = Field(ge=13, le=100)
    height_cm: float = Field(gt=0)
    weight_kg: float = Field(gt=0)
    goal: Goal
    activity_level: ActivityLevel
    experience: Experience
    days_per_week: int = Field(ge=1, le=7)
    session_minutes: int | None = Field(default=None, ge=15, le=240)
    equipment: frozenset[Equipment] = frozenset()
    injuries: frozenset[BodyArea] = frozenset()
    liked_exercises: tuple[str, ...] = ()
    liked_foods: tuple[str, ...] = ()
    disliked_foods: tuple[str, ...] = ()
    allergies: frozenset[Allergen] = frozenset()
    diets: frozenset[Diet] = frozenset()
    """Every food must fit each of them (a vegan with coeliac disease: vegan and gluten-free)."""
    meals_per_day: int = Field(default=3, ge=MIN_MEALS_PER_DAY, le=MAX_MEALS_PER_DAY)
    targets: MacroTargets

    @field_serializer("equipment", "injuries", "allergies", "diets")
    def _sorted(self, members: frozenset[StrEnum]) -> list[str]:
        """Sorted: a set's iteration order changes with each process's hash seed, and a request's
        JSON (dataset rows, their content hash) must not."""
        return sorted(str(member) for member in members)

    @property
    def available_equipment(self) -> frozenset[Equipment]:
        """The user's equipment; body weight is always available."""
        return self.equipment | {Equipment.body_only}


def low_carb_targets(targets: MacroTargets) -> MacroTargets:
    """Cap carbohydrate for a low-carb diet and give the energy to fat; protein is unchanged.

    "Low-carbohydrate" follows Feinman RD et al. Nutrition 2015;31:1-13: under 130 g/day or
    26 % of energy, whichever is lower. The 130 g bound binds above 2,000 kcal, where 26 % would
    ask for more carbohydrate than low-carb foods (at most 10 g net per 100 g) supply within
    portion bounds. The user chose this diet, so it is the one case where carbohydrate goes below
    its RDA (`domain.macros.CARB_RDA_G`). Protein is already at most 35 % of energy (its AMDR
    cap), so fat takes the energy and ends above its own 35 % cap; the note gives its share.

    Args:
        targets: Targets from `compute_targets`.

    Returns:
        The targets with carbohydrate capped (unchanged when already under the cap).
    """
    cap = min(LOW_CARB_MAX_SHARE * targets.calories / KCAL_PER_G_CARB, LOW_CARB_MAX_G)
    if targets.carbs_g <= cap:
        return targets
    carbs = int(cap)
    fat = targets.fat_g + round((targets.carbs_g - carbs) * KCAL_PER_G_CARB / KCAL_PER_G_FAT)
    fat_share = KCAL_PER_G_FAT * fat / targets.calories
    note = (
        f"low-carb diet: carbohydrate capped at {carbs} g/day, the energy moved to fat "
        f"({fat} g, {fat_share:.0%} of calories)"
    )
    return targets.model_copy(
        update={"carbs_g": carbs, "fat_g": fat, "warnings": (*targets.warnings, note)}
    )


def request_from_profile(
    *,
    sex: Sex,
    age: int,
    height_cm: float,
    weight_kg: float,
    goal: Goal,
    activity_level: ActivityLevel,
    experience: Experience,
    days_per_week: int,
    session_minutes: int | None = None,
    equipment: Iterable[Equipment] = (),
    injuries: Iterable[BodyArea] = (),
    liked_exercises: Iterable[str] = (),
    liked_foods: Iterable[str] = (),
    disliked_foods: Iterable[str] = (),
    allergies: Iterable[Allergen] = (),
    diets: Iterable[Diet] = (),
    meals_per_day: int = 3,
    body_fat_pct: float | None = None,
) -> PlanRequest:
    """Build a request from profile fields, computing the macro targets on the way.

    Args:
        sex: Biological sex, for the energy equations.
        age: Age in years.
        height_cm: Height in centimetres.
        weight_kg: Body mass in kilograms.
        goal: Training and nutrition goal.
        activity_level: Daily activity outside training.
        experience: Training experience; caps exercise difficulty.
        days_per_week: Training days per week (1-7).
        session_minutes: Time per session; None means the planner's default.
        equipment: Equipment at hand (body weight is implied).
        injuries: Areas whose loading movement patterns must be avoided.
        liked_exercises: Exercise names to use first.
        liked_foods: Food names or words (e.g. "salmon") to use first.
        disliked_foods: Food names or words never to use.
        allergies: Allergens never to serve.
        diets: Dietary patterns every food must fit.
        meals_per_day: Meals per day (3-5).
        body_fat_pct: Body fat percentage, when known (enables lean-mass formulas).

    Returns:
        The validated request.
    """
    targets = compute_targets(
        sex=sex,
        age=age,
        height_cm=height_cm,
        weight_kg=weight_kg,
        activity_level=activity_level,
        goal=goal,
        body_fat_pct=body_fat_pct,
    )
    diets = frozenset(diets)
    if Diet.low_carb in diets:
        targets = low_carb_targets(targets)
    return PlanRequest(
        sex=sex,
        age=age,
        height_cm=height_cm,
        weight_kg=weight_kg,
        goal=goal,
        activity_level=activity_level,
        experience=experience,
        days_per_week=days_per_week,
        session_minutes=session_minutes,
        equipment=frozenset(equipment),
        injuries=frozenset(injuries),
        liked_exercises=tuple(liked_exercises),
        liked_foods=tuple(liked_foods),
        disliked_foods=tuple(disliked_foods),
        allergies=frozenset(allergies),
        diets=diets,
        meals_per_day=meals_per_day,
        targets=targets,
    )

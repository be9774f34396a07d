"""The full plan the product shows: a workout week plus meals with grams and macros.

Every number here comes from the planner and the portion solver, never from a language model.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from domain.catalog import MealSlot


class Split(StrEnum):
    """How the training week is divided; also the `split` a draft names."""

    full_body = "full_body"
    upper_lower = "upper_lower"
    push_pull_legs = "push_pull_legs"
    upper_lower_ppl = "upper_lower_ppl"


class Focus(StrEnum):
    """What one training day works."""

    full = "full"
    # Not `upper`/`lower`: those would shadow str methods.
    upper_body = "upper"
    lower_body = "lower"
    push = "push"
    pull = "pull"
    legs = "legs"


class DayKind(StrEnum):
    """Training and rest days carry different carbohydrate targets."""

    train = "train"
    rest = "rest"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Macros(Strict):
    """Energy and macronutrients of a food portion, a meal, a day or a target."""

    kcal: float
    protein_g: float
    carbs_g: float
    fat_g: float


class PlannedExercise(Strict):
    name: str
    exercise_id: str
    sets: int = Field(ge=1)
    reps_min: int = Field(ge=1)
    reps_max: int = Field(ge=1)
    rest_s: int = Field(ge=0)


class FoodPortion(Strict):
    name: str = Field(description="the everyday food's short name")
    food_id: str
    grams: float = Field(gt=0)
    macros: Macros


class Meal(Strict):
    slot: MealSlot
    items: list[FoodPortion]
    totals: Macros


class PlanDay(Strict):
    """One day of the week (1 = Monday); `focus` is None on rest days."""

    day: int = Field(ge=1, le=7)
    focus: Focus | None = None
    exercises: list[PlannedExercise] = []
    menu: int = Field(ge=0, description="index of the day template (menu) this day eats")
    meals: list[Meal]
    target: Macros
    totals: Macros

    @property
    def kind(self) -> DayKind:
        return DayKind.rest if self.focus is None else DayKind.train


class Plan(Strict):
    split: Split
    days: list[PlanDay] = Field(min_length=7, max_length=7)
    weekly_sets: dict[str, float] = Field(description="hard sets per major muscle group")
    notes: list[str] = []
    seed: int

"""The compact plan draft a small language model writes: catalog names only, no quantities.

Kept short on purpose (about 300-500 tokens): the model decodes it on CPU under this very JSON
schema. Meals are a few day templates (menus) the week rotates through instead of seven spelled-out
days: training days take the `train` menus in turn, rest days the `rest` menus. Each menu lists its
meals in the order of `domain.plan.meals.meal_slots(meals_per_day)`.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from domain.plan.schemas import DayKind, Focus, Split


class DraftModel(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DraftDay(DraftModel):
    """One training day: its weekday index (1 = Monday), focus and exercise names."""

    day: int = Field(ge=1, le=7)
    focus: Focus
    ex: list[str]


class DraftMenu(DraftModel):
    """A day template: one list of food short names per meal."""

    kind: DayKind
    meals: list[list[str]]


class PlanDraft(DraftModel):
    split: Split
    days: list[DraftDay]
    menus: list[DraftMenu]
    notes: list[str]

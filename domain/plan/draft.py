"""The compact plan draft a small language model writes: catalog names only, no quantities.

Constraints a user states only in words ("no dairy", "bad left knee") are read before the draft is
written (`domain.plan.reading`), so the draft is made for a request that already holds them.

Kept short on purpose (about 500-700 tokens): the model decodes it on CPU under a per-request
version of this JSON schema (`domain.plan.guided`). Meals are a few day templates (menus) the
week rotates through instead of seven spelled-out days: training days take the `train` menus in
turn, rest days the `rest` menus. Each menu lists its meals in the order of
`domain.plan.meals.meal_slots(meals_per_day)`.
"""

from __future__ import annotations

from typing import Annotated, Final

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from domain.plan.planner_limits import MAX_EXERCISES_PER_SESSION, MAX_MEALS_PER_DAY, MENUS_PER_KIND
from domain.plan.schemas import DayKind, Focus, Split

# Every list and string is bounded so JSON-schema-guided decoding cannot run away (an undertrained
# model otherwise fills arrays until max_new_tokens and the draft never closes). The bounds are
# the reference planner's own limits, with room for a few more foods per meal than it uses.
MAX_MENUS: Final = MENUS_PER_KIND * len(DayKind)
MAX_FOODS_PER_MEAL: Final = 10
MAX_NOTES: Final = 4
MAX_NAME_CHARS: Final = 64
MAX_NOTE_CHARS: Final = 160

CatalogName = Annotated[str, StringConstraints(max_length=MAX_NAME_CHARS)]
CoachingNote = Annotated[str, StringConstraints(max_length=MAX_NOTE_CHARS)]


class DraftModel(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DraftDay(DraftModel):
    """One training day: its weekday index (1 = Monday), focus and exercise names."""

    day: int = Field(ge=1, le=7)
    focus: Focus
    ex: list[CatalogName] = Field(max_length=MAX_EXERCISES_PER_SESSION)


class DraftMenu(DraftModel):
    """A day template: one list of food short names per meal."""

    kind: DayKind
    meals: list[Annotated[list[CatalogName], Field(max_length=MAX_FOODS_PER_MEAL)]] = Field(
        max_length=MAX_MEALS_PER_DAY
    )


class PlanDraft(DraftModel):
    split: Split
    days: list[DraftDay] = Field(max_length=7)
    menus: list[DraftMenu] = Field(max_length=MAX_MENUS)
    notes: list[CoachingNote] = Field(max_length=MAX_NOTES)

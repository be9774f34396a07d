"""The lean plan draft a small language model writes: catalog names only, no quantities.

Constraints a user states only in words ("no dairy", "bad left knee") are read before the draft is
written (`domain.plan.reading`), so the draft is made for a request that already holds them.

Everything the request already decides is left out of the model's work: the training schedule
(split, weekdays, each day's focus) is the planner's for the request, coaching notes come from
templates, and the number of names in every list is the reference planner's for the request. The
per-request JSON schema (`domain.plan.guided`) writes those parts as constants, so with
jump-forward decoding they cost no model choice; the model only chooses names.

Meals come first, so a renewal that needs meals only can stop after `menus`. Meals are a few day
templates (menus) the week rotates through instead of seven spelled-out days: training days take
the `train` menus in turn, rest days the `rest` menus. Each menu lists its meals in the order of
`domain.plan.meals.meal_slots(meals_per_day)`; training days follow the schedule's weekday order.
"""

from __future__ import annotations

from typing import Annotated, Final

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from domain.plan.planner_limits import MAX_EXERCISES_PER_SESSION, MAX_MEALS_PER_DAY, MENUS_PER_KIND
from domain.plan.schemas import DayKind, Focus

# Every list and string is bounded so unguided decoding of a parsed draft stays small.
MAX_MENUS: Final = MENUS_PER_KIND * len(DayKind)
MAX_FOODS_PER_MEAL: Final = 10
MAX_NAME_CHARS: Final = 64

CatalogName = Annotated[str, StringConstraints(max_length=MAX_NAME_CHARS)]


class DraftModel(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DraftMenu(DraftModel):
    """A day template: one list of food short names per meal."""

    kind: DayKind
    meals: list[Annotated[list[CatalogName], Field(max_length=MAX_FOODS_PER_MEAL)]] = Field(
        max_length=MAX_MEALS_PER_DAY
    )


class DraftDay(DraftModel):
    """One training day, in schedule order: its focus (set by the schedule) and exercise names."""

    focus: Focus
    ex: list[CatalogName] = Field(max_length=MAX_EXERCISES_PER_SESSION)


class PlanDraft(DraftModel):
    """Menus, then training days; no days at all when only meals were asked for."""

    menus: list[DraftMenu] = Field(max_length=MAX_MENUS)
    days: list[DraftDay] = Field(default=[], max_length=7)

"""Feedback on plan versions: stars and a comment, thumbs per meal or exercise."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from app.schemas.common import MAX_NOTES_CHARS, NO_NUL, StrictInput
from domain.api.serving import Variant
from domain.plan.planner_limits import MAX_EXERCISES_PER_SESSION, MAX_MEALS_PER_DAY

ItemKind = Literal["meal", "exercise"]


class RatingIn(StrictInput):
    stars: int | None = Field(ge=1, le=5, description="1-5 stars; null clears them")
    comment: str | None = Field(default=None, max_length=MAX_NOTES_CHARS, pattern=NO_NUL)


class ThumbIn(StrictInput):
    """Thumbs on one meal (its position in the day) or one exercise (its position)."""

    kind: ItemKind
    day: int = Field(ge=1, le=7, description="1 = Monday")
    position: int = Field(ge=0, lt=max(MAX_MEALS_PER_DAY, MAX_EXERCISES_PER_SESSION))
    up: bool | None = Field(description="true up, false down, null takes the thumb back")


class ThumbPublic(BaseModel):
    kind: ItemKind
    day: int
    position: int
    item: str = Field(description="the exercise, or the meal's foods")
    up: bool


class FeedbackPublic(BaseModel):
    """Everything the user said about one plan version, with where the plan came from."""

    version: int
    variant: Variant
    model_version: str | None
    stars: int | None
    comment: str | None
    thumbs: list[ThumbPublic]
    updated_at: datetime | None


class FeedbacksPublic(BaseModel):
    data: list[FeedbackPublic]
    count: int

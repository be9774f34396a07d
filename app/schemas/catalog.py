"""Food and exercise catalog listings."""

from __future__ import annotations

from pydantic import BaseModel

from domain.catalog import Exercise, Food


class FoodsPublic(BaseModel):
    data: list[Food]
    count: int
    page: int
    page_size: int


class ExercisesPublic(BaseModel):
    data: list[Exercise]
    count: int
    page: int
    page_size: int

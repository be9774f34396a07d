"""The grocery list."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field

from domain.catalog import Portion


class GroceryItem(BaseModel):
    food_id: str
    name: str
    grams: int
    household: str | None = Field(description='e.g. "3 large"; None when USDA has no portion')
    portion: Portion | None = Field(description="the USDA portion the household amount counts")


class GroceryPublic(BaseModel):
    start: date
    end: date
    version: int = Field(description="the plan version the list is for")
    data: list[GroceryItem]
    count: int

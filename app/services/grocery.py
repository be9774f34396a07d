"""A grocery list for a date range: the current plan's foods, summed per food.

Grams are exact; household units ("3 large", "1.5 cup") come from USDA SR28's portion weights
(the catalog's `Food.portions`, parsed from SR28's WEIGHT file) where it has them. Whole pieces
(an egg, a banana, a fillet) are what a shop sells, so counts of pieces round up; cups and
spoons round to the nearest quarter. Weight measures (oz, lb) add nothing to grams and are
skipped; foods with no usable portion show grams alone.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Final

from app.schemas.grocery import GroceryItem, GroceryPublic
from app.services.errors import InvalidRequestError, UnavailableError
from domain.catalog import Catalog, Food, Portion
from domain.plan.schemas import Plan

MAX_DAYS: Final = 31
_AMOUNT = re.compile(r"^(\d+(?:\.\d+)?)\s+(.*)$")
_VOLUME = re.compile(r"^(cups?|tbsp|tablespoons?|tsp|teaspoons?|quarts?|pints?)\b")
_SKIPPED = re.compile(r"^(oz|lb|fl oz|nlea serving|cubic inch)\b")
_PARENTHESES = re.compile(r"\s*\([^)]*\)")


def _split(portion: Portion) -> tuple[float, str] | None:
    """A portion's amount and unit ("0.5 breast, bone removed" -> 0.5, "breast, ...")."""
    match = _AMOUNT.match(portion.label.strip())
    if match is None or float(match[1]) <= 0:
        return None
    return float(match[1]), _PARENTHESES.sub("", match[2]).strip(" ,")


def household(food: Food, grams: float) -> tuple[str, Portion] | None:
    """The amount in a household unit, and the portion it is counted in; None without one."""
    pieces: list[tuple[float, str, Portion]] = []
    volumes: list[tuple[float, str, Portion]] = []
    for portion in food.portions:
        split = _split(portion)
        if split is None or _SKIPPED.match(split[1].lower()):
            continue
        (volumes if _VOLUME.match(split[1].lower()) else pieces).append((*split, portion))
    if pieces:
        amount, unit, portion = next((p for p in pieces if "medium" in p[1]), pieces[0])
        count = float(math.ceil(grams / portion.grams * amount - 1e-9))
    elif volumes:
        # The largest unit that still needs at least one of it (1.5 cup, not 24 tbsp).
        fitting = [v for v in volumes if grams / v[2].grams * v[0] >= 1] or volumes
        amount, unit, portion = max(fitting, key=lambda v: v[2].grams / v[0])
        count = max(round(grams / portion.grams * amount * 4) / 4, 0.25)
    else:
        return None
    return f"{count:g} {unit}", portion


def grocery_list(
    *,
    version: int,
    plan: Plan,
    start: date,
    end: date,
    catalog: Callable[[], Catalog],
) -> GroceryPublic:
    """Sum the plan's foods over the days [start, end] (each date eats its weekday's plan day).

    The catalog only adds household units: without it (not fetched) the list has grams alone.

    Raises:
        InvalidRequestError: The range is reversed or longer than `MAX_DAYS`.
    """
    days = (end - start).days + 1
    if not 1 <= days <= MAX_DAYS:
        raise InvalidRequestError(f"the range must cover 1 to {MAX_DAYS} days, got {days}")
    grams: dict[str, float] = {}
    names: dict[str, str] = {}
    for offset in range(days):
        planned = plan.days[(start + timedelta(days=offset)).isoweekday() - 1]
        for meal in planned.meals:
            for item in meal.items:
                grams[item.food_id] = grams.get(item.food_id, 0.0) + item.grams
                names.setdefault(item.food_id, item.name)
    try:
        foods = catalog().foods_by_id
    except UnavailableError:
        foods = {}
    items = []
    for food_id in sorted(grams, key=lambda f: names[f].casefold()):
        food = foods.get(food_id)
        unit = None if food is None else household(food, grams[food_id])
        items.append(
            GroceryItem(
                food_id=food_id,
                name=names[food_id],
                grams=round(grams[food_id]),
                household=None if unit is None else unit[0],
                portion=None if unit is None else unit[1],
            )
        )
    return GroceryPublic(start=start, end=end, version=version, data=items, count=len(items))

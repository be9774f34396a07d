"""Builds the curated everyday subset from the reviewed table and the tagged SR28 foods."""

from __future__ import annotations

from collections.abc import Iterable

from catalogs.everyday_table import EVERYDAY, EverydayRow
from domain.catalog import EverydayFood, Food, MealSlot

SLOT_CODES: dict[str, MealSlot] = {
    "B": MealSlot.breakfast,
    "L": MealSlot.lunch,
    "D": MealSlot.dinner,
    "S": MealSlot.snack,
}


def build_everyday(
    foods: Iterable[Food], rows: Iterable[EverydayRow] = EVERYDAY
) -> list[EverydayFood]:
    """The everyday foods, each wrapping its tagged SR28 food.

    Args:
        foods: The tagged SR28 foods.
        rows: The reviewed table (defaults to `catalogs.everyday_table.EVERYDAY`).

    Returns:
        One EverydayFood per row, in table order.

    Raises:
        ValueError: A row names an unknown NDB number or slot code, a duplicate display name, or
            portion bounds that are not increasing.
    """
    by_id = {food.id: food for food in foods}
    names: set[str] = set()
    everyday = []
    for ndb_no, name, role, slots, min_g, max_g in rows:
        if ndb_no not in by_id:
            raise ValueError(f"everyday food {name!r}: no SR28 food {ndb_no}")
        if name.casefold() in names:
            raise ValueError(f"everyday food name {name!r} is used twice")
        if not 0 < min_g < max_g:
            raise ValueError(
                f"everyday food {name!r}: need 0 < min_g < max_g, got {min_g}..{max_g}"
            )
        unknown = set(slots) - SLOT_CODES.keys()
        if unknown or not slots:
            raise ValueError(f"everyday food {name!r}: bad slot codes {slots!r}")
        names.add(name.casefold())
        everyday.append(
            EverydayFood(
                food=by_id[ndb_no],
                name=name,
                role=role,
                slots=frozenset(SLOT_CODES[code] for code in slots),
                min_g=min_g,
                max_g=max_g,
            )
        )
    return everyday

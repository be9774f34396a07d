"""Macros of portions and their sums, from USDA values per 100 g."""

from __future__ import annotations

from collections.abc import Iterable

from domain.catalog import Food
from domain.plan.schemas import Macros

ZERO = Macros(kcal=0.0, protein_g=0.0, carbs_g=0.0, fat_g=0.0)


def portion_macros(food: Food, grams: float) -> Macros:
    """Macros of `grams` of `food`, rounded to 0.1 so plans read cleanly."""
    scale = grams / 100.0
    return Macros(
        kcal=round(food.kcal * scale, 1),
        protein_g=round(food.protein_g * scale, 1),
        carbs_g=round(food.carbs_g * scale, 1),
        fat_g=round(food.fat_g * scale, 1),
    )


def total_macros(parts: Iterable[Macros]) -> Macros:
    """Sum of macros, rounded to 0.1."""
    kcal = protein = carbs = fat = 0.0
    for part in parts:
        kcal += part.kcal
        protein += part.protein_g
        carbs += part.carbs_g
        fat += part.fat_g
    return Macros(
        kcal=round(kcal, 1),
        protein_g=round(protein, 1),
        carbs_g=round(carbs, 1),
        fat_g=round(fat, 1),
    )

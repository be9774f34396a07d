"""Household units from USDA SR28 portion weights (labels as the catalog holds them)."""

from __future__ import annotations

import pytest

from app.services.grocery import household
from domain.catalog import Food, Portion


def _food(*portions: tuple[str, float]) -> Food:
    return Food(
        id="x",
        name="x",
        group="x",
        kcal=1,
        protein_g=0,
        carbs_g=0,
        fat_g=0,
        portions=tuple(Portion(label=label, grams=grams) for label, grams in portions),
    )


EGGS = _food(("1 cup, chopped", 136.0), ("1 tbsp", 8.5), ("1 large", 50.0))
BANANA = _food(
    ("1 cup, mashed", 225.0),
    ('1 small (6" to 6-7/8" long)', 101.0),
    ('1 medium (7" to 7-7/8" long)', 118.0),
    ('1 large (8" to 8-7/8" long)', 136.0),
)
RICE = _food(("1 cup", 158.0))
OIL = _food(("1 tablespoon", 13.5), ("1 cup", 216.0), ("1 tsp", 4.5))
CHICKEN = _food(("1 cup, chopped or diced", 140.0), ("0.5 breast, bone and skin removed", 86.0))
SALMON = _food(("3 oz", 85.0), ("1 NLEA serving", 148.0))


@pytest.mark.parametrize(
    ("food", "grams", "expected"),
    [
        (EGGS, 150, "3 large"),  # "3 large eggs"
        (EGGS, 151, "4 large"),  # pieces round up
        (BANANA, 200, "2 medium"),  # a medium piece when USDA has one
        (RICE, 237, "1.5 cup"),  # volumes to the quarter
        (RICE, 20, "0.25 cup"),  # never zero
        (OIL, 27, "2 tablespoon"),  # the largest unit that needs at least one
        (OIL, 500, "2.25 cup"),
        (CHICKEN, 300, "2 breast, bone and skin removed"),  # 0.5 breast = 86 g: 1.74 -> 2
    ],
)
def test_household_amounts(food: Food, grams: float, expected: str) -> None:
    found = household(food, grams)
    assert found is not None and found[0] == expected


def test_weights_and_no_portions_give_grams_alone() -> None:
    assert household(SALMON, 170) is None  # oz and NLEA servings say nothing grams do not
    assert household(_food(), 100) is None

from __future__ import annotations

import pytest

from catalogs.everyday import build_everyday
from domain.catalog import Catalog, EverydayFood, Food, FoodRole
from domain.profile import Diet


def _protein_share(item: EverydayFood) -> float:
    return item.food.protein_g * 4 / item.food.kcal


def test_size_and_unique_names(catalog: Catalog) -> None:
    assert 250 <= len(catalog.everyday) <= 400
    names = [item.name.casefold() for item in catalog.everyday]
    assert len(set(names)) == len(names)
    assert len({item.food.id for item in catalog.everyday}) == len(catalog.everyday)


def test_portion_bounds_are_sane(catalog: Catalog) -> None:
    for item in catalog.everyday:
        assert 0 < item.min_g < item.max_g <= 500, item.name
        if item.role is FoodRole.fat and item.food.fat_g > 90:  # pure oils and fats
            assert item.max_g <= 30, item.name


def test_everyday_foods_are_found_by_name(catalog: Catalog) -> None:
    item = catalog.everyday_food("chicken breast, ROASTED")
    assert item is not None
    assert item.food.id == "05064"


def test_protein_foods_are_protein_rich(catalog: Catalog) -> None:
    low = [
        i.name for i in catalog.everyday if i.role is FoodRole.protein and _protein_share(i) < 0.2
    ]
    assert low == []


@pytest.mark.parametrize("diet", list(Diet))
def test_every_diet_can_fill_a_day(catalog: Catalog, diet: Diet) -> None:
    fitting = [item for item in catalog.everyday if diet in item.food.diets]
    by_role = {role: [i for i in fitting if i.role is role] for role in FoodRole}
    assert len(by_role[FoodRole.protein]) >= 8
    assert sum(1 for i in by_role[FoodRole.protein] if _protein_share(i) >= 0.5) >= 2
    for role in (FoodRole.vegetable, FoodRole.fat, FoodRole.fruit):
        assert len(by_role[role]) >= 5, role
    if diet is not Diet.low_carb:
        assert len(by_role[FoodRole.carb]) >= 8


def test_build_rejects_unknown_ids_and_duplicate_names() -> None:
    food = Food(id="1", name="x", group="g", kcal=1, protein_g=0, carbs_g=0, fat_g=0)
    row = ("1", "X", FoodRole.fat, "B", 5.0, 10.0)
    with pytest.raises(ValueError, match="no SR28 food 2"):
        build_everyday([food], [("2", "Y", FoodRole.fat, "B", 5.0, 10.0)])
    with pytest.raises(ValueError, match="used twice"):
        build_everyday([food], [row, row])
    with pytest.raises(ValueError, match="min_g < max_g"):
        build_everyday([food], [("1", "X", FoodRole.fat, "B", 10.0, 5.0)])

from __future__ import annotations

import pytest

from catalogs.tagging import tag_food
from domain.catalog import Catalog, Food
from domain.profile import AS_STRICT, Allergen, Diet

A, D = Allergen, Diet


def _tag(name: str, group: str, carbs: float = 20.0, fibre: float | None = 0.0) -> Food:
    food = Food(
        id="99999",
        name=name,
        group=group,
        kcal=100,
        protein_g=5,
        carbs_g=carbs,
        fat_g=1,
        fibre_g=fibre,
    )
    return tag_food(food)


@pytest.mark.parametrize(
    ("ndb", "fits", "does_not_fit", "allergens"),
    [
        ("10862", {D.gluten_free, D.low_carb}, {D.halal, D.vegetarian, D.vegan}, set()),  # bacon
        ("15237", {D.pescatarian, D.halal}, {D.vegetarian, D.vegan}, {A.fish}),  # salmon
        ("01077", {D.vegetarian, D.halal}, {D.vegan}, {A.milk}),  # whole milk
        ("16426", {D.vegan, D.gluten_free, D.low_carb}, set(), {A.soy}),  # tofu
        ("18075", set(), {D.gluten_free, D.vegan}, {A.gluten}),  # whole-wheat bread
        ("12061", {D.vegan}, set(), {A.tree_nuts}),  # almonds
        ("16398", {D.vegan}, set(), {A.peanuts}),  # peanut butter: no milk from "butter"
        ("01123", {D.vegetarian}, {D.vegan}, {A.egg}),  # egg
        ("15151", {D.pescatarian}, {D.vegetarian}, {A.shellfish}),  # shrimp
        ("05064", {D.halal, D.low_carb}, {D.pescatarian, D.vegetarian}, set()),  # chicken
        ("08120", {D.vegan}, {D.gluten_free}, {A.gluten}),  # oats, not certified gluten-free
        ("20045", {D.vegan, D.gluten_free}, {D.low_carb}, set()),  # white rice
        ("16158", {D.vegan}, set(), {A.sesame}),  # hummus
        ("16028", {D.vegan, D.gluten_free}, set(), set()),  # kidney beans are not offal
        ("11486", {D.vegan}, set(), set()),  # butternut squash is no tree nut
        ("16103", set(), {D.vegan, D.vegetarian, D.halal}, set()),  # refried beans with lard
    ],
)
def test_known_foods(
    catalog: Catalog,
    ndb: str,
    fits: set[Diet],
    does_not_fit: set[Diet],
    allergens: set[Allergen],
) -> None:
    food = catalog.foods_by_id[ndb]
    assert fits <= food.diets
    assert not does_not_fit & food.diets
    assert allergens <= food.allergens


def test_exact_allergens_of_plain_foods(catalog: Catalog) -> None:
    assert catalog.foods_by_id["16426"].allergens == {A.soy}
    assert catalog.foods_by_id["09040"].allergens == frozenset()  # banana


def test_a_food_of_unknown_recipe_fits_no_diet_and_may_contain_everything() -> None:
    food = _tag("Snacks, crunchy bites, original", "Snacks")
    assert food.diets == frozenset()
    assert food.allergens == frozenset(Allergen)


def test_a_branded_food_is_treated_as_unknown() -> None:
    food = _tag("Beans, black, ACME", "Legumes and Legume Products")
    assert D.vegan not in food.diets
    assert food.allergens == frozenset(Allergen)


def test_gluten_free_claim_keeps_gluten_free_diet_for_a_composite_food() -> None:
    food = _tag("Bread, gluten-free, white", "Baked Products")
    assert D.gluten_free in food.diets
    assert A.gluten not in food.allergens
    assert D.vegan not in food.diets


@pytest.mark.parametrize(
    ("name", "group", "absent"),
    [
        ("Eggplant, raw", "Vegetables and Vegetable Products", A.egg),
        ("Mushrooms, oyster, raw", "Vegetables and Vegetable Products", A.shellfish),
        ("Nuts, coconut milk, raw", "Nut and Seed Products", A.milk),
        ("Buckwheat flour, whole-groat", "Cereal Grains and Pasta", A.gluten),
        ("Water chestnuts, raw", "Vegetables and Vegetable Products", A.tree_nuts),
        ("Peanuts, raw", "Legumes and Legume Products", A.tree_nuts),
    ],
)
def test_look_alike_words_do_not_add_allergens(name: str, group: str, absent: Allergen) -> None:
    assert absent not in _tag(name, group).allergens


def test_alcohol_and_gelatin_exclude_halal() -> None:
    assert D.halal not in _tag("Alcoholic beverage, wine, table, red", "Beverages").diets
    assert D.halal not in _tag("Gelatin desserts, dry", "Spices and Herbs").diets
    assert D.halal in _tag("Vinegar, red wine", "Spices and Herbs").diets


def test_low_carb_uses_net_carbs_and_distrusts_missing_fibre() -> None:
    assert D.low_carb in _tag("Kale, raw", "Vegetables and Vegetable Products", 12, 3).diets
    assert D.low_carb not in _tag("Kale, raw", "Vegetables and Vegetable Products", 12).diets
    assert D.low_carb not in _tag("Kale, raw", "Vegetables and Vegetable Products", 12, None).diets


def test_no_food_of_an_animal_group_is_vegan(catalog: Catalog) -> None:
    animal = {"Pork Products", "Beef Products", "Poultry Products", "Dairy and Egg Products"}
    animal |= {"Finfish and Shellfish Products", "Lamb, Veal, and Game Products"}
    assert not [f.name for f in catalog.foods if f.group in animal and D.vegan in f.diets]


def test_diet_hierarchy_holds_for_every_food(catalog: Catalog) -> None:
    """What `AS_STRICT` promises: a food any stricter diet allows, the looser one allows."""
    for food in catalog.foods:
        for diet, as_strict in AS_STRICT.items():
            if food.diets & as_strict:
                assert diet in food.diets, food.name

"""A hand-made catalog small enough to reason about in assertions."""

from __future__ import annotations

import pytest

from domain.catalog import Catalog, EverydayFood, Exercise, Food, FoodRole, MealSlot, Muscle
from domain.profile import Allergen, Diet, Equipment, Experience

ALL_DIETS = frozenset(Diet)


def _everyday(name: str, diets: frozenset[Diet], allergens: frozenset[Allergen]) -> EverydayFood:
    food = Food(
        id=name,
        name=name,
        group="test",
        kcal=100,
        protein_g=10,
        carbs_g=10,
        fat_g=2,
        diets=diets,
        allergens=allergens,
    )
    slots = frozenset({MealSlot.lunch})
    return EverydayFood(
        food=food, name=name, role=FoodRole.protein, slots=slots, min_g=50, max_g=200
    )


def _exercise(name: str, equipment: Equipment | None, level: Experience) -> Exercise:
    return Exercise(
        id=name,
        name=name,
        level=level,
        equipment=equipment,
        primary_muscles=(Muscle.chest,),
        category="strength",
    )


@pytest.fixture(scope="session")
def small_catalog() -> Catalog:
    everyday = [
        _everyday("tofu", ALL_DIETS - {Diet.low_carb}, frozenset({Allergen.soy})),
        _everyday(
            "greek yogurt", frozenset({Diet.vegetarian, Diet.halal}), frozenset({Allergen.milk})
        ),
        _everyday(
            "salmon",
            frozenset({Diet.pescatarian, Diet.halal, Diet.low_carb}),
            frozenset({Allergen.fish}),
        ),
        _everyday(
            "chicken breast", frozenset({Diet.halal, Diet.low_carb, Diet.gluten_free}), frozenset()
        ),
        _everyday(
            "oats", ALL_DIETS - {Diet.low_carb, Diet.gluten_free}, frozenset({Allergen.gluten})
        ),
        _everyday("lentils", ALL_DIETS, frozenset()),
        _everyday("almonds", ALL_DIETS, frozenset({Allergen.tree_nuts})),
        _everyday("banana", ALL_DIETS - {Diet.low_carb}, frozenset()),
    ]
    exercises = [
        _exercise("push-up", None, Experience.beginner),
        _exercise("dumbbell press", Equipment.dumbbell, Experience.beginner),
        _exercise("barbell squat", Equipment.barbell, Experience.intermediate),
        _exercise("cable fly", Equipment.cable, Experience.beginner),
        _exercise("kettlebell snatch", Equipment.kettlebell, Experience.expert),
        _exercise("band pull-apart", Equipment.bands, Experience.beginner),
    ]
    return Catalog(foods=[item.food for item in everyday], everyday=everyday, exercises=exercises)

"""A small hand-built catalog and requests for unit tests (the grid test uses the real catalog)."""

from __future__ import annotations

from typing import Any

from domain.catalog import (
    Catalog,
    EverydayFood,
    Exercise,
    Food,
    FoodRole,
    MealSlot,
    MovementPattern,
    Muscle,
)
from domain.plan.request import PlanRequest
from domain.profile import (
    ActivityLevel,
    Allergen,
    Diet,
    Equipment,
    Experience,
    Goal,
    Sex,
)
from domain.targets import MacroTargets, compute_targets

ALL_DIETS = frozenset(Diet)
_NO_MEAT = frozenset(Diet) - {Diet.vegan, Diet.vegetarian, Diet.pescatarian}
_VEGETARIAN = frozenset(Diet) - {Diet.vegan}
_B, _L, _D, _S = MealSlot.breakfast, MealSlot.lunch, MealSlot.dinner, MealSlot.snack
_MAINS = frozenset({_L, _D})

# name, role, slots, kcal, protein, carbs, fat per 100 g, min_g, max_g, diets, allergens
_FOODS: list[tuple[Any, ...]] = [
    ("Chicken breast", FoodRole.protein, _MAINS, 165, 31, 0, 3.6, 100, 250, _NO_MEAT, ()),
    ("Lean beef", FoodRole.protein, _MAINS, 250, 26, 0, 15, 100, 250, _NO_MEAT, ()),
    (
        "Salmon fillet",
        FoodRole.protein,
        _MAINS,
        208,
        20,
        0,
        13,
        100,
        250,
        _NO_MEAT | {Diet.pescatarian},
        (Allergen.fish,),
    ),
    ("Tofu", FoodRole.protein, _MAINS | {_B}, 144, 17, 3, 9, 100, 300, ALL_DIETS, (Allergen.soy,)),
    ("Lentils", FoodRole.protein, _MAINS, 116, 9, 20, 0.4, 100, 300, ALL_DIETS, ()),
    ("Tempeh", FoodRole.protein, _MAINS, 192, 20, 8, 11, 80, 250, ALL_DIETS, (Allergen.soy,)),
    (
        "Eggs",
        FoodRole.protein,
        frozenset({_B}),
        143,
        12.6,
        0.7,
        9.5,
        50,
        200,
        _VEGETARIAN,
        (Allergen.egg,),
    ),
    (
        "Greek yogurt",
        FoodRole.dairy,
        frozenset({_B, _S}),
        59,
        10,
        3.6,
        0.4,
        100,
        350,
        _VEGETARIAN,
        (Allergen.milk,),
    ),
    (
        "Soy yogurt",
        FoodRole.dairy,
        frozenset({_B, _S}),
        66,
        4,
        7,
        2.5,
        100,
        300,
        ALL_DIETS,
        (Allergen.soy,),
    ),
    (
        "Oats",
        FoodRole.carb,
        frozenset({_B}),
        389,
        17,
        66,
        7,
        40,
        120,
        ALL_DIETS - {Diet.gluten_free},
        (Allergen.gluten,),
    ),
    (
        "Whole wheat bread",
        FoodRole.carb,
        frozenset({_B, _L}),
        247,
        13,
        41,
        3.4,
        40,
        150,
        ALL_DIETS - {Diet.gluten_free},
        (Allergen.gluten,),
    ),
    ("Brown rice", FoodRole.carb, _MAINS, 112, 2.3, 24, 0.8, 100, 400, ALL_DIETS, ()),
    ("Potatoes", FoodRole.carb, _MAINS | {_B}, 77, 2, 17, 0.1, 100, 450, ALL_DIETS, ()),
    ("Quinoa", FoodRole.carb, _MAINS, 120, 4.4, 21, 1.9, 100, 350, ALL_DIETS, ()),
    ("Broccoli", FoodRole.vegetable, _MAINS, 34, 2.8, 7, 0.4, 80, 300, ALL_DIETS, ()),
    ("Spinach", FoodRole.vegetable, _MAINS, 23, 2.9, 3.6, 0.4, 50, 200, ALL_DIETS, ()),
    ("Carrots", FoodRole.vegetable, _MAINS, 41, 0.9, 10, 0.2, 80, 250, ALL_DIETS, ()),
    ("Banana", FoodRole.fruit, frozenset({_B, _S}), 89, 1.1, 23, 0.3, 100, 250, ALL_DIETS, ()),
    ("Apple", FoodRole.fruit, frozenset({_B, _S}), 52, 0.3, 14, 0.2, 100, 300, ALL_DIETS, ()),
    ("Blueberries", FoodRole.fruit, frozenset({_B, _S}), 57, 0.7, 14, 0.3, 80, 250, ALL_DIETS, ()),
    ("Olive oil", FoodRole.fat, _MAINS | {_B}, 884, 0, 0, 100, 5, 30, ALL_DIETS, ()),
    (
        "Almonds",
        FoodRole.fat,
        frozenset({_B, _S}),
        579,
        21,
        22,
        50,
        15,
        50,
        ALL_DIETS,
        (Allergen.tree_nuts,),
    ),
    (
        "Peanut butter",
        FoodRole.fat,
        frozenset({_B, _S}),
        588,
        25,
        20,
        50,
        15,
        40,
        ALL_DIETS,
        (Allergen.peanuts,),
    ),
    ("Avocado", FoodRole.fat, _MAINS | {_B}, 160, 2, 9, 15, 50, 200, ALL_DIETS, ()),
]

_C, _I = "compound", "isolation"
_M = Muscle
# name, level, mechanic, equipment, primary, secondary, patterns
_EXERCISES: list[tuple[Any, ...]] = [
    (
        "Barbell Squat",
        Experience.beginner,
        _C,
        Equipment.barbell,
        (_M.quadriceps,),
        (_M.glutes, _M.hamstrings),
        {MovementPattern.deep_knee_flexion, MovementPattern.spinal_loading},
    ),
    (
        "Bodyweight Squat",
        Experience.beginner,
        _C,
        Equipment.body_only,
        (_M.quadriceps,),
        (_M.glutes, _M.hamstrings),
        {MovementPattern.deep_knee_flexion},
    ),
    ("Leg Extensions", Experience.beginner, _I, Equipment.machine, (_M.quadriceps,), (), set()),
    (
        "Romanian Deadlift",
        Experience.intermediate,
        _C,
        Equipment.barbell,
        (_M.hamstrings,),
        (_M.glutes,),
        {MovementPattern.heavy_hinge},
    ),
    ("Lying Leg Curls", Experience.beginner, _I, Equipment.machine, (_M.hamstrings,), (), set()),
    (
        "Natural Glute Ham Raise",
        Experience.intermediate,
        _C,
        Equipment.body_only,
        (_M.hamstrings,),
        (_M.glutes,),
        set(),
    ),
    (
        "Barbell Hip Thrust",
        Experience.intermediate,
        _C,
        Equipment.barbell,
        (_M.glutes,),
        (_M.hamstrings,),
        set(),
    ),
    (
        "Single Leg Glute Bridge",
        Experience.beginner,
        _I,
        Equipment.body_only,
        (_M.glutes,),
        (_M.hamstrings,),
        set(),
    ),
    (
        "Barbell Bench Press - Medium Grip",
        Experience.beginner,
        _C,
        Equipment.barbell,
        (_M.chest,),
        (_M.shoulders, _M.triceps),
        set(),
    ),
    (
        "Dumbbell Bench Press",
        Experience.beginner,
        _C,
        Equipment.dumbbell,
        (_M.chest,),
        (_M.shoulders, _M.triceps),
        set(),
    ),
    (
        "Pushups",
        Experience.beginner,
        _C,
        Equipment.body_only,
        (_M.chest,),
        (_M.shoulders, _M.triceps),
        {MovementPattern.loaded_wrist_extension},
    ),
    (
        "Pullups",
        Experience.beginner,
        _C,
        Equipment.body_only,
        (_M.lats,),
        (_M.biceps, _M.middle_back),
        set(),
    ),
    (
        "Bent Over Barbell Row",
        Experience.beginner,
        _C,
        Equipment.barbell,
        (_M.middle_back,),
        (_M.biceps, _M.lats),
        {MovementPattern.spinal_loading},
    ),
    (
        "One-Arm Dumbbell Row",
        Experience.beginner,
        _C,
        Equipment.dumbbell,
        (_M.middle_back,),
        (_M.biceps, _M.lats),
        set(),
    ),
    (
        "Standing Military Press",
        Experience.beginner,
        _C,
        Equipment.barbell,
        (_M.shoulders,),
        (_M.triceps,),
        {MovementPattern.overhead_press},
    ),
    ("Side Lateral Raise", Experience.beginner, _I, Equipment.dumbbell, (_M.shoulders,), (), set()),
    (
        "Handstand Push-Ups",
        Experience.expert,
        _C,
        Equipment.body_only,
        (_M.shoulders,),
        (_M.triceps,),
        {MovementPattern.overhead_press},
    ),
    (
        "Barbell Curl",
        Experience.beginner,
        _I,
        Equipment.barbell,
        (_M.biceps,),
        (_M.forearms,),
        set(),
    ),
    ("Dumbbell Bicep Curl", Experience.beginner, _I, Equipment.dumbbell, (_M.biceps,), (), set()),
    (
        "Dips - Triceps Version",
        Experience.beginner,
        _C,
        Equipment.body_only,
        (_M.triceps,),
        (_M.chest, _M.shoulders),
        set(),
    ),
    ("Triceps Pushdown", Experience.beginner, _I, Equipment.cable, (_M.triceps,), (), set()),
    (
        "Weighted Ball Side Bend",
        Experience.beginner,
        _I,
        Equipment.medicine_ball,
        (_M.abdominals,),
        (),
        set(),
    ),
    ("Box Jump", Experience.beginner, _C, None, (_M.quadriceps,), (), {MovementPattern.jumping}),
]


def make_catalog() -> Catalog:
    everyday = []
    for index, row in enumerate(_FOODS):
        name, role, slots, kcal, protein, carbs, fat, min_g, max_g, diets, allergens = row
        food = Food(
            id=f"{index:05d}",
            name=f"{name}, raw",
            group="test",
            kcal=kcal,
            protein_g=protein,
            carbs_g=carbs,
            fat_g=fat,
            diets=frozenset(diets),
            allergens=frozenset(allergens),
        )
        everyday.append(
            EverydayFood(food=food, name=name, role=role, slots=slots, min_g=min_g, max_g=max_g)
        )
    exercises = [
        Exercise(
            id=name.replace(" ", "_"),
            name=name,
            level=level,
            mechanic=mechanic,
            equipment=equipment,
            primary_muscles=primary,
            secondary_muscles=secondary,
            category="plyometrics" if name == "Box Jump" else "strength",
            patterns=frozenset(patterns),
        )
        for name, level, mechanic, equipment, primary, secondary, patterns in _EXERCISES
    ]
    return Catalog(foods=[e.food for e in everyday], everyday=everyday, exercises=exercises)


# The profile of issue 10: 1200 kcal (the floor) with 105 g protein, 35 % of energy.
WOMAN_AT_THE_FLOOR: dict[str, Any] = {
    "sex": Sex.female,
    "age": 58,
    "height_cm": 160.0,
    "weight_kg": 80.0,
    "goal": Goal.lose_fat,
    "activity_level": ActivityLevel.sedentary,
    "experience": Experience.beginner,
    "days_per_week": 3,
}


def targets_for(**overrides: Any) -> MacroTargets:
    profile: dict[str, Any] = {
        "sex": Sex.male,
        "age": 30,
        "height_cm": 180.0,
        "weight_kg": 80.0,
        "activity_level": ActivityLevel.moderate,
        "goal": Goal.maintain,
    }
    profile.update(overrides)
    return compute_targets(**profile)


def make_request(**overrides: Any) -> PlanRequest:
    """A gym-goer with full equipment; override any field."""
    fields: dict[str, Any] = {
        "sex": Sex.male,
        "age": 30,
        "height_cm": 180.0,
        "weight_kg": 80.0,
        "goal": Goal.maintain,
        "activity_level": ActivityLevel.moderate,
        "experience": Experience.intermediate,
        "days_per_week": 3,
        "equipment": frozenset(Equipment),
        "meals_per_day": 3,
    }
    fields.update(overrides)
    fields.setdefault(
        "targets",
        targets_for(
            sex=fields["sex"],
            age=fields["age"],
            height_cm=fields["height_cm"],
            weight_kg=fields["weight_kg"],
            activity_level=fields["activity_level"],
            goal=fields["goal"],
        ),
    )
    return PlanRequest(**fields)


"""A draft's reading when the model read nothing beyond the form: serving enforces the form."""

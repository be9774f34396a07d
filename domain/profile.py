"""Vocabulary of a user's profile, shared by the API, the planner, training data and serving."""

from __future__ import annotations

from enum import StrEnum
from typing import Final


class Sex(StrEnum):
    male = "male"
    female = "female"


class ActivityLevel(StrEnum):
    sedentary = "sedentary"
    light = "light"
    moderate = "moderate"
    active = "active"
    very_active = "very_active"


class Goal(StrEnum):
    lose_fat = "lose_fat"
    maintain = "maintain"
    gain_muscle = "gain_muscle"


class Experience(StrEnum):
    """Training experience; the same three levels free-exercise-db uses for its exercises."""

    beginner = "beginner"
    intermediate = "intermediate"
    expert = "expert"


class Equipment(StrEnum):
    """Equipment a user has, normalised from free-exercise-db's equipment names."""

    body_only = "body_only"
    dumbbell = "dumbbell"
    barbell = "barbell"
    kettlebell = "kettlebell"
    cable = "cable"
    machine = "machine"
    bands = "bands"
    medicine_ball = "medicine_ball"
    exercise_ball = "exercise_ball"
    ez_bar = "ez_bar"
    foam_roll = "foam_roll"
    other = "other"


class Diet(StrEnum):
    vegan = "vegan"
    vegetarian = "vegetarian"
    pescatarian = "pescatarian"
    halal = "halal"
    gluten_free = "gluten_free"
    low_carb = "low_carb"


AS_STRICT: Final[dict[Diet, frozenset[Diet]]] = {
    Diet.vegetarian: frozenset({Diet.vegan, Diet.vegetarian}),
    Diet.pescatarian: frozenset({Diet.vegan, Diet.vegetarian, Diet.pescatarian}),
}
"""The diets that allow no food a diet forbids, itself included (a diet not listed is covered by
itself alone): the catalog's diet tags nest so, vegan within vegetarian within pescatarian, so
a plan for any of them honours the diet."""


class Allergen(StrEnum):
    milk = "milk"
    egg = "egg"
    fish = "fish"
    shellfish = "shellfish"
    tree_nuts = "tree_nuts"
    peanuts = "peanuts"
    gluten = "gluten"
    soy = "soy"
    sesame = "sesame"


class BodyArea(StrEnum):
    """Injured or sensitive areas whose movement patterns the planner must avoid."""

    knee = "knee"
    lower_back = "lower_back"
    shoulder = "shoulder"
    wrist = "wrist"
    elbow = "elbow"
    hip = "hip"
    ankle = "ankle"
    neck = "neck"

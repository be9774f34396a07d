"""Seeded synthetic users whose attributes follow realistic joint distributions.

The SFT set must cover the whole profile space, but in proportions close to real sign-ups:
heights depend on sex, weights on height, goals on BMI, training days on experience and
injuries on age. Each profile also records which constraints the user states only in their
free-text notes, so the model learns to read them there.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from enum import StrEnum
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

from domain.catalog import Catalog, EverydayFood, Exercise
from domain.profile import (
    ActivityLevel,
    Allergen,
    BodyArea,
    Diet,
    Equipment,
    Experience,
    Goal,
    Sex,
)

T = TypeVar("T")


class NoteTopic(StrEnum):
    """Constraints that a user may state in words instead of in the structured form."""

    injuries = "injuries"
    allergies = "allergies"
    diet = "diet"
    equipment = "equipment"


class Setup(StrEnum):
    """Where and with what a user trains; notes describe setups, not equipment lists."""

    bodyweight = "bodyweight"
    bands = "bands"
    home_dumbbells = "home_dumbbells"
    home_mixed = "home_mixed"
    full_gym = "full_gym"
    home_kit = "home_kit"
    """A home or limited gym with a few items of any kind, listed in the profile's `kit`."""


SETUP_EQUIPMENT: dict[Setup, frozenset[Equipment]] = {
    Setup.bodyweight: frozenset({Equipment.body_only}),
    Setup.bands: frozenset({Equipment.body_only, Equipment.bands}),
    Setup.home_dumbbells: frozenset({Equipment.body_only, Equipment.dumbbell}),
    Setup.home_mixed: frozenset(
        {Equipment.body_only, Equipment.dumbbell, Equipment.kettlebell, Equipment.bands}
    ),
    Setup.full_gym: frozenset(Equipment) - {Equipment.other},
}
"""What each fixed setup gives; `Setup.home_kit` gives body weight plus the profile's `kit`."""


class SyntheticProfile(BaseModel):
    """One generated user: the TRUE constraints the planner must honour."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    sex: Sex
    age: int = Field(ge=18, le=80)
    height_cm: float = Field(gt=0)
    weight_kg: float = Field(gt=0)
    activity: ActivityLevel
    goal: Goal
    experience: Experience
    days_per_week: int = Field(ge=1, le=7)
    session_minutes: int | None
    meals_per_day: int = Field(ge=3, le=5)
    setup: Setup
    kit: frozenset[Equipment] = Field(
        default=frozenset(), description="the items of a `home_kit` setup; empty for the others"
    )
    diets: frozenset[Diet]
    allergies: frozenset[Allergen]
    injuries: frozenset[BodyArea]
    liked_foods: tuple[str, ...]
    disliked_foods: tuple[str, ...]
    liked_exercises: tuple[str, ...]
    notes_only: frozenset[NoteTopic] = Field(
        description="present constraints the form leaves out; only the notes state them"
    )

    @model_validator(mode="after")
    def _kit_only_for_home_kit(self) -> SyntheticProfile:
        if (self.setup is Setup.home_kit) != bool(self.kit):
            raise ValueError("a `home_kit` setup lists its kit, and only a `home_kit` does")
        if self.kit & {Equipment.body_only, Equipment.other}:
            raise ValueError("a kit lists items, never body_only or other")
        return self

    @property
    def equipment(self) -> frozenset[Equipment]:
        return setup_equipment(self.setup, self.kit)


def setup_equipment(setup: Setup, kit: frozenset[Equipment]) -> frozenset[Equipment]:
    """The equipment a setup gives: a fixed setup's set, or body weight plus a home kit."""
    if setup is Setup.home_kit:
        return frozenset({Equipment.body_only}) | kit
    return SETUP_EQUIPMENT[setup]


_ACTIVITY_WEIGHTS = {
    ActivityLevel.sedentary: 0.25,
    ActivityLevel.light: 0.3,
    ActivityLevel.moderate: 0.25,
    ActivityLevel.active: 0.15,
    ActivityLevel.very_active: 0.05,
}
_DIET_WEIGHTS: dict[Diet | None, float] = {
    None: 0.62,
    Diet.vegetarian: 0.09,
    Diet.vegan: 0.05,
    Diet.pescatarian: 0.06,
    Diet.halal: 0.06,
    Diet.gluten_free: 0.06,
    Diet.low_carb: 0.06,
}
_SECOND_DIET_PROBABILITY = 0.2
"""How often a user with a diet keeps a second one (a vegan with coeliac disease)."""
_SECOND_DIETS: tuple[Diet, ...] = (Diet.gluten_free, Diet.low_carb, Diet.halal)
"""Diets that combine with any other; the plant-based ones nest inside each other instead."""
_ALLERGEN_WEIGHTS = {
    Allergen.milk: 0.22,
    Allergen.peanuts: 0.16,
    Allergen.tree_nuts: 0.14,
    Allergen.shellfish: 0.13,
    Allergen.egg: 0.1,
    Allergen.gluten: 0.09,
    Allergen.fish: 0.06,
    Allergen.soy: 0.05,
    Allergen.sesame: 0.05,
}
_INJURY_WEIGHTS = {
    BodyArea.knee: 0.24,
    BodyArea.lower_back: 0.24,
    BodyArea.shoulder: 0.18,
    BodyArea.wrist: 0.07,
    BodyArea.elbow: 0.07,
    BodyArea.hip: 0.08,
    BodyArea.ankle: 0.08,
    BodyArea.neck: 0.04,
}
_SETUP_WEIGHTS = {
    Setup.full_gym: 0.4,
    Setup.home_dumbbells: 0.15,
    Setup.home_mixed: 0.08,
    Setup.bodyweight: 0.12,
    Setup.bands: 0.07,
    Setup.home_kit: 0.18,
}
_KIT_WEIGHTS = {
    Equipment.dumbbell: 0.25,
    Equipment.kettlebell: 0.18,
    Equipment.bands: 0.15,
    Equipment.barbell: 0.12,
    Equipment.exercise_ball: 0.06,
    Equipment.cable: 0.05,
    Equipment.machine: 0.05,
    Equipment.foam_roll: 0.05,
    Equipment.medicine_ball: 0.05,
    Equipment.ez_bar: 0.04,
}
_KIT_SIZE_ODDS = (0.0, 0.45, 0.35, 0.2)
"""P(0), P(1), P(2), P(3) items in a home kit."""
_ALLERGY_GROUPS: tuple[frozenset[Allergen], ...] = (
    frozenset({Allergen.fish, Allergen.shellfish}),
    frozenset({Allergen.tree_nuts, Allergen.peanuts}),
)
_ALLERGY_GROUP_PROBABILITY = 0.06
"""How often a user avoids a whole group ("seafood", "nuts"), on top of single allergens."""
_DAYS_BY_EXPERIENCE = {
    Experience.beginner: (2, 3, 3, 4),
    Experience.intermediate: (3, 4, 4, 5),
    Experience.expert: (4, 5, 5, 6),
}
_LEVEL_RANK = {Experience.beginner: 0, Experience.intermediate: 1, Experience.expert: 2}
NOTES_ONLY_PROBABILITY = 0.5


def _pick(rng: random.Random, weights: dict[T, float]) -> T:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _pick_some(rng: random.Random, weights: dict[T, float], count: int) -> frozenset[T]:
    chosen: set[T] = set()
    while len(chosen) < count:
        chosen.add(_pick(rng, weights))
    return frozenset(chosen)


def _body(rng: random.Random, sex: Sex) -> tuple[float, float, float]:
    """Height (cm), weight (kg) and BMI, with sex-specific heights and a right-skewed BMI."""
    mean, sd = (176.0, 7.0) if sex is Sex.male else (163.0, 6.5)
    height = min(max(rng.gauss(mean, sd), mean - 3 * sd), mean + 3 * sd)
    bmi = min(max(rng.lognormvariate(3.22, 0.16), 17.5), 42.0)
    return round(height, 1), round(bmi * (height / 100) ** 2, 1), bmi


def _goal(rng: random.Random, bmi: float) -> Goal:
    if bmi >= 27:
        weights = {Goal.lose_fat: 0.75, Goal.maintain: 0.15, Goal.gain_muscle: 0.1}
    elif bmi < 21:
        weights = {Goal.lose_fat: 0.05, Goal.maintain: 0.3, Goal.gain_muscle: 0.65}
    else:
        weights = {Goal.lose_fat: 0.35, Goal.maintain: 0.3, Goal.gain_muscle: 0.35}
    return _pick(rng, weights)


def _experience(rng: random.Random, age: int) -> Experience:
    weights = {Experience.beginner: 0.45, Experience.intermediate: 0.38, Experience.expert: 0.17}
    if age > 55:
        weights[Experience.expert] = 0.07
    return _pick(rng, weights)


def _count(rng: random.Random, probabilities: Sequence[float]) -> int:
    """How many items, given P(0), P(1), P(2)...; e.g. allergies or injuries."""
    return rng.choices(range(len(probabilities)), weights=probabilities)[0]


def _fits(item: EverydayFood, diets: frozenset[Diet], allergies: frozenset[Allergen]) -> bool:
    return diets <= item.food.diets and not (item.food.allergens & allergies)


def _diets(rng: random.Random) -> frozenset[Diet]:
    """No diet, one, or now and then one of `_SECOND_DIETS` on top of it."""
    first = _pick(rng, _DIET_WEIGHTS)
    if first is None:
        return frozenset()
    if rng.random() >= _SECOND_DIET_PROBABILITY:
        return frozenset({first})
    return frozenset({first, rng.choice([d for d in _SECOND_DIETS if d is not first])})


def _allergies(rng: random.Random) -> frozenset[Allergen]:
    """None, one or a few allergens, now and then with a whole group of them."""
    allergies = _pick_some(rng, _ALLERGEN_WEIGHTS, _count(rng, (0.72, 0.22, 0.06)))
    if rng.random() < _ALLERGY_GROUP_PROBABILITY:
        allergies |= rng.choice(_ALLERGY_GROUPS)
    return allergies


def _liked_exercises(
    rng: random.Random,
    exercises: Sequence[Exercise],
    equipment: frozenset[Equipment],
    experience: Experience,
) -> tuple[str, ...]:
    usable = [
        ex.name
        for ex in exercises
        if (ex.equipment is None or ex.equipment in equipment)
        and _LEVEL_RANK[ex.level] <= _LEVEL_RANK[experience]
    ]
    return tuple(sorted(rng.sample(usable, min(len(usable), _count(rng, (0.4, 0.35, 0.25))))))


def generate_profile(rng: random.Random, catalog: Catalog, profile_id: str) -> SyntheticProfile:
    """Draw one profile from the joint distribution.

    Args:
        rng: The seeded source of randomness; the same state gives the same profile.
        catalog: Foods and exercises that liked/disliked names are drawn from.
        profile_id: Identifier stored on the profile.

    Returns:
        A profile whose liked foods fit its diets and allergies and whose liked exercises
        fit its equipment and experience.
    """
    sex = rng.choice((Sex.male, Sex.female))
    age = int(min(max(rng.gauss(36, 12), 18), 75))
    height, weight, bmi = _body(rng, sex)
    experience = _experience(rng, age)
    diets = _diets(rng)
    allergies = _allergies(rng)
    injury_odds = (0.75, 0.21, 0.04) if age < 40 else (0.55, 0.33, 0.12)
    injuries = _pick_some(rng, _INJURY_WEIGHTS, _count(rng, injury_odds))
    setup = _pick(rng, _SETUP_WEIGHTS)
    kit = (
        _pick_some(rng, _KIT_WEIGHTS, _count(rng, _KIT_SIZE_ODDS))
        if setup is Setup.home_kit
        else frozenset()
    )
    fitting = sorted(item.name for item in catalog.everyday if _fits(item, diets, allergies))
    liked = rng.sample(fitting, min(len(fitting), _count(rng, (0.3, 0.3, 0.25, 0.15))))
    others = sorted(set(fitting) - set(liked))
    disliked = rng.sample(others, min(len(others), _count(rng, (0.5, 0.3, 0.2))))
    present = {
        NoteTopic.injuries: bool(injuries),
        NoteTopic.allergies: bool(allergies),
        NoteTopic.diet: bool(diets),
        NoteTopic.equipment: True,
    }
    return SyntheticProfile(
        id=profile_id,
        sex=sex,
        age=age,
        height_cm=height,
        weight_kg=weight,
        activity=_pick(rng, _ACTIVITY_WEIGHTS),
        goal=_goal(rng, bmi),
        experience=experience,
        days_per_week=rng.choice(_DAYS_BY_EXPERIENCE[experience]),
        session_minutes=rng.choice((None, None, 30, 45, 60, 60, 75, 90)),
        meals_per_day=rng.choices((3, 4, 5), weights=(0.55, 0.3, 0.15))[0],
        setup=setup,
        kit=kit,
        diets=diets,
        allergies=allergies,
        injuries=injuries,
        liked_foods=tuple(sorted(liked)),
        disliked_foods=tuple(sorted(disliked)),
        liked_exercises=_liked_exercises(
            rng, catalog.exercises, setup_equipment(setup, kit), experience
        ),
        notes_only=frozenset(
            topic
            for topic, is_present in present.items()
            if is_present and rng.random() < NOTES_ONLY_PROBABILITY
        ),
    )


def generate_profiles(
    catalog: Catalog, *, count: int, seed: int | str, id_prefix: str = "p"
) -> list[SyntheticProfile]:
    """Generate `count` profiles; the same seed and catalog always give the same list.

    Args:
        catalog: Foods and exercises that liked/disliked names are drawn from.
        count: Number of profiles.
        seed: Seed of the generator (a string seed is hashed, independent of PYTHONHASHSEED).
        id_prefix: First character(s) of every id, to keep several populations apart.

    Returns:
        Profiles with ids `p00000`, `p00001`, ... (with the default prefix)

    Raises:
        ValueError: If `count` is negative.
    """
    if count < 0:
        raise ValueError(f"`count` must be >= 0, got {count}")
    rng = random.Random(seed)
    return [generate_profile(rng, catalog, f"{id_prefix}{index:05d}") for index in range(count)]

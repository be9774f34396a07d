"""The reference planner over a pairwise covering grid of plausible profiles on the real catalog.

Every profile must get a plan that passes the checker, with each day's energy within 3 % of its
target: no `PlanInfeasible`. The grid joins two seeded pairwise covering arrays
(`tests.utils.covering`) over the factors below: every pair of levels of any two factors (a diet
and an allergy, an injury and an equipment setup, a BMI and a goal...) meets in at least two
profiles, in different company, in under 400 profiles instead of the 42 billion of the full
product. Every tenth plan's menus and days must also be instances of the guided schemas (before
a meal's exclusion of earlier meals' foods), so guided decoding has the planner's vocabulary and
shape for every profile.

Left out on purpose, each raising `PlanInfeasible` with reasons (tests/domain/plan/test_planner.py):
sessions too short for the weekly volume floor, and a vegan diet without soy and gluten, whose
protein foods are only legumes (at most ~30 % of their energy as protein).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import jsonschema
import pytest

from domain.catalog import Catalog
from domain.plan import (
    PlanInfeasible,
    PlanRequest,
    check_plan,
    draft_from_plan,
    make_plan,
    request_from_profile,
)
from domain.plan.guided import DraftGrammar, DraftShape
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
from domain.targets import BODY_FAT_PCT_RANGE
from tests.utils.covering import pairwise

SEEDS = (2024, 2025)
SHARDS = 4  # the ~400 plans take ~45 s on one core: shards let parallel workers share them
KCAL_TOLERANCE = 0.03
_A, _B, _E = Allergen, BodyArea, Equipment
FACTORS: dict[str, list[Any]] = {
    "sex": list(Sex),
    "age": [18, 25, 33, 41, 50, 58, 66, 73, 80],
    "bmi": [17.0, 18.5, 21.0, 24.0, 27.0, 30.0, 33.0, 37.0, 41.0, 45.0],
    "height_cm": [150.0, 158.0, 166.0, 174.0, 182.0, 190.0, 200.0],
    "body_fat_known": [False, True],
    "goal": list(Goal),
    "activity_level": list(ActivityLevel),
    "experience": list(Experience),
    "days_per_week": list(range(1, 8)),
    "meals_per_day": [3, 4, 5],
    "session_minutes": [None, 90],
    "diets": [
        frozenset[Diet](),
        *(frozenset({diet}) for diet in Diet),
        frozenset({Diet.vegetarian, Diet.gluten_free}),
        frozenset({Diet.halal, Diet.low_carb}),
    ],
    "allergies": [
        frozenset[Allergen](),
        *(frozenset({allergen}) for allergen in Allergen),
        frozenset({_A.peanuts, _A.tree_nuts}),
        frozenset({_A.fish, _A.shellfish}),
        frozenset({_A.milk, _A.egg}),
        frozenset({_A.milk, _A.soy}),
        frozenset({_A.peanuts, _A.tree_nuts, _A.sesame}),
    ],
    "equipment": [
        frozenset[Equipment](),
        frozenset({_E.bands}),
        frozenset({_E.dumbbell}),
        frozenset({_E.dumbbell, _E.barbell}),
        frozenset({_E.bands, _E.kettlebell}),
        frozenset({_E.barbell, _E.cable, _E.machine}),
        frozenset(Equipment),
    ],
    "injuries": [
        frozenset[BodyArea](),
        *(frozenset({area}) for area in BodyArea),
        frozenset({_B.shoulder, _B.wrist}),
        frozenset({_B.knee, _B.lower_back}),
        frozenset({_B.knee, _B.hip, _B.ankle}),
    ],
}


_VALIDATOR = jsonschema.Draft202012Validator


@dataclass(frozen=True)
class Profile:
    index: int
    fields: dict[str, Any]

    def __str__(self) -> str:
        return f"profile {self.index}: " + ", ".join(
            f"{name}={value}" for name, value in self.fields.items() if value not in (None, set())
        )


def deurenberg_body_fat_pct(*, bmi: float, age: int, sex: Sex) -> float:
    """A plausible body fat for a BMI: Deurenberg P et al. Br J Nutr 1991;65:105-114."""
    estimate = 1.2 * bmi + 0.23 * age - 10.8 * (sex is Sex.male) - 5.4
    return min(max(estimate, BODY_FAT_PCT_RANGE[0]), BODY_FAT_PCT_RANGE[1])


@cache
def grid_profiles() -> tuple[Profile, ...]:
    """Two pairwise arrays: every pair of levels meets at least twice, in different company."""
    levels = [len(options) for options in FACTORS.values()]
    rows = [row for seed in SEEDS for row in pairwise(levels, seed=seed)]
    return tuple(
        Profile(index, {name: FACTORS[name][i] for name, i in zip(FACTORS, row, strict=True)})
        for index, row in enumerate(rows)
    )


def grid_request(profile: Profile) -> PlanRequest:
    fields = dict(profile.fields)
    bmi, known = fields.pop("bmi"), fields.pop("body_fat_known")
    weight = round(bmi * (fields["height_cm"] / 100) ** 2, 1)
    body_fat = deurenberg_body_fat_pct(bmi=bmi, age=fields["age"], sex=fields["sex"])
    return request_from_profile(
        **fields, weight_kg=weight, body_fat_pct=body_fat if known else None
    )


def test_the_grid_covers_every_pair_of_levels() -> None:
    profiles = grid_profiles()
    names = list(FACTORS)
    for a, first in enumerate(names):
        for second in names[a + 1 :]:
            seen = {(repr(p.fields[first]), repr(p.fields[second])) for p in profiles}
            assert len(seen) == len(FACTORS[first]) * len(FACTORS[second]), (first, second)


@pytest.mark.parametrize("shard", range(SHARDS))
def test_every_profile_of_the_grid_gets_a_valid_plan(real_catalog: Catalog, shard: int) -> None:
    failures = []
    for profile in grid_profiles()[shard::SHARDS]:
        request = grid_request(profile)
        try:
            plan = make_plan(request, real_catalog, seed=profile.index)
        except PlanInfeasible as error:
            failures.append(f"{profile}: {error}")
            continue
        problems = [str(v) for v in check_plan(plan, request, real_catalog)]
        problems += [
            f"day {day.day}: {day.totals.kcal:.0f} kcal for a {day.target.kcal:.0f} kcal target"
            for day in plan.days
            if abs(day.totals.kcal - day.target.kcal) > KCAL_TOLERANCE * day.target.kcal
        ]
        if problems:
            failures.append(f"{profile}: {problems}")
        draft = draft_from_plan(plan)  # validates: the draft fits the schema's bounds
        if profile.index % 10 == 0:
            grammar = DraftGrammar(request, real_catalog, DraftShape.of(draft))
            dumped = draft.model_dump(mode="json")
            for index, menu in enumerate(dumped["menus"]):
                for slot, meal in enumerate(menu["meals"]):
                    jsonschema.validate(meal, grammar.meal(index, [], slot), cls=_VALIDATOR)
            for index, day in enumerate(dumped["days"]):
                jsonschema.validate(day, grammar.day(index, []), cls=_VALIDATOR)
    assert failures == []

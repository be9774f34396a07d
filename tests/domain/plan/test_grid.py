"""The reference planner over a seeded grid of profiles on the real catalog.

Every plan must pass the checker (so every macro tolerance holds) or raise `PlanInfeasible`
with reasons; infeasible profiles must stay rare. Every tenth plan's draft must also be an instance
of the guided schema of a form that left equipment and allergies to the notes, so guided decoding
can always write what the planner would. Restrictions are drawn more often than people
have them (half the profiles follow a diet, four in ten have allergies) to stress the planner.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TypeVar

import jsonschema
import numpy as np
import pytest

from catalogs.store import load_catalog
from domain.catalog import Catalog
from domain.plan import (
    PlanInfeasible,
    PlanRequest,
    check_plan,
    draft_from_plan,
    make_plan,
    request_from_profile,
)
from domain.plan.guided import DraftShape, guided_schema
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
PROFILES = 500
MAX_INFEASIBLE_SHARE = 0.02
_E = Equipment
EQUIPMENT = [
    frozenset[Equipment](),
    frozenset({_E.dumbbell}),
    frozenset({_E.dumbbell, _E.barbell}),
    frozenset({_E.bands, _E.kettlebell}),
    frozenset(Equipment),
]
DIETS: list[Diet | None] = [*([None] * len(Diet)), *Diet]
_A = Allergen
ALLERGIES = (
    [frozenset[Allergen]()] * 6
    + [frozenset({a}) for a in Allergen]
    + [
        frozenset({_A.peanuts, _A.tree_nuts}),
        frozenset({_A.fish, _A.shellfish}),
        frozenset({_A.milk, _A.egg}),
    ]
)
INJURIES = (
    [frozenset[BodyArea]()] * 4
    + [frozenset({a}) for a in BodyArea]
    + [
        frozenset({BodyArea.shoulder, BodyArea.wrist}),
        frozenset({BodyArea.knee, BodyArea.lower_back}),
    ]
)


@pytest.fixture(scope="module")
def real_catalog() -> Catalog:
    data_dir = Path(os.environ.get("NEXFITRA_DATA_DIR", "data"))
    return load_catalog(data_dir)  # raises CatalogNotInstalledError: never skipped


def _profiles(count: int, seed: int) -> list[PlanRequest]:
    rng = np.random.default_rng(seed)

    def pick(options: Sequence[T]) -> T:
        return options[int(rng.integers(len(options)))]

    return [
        request_from_profile(
            sex=pick(list(Sex)),
            age=int(rng.integers(18, 76)),
            height_cm=float(rng.integers(150, 201)),
            weight_kg=float(rng.integers(45, 131)),
            goal=pick(list(Goal)),
            activity_level=pick(list(ActivityLevel)),
            experience=pick(list(Experience)),
            days_per_week=int(rng.integers(1, 8)),
            equipment=pick(EQUIPMENT),
            injuries=pick(INJURIES),
            allergies=pick(ALLERGIES),
            diet=pick(DIETS),
            meals_per_day=int(rng.integers(3, 6)),
        )
        for _ in range(count)
    ]


def test_grid_of_profiles_gives_valid_plans_or_reasons(real_catalog: Catalog) -> None:
    infeasible: Counter[str] = Counter()
    for seed, request in enumerate(_profiles(PROFILES, seed=2024)):
        try:
            plan = make_plan(request, real_catalog, seed=seed)
        except PlanInfeasible as error:
            assert error.reasons and all(reason.message for reason in error.reasons)
            infeasible["+".join(error.codes)] += 1
            continue
        assert check_plan(plan, request, real_catalog) == [], f"profile {seed}"
        draft = draft_from_plan(plan)  # validates: the draft fits the schema's bounds
        if seed % 10 == 0:
            jsonschema.validate(
                draft.model_dump(mode="json"),
                guided_schema(request, real_catalog, DraftShape.of(draft)),
                cls=jsonschema.Draft202012Validator,
            )
    total = sum(infeasible.values())
    print(f"\n{total} of {PROFILES} profiles infeasible: {dict(infeasible)}")
    assert total <= MAX_INFEASIBLE_SHARE * PROFILES

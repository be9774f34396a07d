"""Every plausible profile gets a plan through serving's HTTP API; the impossible get a 422.

A sample of the planner's pairwise grid (tests/domain/plan/test_grid.py) sent as serving's own
request bodies, on the real catalog: what serving adds to the planner (the contract's
validation, the targets computed from the profile, the response) must refuse none of them.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from catalogs.store import load_catalog
from domain.api.serving import PlanProfile, PlanResponse
from domain.catalog import Catalog
from domain.plan.checks import check_plan
from serving.service.planning import form_request
from serving.service.variants import LiveVariants
from tests.domain.plan.test_grid import grid_profiles, grid_request
from tests.serving.service.factories import make_app, order, reference_model

SAMPLE = 12  # every 12th grid profile: a few dozen plans, each pair of levels still well spread


@pytest.fixture(scope="module")
def real_catalog() -> Catalog:
    return load_catalog(Path(os.environ.get("NEXFITRA_DATA_DIR", "data")))


def test_sampled_grid_profiles_all_get_valid_plans(real_catalog: Catalog) -> None:
    client = TestClient(make_app(LiveVariants(reference=reference_model(real_catalog))))
    failures = []
    for profile in grid_profiles()[::SAMPLE]:
        request = grid_request(profile)
        body = PlanProfile.model_validate(
            request.model_dump(include=set(PlanProfile.model_fields))
        ).model_dump(mode="json")
        response = client.post("/v1/plans", json=order(f"grid-{profile.index}", profile=body))
        if response.status_code != 200:
            failures.append(f"{profile}: {response.status_code} {response.text[:300]}")
            continue
        plan = PlanResponse.model_validate(response.json()).plan
        truth = form_request(PlanProfile.model_validate(body), None)
        problems = check_plan(plan, truth, real_catalog)
        if problems:
            failures.append(f"{profile}: {problems}")
    assert failures == []


def test_an_impossible_profile_is_a_422_naming_the_constraints(real_catalog: Catalog) -> None:
    client = TestClient(make_app(LiveVariants(reference=reference_model(real_catalog))))
    # Protein at the 35 % cap of 1200 kcal, with legumes (about 30 % protein) the only vegan
    # protein left without soy and gluten.
    vegan = {
        "sex": "female", "age": 58, "height_cm": 160, "weight_kg": 80, "goal": "lose_fat",
        "activity_level": "sedentary", "days_per_week": 3, "diets": ["vegan"],
        "allergies": ["soy", "gluten"],
    }  # fmt: skip
    response = client.post("/v1/plans", json=order(profile=vegan))
    assert response.status_code == 422
    reasons = response.json()["reasons"]
    assert reasons and all("vegan" in reason["message"] for reason in reasons)
    assert "protein" in {reason["code"] for reason in reasons}

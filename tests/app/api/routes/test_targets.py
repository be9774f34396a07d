from __future__ import annotations

from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.core.config import get_settings
from domain.plan.request import low_carb_targets
from domain.profile import ActivityLevel, Goal, Sex
from domain.targets import MacroTargets, compute_targets
from tests.app.utils import FULL_PROFILE, auth_headers

URL = "/api/v1/me/targets"
FORMULA = compute_targets(
    sex=Sex.female,
    age=30,
    height_cm=165,
    weight_kg=60,
    activity_level=ActivityLevel.moderate,
    goal=Goal.maintain,
)
"""The domain's targets for `FULL_PROFILE`."""


def _as_served(targets: MacroTargets) -> dict[str, Any]:
    return targets.model_dump(mode="json") | {"warnings": list(targets.warnings)}


@pytest.fixture
def headers(client: TestClient) -> dict[str, str]:
    return auth_headers(client, "tara@example.com")


def test_incomplete_profile_names_missing_fields(
    client: TestClient, headers: dict[str, str]
) -> None:
    client.patch("/api/v1/me/profile", headers=headers, json={"sex": "male", "age": 30})
    response = client.get(URL, headers=headers)
    assert response.status_code == 409
    body = response.json()
    assert body["missing"] == ["height_cm", "weight_kg", "activity_level", "goal"]
    assert "height_cm" in body["detail"]


def test_targets_match_the_domain_and_follow_logged_weight(
    client: TestClient, headers: dict[str, str]
) -> None:
    client.put("/api/v1/me/profile", headers=headers, json=FULL_PROFILE)
    body = client.get(URL, headers=headers).json()
    assert body == _as_served(FORMULA)
    client.post("/api/v1/me/weights", headers=headers, json={"weight_kg": 80})
    heavier = client.get(URL, headers=headers).json()
    assert heavier["calories"] > body["calories"]


def test_low_carb_among_several_diets_caps_carbohydrate(
    client: TestClient, headers: dict[str, str]
) -> None:
    diets = {**FULL_PROFILE, "diets": ["vegan", "low_carb"]}
    client.put("/api/v1/me/profile", headers=headers, json=diets)
    low_carb = low_carb_targets(FORMULA)
    assert client.get(URL, headers=headers).json() == _as_served(low_carb)
    assert low_carb.carbs_g < FORMULA.carbs_g


def test_calorie_floor_comes_from_settings(
    client: TestClient, headers: dict[str, str], app: FastAPI
) -> None:
    client.put(
        "/api/v1/me/profile",
        headers=headers,
        json={
            **FULL_PROFILE,
            "height_cm": 150,
            "weight_kg": 42,
            "age": 70,
            "activity_level": "sedentary",
            "goal": "lose_fat",
        },
    )
    high_floor = get_settings().model_copy(update={"calorie_floor_female": 1900})
    app.dependency_overrides[get_settings] = lambda: high_floor
    body = client.get(URL, headers=headers).json()
    assert body["calories"] == 1900
    assert body["warnings"]

from __future__ import annotations

from datetime import date

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, text

from tests.app.utils import FULL_PROFILE, auth_headers

URL = "/api/v1/me/profile"
ALL_TARGET_FIELDS = ["sex", "age", "height_cm", "weight_kg", "activity_level", "goal"]


@pytest.fixture
def headers(client: TestClient) -> dict[str, str]:
    return auth_headers(client, "pat@example.com")


def test_new_profile_is_empty_and_names_missing_fields(
    client: TestClient, headers: dict[str, str]
) -> None:
    body = client.get(URL, headers=headers).json()
    assert body["units"] == "metric"
    assert body["equipment"] == []
    assert body["missing_for_targets"] == ALL_TARGET_FIELDS


def test_put_then_patch_round_trip(client: TestClient, headers: dict[str, str]) -> None:
    full = {
        **FULL_PROFILE,
        "body_fat_pct": 25,
        "experience": "beginner",
        "equipment": ["dumbbell", "bands"],
        "injuries": ["knee"],
        "liked_exercises": ["Push-Up"],
        "liked_foods": ["salmon"],
        "disliked_foods": ["liver"],
        "allergies": ["peanuts"],
        "diets": ["gluten_free", "pescatarian"],
        "notes": "Bad knee since 2019; prefers mornings.",
    }
    put = client.put(URL, headers=headers, json=full)
    assert put.status_code == 200, put.text
    body = put.json()
    for name, value in full.items():
        assert body[name] == value, name
    assert body["missing_for_targets"] == []
    patched = client.patch(URL, headers=headers, json={"goal": "lose_fat", "notes": None}).json()
    assert patched["goal"] == "lose_fat"
    assert patched["notes"] is None
    assert patched["allergies"] == ["peanuts"]
    # PUT replaces: fields left out reset, measurements stay (they are history).
    replaced = client.put(URL, headers=headers, json={"sex": "male"}).json()
    assert replaced["allergies"] == replaced["diets"] == [] and replaced["goal"] is None
    assert replaced["weight_kg"] == 60


def test_imperial_input_and_output(client: TestClient, headers: dict[str, str]) -> None:
    body = client.patch(
        URL,
        headers=headers,
        json={"units": "imperial", "height_ft": 6, "height_in": 0, "weight_lb": 176.37},
    ).json()
    assert body["height_cm"] == pytest.approx(182.88)
    assert body["weight_kg"] == pytest.approx(80.0, abs=0.01)
    assert (body["height_ft"], body["height_in"]) == (6, 0)
    assert body["weight_lb"] == pytest.approx(176.4)
    metric = client.patch(URL, headers=headers, json={"units": "metric"}).json()
    assert metric["weight_lb"] is None


def test_birth_date_gives_age(client: TestClient, headers: dict[str, str]) -> None:
    today = date.today()
    born = (
        today.replace(year=today.year - 40)
        if (today.month, today.day) != (2, 29)
        else date(today.year - 40, 3, 1)
    )
    body = client.patch(URL, headers=headers, json={"birth_date": born.isoformat()}).json()
    assert body["age"] == 40
    assert client.patch(URL, headers=headers, json={"age": 41}).json()["birth_date"] is None


def test_height_and_weight_changes_are_kept_as_history(
    client: TestClient, headers: dict[str, str], engine: Engine
) -> None:
    client.patch(URL, headers=headers, json={"height_cm": 170, "weight_kg": 70})
    client.patch(URL, headers=headers, json={"weight_kg": 71})
    client.patch(URL, headers=headers, json={"weight_kg": 71})  # unchanged: no new row
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT height_cm, weight_kg FROM body_metrics ORDER BY id")).all()
    assert [tuple(row) for row in rows] == [(170.0, 70.0), (None, 71.0)]
    assert client.get(URL, headers=headers).json()["weight_kg"] == 71


@pytest.mark.parametrize(
    ("payload", "field", "fragment"),
    [
        ({"height_cm": 0}, "height_cm", "between 100 and 250"),
        ({"weight_kg": 2000}, "weight_kg", "between 30 and 350"),
        ({"age": 7}, "age", "between 13 and 100"),
        ({"body_fat_pct": 90}, "body_fat_pct", "between 3 and 70"),
        ({"goal": "get_huge"}, "goal", "lose_fat"),
        ({"activity_level": "couch"}, "activity_level", "sedentary"),
        ({"days_per_week": 9}, "days_per_week", "less than or equal to 7"),
        ({"equipment": ["laser"]}, "equipment", "body_only"),
        ({"injuries": ["tail"]}, "injuries", "knee"),
        ({"diets": ["paleo"]}, "diets", "vegan"),
        ({"diets": ["vegan", "halal", "vegan"]}, "diets", "repeated: vegan"),
        ({"favourite_colour": "red"}, "favourite_colour", "Extra inputs"),
        ({"weight_lb": 20}, "body", "weight_lb"),
        ({"height_ft": 2, "height_in": 0}, "body", "height_ft"),
        ({"height_cm": 170, "height_ft": 5}, "body", "not both"),
        ({"weight_kg": 70, "weight_lb": 150}, "body", "not both"),
        ({"age": 30, "birth_date": "1990-01-01"}, "body", "not both"),
        ({"birth_date": "2020-01-01"}, "body", "birth_date"),
        ({"notes": "x" * 2001}, "notes", "2000"),
    ],
)
def test_bad_profile_input_names_field_and_problem(
    client: TestClient,
    headers: dict[str, str],
    payload: dict[str, object],
    field: str,
    fragment: str,
) -> None:
    response = client.patch(URL, headers=headers, json=payload)
    assert response.status_code == 422
    error = response.json()["detail"][0]
    assert field in [str(part) for part in error["loc"]]
    assert fragment in error["msg"]
    # Nothing was written.
    assert client.get(URL, headers=headers).json()["missing_for_targets"] == ALL_TARGET_FIELDS


def test_notes_are_encrypted_at_rest(
    client: TestClient, headers: dict[str, str], engine: Engine
) -> None:
    secret = "Recovering from ACL surgery"
    client.patch(URL, headers=headers, json={"notes": secret})
    with engine.connect() as conn:
        raw = conn.execute(text("SELECT notes_encrypted FROM profiles")).scalar_one()
    assert raw and secret not in raw and "ACL" not in raw
    assert client.get(URL, headers=headers).json()["notes"] == secret

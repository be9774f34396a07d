from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, text

from tests.app.utils import auth_headers

URL = "/api/v1/me/workouts"
WORKOUT = {"exercise": "Barbell Squat", "sets": 5, "reps": 5, "load_kg": 100, "notes": "felt knee"}


@pytest.fixture
def headers(client: TestClient) -> dict[str, str]:
    return auth_headers(client, "wanda@example.com")


def test_crud_round_trip(client: TestClient, headers: dict[str, str]) -> None:
    created = client.post(URL, headers=headers, json=WORKOUT)
    assert created.status_code == 201
    body = created.json()
    assert {k: body[k] for k in WORKOUT} == WORKOUT
    item = f"{URL}/{body['id']}"
    patched = client.patch(item, headers=headers, json={"reps": 3, "notes": None}).json()
    assert (patched["reps"], patched["notes"], patched["sets"]) == (3, None, 5)
    listing = client.get(URL, headers=headers).json()
    assert listing["count"] == 1 and listing["data"][0] == patched
    assert client.patch(item, headers=headers, json={"exercise": None}).status_code == 422
    assert client.delete(item, headers=headers).status_code == 204
    assert client.get(item, headers=headers).status_code == 404


def test_notes_encrypted_at_rest(
    client: TestClient, headers: dict[str, str], engine: Engine
) -> None:
    client.post(URL, headers=headers, json=WORKOUT)
    with engine.connect() as conn:
        raw = conn.execute(text("SELECT notes_encrypted FROM workouts")).scalar_one()
    assert "knee" not in raw


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({**WORKOUT, "sets": 0}, "sets"),
        ({**WORKOUT, "reps": -1}, "reps"),
        ({**WORKOUT, "load_kg": 5000}, "load_kg"),
        ({**WORKOUT, "duration_min": 0}, "duration_min"),
        ({**WORKOUT, "exercise": ""}, "exercise"),
        ({**WORKOUT, "exercise": "Squat\x00"}, "exercise"),
        ({**WORKOUT, "performed_on": "not-a-date"}, "performed_on"),
        ({"sets": 3}, "exercise"),
    ],
)
def test_bad_workouts(
    client: TestClient, headers: dict[str, str], payload: dict[str, object], field: str
) -> None:
    response = client.post(URL, headers=headers, json=payload)
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", field]


def test_nul_in_exercise_is_422_on_update(client: TestClient, headers: dict[str, str]) -> None:
    """PostgreSQL text columns refuse NUL: it must be a 422, not a database error."""
    item = f"{URL}/{client.post(URL, headers=headers, json=WORKOUT).json()['id']}"
    response = client.patch(item, headers=headers, json={"exercise": "a\x00b"})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "exercise"]

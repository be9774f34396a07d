"""A user can never read or change another user's data, on any resource."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.app.utils import auth_headers

RESOURCES = {
    "weights": {"weight_kg": 70},
    "workouts": {"exercise": "Push-Up", "notes": "private"},
    "meals": {"name": "soup", "kcal": 100, "protein_g": 5, "carbs_g": 10, "fat_g": 3},
}
PATCHES = {"weights": {"weight_kg": 71}, "workouts": {"reps": 1}, "meals": {"kcal": 1}}


@pytest.mark.parametrize("resource", RESOURCES)
def test_other_users_rows_are_invisible(client: TestClient, resource: str) -> None:
    owner = auth_headers(client, "owner@example.com")
    intruder = auth_headers(client, "intruder@example.com")
    url = f"/api/v1/me/{resource}"
    created = client.post(url, headers=owner, json=RESOURCES[resource]).json()
    item = f"{url}/{created['id']}"
    assert client.get(item, headers=intruder).status_code == 404
    assert client.patch(item, headers=intruder, json=PATCHES[resource]).status_code == 404
    assert client.delete(item, headers=intruder).status_code == 404
    assert client.get(url, headers=intruder).json() == {"data": [], "count": 0}
    # The owner's row is untouched.
    assert client.get(item, headers=owner).json() == created


def test_profile_targets_and_progress_are_per_user(client: TestClient) -> None:
    owner = auth_headers(client, "owner@example.com")
    intruder = auth_headers(client, "intruder@example.com")
    client.patch("/api/v1/me/profile", headers=owner, json={"notes": "secret", "weight_kg": 90})
    assert client.get("/api/v1/me/profile", headers=intruder).json()["notes"] is None
    assert client.get("/api/v1/me/targets", headers=intruder).status_code == 409
    progress = client.get("/api/v1/me/progress", headers=intruder).json()
    assert progress["weight"]["points"] == []


@pytest.mark.parametrize(
    ("method", "url"),
    [
        ("get", "/api/v1/me/profile"),
        ("put", "/api/v1/me/profile"),
        ("patch", "/api/v1/me/profile"),
        ("get", "/api/v1/me/targets"),
        ("get", "/api/v1/me/progress"),
        *[(m, f"/api/v1/me/{r}") for r in RESOURCES for m in ("get", "post")],
        *[(m, f"/api/v1/me/{r}/1") for r in RESOURCES for m in ("get", "patch", "delete")],
        ("get", "/api/v1/admin/users"),
    ],
)
def test_every_private_endpoint_needs_a_token(client: TestClient, method: str, url: str) -> None:
    response = client.request(method, url, json={})
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == "Bearer"

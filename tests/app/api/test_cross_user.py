"""A user can never read or change another user's data, on any resource."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from tests.app.fake_serving import FakeServing, drain, make_runner
from tests.app.utils import FULL_PROFILE, auth_headers

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


def test_plans_readings_and_feedback_are_per_user(client: TestClient, engine: Engine) -> None:
    owner = auth_headers(client, "owner@example.com")
    intruder = auth_headers(client, "intruder@example.com")
    for headers in (owner, intruder):
        client.put(
            "/api/v1/me/profile", headers=headers, json={**FULL_PROFILE, "notes": "No fish."}
        )
    job = client.post("/api/v1/me/plans", headers=owner).json()
    drain(make_runner(engine, FakeServing()))
    client.put("/api/v1/me/feedback/1", headers=owner, json={"stars": 3})
    thumb = {"kind": "meal", "day": 1, "position": 0, "up": True}
    lock = {"locks": [{"day": 1, "meal": 0}]}
    for method, url, body in [
        ("get", "/api/v1/me/plans/1", None),
        ("get", "/api/v1/me/plans/1/diff/1", None),
        ("put", "/api/v1/me/plans/1/locks", lock),
        ("post", "/api/v1/me/plans/1/regenerate", {"day": 1}),
        ("get", f"/api/v1/me/plans/jobs/{job['id']}", None),
        ("get", "/api/v1/me/feedback/1", None),
        ("put", "/api/v1/me/feedback/1", {"stars": 1}),
        ("put", "/api/v1/me/feedback/1/thumbs", thumb),
        ("get", "/api/v1/me/grocery", None),
    ]:
        assert client.request(method, url, headers=intruder, json=body).status_code == 404, url
    assert client.get("/api/v1/me/plans", headers=intruder).json()["status"] == "none"
    assert client.get("/api/v1/me/plans/history", headers=intruder).json()["count"] == 0
    assert client.get("/api/v1/me/feedback", headers=intruder).json()["count"] == 0
    # The intruder's own reading is theirs; the owner's stays the owner's.
    owner_reading = client.get("/api/v1/me/notes/reading", headers=owner).json()
    intruder_reading = client.get("/api/v1/me/notes/reading", headers=intruder).json()
    assert owner_reading["job"]["id"] != intruder_reading["job"]["id"]
    assert client.get("/api/v1/me/feedback/1", headers=owner).json()["stars"] == 3
    assert client.get("/api/v1/me/plans", headers=owner).json()["plan"]["locks"] == []


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
        *[(m, "/api/v1/me/plans") for m in ("get", "post")],
        ("get", "/api/v1/me/plans/history"),
        ("get", "/api/v1/me/plans/adherence"),
        ("get", "/api/v1/me/plans/1"),
        ("get", "/api/v1/me/plans/1/diff/2"),
        ("put", "/api/v1/me/plans/1/locks"),
        ("post", "/api/v1/me/plans/1/regenerate"),
        ("get", "/api/v1/me/plans/jobs/1"),
        *[(m, "/api/v1/me/notes/reading") for m in ("get", "post")],
        ("post", "/api/v1/me/notes/reading/accept"),
        ("get", "/api/v1/me/feedback"),
        *[(m, "/api/v1/me/feedback/1") for m in ("get", "put")],
        ("put", "/api/v1/me/feedback/1/thumbs"),
        ("get", "/api/v1/me/grocery"),
        *[(m, "/api/v1/me/expenditure") for m in ("get", "put")],
        ("get", "/api/v1/experiments"),
        ("get", "/api/v1/experiments/planner-ab/units"),
        ("get", "/api/v1/experiments/feedback"),
        ("get", "/api/v1/experiments/promotions"),
        ("post", "/api/v1/experiments/promotions/1/complete"),
        ("post", "/api/v1/experiments/planner-ab/promote"),
        ("get", "/api/v1/experiments/planner-ab/report"),
    ],
)
def test_every_private_endpoint_needs_a_token(client: TestClient, method: str, url: str) -> None:
    response = client.request(method, url, json={})
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == "Bearer"

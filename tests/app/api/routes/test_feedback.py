"""Feedback on plan versions: stars, a comment, thumbs; kept with the variant and model."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select

from app.models import PlanRating
from domain.api.serving import Variant
from tests.app.fake_serving import FakeServing, drain, make_runner
from tests.app.utils import FULL_PROFILE, auth_headers

URL = "/api/v1/me/feedback"


@pytest.fixture
def headers(client: TestClient, engine: Engine) -> dict[str, str]:
    headers = auth_headers(client, "rater@example.com")
    client.put("/api/v1/me/profile", headers=headers, json=FULL_PROFILE)
    client.post("/api/v1/me/plans", headers=headers)
    drain(make_runner(engine, FakeServing(variant=Variant.champion, model_version="7")))
    return headers


def test_stars_comment_and_thumbs(
    client: TestClient, engine: Engine, headers: dict[str, str]
) -> None:
    assert client.get(URL, headers=headers).json() == {"data": [], "count": 0}
    rated = client.put(f"{URL}/1", headers=headers, json={"stars": 4, "comment": "tasty"})
    assert rated.status_code == 200
    body = rated.json()
    assert (body["stars"], body["comment"], body["variant"], body["model_version"]) == (
        4,
        "tasty",
        "champion",
        "7",
    )
    plan = client.get("/api/v1/me/plans/1", headers=headers).json()["plan"]
    monday = plan["days"][0]
    client.put(
        f"{URL}/1/thumbs",
        headers=headers,
        json={"kind": "meal", "day": 1, "position": 0, "up": True},
    )
    training = next(d for d in plan["days"] if d["exercises"])
    thumbs = client.put(
        f"{URL}/1/thumbs",
        headers=headers,
        json={"kind": "exercise", "day": training["day"], "position": 0, "up": False},
    ).json()["thumbs"]
    meal_name = " + ".join(item["name"] for item in monday["meals"][0]["items"])
    assert {(t["kind"], t["item"], t["up"]) for t in thumbs} == {
        ("meal", meal_name, True),
        ("exercise", training["exercises"][0]["name"], False),
    }
    # Changing and taking back a thumb, re-rating replaces.
    client.put(
        f"{URL}/1/thumbs",
        headers=headers,
        json={"kind": "meal", "day": 1, "position": 0, "up": None},
    )
    client.put(f"{URL}/1", headers=headers, json={"stars": 2})
    after = client.get(f"{URL}/1", headers=headers).json()
    assert after["stars"] == 2 and after["comment"] is None and len(after["thumbs"]) == 1
    assert client.get(URL, headers=headers).json()["count"] == 1
    with engine.connect() as conn:
        stored = conn.execute(select(PlanRating.notes_encrypted, PlanRating.variant)).one()
    assert stored == (None, "champion")


def test_feedback_refuses_what_does_not_exist(client: TestClient, headers: dict[str, str]) -> None:
    assert client.put(f"{URL}/2", headers=headers, json={"stars": 5}).status_code == 404
    assert client.put(f"{URL}/1", headers=headers, json={"stars": 6}).status_code == 422
    missing = client.put(
        f"{URL}/1/thumbs",
        headers=headers,
        json={"kind": "meal", "day": 1, "position": 4, "up": True},
    )
    assert missing.status_code == 422 and "no meal 4" in missing.json()["detail"][0]["msg"]


def test_comments_are_encrypted_at_rest(
    client: TestClient, engine: Engine, headers: dict[str, str]
) -> None:
    client.put(f"{URL}/1", headers=headers, json={"stars": 5, "comment": "secret sauce"})
    with engine.connect() as conn:
        stored = conn.scalar(select(PlanRating.notes_encrypted))
    assert stored and "secret" not in stored

"""The grocery list: the current plan's foods over a date range, in grams and household units."""

from __future__ import annotations

import math
from datetime import date, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from app.api.deps import get_catalog_provider
from tests.app.fake_serving import FakeServing, PlannedFoods, drain, make_runner
from tests.app.utils import FULL_PROFILE, auth_headers

URL = "/api/v1/me/grocery"


@pytest.fixture
def headers(client: TestClient, engine: Engine) -> dict[str, str]:
    client.app.dependency_overrides[get_catalog_provider] = PlannedFoods  # type: ignore[attr-defined]
    headers = auth_headers(client, "shopper@example.com")
    client.put("/api/v1/me/profile", headers=headers, json=FULL_PROFILE)
    return headers


def test_no_plan_no_list(client: TestClient, headers: dict[str, str]) -> None:
    response = client.get(URL, headers=headers)
    assert response.status_code == 404 and "POST /api/v1/me/plans" in response.json()["detail"]


def test_a_week_sums_every_day_once(
    client: TestClient, engine: Engine, headers: dict[str, str]
) -> None:
    client.post("/api/v1/me/plans", headers=headers)
    drain(make_runner(engine, FakeServing()))
    plan = client.get("/api/v1/me/plans/1", headers=headers).json()["plan"]
    monday = date(2030, 1, 7)
    week = client.get(
        URL, headers=headers, params={"from": str(monday), "to": str(monday + timedelta(6))}
    ).json()
    expected: dict[str, float] = {}
    for day in plan["days"]:
        for meal in day["meals"]:
            for item in meal["items"]:
                expected[item["food_id"]] = expected.get(item["food_id"], 0) + item["grams"]
    assert {i["food_id"]: i["grams"] for i in week["data"]} == {
        k: round(v) for k, v in expected.items()
    }
    for item in week["data"]:  # whole pieces, rounded up: a shop sells no 2.4 eggs
        count = math.ceil(expected[item["food_id"]] / 50 - 1e-9)
        assert item["household"] == f"{count} large" and item["portion"]["grams"] == 50
    tuesday = client.get(
        URL,
        headers=headers,
        params={"from": str(monday + timedelta(1)), "to": str(monday + timedelta(1))},
    ).json()
    day_two = {i["food_id"] for m in plan["days"][1]["meals"] for i in m["items"]}
    assert {i["food_id"] for i in tuesday["data"]} == day_two


def test_bad_ranges_are_422(client: TestClient, engine: Engine, headers: dict[str, str]) -> None:
    client.post("/api/v1/me/plans", headers=headers)
    drain(make_runner(engine, FakeServing()))
    reversed_ = client.get(URL, headers=headers, params={"from": "2030-01-10", "to": "2030-01-01"})
    assert reversed_.status_code == 422 and "1 to 31 days" in reversed_.json()["detail"][0]["msg"]
    assert (
        client.get(
            URL, headers=headers, params={"from": "2030-01-01", "to": "2030-03-01"}
        ).status_code
        == 422
    )
    assert client.get(URL, headers=headers, params={"from": "soon"}).status_code == 422

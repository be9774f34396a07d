from __future__ import annotations

from datetime import date, timedelta

import pytest
from fastapi.testclient import TestClient

from app.services.trend import smooth
from tests.app.utils import FULL_PROFILE, auth_headers

URL = "/api/v1/me/progress"


@pytest.fixture
def headers(client: TestClient) -> dict[str, str]:
    return auth_headers(client, "prue@example.com")


def _day(offset: int) -> str:
    return (date.today() - timedelta(days=offset)).isoformat()


def test_empty_report(client: TestClient, headers: dict[str, str]) -> None:
    body = client.get(URL, headers=headers, params={"days": 7}).json()
    assert body["days"] == 7
    assert body["weight"] == {"points": [], "trend_kg": None, "weekly_rate_kg": None}
    assert body["calories"]["target"] is None and body["calories"]["days_logged"] == 0
    assert body["workouts"] == {"sessions": 0, "planned": None, "percent": None}


def test_trend_rate_adherence_and_completion(client: TestClient, headers: dict[str, str]) -> None:
    client.put("/api/v1/me/profile", headers=headers, json={**FULL_PROFILE, "weight_kg": None})
    weights = [70.0 - 0.1 * i for i in range(14)]  # losing 0.7 kg a week
    for offset, kg in zip(range(13, -1, -1), weights, strict=True):
        client.post(
            "/api/v1/me/weights",
            headers=headers,
            json={"weight_kg": kg, "measured_on": _day(offset)},
        )
    target = client.get("/api/v1/me/targets", headers=headers).json()
    on_target = {
        "name": "on",
        "kcal": target["calories"],
        "protein_g": target["protein_g"],
        "carbs_g": 1,
        "fat_g": 1,
    }
    client.post("/api/v1/me/meals", headers=headers, json={**on_target, "eaten_on": _day(1)})
    client.post(
        "/api/v1/me/meals",
        headers=headers,
        json={**on_target, "kcal": 100, "protein_g": 1, "eaten_on": _day(0)},
    )
    for offset in (0, 0, 2, 20):  # two workouts on one day count as one session; day 20 is outside
        client.post(
            "/api/v1/me/workouts",
            headers=headers,
            json={"exercise": "Push-Up", "performed_on": _day(offset)},
        )

    body = client.get(URL, headers=headers, params={"days": 14}).json()
    trend = smooth(weights)
    assert [p["trend_kg"] for p in body["weight"]["points"]] == pytest.approx(trend, abs=0.01)
    assert body["weight"]["trend_kg"] == pytest.approx(trend[-1], abs=0.01)
    assert body["weight"]["weekly_rate_kg"] < 0
    calories = body["calories"]
    assert (calories["target"], calories["days_logged"], calories["days_on_target"]) == (
        target["calories"],
        2,
        1,
    )
    assert calories["mean_per_logged_day"] == pytest.approx((target["calories"] + 100) / 2, abs=0.1)
    assert body["protein"]["days_on_target"] == 1
    assert body["workouts"] == {"sessions": 2, "planned": 6.0, "percent": pytest.approx(33.3)}


@pytest.mark.parametrize("days", [0, -1, 367, "week"])
def test_bad_window(client: TestClient, headers: dict[str, str], days: int | str) -> None:
    response = client.get(URL, headers=headers, params={"days": days})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["query", "days"]

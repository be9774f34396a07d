from __future__ import annotations

from datetime import date, timedelta

import pytest
from fastapi.testclient import TestClient

from tests.app.utils import auth_headers

URL = "/api/v1/me/weights"


@pytest.fixture
def headers(client: TestClient) -> dict[str, str]:
    return auth_headers(client, "will@example.com")


def _day(offset: int) -> str:
    return (date.today() - timedelta(days=offset)).isoformat()


def test_log_list_filter_and_paginate(client: TestClient, headers: dict[str, str]) -> None:
    for offset, kg in [(3, 80.0), (2, 79.5), (1, 79.0), (0, 78.8)]:
        response = client.post(
            URL, headers=headers, json={"weight_kg": kg, "measured_on": _day(offset)}
        )
        assert response.status_code == 201
    page = client.get(URL, headers=headers, params={"limit": 2, "offset": 1}).json()
    assert page["count"] == 4
    assert [row["weight_kg"] for row in page["data"]] == [79.0, 79.5]
    window = client.get(URL, headers=headers, params={"from": _day(2), "to": _day(1)}).json()
    assert window["count"] == 2
    assert {row["measured_on"] for row in window["data"]} == {_day(2), _day(1)}


def test_weight_in_pounds_and_current_weight_follows(
    client: TestClient, headers: dict[str, str]
) -> None:
    row = client.post(URL, headers=headers, json={"weight_lb": 165}).json()
    assert row["weight_kg"] == pytest.approx(74.843, abs=0.001)
    assert row["weight_lb"] == pytest.approx(165)
    profile = client.get("/api/v1/me/profile", headers=headers).json()
    assert profile["weight_kg"] == pytest.approx(row["weight_kg"])


def test_get_patch_delete(client: TestClient, headers: dict[str, str]) -> None:
    created = client.post(URL, headers=headers, json={"weight_kg": 70}).json()
    item = f"{URL}/{created['id']}"
    assert client.get(item, headers=headers).json() == created
    patched = client.patch(item, headers=headers, json={"weight_kg": 69.5})
    assert patched.json()["weight_kg"] == 69.5
    assert client.patch(item, headers=headers, json={"weight_kg": None}).status_code == 422
    assert client.delete(item, headers=headers).status_code == 204
    assert client.get(item, headers=headers).status_code == 404
    assert client.delete(item, headers=headers).status_code == 404


def test_deleting_a_weight_keeps_a_height_on_the_same_row(
    client: TestClient, headers: dict[str, str]
) -> None:
    client.patch("/api/v1/me/profile", headers=headers, json={"height_cm": 180, "weight_kg": 75})
    entry = client.get(URL, headers=headers).json()["data"][0]
    client.delete(f"{URL}/{entry['id']}", headers=headers)
    profile = client.get("/api/v1/me/profile", headers=headers).json()
    assert (profile["height_cm"], profile["weight_kg"]) == (180, None)
    assert client.get(URL, headers=headers).json()["count"] == 0


@pytest.mark.parametrize(
    ("payload", "fragment"),
    [
        ({"weight_kg": 0}, "between 30 and 350"),
        ({"weight_kg": 2000}, "between 30 and 350"),
        ({"weight_lb": 10}, "weight_lb"),
        ({"weight_lb": "heavy"}, "must be a number"),
        ({"weight_kg": 70, "weight_lb": 150}, "not both"),
        ({"weight_kg": 70, "measured_on": "1850-01-01"}, "between 1900-01-01"),
        ({"weight_kg": 70, "measured_on": "2999-01-01"}, "tomorrow"),
        ({}, "Field required"),
    ],
)
def test_bad_weights(
    client: TestClient, headers: dict[str, str], payload: dict[str, object], fragment: str
) -> None:
    response = client.post(URL, headers=headers, json=payload)
    assert response.status_code == 422
    assert fragment in response.json()["detail"][0]["msg"]


def test_bad_list_queries(client: TestClient, headers: dict[str, str]) -> None:
    reversed_window = client.get(URL, headers=headers, params={"from": _day(0), "to": _day(3)})
    assert reversed_window.status_code == 422
    # The documented 422 body (HTTPValidationError), like every other query error.
    error = reversed_window.json()["detail"][0]
    assert error["loc"] == ["query", "from"] and "after 'to'" in error["msg"]
    for params in ({"limit": 0}, {"limit": 101}, {"offset": -1}, {"from": "yesterday"}):
        assert client.get(URL, headers=headers, params=params).status_code == 422, params

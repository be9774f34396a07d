"""A sweep of malformed requests: each gets a 4xx naming the problem, never a 500."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.app.utils import auth_headers

JSON_ENDPOINTS = [
    ("post", "/api/v1/auth/register"),
    ("post", "/api/v1/auth/refresh"),
    ("post", "/api/v1/auth/logout"),
    ("put", "/api/v1/me/profile"),
    ("patch", "/api/v1/me/profile"),
    ("post", "/api/v1/me/weights"),
    ("post", "/api/v1/me/workouts"),
    ("post", "/api/v1/me/meals"),
    ("patch", "/api/v1/me/weights/1"),
    ("patch", "/api/v1/me/workouts/1"),
    ("patch", "/api/v1/me/meals/1"),
    ("patch", "/api/v1/admin/users/1/role"),
    ("put", "/api/v1/me/plans/1/locks"),
    ("post", "/api/v1/me/plans/1/regenerate"),
    ("post", "/api/v1/me/notes/reading/accept"),
    ("put", "/api/v1/me/feedback/1"),
    ("put", "/api/v1/me/feedback/1/thumbs"),
    ("put", "/api/v1/me/expenditure"),
    ("post", "/api/v1/experiments/planner-ab/promote"),
    ("post", "/api/v1/experiments/promotions/1/complete"),
]
BAD_BODIES = [
    b"{not json",
    b"[]",
    b"null",
    b'"text"',
    b"42",
    b'{"a": ' * 50 + b"1" + b"}" * 50,
    '{"notes": "\udcff"}'.encode("utf-8", "surrogatepass"),
    b"\xff\xfe",
]


@pytest.fixture
def headers(client: TestClient) -> dict[str, str]:
    return auth_headers(client, "root@example.com")  # admin, so admin routes validate too


@pytest.mark.parametrize(("method", "url"), JSON_ENDPOINTS)
def test_malformed_json_is_422(
    client: TestClient, headers: dict[str, str], method: str, url: str
) -> None:
    for body in BAD_BODIES:
        response = client.request(
            method, url, content=body, headers={**headers, "Content-Type": "application/json"}
        )
        assert response.status_code == 422, (body, response.text)
        assert response.json()["detail"]


@pytest.mark.parametrize(
    ("method", "url"),
    [
        ("get", "/api/v1/me/weights/abc"),
        ("get", "/api/v1/me/workouts/1.5"),
        ("delete", "/api/v1/me/meals/-"),
        ("get", "/api/v1/me/weights/99999999999999999999999"),
        ("patch", "/api/v1/admin/users/x/role"),
        ("get", "/api/v1/me/plans/0"),
        ("get", "/api/v1/me/plans/1/diff/x"),
        ("get", "/api/v1/me/plans/jobs/-1"),
        ("put", "/api/v1/me/feedback/99999999999"),
    ],
)
def test_bad_path_ids_are_422(
    client: TestClient, headers: dict[str, str], method: str, url: str
) -> None:
    response = client.request(method, url, headers=headers, json={})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"][0] == "path"


def test_ids_beyond_the_column_range_are_422_not_500(
    client: TestClient, headers: dict[str, str]
) -> None:
    for big_id in (2**31, 2**63):
        response = client.get(f"/api/v1/me/weights/{big_id}", headers=headers)
        assert response.status_code == 422
        assert "less than or equal to 2147483647" in response.json()["detail"][0]["msg"]


def test_login_form_errors(client: TestClient) -> None:
    assert client.post("/api/v1/auth/login", data={"username": "a@b.c"}).status_code == 422
    as_json = client.post("/api/v1/auth/login", json={"username": "a@b.c", "password": "x" * 9})
    assert as_json.status_code == 422


@pytest.mark.parametrize(
    "email", ["", "no-at-sign", "a@", "@b.com", "a b@c.com", "x" * 400 + "@e.com"]
)
def test_bad_emails(client: TestClient, email: str) -> None:
    response = client.post(
        "/api/v1/auth/register", json={"email": email, "password": "long enough pw"}
    )
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "email"]


def test_unknown_route_and_method(client: TestClient) -> None:
    assert client.get("/api/v1/nothing").status_code == 404
    assert client.delete("/api/v1/me/profile").status_code == 405

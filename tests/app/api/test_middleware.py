from __future__ import annotations

from collections.abc import Iterator

from fastapi.testclient import TestClient

from app.core.config import get_settings


def test_oversized_body_is_413_by_content_length(client: TestClient) -> None:
    limit = get_settings().max_body_bytes
    response = client.post(
        "/api/v1/auth/register",
        content=b"{" + b" " * limit + b"}",
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 413
    assert str(limit) in response.json()["detail"]


def test_oversized_streamed_body_is_413(client: TestClient) -> None:
    limit = get_settings().max_body_bytes

    def chunks() -> Iterator[bytes]:
        for _ in range(limit // 1024 + 2):
            yield b" " * 1024

    response = client.post(
        "/api/v1/auth/register", content=chunks(), headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 413


def test_bodies_under_the_limit_pass(client: TestClient) -> None:
    response = client.post(
        "/api/v1/auth/register", json={"email": "small@example.com", "password": "long enough pw"}
    )
    assert response.status_code == 201


def test_bogus_content_length_is_rejected(client: TestClient) -> None:
    response = client.post(
        "/api/v1/auth/register", content=b"{}", headers={"Content-Length": "abc"}
    )
    assert response.status_code in (400, 413)

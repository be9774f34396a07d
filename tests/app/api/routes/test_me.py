from __future__ import annotations

from fastapi.testclient import TestClient

from tests.app.utils import auth_headers


def test_me_reads_the_signed_in_account(client: TestClient) -> None:
    admin = client.get("/api/v1/me", headers=auth_headers(client, "root@example.com")).json()
    user = client.get("/api/v1/me", headers=auth_headers(client, "sam@example.com")).json()
    assert (admin["email"], admin["role"]) == ("root@example.com", "admin")
    assert (user["email"], user["role"], user["is_active"]) == ("sam@example.com", "user", True)


def test_me_needs_a_token(client: TestClient) -> None:
    assert client.get("/api/v1/me").status_code == 401

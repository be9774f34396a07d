from __future__ import annotations

from datetime import UTC, datetime, timedelta

import jwt
from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.core.config import get_settings
from tests.app.utils import PASSWORD, auth_headers, login, register

ME = "/api/v1/me/profile"


def test_register_normalises_email_and_rejects_duplicates(client: TestClient) -> None:
    user = register(client, "  Alice@Example.COM ")
    assert user["email"] == "alice@example.com"
    assert user["role"] == "user"
    again = client.post(
        "/api/v1/auth/register", json={"email": "ALICE@example.com", "password": PASSWORD}
    )
    assert again.status_code == 409
    assert "already registered" in again.json()["detail"]


def test_first_admin_email_registers_as_admin(client: TestClient) -> None:
    assert register(client, "Root@Example.com")["role"] == "admin"


def test_password_policy_names_the_field(client: TestClient) -> None:
    response = client.post(
        "/api/v1/auth/register", json={"email": "a@example.com", "password": "short"}
    )
    assert response.status_code == 422
    error = response.json()["detail"][0]
    assert error["loc"] == ["body", "password"]
    assert "8 characters" in error["msg"]
    assert "input" not in error


def test_blank_password_is_refused(client: TestClient) -> None:
    response = client.post(
        "/api/v1/auth/register", json={"email": "b@example.com", "password": " " * 12}
    )
    assert response.status_code == 422
    assert "whitespace" in response.json()["detail"][0]["msg"]


def test_password_spaces_are_kept(client: TestClient) -> None:
    register(client, "sp@example.com", password="  spaced out  ")
    assert login(client, "sp@example.com", password="  spaced out  ")["access_token"]
    wrong = {"username": "sp@example.com", "password": "spaced out"}
    assert client.post("/api/v1/auth/login", data=wrong).status_code == 401


def test_login_returns_tokens_that_authorise(client: TestClient) -> None:
    register(client, "bob@example.com")
    tokens = login(client, "BOB@example.com")
    assert tokens["token_type"] == "bearer"
    response = client.get(ME, headers={"Authorization": f"Bearer {tokens['access_token']}"})
    assert response.status_code == 200


def test_wrong_password_and_unknown_email_look_alike(client: TestClient) -> None:
    register(client, "carol@example.com")
    wrong = client.post(
        "/api/v1/auth/login", data={"username": "carol@example.com", "password": "nope-nope"}
    )
    unknown = client.post(
        "/api/v1/auth/login", data={"username": "x@example.com", "password": "nope-nope"}
    )
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()


def test_login_with_nul_in_username_is_401_not_500(client: TestClient) -> None:
    """No registered email holds NUL, and PostgreSQL refuses it as a query parameter."""
    register(client, "erin@example.com")
    response = client.post(
        "/api/v1/auth/login", data={"username": "erin@example.com\x00", "password": PASSWORD}
    )
    assert response.status_code == 401


def test_login_throttled_after_repeated_failures(client: TestClient) -> None:
    register(client, "dave@example.com")
    bad = {"username": "dave@example.com", "password": "wrong-password"}
    codes = [client.post("/api/v1/auth/login", data=bad).status_code for _ in range(4)]
    assert codes == [401, 401, 401, 429]
    blocked = client.post("/api/v1/auth/login", data={**bad, "password": PASSWORD})
    assert blocked.status_code == 429
    assert int(blocked.headers["Retry-After"]) > 0


def test_refresh_rotates_and_reuse_revokes_the_family(client: TestClient) -> None:
    register(client, "erin@example.com")
    first = login(client, "erin@example.com")["refresh_token"]
    second = client.post("/api/v1/auth/refresh", json={"refresh_token": first})
    assert second.status_code == 200
    new_refresh = second.json()["refresh_token"]
    assert new_refresh != first
    reused = client.post("/api/v1/auth/refresh", json={"refresh_token": first})
    assert reused.status_code == 401
    # The reuse revoked the family: the legitimately rotated token is dead too.
    assert (
        client.post("/api/v1/auth/refresh", json={"refresh_token": new_refresh}).status_code == 401
    )


def test_reuse_leaves_other_logins_alone(client: TestClient) -> None:
    register(client, "fay@example.com")
    phone = login(client, "fay@example.com")["refresh_token"]
    laptop = login(client, "fay@example.com")["refresh_token"]
    client.post("/api/v1/auth/refresh", json={"refresh_token": phone})
    client.post("/api/v1/auth/refresh", json={"refresh_token": phone})
    assert client.post("/api/v1/auth/refresh", json={"refresh_token": laptop}).status_code == 200


def test_logout_revokes_refresh_token(client: TestClient) -> None:
    register(client, "gus@example.com")
    refresh = login(client, "gus@example.com")["refresh_token"]
    assert client.post("/api/v1/auth/logout", json={"refresh_token": refresh}).status_code == 204
    assert client.post("/api/v1/auth/refresh", json={"refresh_token": refresh}).status_code == 401
    assert client.post("/api/v1/auth/logout", json={"refresh_token": refresh}).status_code == 204


def test_unknown_and_expired_refresh_tokens_fail(client: TestClient, app: FastAPI) -> None:
    assert client.post("/api/v1/auth/refresh", json={"refresh_token": "nope"}).status_code == 401
    register(client, "hal@example.com")
    short = get_settings().model_copy(update={"refresh_token_ttl_seconds": -1})
    app.dependency_overrides[get_settings] = lambda: short
    refresh = login(client, "hal@example.com")["refresh_token"]
    assert client.post("/api/v1/auth/refresh", json={"refresh_token": refresh}).status_code == 401


def _token(secret: str, **claims: object) -> str:
    now = datetime.now(UTC)
    payload = {"sub": "1", "type": "access", "iat": now, "exp": now + timedelta(minutes=5)}
    payload.update(claims)
    return jwt.encode(payload, secret, algorithm="HS256")


def test_expired_tampered_and_unsigned_tokens_are_rejected(client: TestClient) -> None:
    headers = auth_headers(client, "ivy@example.com")
    secret = get_settings().secret_key
    good = headers["Authorization"].removeprefix("Bearer ")
    header, payload, signature = good.split(".")
    forged_sig = signature[:-2] + ("AA" if not signature.endswith("AA") else "BB")
    unsigned = jwt.encode({"sub": "1", "type": "access"}, key="", algorithm="none")
    bad_tokens = {
        "expired": _token(secret, exp=datetime.now(UTC) - timedelta(seconds=1)),
        "other secret": _token("another-secret-that-is-at-least-32-bytes-long"),
        "bad signature": f"{header}.{payload}.{forged_sig}",
        "alg none": unsigned,
        "not a jwt": "garbage",
        "wrong type": _token(secret, type="refresh"),
        "unknown user": _token(secret, sub="999999"),
        "non-numeric subject": _token(secret, sub="admin"),
    }
    for name, token in bad_tokens.items():
        response = client.get(ME, headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 401, name
    assert client.get(ME).status_code == 401


def test_short_access_ttl_expires(client: TestClient, app: FastAPI) -> None:
    register(client, "jo@example.com")
    expired = get_settings().model_copy(update={"access_token_ttl_seconds": -5})
    app.dependency_overrides[get_settings] = lambda: expired
    token = login(client, "jo@example.com")["access_token"]
    assert client.get(ME, headers={"Authorization": f"Bearer {token}"}).status_code == 401

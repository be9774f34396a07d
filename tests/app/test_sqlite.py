"""The embedded default: the app migrates a fresh SQLite file and serves a full round trip."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.core.config import get_settings
from app.main import create_app
from tests.app.utils import FULL_PROFILE, PASSWORD


def test_register_login_profile_on_sqlite(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "var" / "nexfitra.db"
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{db}")
    monkeypatch.setenv("NEXFITRA_DATA_DIR", str(tmp_path / "no-data"))
    get_settings.cache_clear()
    try:
        with TestClient(create_app()) as client:
            assert db.exists()
            register = client.post(
                "/api/v1/auth/register", json={"email": "lite@example.com", "password": PASSWORD}
            )
            assert register.status_code == 201
            tokens = client.post(
                "/api/v1/auth/login", data={"username": "lite@example.com", "password": PASSWORD}
            ).json()
            headers = {"Authorization": f"Bearer {tokens['access_token']}"}
            put = client.put(
                "/api/v1/me/profile", headers=headers, json={**FULL_PROFILE, "notes": "hi"}
            )
            assert put.status_code == 200 and put.json()["notes"] == "hi"
            assert client.get("/api/v1/me/targets", headers=headers).json()["calories"] > 0
            refreshed = client.post(
                "/api/v1/auth/refresh", json={"refresh_token": tokens["refresh_token"]}
            )
            assert refreshed.status_code == 200
            assert client.get("/readyz").status_code == 200
            assert client.get("/api/v1/foods").status_code == 503  # catalog not fetched
    finally:
        get_settings.cache_clear()

"""The embedded default: the app migrates a fresh SQLite file, serves a full round trip and runs
its one plan worker in process."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app import worker
from app.core.config import get_settings
from app.main import create_app
from tests.app.utils import FULL_PROFILE, PASSWORD
from tests.utils.servers import free_port


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


def test_the_embedded_worker_runs_on_sqlite_and_serving_down_means_pending(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'app.db'}")
    monkeypatch.setenv("EMBEDDED_WORKER", "true")
    monkeypatch.setenv("WORKER_POLL_SECONDS", "0.05")
    monkeypatch.setenv("SERVING_URL", f"http://127.0.0.1:{free_port()}")  # nothing listens
    get_settings.cache_clear()
    try:
        with TestClient(create_app()) as client:
            client.post(
                "/api/v1/auth/register", json={"email": "lite@example.com", "password": PASSWORD}
            )
            token = client.post(
                "/api/v1/auth/login", data={"username": "lite@example.com", "password": PASSWORD}
            ).json()["access_token"]
            headers = {"Authorization": f"Bearer {token}"}
            client.put("/api/v1/me/profile", headers=headers, json=FULL_PROFILE)
            assert client.post("/api/v1/me/plans", headers=headers).status_code == 202
            deadline = time.monotonic() + 30
            while True:
                current = client.get("/api/v1/me/plans", headers=headers).json()
                # the attempt is counted when the job is claimed, its error once serving fails
                if current["job"]["error"] or time.monotonic() > deadline:
                    break
                time.sleep(0.05)
            assert current["status"] == "pending" and "unreachable" in current["job"]["error"]
    finally:
        get_settings.cache_clear()


def test_worker_processes_refuse_sqlite(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'app.db'}")
    get_settings.cache_clear()
    try:
        assert worker.main([]) == 2
    finally:
        get_settings.cache_clear()

from __future__ import annotations

from collections.abc import Iterator

import pytest
from cryptography.fernet import Fernet
from fastapi.testclient import TestClient
from sqlalchemy import Engine, text

from app.cli import PASSWORD_ENV, main
from app.core.config import get_settings
from tests.app.conftest import PRIMARY_KEY
from tests.app.utils import auth_headers, login, register


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    """Environment changes seen by the CLI's `get_settings()`, undone afterwards."""
    yield monkeypatch
    get_settings.cache_clear()


def test_create_admin(
    client: TestClient, cli_env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    cli_env.setenv(PASSWORD_ENV, "admin password 1")
    assert main(["create-admin", "--email", "Boss@Example.com"]) == 0
    assert "created admin boss@example.com" in capsys.readouterr().out
    token = login(client, "boss@example.com", "admin password 1")["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    assert client.get("/api/v1/admin/users", headers=headers).status_code == 200
    # An existing account is promoted.
    register(client, "later@example.com")
    assert main(["create-admin", "--email", "later@example.com"]) == 0
    assert "now an admin" in capsys.readouterr().out


def test_create_admin_refuses_weak_password(
    client: TestClient, cli_env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    cli_env.setenv(PASSWORD_ENV, "short")
    assert main(["create-admin", "--email", "weak@example.com"]) == 1
    assert "password" in capsys.readouterr().err


def test_rotate_encryption_keys(
    client: TestClient,
    engine: Engine,
    cli_env: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    headers = auth_headers(client, "rot@example.com")
    client.patch("/api/v1/me/profile", headers=headers, json={"notes": "private"})
    new_key = Fernet.generate_key().decode()
    cli_env.setenv("ENCRYPTION_KEYS", f"{new_key},{PRIMARY_KEY}")
    get_settings.cache_clear()
    assert main(["rotate-encryption-keys"]) == 0
    # The profile's notes, and the copy the notes reading job keeps.
    assert "re-encrypted 2 values" in capsys.readouterr().out
    with engine.connect() as conn:
        raw = conn.execute(text("SELECT notes_encrypted FROM profiles")).scalar_one()
    assert Fernet(new_key).decrypt(raw.encode()) == b"private"

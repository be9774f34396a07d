"""Encrypted columns hold no plaintext, and key rotation re-encrypts every row."""

from __future__ import annotations

import pytest
from cryptography.fernet import Fernet, InvalidToken
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from app.core.config import get_settings
from app.core.crypto import Cipher, DecryptionError
from app.services.encryption import rotate_encryption_keys
from tests.app.conftest import PRIMARY_KEY
from tests.app.utils import auth_headers

SECRETS = {
    "profiles": "History of anorexia; avoid weight talk",
    "workouts": "Shoulder clicked on the last set",
    "meals": "Ate while anxious",
}


def _raw_notes(engine: Engine) -> dict[str, str]:
    with engine.connect() as conn:
        return {
            table: conn.execute(text(f"SELECT notes_encrypted FROM {table}")).scalar_one()
            for table in SECRETS
        }


@pytest.fixture
def headers(client: TestClient) -> dict[str, str]:
    headers = auth_headers(client, "enc@example.com")
    client.patch("/api/v1/me/profile", headers=headers, json={"notes": SECRETS["profiles"]})
    client.post(
        "/api/v1/me/workouts",
        headers=headers,
        json={"exercise": "Press", "notes": SECRETS["workouts"]},
    )
    client.post(
        "/api/v1/me/meals",
        headers=headers,
        json={
            "name": "x",
            "kcal": 1,
            "protein_g": 0,
            "carbs_g": 0,
            "fat_g": 0,
            "notes": SECRETS["meals"],
        },
    )
    return headers


def test_raw_columns_hold_no_plaintext(engine: Engine, headers: dict[str, str]) -> None:
    for table, raw in _raw_notes(engine).items():
        assert SECRETS[table] not in raw
        assert not any(word in raw for word in SECRETS[table].split() if len(word) > 3)
        assert Fernet(PRIMARY_KEY).decrypt(raw.encode()).decode() == SECRETS[table]


def test_rotation_re_encrypts_every_row(
    client: TestClient, app: FastAPI, engine: Engine, headers: dict[str, str]
) -> None:
    new_key = Fernet.generate_key().decode()
    with Session(engine) as session:
        # Three notes, and the notes reading job that saving the profile's notes queued.
        assert rotate_encryption_keys(session=session, cipher=Cipher([new_key, PRIMARY_KEY])) == 4
    with engine.connect() as conn:
        job_notes = conn.execute(text("SELECT notes_encrypted FROM plan_jobs")).scalar_one()
    for table, raw in [*_raw_notes(engine).items(), ("profiles", job_notes)]:
        assert Fernet(new_key).decrypt(raw.encode()).decode() == SECRETS[table]
        with pytest.raises(InvalidToken):
            Fernet(PRIMARY_KEY).decrypt(raw.encode())
    # The old key can now be retired: the API reads everything with the new key alone.
    rotated = get_settings().model_copy(update={"encryption_keys": new_key})
    app.dependency_overrides[get_settings] = lambda: rotated
    assert client.get("/api/v1/me/profile", headers=headers).json()["notes"] == SECRETS["profiles"]
    workouts = client.get("/api/v1/me/workouts", headers=headers).json()
    assert workouts["data"][0]["notes"] == SECRETS["workouts"]


def test_rotation_without_the_old_key_changes_nothing(
    client: TestClient, app: FastAPI, engine: Engine, headers: dict[str, str]
) -> None:
    before = _raw_notes(engine)
    with Session(engine) as session, pytest.raises(DecryptionError):
        rotate_encryption_keys(session=session, cipher=Cipher([Fernet.generate_key().decode()]))
    assert _raw_notes(engine) == before
    wrong = get_settings().model_copy(update={"encryption_keys": Fernet.generate_key().decode()})
    app.dependency_overrides[get_settings] = lambda: wrong
    response = client.get("/api/v1/me/profile", headers=headers)
    assert response.status_code == 503
    assert "ENCRYPTION_KEYS" in response.json()["detail"]

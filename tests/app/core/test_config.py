from __future__ import annotations

import pytest
from cryptography.fernet import Fernet
from pydantic import ValidationError

from app.core.config import PLACEHOLDER_ENCRYPTION_KEY, Settings

STRONG = "s" * 40


def test_development_accepts_placeholders(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ENCRYPTION_KEYS", raising=False)
    settings = Settings(environment="development")
    assert settings.encryption_key_list == [PLACEHOLDER_ENCRYPTION_KEY]


@pytest.mark.parametrize(
    ("overrides", "fragment"),
    [
        ({"secret_key": "changethis"}, "SECRET_KEY"),
        ({"secret_key": "short"}, "SECRET_KEY"),
        (
            {"encryption_keys": f"{Fernet.generate_key().decode()},{PLACEHOLDER_ENCRYPTION_KEY}"},
            "ENCRYPTION_KEYS",
        ),
    ],
)
def test_production_refuses_placeholders(overrides: dict[str, str], fragment: str) -> None:
    values = {"secret_key": STRONG, "encryption_keys": Fernet.generate_key().decode(), **overrides}
    with pytest.raises(ValidationError, match=fragment):
        Settings.model_validate({"environment": "production", **values})


def test_key_list_is_split_and_trimmed() -> None:
    first, second = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings = Settings(
        environment="production", secret_key=STRONG, encryption_keys=f" {first} ,{second},"
    )
    assert settings.encryption_key_list == [first, second]


def test_reads_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "sqlite:///elsewhere.db")
    monkeypatch.setenv("NEXFITRA_DATA_DIR", "/srv/data")
    monkeypatch.setenv("ENVIRONMENT", "development")
    settings = Settings()
    assert settings.database_url == "sqlite:///elsewhere.db"
    assert str(settings.data_dir) == "/srv/data"

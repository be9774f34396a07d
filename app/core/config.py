"""The API's settings, read once from the environment (see `get_settings`)."""

from __future__ import annotations

from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parents[2]

# Development-only defaults: anything deployed must set its own (the validator refuses these).
PLACEHOLDER_SECRET = "changethis"
PLACEHOLDER_ENCRYPTION_KEY = "ZGV2LW9ubHktZmVybmV0LWtleS1jaGFuZ2UtdGhpcyE="


class Environment(StrEnum):
    development = "development"
    test = "test"
    production = "production"


class Settings(BaseSettings):
    """Every knob of the product API; names match the environment variables (case-insensitive)."""

    model_config = SettingsConfigDict(env_file=None, extra="ignore", populate_by_name=True)

    environment: Environment = Environment.development
    database_url: str = "sqlite:///var/nexfitra.db"
    data_dir: Path = Field(default=REPO_ROOT / "data", alias="NEXFITRA_DATA_DIR")
    web_dir: Path = Field(
        default=REPO_ROOT / "frontend" / "dist",
        alias="NEXFITRA_WEB_DIR",
        description="the built web app, served at / when it holds an index.html",
    )
    secret_key: str = PLACEHOLDER_SECRET
    encryption_keys: str = Field(
        default=PLACEHOLDER_ENCRYPTION_KEY,
        description="comma-separated Fernet keys; the first encrypts, all decrypt (rotation)",
    )
    access_token_ttl_seconds: int = Field(default=15 * 60, gt=0)
    refresh_token_ttl_seconds: int = Field(default=30 * 24 * 3600, gt=0)
    first_admin_email: str | None = None
    calorie_floor_female: float = Field(default=1200, gt=0)
    calorie_floor_male: float = Field(default=1500, gt=0)
    max_body_bytes: int = Field(default=64 * 1024, gt=0)
    login_max_failures: int = Field(default=5, gt=0)
    login_window_seconds: int = Field(default=15 * 60, gt=0)
    run_migrations: bool = True
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"] = "INFO"
    serving_url: str = Field(
        default="http://127.0.0.1:8001", description="the model service plans come from"
    )
    serving_timeout_seconds: float = Field(
        default=120.0, gt=0, description="longest wait for one answer (a CPU plan takes seconds)"
    )
    serving_connect_timeout_seconds: float = Field(default=3.0, gt=0)
    embedded_worker: bool = Field(
        default=True,
        description="run plan workers in the API process (the embedded default); false when "
        "`python -m app.worker` processes run beside it",
    )
    worker_threads: int = Field(
        default=1, ge=1, le=32, description="embedded worker threads (PostgreSQL only: SQLite 1)"
    )
    worker_poll_seconds: float = Field(default=1.0, gt=0, le=60)
    job_retry_base_seconds: float = Field(default=1.0, gt=0)
    job_retry_max_seconds: float = Field(default=60.0, gt=0)
    job_lease_seconds: float = Field(
        default=180.0,
        gt=0,
        description="how long a claimed job is a worker's; a dead worker's job is claimed again",
    )
    metrics_port: int | None = Field(
        default=None, ge=1, le=65535, description="`python -m app.worker` serves /metrics here"
    )

    @model_validator(mode="after")
    def _lease_outlasts_a_call(self) -> Settings:
        # A lease shorter than one serving call would hand a job in progress to a second worker.
        if self.job_lease_seconds <= self.serving_timeout_seconds:
            raise ValueError(
                f"JOB_LEASE_SECONDS ({self.job_lease_seconds:g}) must exceed "
                f"SERVING_TIMEOUT_SECONDS ({self.serving_timeout_seconds:g})"
            )
        return self

    @model_validator(mode="after")
    def _refuse_placeholders(self) -> Settings:
        if self.environment is Environment.development:
            return self
        if self.secret_key == PLACEHOLDER_SECRET or len(self.secret_key) < 32:
            raise ValueError(
                f"SECRET_KEY must be set to a random value of at least 32 characters "
                f"when ENVIRONMENT={self.environment}"
            )
        if PLACEHOLDER_ENCRYPTION_KEY in self.encryption_key_list:
            raise ValueError(
                f"ENCRYPTION_KEYS must not contain the development key "
                f"when ENVIRONMENT={self.environment}"
            )
        return self

    @property
    def encryption_key_list(self) -> list[str]:
        return [key.strip() for key in self.encryption_keys.split(",") if key.strip()]


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings; tests override the FastAPI dependency or clear this cache."""
    return Settings()

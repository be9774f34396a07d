"""Serving's settings, read once from the environment (see `get_settings`)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from domain.plan.reading_head import REGISTERED_READER

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_TRACKING_URI = f"sqlite:///{REPO_ROOT / 'var' / 'mlflow' / 'mlflow.db'}"


class ServingSettings(BaseSettings):
    """Every knob of the serving process; names match the environment (case-insensitive)."""

    model_config = SettingsConfigDict(env_file=None, extra="ignore", populate_by_name=True)

    mlflow_tracking_uri: str = Field(
        default=DEFAULT_TRACKING_URI, description="registry the champion and challenger come from"
    )
    registered_model: str = Field(default="nexfitra-planner", alias="SERVING_REGISTERED_MODEL")
    data_dir: Path = Field(default=REPO_ROOT / "data", alias="NEXFITRA_DATA_DIR")
    model_cache_dir: Path = Field(
        default=REPO_ROOT / "var" / "serving" / "models",
        alias="SERVING_MODEL_CACHE_DIR",
        description="where registry builds are downloaded, one folder per version",
    )
    registry_poll_seconds: float = Field(default=30.0, gt=0, alias="SERVING_REGISTRY_POLL_SECONDS")
    experiment: str = Field(default="planner-ab", alias="SERVING_EXPERIMENT")
    challenger_weight: float = Field(
        default=0.1,
        ge=0.0,
        le=1.0,
        alias="SERVING_CHALLENGER_WEIGHT",
        description="share of users routed to @challenger while one is live (90/10 by default)",
    )
    max_concurrency: int = Field(
        default=1,
        ge=1,
        alias="SERVING_MAX_CONCURRENCY",
        description="plans computed at once; on 2 CPU cores a second lane only halves both",
    )
    max_queue: int = Field(
        default=8, ge=0, alias="SERVING_MAX_QUEUE", description="waiting plans beyond: 429"
    )
    queue_timeout_seconds: float = Field(
        default=20.0,
        gt=0,
        le=600,
        alias="SERVING_QUEUE_TIMEOUT",
        description="longest wait in the queue: then 503",
    )
    reading_cache: int = Field(
        default=2048, ge=0, alias="SERVING_READING_CACHE", description="sentences kept read"
    )
    seed: int = Field(default=0, alias="SERVING_PLANNER_SEED")
    notes_reader_model: str = Field(
        default=REGISTERED_READER,
        alias="SERVING_NOTES_READER_MODEL",
        description=(
            "registered notes reader whose @champion reads every variant's notes, the planner's"
            " included, beside each model, keeping any constraint either reads (followed like"
            " the planner's aliases; empty: not followed, each model reads alone)"
        ),
    )
    notes_reader_dir: Path | None = Field(
        default=None,
        alias="SERVING_NOTES_READER",
        description=(
            "a dedicated notes reader's folder (`python -m training.reader_head.recipe`), pinned:"
            " used in place of the registered one"
        ),
    )


@lru_cache
def get_settings() -> ServingSettings:
    """The process's settings; tests clear the cache or override the dependency."""
    return ServingSettings()

"""Fixtures for the training tests: the tiny config, the committed fixtures, one trained run."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pytest
from datasets import DatasetDict

from training.config import PROJECT_ROOT, RecipeConfig
from training.config_io import load_config
from training.data import load_sft_dataset
from training.recipes.lifecycle import RunResult
from training.recipes.lora_sft import run_lora_sft

ASSETS = PROJECT_ROOT / "tests" / "assets"
TINY_CONFIG = PROJECT_ROOT / "training" / "configs" / "tiny" / "lora_sft.yaml"


def isolated_overrides(run_dir: Path, tracking_dir: Path) -> list[str]:
    """Overrides that keep a run's checkpoints and MLflow store out of the project's var/."""
    return [
        f"output_dir={run_dir}",
        f"tracking.tracking_uri=sqlite:///{tracking_dir / 'mlflow.db'}",
        f"tracking.artifact_root={tracking_dir / 'artifacts'}",
    ]


@pytest.fixture(scope="session")
def tracking_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One MLflow store per session: creating the SQLite schema costs seconds."""
    return tmp_path_factory.mktemp("mlflow")


@pytest.fixture(scope="session")
def tiny_dataset() -> DatasetDict:
    return load_sft_dataset(ASSETS / "tiny_sft")


ConfigFactory = Callable[..., RecipeConfig]


@pytest.fixture
def tiny_config_factory(tmp_path: Path, tracking_dir: Path) -> ConfigFactory:
    """Builds the tiny config with extra overrides, writing under this test's tmp dir."""

    def build(*overrides: str) -> RecipeConfig:
        base = isolated_overrides(tmp_path / "run", tracking_dir)
        return load_config(TINY_CONFIG, [*base, *overrides])

    return build


@pytest.fixture(scope="session")
def trained_run(
    tmp_path_factory: pytest.TempPathFactory, tracking_dir: Path, tiny_dataset: DatasetDict
) -> tuple[RunResult, list[str]]:
    """One 4-step tiny run shared by the artefact, MLflow and merge tests, with its log lines."""
    run_dir = tmp_path_factory.mktemp("tiny_run")
    config = load_config(TINY_CONFIG, isolated_overrides(run_dir, tracking_dir))
    lines: list[str] = []
    logger = logging.getLogger("tests.training.progress")
    handler = _ListHandler(lines)
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        result = run_lora_sft(config, tiny_dataset, logger=logger)
    finally:
        logger.removeHandler(handler)
    return result, lines


class _ListHandler(logging.Handler):
    def __init__(self, lines: list[str]) -> None:
        super().__init__()
        self.lines = lines

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())

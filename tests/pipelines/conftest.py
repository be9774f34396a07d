"""Resources pointing every artefact at a temporary folder, and the tiny training profile."""

import os
from pathlib import Path
from typing import Any

import dagster as dg
import pytest

from pipelines.defs.resources.artifacts import ArtifactStore, RecordIOManager
from pipelines.defs.resources.catalog_source import CatalogSource
from pipelines.defs.resources.mlflow import LocalMlflow
from pipelines.defs.resources.training import TrainingSettings

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def resources(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("pipelines")
    return {
        "catalog_source": CatalogSource(
            data_dir=os.environ.get("NEXFITRA_DATA_DIR", str(ROOT / "data"))
        ),
        "artifact_store": ArtifactStore(root=str(root / "artifacts")),
        "io_manager": RecordIOManager(root=str(root / "records")),
        "mlflow": LocalMlflow(
            tracking_uri=f"sqlite:///{root / 'mlflow.db'}", artifact_root=str(root / "mlruns")
        ),
        "training": TrainingSettings(profile="tiny"),
    }


@pytest.fixture(scope="module")
def instance() -> dg.DagsterInstance:
    return dg.DagsterInstance.ephemeral()

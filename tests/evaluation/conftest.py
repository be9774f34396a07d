"""One MLflow store per test session; tests isolate themselves by registered model name."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from mlflow import MlflowClient


@pytest.fixture(scope="session")
def mlflow_uri(tmp_path_factory: pytest.TempPathFactory) -> str:
    return f"sqlite:///{tmp_path_factory.mktemp('mlflow') / 'mlflow.db'}"


@pytest.fixture(scope="session")
def mlflow_client(mlflow_uri: str, tmp_path_factory: pytest.TempPathFactory) -> MlflowClient:
    client = MlflowClient(mlflow_uri, registry_uri=mlflow_uri)
    artefacts = tmp_path_factory.mktemp("mlartefacts")
    client.create_experiment("nexfitra-registry", artifact_location=str(artefacts))
    return client


@pytest.fixture
def model_name() -> str:
    return f"planner-{uuid.uuid4().hex[:8]}"


@pytest.fixture
def candidate_dirs(tmp_path: Path) -> tuple[Path, Path, Path]:
    """Adapter, merged and ONNX dirs holding the files each kind of artefact has."""
    adapter, merged, onnx = tmp_path / "adapter", tmp_path / "merged", tmp_path / "onnx"
    for path in (adapter, merged, onnx):
        path.mkdir()
    (adapter / "adapter_config.json").write_text('{"r": 8}')
    (merged / "config.json").write_text("{}")
    (merged / "tokenizer.json").write_text('{"tok": 1}')
    (merged / "chat_template.jinja").write_text("{{ messages }}")
    (onnx / "model.onnx").write_bytes(b"onnx")
    return adapter, merged, onnx

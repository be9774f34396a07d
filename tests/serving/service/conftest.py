"""A real MLflow registry per test module, and registered builds to load from it."""

from __future__ import annotations

import json
import shutil
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from mlflow import MlflowClient

from domain.prompt import PROMPT_FORMAT_VERSION
from evaluation.registry import CandidateArtefacts, CandidateCard, register_candidate

Register = Callable[..., str]


@pytest.fixture
def registry(tmp_path: Path) -> MlflowClient:
    uri = f"sqlite:///{tmp_path / 'mlflow.db'}"
    client = MlflowClient(uri, registry_uri=uri)
    client.create_experiment("nexfitra-registry", artifact_location=str(tmp_path / "artefacts"))
    return client


@pytest.fixture
def model_name() -> str:
    return f"planner-{uuid.uuid4().hex[:8]}"


@pytest.fixture
def register(registry: MlflowClient, model_name: str, tmp_path: Path) -> Register:
    """Register a build; `onnx_dir` defaults to a folder that only looks like one."""

    def _register(
        onnx_dir: Path | None = None, *, prompt_format: str = PROMPT_FORMAT_VERSION
    ) -> str:
        root = tmp_path / uuid.uuid4().hex[:8]
        adapter, merged = root / "adapter", root / "merged"
        for folder in (adapter, merged):
            folder.mkdir(parents=True)
        (adapter / "adapter_config.json").write_text('{"r": 8}')
        (merged / "tokenizer.json").write_text("{}")
        if onnx_dir is None:
            onnx_dir = root / "onnx"
            onnx_dir.mkdir()
            (onnx_dir / "genai_config.json").write_text(json.dumps({"model": {}}))
        version = register_candidate(
            registry,
            card=CandidateCard(
                candidate="tiny",
                base_model="tiny",
                dataset_hash="h",
                recipe="lora_sft",
                onnx_precision="fp32",
                prompt_format_version=prompt_format,
            ),
            artefacts=CandidateArtefacts(adapter_dir=adapter, merged_dir=merged, onnx_dir=onnx_dir),
            metrics={"schema_valid_rate": 1.0},
            name=model_name,
        )
        return str(version.version)

    return _register


@pytest.fixture
def corrupt_onnx_dir(tiny_onnx_dir: Path, tmp_path: Path) -> Path:
    """The tiny build with its weights overwritten by garbage."""
    broken = tmp_path / "broken-onnx"
    shutil.copytree(tiny_onnx_dir, broken)
    (broken / "model.onnx").write_bytes(b"not a model")
    return broken

"""Session fixtures shared across packages: one tiny random model and its ONNX build."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.training.export.tiny_model import save_tiny_llama
from training.export.onnx import build_onnx


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return save_tiny_llama(tmp_path_factory.mktemp("tiny") / "model")


@pytest.fixture(scope="session")
def tiny_onnx_dir(tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny model's fp32 onnxruntime-genai build: token for token what PyTorch decodes."""
    return build_onnx(
        tiny_model_dir, tmp_path_factory.mktemp("onnx") / "fp32", precision="fp32"
    ).out_dir

from __future__ import annotations

from pathlib import Path

import pytest

from tests.training.export.tiny_model import save_tiny_llama


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return save_tiny_llama(tmp_path_factory.mktemp("tiny") / "model")

from __future__ import annotations

from pathlib import Path

import pytest

from serving.engine.runtimes.hf import TorchRuntime
from serving.engine.runtimes.ort import OnnxRuntime
from training.config_io import load_config
from training.data import load_sft_dataset
from training.export.candidate import export_base, export_candidate
from training.recipes.lora_sft import run_lora_sft
from training.registry import CONFIG_DIR

ASSETS = Path(__file__).resolve().parents[2] / "assets"
PROMPT = [{"role": "system", "content": "You are NexFitra."}, {"role": "user", "content": "hi"}]


@pytest.fixture(scope="module")
def adapter_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 2-step LoRA adapter on the tiny model, trained by the real recipe."""
    out = tmp_path_factory.mktemp("sft")
    config = load_config(
        CONFIG_DIR / "tiny" / "lora_sft.yaml",
        [
            f"output_dir={out}",
            "train.max_steps=2",
            f"tracking.tracking_uri=sqlite:///{out / 'mlflow.db'}",
            f"tracking.artifact_root={out / 'mlruns'}",
        ],
    )
    return run_lora_sft(config, load_sft_dataset(ASSETS / "tiny_sft")).adapter_dir


def test_export_candidate_merges_and_builds_an_equivalent_model(
    adapter_dir: Path, tmp_path: Path
) -> None:
    exported = export_candidate(adapter_dir, tmp_path, precision="fp32")
    assert (exported.model_dir / "chat_template.jinja").is_file()
    merged = TorchRuntime.from_dir(exported.model_dir).generate(PROMPT, max_new_tokens=6)
    onnx = OnnxRuntime(exported.onnx.out_dir).generate(PROMPT, max_new_tokens=6)
    assert onnx.token_ids == merged.token_ids


def test_base_plus_adapter_equals_the_merged_model(adapter_dir: Path, tmp_path: Path) -> None:
    base = export_base(adapter_dir, tmp_path, precision="fp32")
    assert base.onnx.out_dir.name == "base-onnx-fp32"
    merged = export_candidate(adapter_dir, tmp_path, precision="fp32")
    with_adapter = TorchRuntime.from_dir(base.model_dir, adapter_dir=adapter_dir)
    assert (
        with_adapter.generate(PROMPT, max_new_tokens=6).token_ids
        == TorchRuntime.from_dir(merged.model_dir).generate(PROMPT, max_new_tokens=6).token_ids
    )


def test_export_base_needs_a_recipe_adapter(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="recipe.yaml"):
        export_base(tmp_path, tmp_path / "out", precision="fp32")

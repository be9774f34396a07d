from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
import torch
from datasets import Dataset, DatasetDict
from mlflow.tracking import MlflowClient
from safetensors.torch import load_file

from tests.training.conftest import isolated_overrides
from tests.utils.dpo import with_rejected
from training.config import PROJECT_ROOT, RecipeConfig
from training.config_io import ConfigError, load_config
from training.dpo_data import preference_splits
from training.merge import merge_adapter
from training.recipes.lifecycle import RunResult
from training.recipes.lora_dpo import LoraDpoRecipe, run_lora_dpo

TINY_DPO = PROJECT_ROOT / "training" / "configs" / "tiny" / "lora_dpo.yaml"


@pytest.fixture(scope="module")
def tiny_pairs(tiny_dataset: DatasetDict) -> DatasetDict:
    return preference_splits(
        DatasetDict(
            {
                split: Dataset.from_list(with_rejected(rows.to_list()))
                for split, rows in tiny_dataset.items()
            }
        )
    )


def _config(sft: RunResult, run_dir: Path, tracking_dir: Path, *overrides: str) -> RecipeConfig:
    return load_config(
        TINY_DPO,
        [
            *isolated_overrides(run_dir, tracking_dir),
            f"dpo.sft_adapter={sft.adapter_dir}",
            *overrides,
        ],
    )


@pytest.fixture(scope="module")
def dpo_run(
    trained_run: tuple[RunResult, list[str]],
    tiny_pairs: DatasetDict,
    tmp_path_factory: pytest.TempPathFactory,
    tracking_dir: Path,
) -> tuple[RunResult, RunResult]:
    """The tiny SFT run and a 2-step DPO run from its adapter."""
    sft, _ = trained_run
    config = _config(sft, tmp_path_factory.mktemp("dpo"), tracking_dir)
    return sft, run_lora_dpo(config, tiny_pairs)


def test_dpo_writes_a_changed_adapter_of_the_parents_shape(
    dpo_run: tuple[RunResult, RunResult],
) -> None:
    sft, dpo = dpo_run

    before = load_file(sft.adapter_dir / "adapter_model.safetensors")
    after = load_file(dpo.adapter_dir / "adapter_model.safetensors")
    assert after.keys() == before.keys()  # the `default` adapter only, not trl's `ref` copy
    assert any(not torch.equal(after[name], before[name]) for name in before)
    assert json.loads((dpo.adapter_dir / "adapter_config.json").read_text())["r"] == 4
    assert load_config(dpo.adapter_dir / "recipe.yaml").dpo is not None


def test_dpo_reports_preference_metrics_to_mlflow(
    dpo_run: tuple[RunResult, RunResult], tracking_dir: Path
) -> None:
    _, dpo = dpo_run

    assert dpo.metrics["global_step"] == 2 and math.isfinite(dpo.metrics["eval_loss"])
    assert 0 <= dpo.metrics["eval_rewards/accuracies"] <= 1
    run = MlflowClient(f"sqlite:///{tracking_dir / 'mlflow.db'}").get_run(dpo.mlflow_run_id)
    assert run.info.status == "FINISHED"
    assert run.data.params["dpo.beta"] == "0.1" and run.data.params["dpo.parent"] == "tiny-lora_sft"
    assert "rewards/margins" in run.data.metrics


def test_dpo_adapter_merges_like_any_candidate(
    dpo_run: tuple[RunResult, RunResult], tmp_path: Path
) -> None:
    _, dpo = dpo_run

    merged = merge_adapter(dpo.adapter_dir, tmp_path / "merged")

    assert (merged / "model.safetensors").is_file()


def test_a_parent_with_another_shape_is_refused_by_setting(
    trained_run: tuple[RunResult, list[str]],
    tiny_pairs: DatasetDict,
    tmp_path: Path,
    tracking_dir: Path,
) -> None:
    sft, _ = trained_run
    recipe = LoraDpoRecipe(_config(sft, tmp_path, tracking_dir, "lora.r=8"))

    with pytest.raises(ConfigError, match="`lora` must equal the SFT parent's"):
        recipe.setup(tiny_pairs)


def test_a_missing_parent_names_the_setting(tiny_pairs: DatasetDict, tmp_path: Path) -> None:
    config = load_config(TINY_DPO, [f"dpo.sft_adapter={tmp_path}"])

    with pytest.raises(FileNotFoundError, match="`dpo.sft_adapter`"):
        LoraDpoRecipe(config).setup(tiny_pairs)

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from datasets import Dataset, DatasetDict
from mlflow.entities import Metric
from mlflow.tracking import MlflowClient
from safetensors.torch import load_file
from transformers import AutoTokenizer

from tests.training.conftest import ASSETS, TINY_CONFIG, ConfigFactory, isolated_overrides
from training.config_io import load_config
from training.recipes.lifecycle import RunResult
from training.recipes.lora_sft import LoraSftRecipe, main, run_lora_sft


def test_adapter_is_saved_with_tokenizer_template_and_config(
    trained_run: tuple[RunResult, list[str]],
) -> None:
    result, _ = trained_run
    adapter = result.adapter_dir

    weights = load_file(adapter / "adapter_model.safetensors")
    assert weights and any("lora_B" in name and w.abs().sum() > 0 for name, w in weights.items())
    assert json.loads((adapter / "adapter_config.json").read_text())["r"] == 4
    tokenizer = AutoTokenizer.from_pretrained(adapter)
    original = AutoTokenizer.from_pretrained(ASSETS / "tiny_tokenizer")
    assert tokenizer.chat_template == original.chat_template
    assert load_config(adapter / "recipe.yaml").lora.r == 4


def test_run_reports_finite_metrics_and_progress(trained_run: tuple[RunResult, list[str]]) -> None:
    result, lines = trained_run

    assert result.metrics["global_step"] == 4
    assert math.isfinite(result.metrics["train_loss"]) and math.isfinite(
        result.metrics["eval_loss"]
    )
    assert result.metrics["train_tokens_per_second"] > 0
    assert result.dataset_hash.startswith("sha256:")
    assert any(line.startswith("step 1/4") and "loss=" in line for line in lines)
    assert any("eval_loss=" in line for line in lines)


def test_mlflow_run_holds_params_metrics_and_adapter(
    trained_run: tuple[RunResult, list[str]], tracking_dir: Path
) -> None:
    result, _ = trained_run
    client = MlflowClient(f"sqlite:///{tracking_dir / 'mlflow.db'}")

    run = client.get_run(result.mlflow_run_id)
    assert run.info.status == "FINISHED"
    assert run.data.tags["dataset_hash"] == result.dataset_hash
    assert run.data.params["lora.r"] == "4" and run.data.params["model.source.kind"] == "tiny"
    assert [m.step for m in client.get_metric_history(run.info.run_id, "loss")] == [1, 2, 3, 4]
    assert run.data.metrics["final_eval_loss"] == pytest.approx(result.metrics["eval_loss"])
    artifacts = {a.path for a in client.list_artifacts(run.info.run_id, "adapter")}
    assert {"adapter/adapter_model.safetensors", "adapter/chat_template.jinja"} <= artifacts


def test_loss_falls_only_on_completion_tokens(
    tiny_config_factory: ConfigFactory, tiny_dataset: DatasetDict
) -> None:
    recipe = LoraSftRecipe(tiny_config_factory())
    recipe.setup(tiny_dataset)
    try:
        prepared, tokenizer = recipe.trainer.train_dataset, recipe.tokenizer
        assert isinstance(prepared, Dataset) and tokenizer is not None
        row = prepared[0]
        completion = [
            t for t, label in zip(row["input_ids"], row["labels"], strict=True) if label != -100
        ]
        text = tokenizer.decode(completion)
    finally:
        recipe.cleanup(succeeded=True)

    expected = tiny_dataset["train"][0]["completion"][0]["content"]
    assert text == f"{expected}<|im_end|>\n"


def test_loss_decreases_on_a_repeated_batch(
    tiny_config_factory: ConfigFactory, tiny_dataset: DatasetDict
) -> None:
    row = tiny_dataset["train"][0]
    repeated = DatasetDict(
        train=Dataset.from_list([row] * 4), validation=tiny_dataset["validation"]
    )
    config = tiny_config_factory(
        "train.max_steps=6", "train.learning_rate=0.01", "train.eval_steps=6", "lora.r=8"
    )

    result = run_lora_sft(config, repeated)

    losses = [m.value for m in _loss_history(config.tracking.tracking_uri, result.mlflow_run_id)]
    assert len(losses) == 6 and all(math.isfinite(v) for v in losses)
    assert losses[-1] < losses[0] - 0.2  # seeded: 6.27 -> 5.92 here


def _loss_history(uri: str | None, run_id: str) -> list[Metric]:
    return sorted(MlflowClient(uri).get_metric_history(run_id, "loss"), key=lambda m: m.step)


def test_resume_continues_from_the_last_checkpoint(
    tiny_config_factory: ConfigFactory, tiny_dataset: DatasetDict
) -> None:
    first = run_lora_sft(tiny_config_factory("train.max_steps=2"), tiny_dataset)
    config = tiny_config_factory("train.max_steps=4", "train.resume_from_checkpoint=true")

    second = run_lora_sft(config, tiny_dataset)

    assert (config.output_dir / "checkpoints" / "checkpoint-2").is_dir()
    assert first.metrics["global_step"] == 2 and second.metrics["global_step"] == 4
    resumed_steps = [
        m.step for m in _loss_history(config.tracking.tracking_uri, second.mlflow_run_id)
    ]
    assert resumed_steps == [3, 4]


def test_failure_after_setup_marks_the_run_failed(
    tiny_config_factory: ConfigFactory, tiny_dataset: DatasetDict
) -> None:
    config = tiny_config_factory("train.resume_from_checkpoint=true")  # nothing to resume from
    recipe = LoraSftRecipe(config)

    with pytest.raises(ValueError, match="checkpoint"):
        try:
            recipe.setup(tiny_dataset)
            recipe.train()
        finally:
            recipe.cleanup(succeeded=False)

    run = MlflowClient(config.tracking.tracking_uri).get_run(recipe.tracker.run_id)
    assert run.info.status == "FAILED"


def test_a_max_length_that_drops_every_row_names_the_setting(
    tiny_config_factory: ConfigFactory, tiny_dataset: DatasetDict
) -> None:
    recipe = LoraSftRecipe(tiny_config_factory("data.max_length=8"))

    with pytest.raises(ValueError, match="raise `data.max_length`"):
        try:
            recipe.setup(tiny_dataset)
        finally:
            recipe.cleanup(succeeded=False)


def test_cli_trains_the_config_on_its_dataset_and_prints_the_result(
    tmp_path: Path, tracking_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    overrides = isolated_overrides(tmp_path / "cli", tracking_dir)

    main(["--config", str(TINY_CONFIG), *overrides, "train.max_steps=2", "train.eval_steps=2"])

    out = capsys.readouterr().out  # the trainer's own log lines come first
    printed = json.loads(out[out.index('{\n  "adapter_dir"') :])
    assert printed["adapter_dir"] == str(tmp_path / "cli" / "adapter")
    assert printed["metrics"]["global_step"] == 2

"""Materialise the whole graph in-process: catalogs, a 24-profile dataset, a tiny adapter."""

import json
from pathlib import Path
from typing import Any

import dagster as dg
import pytest
from mlflow.tracking import MlflowClient

from pipelines.defs.asset_checks.catalogs import exercise_names_unique, food_catalog_checks
from pipelines.defs.asset_checks.sft_dataset import targets_parse
from pipelines.defs.assets import sft_dataset as sft_dataset_module
from pipelines.defs.assets.catalogs import catalogs
from pipelines.defs.assets.lora_adapter import candidates, lora_adapter
from pipelines.defs.assets.sft_dataset import sft_dataset
from pipelines.lineage import AdapterRecord
from training.sft_data.examples import BuiltSplits, build_splits
from training.sft_data.store import SftDatasetArtifact, load_splits

ASSETS = [catalogs, sft_dataset, lora_adapter]
CHECKS = [food_catalog_checks, exercise_names_unique, targets_parse]
# The tiny tokenizer is nearly character-level: a full example is a few thousand tokens.
TINY_OVERRIDES = ["data.max_length=4096", "train.max_steps=2", "train.eval_steps=1"]


def _run_config(profiles: int) -> dict[str, Any]:
    return {
        "ops": {
            "sft_dataset": {
                "config": {"profiles": profiles, "seed": 3, "reading_profiles": 2 * profiles}
            },
            "lora_adapter": {"config": {"overrides": TINY_OVERRIDES}},
        }
    }


def _materialize(
    resources: dict[str, Any], instance: dg.DagsterInstance, profiles: int
) -> dg.ExecuteInProcessResult:
    return dg.materialize(
        [*ASSETS, *CHECKS],
        resources=resources,
        instance=instance,
        partition_key=candidates.get_partition_keys()[0],
        run_config=_run_config(profiles),
        raise_on_error=False,
    )


def _materialised(result: dg.ExecuteInProcessResult) -> set[str]:
    events = result.get_asset_materialization_events()
    return {event.asset_key.to_user_string() for event in events if event.asset_key is not None}


def _metadata(result: dg.ExecuteInProcessResult, asset: str) -> dict[str, Any]:
    (event,) = [
        e.materialization
        for e in result.get_asset_materialization_events()
        if e.asset_key == dg.AssetKey(asset)
    ]
    return {key: value.value for key, value in event.metadata.items()}


@pytest.fixture(scope="module")
def full_run(resources: dict[str, Any], instance: dg.DagsterInstance) -> dg.ExecuteInProcessResult:
    return _materialize(resources, instance, profiles=24)


def test_every_asset_materialises_and_every_check_passes(
    full_run: dg.ExecuteInProcessResult,
) -> None:
    assert full_run.success
    assert _materialised(full_run) == {
        "food_catalog",
        "exercise_catalog",
        "sft_dataset",
        "lora_adapter",
    }
    evaluations = full_run.get_asset_check_evaluations()
    assert len(evaluations) == 6
    assert all(evaluation.passed for evaluation in evaluations), [
        (e.check_name, e.metadata) for e in evaluations if not e.passed
    ]


def test_dataset_artefact_is_saved_under_its_hash(full_run: dg.ExecuteInProcessResult) -> None:
    dataset: SftDatasetArtifact = full_run.output_for_node("sft_dataset")
    meta = _metadata(full_run, "sft_dataset")
    assert meta["content_hash"] == dataset.content_hash
    assert Path(dataset.path).name == dataset.content_hash[:16]
    loaded = load_splits(dataset)
    assert {split: len(rows) for split, rows in loaded.items()} == dataset.rows
    tasks = meta["rows_by_task"]
    assert sum(split["plan"] for split in tasks.values()) + meta["infeasible_profiles"] == 24
    assert all(split["plan"] > 0 and split["read"] > 0 for split in tasks.values())
    assert sum(dataset.rows.values()) == sum(sum(split.values()) for split in tasks.values())
    row = loaded["train"][0]
    assert [m["role"] for m in row["prompt"]] == ["system", "user"]
    assert json.loads(row["request"])["targets"]["calories"] > 0


def test_adapter_records_the_exact_dataset_it_trained_on(
    full_run: dg.ExecuteInProcessResult, resources: dict[str, Any]
) -> None:
    dataset: SftDatasetArtifact = full_run.output_for_node("sft_dataset")
    adapter: AdapterRecord = full_run.output_for_node("lora_adapter")
    meta = _metadata(full_run, "lora_adapter")
    assert adapter.dataset_hash == meta["dataset_hash"] == dataset.content_hash
    assert (Path(adapter.adapter_dir) / "adapter_config.json").is_file()
    assert dataset.content_hash[:16] in adapter.adapter_dir
    assert meta["mlflow_run_id"] == adapter.mlflow_run_id
    assert adapter.metrics["global_step"] == 2
    run = MlflowClient(tracking_uri=resources["mlflow"].tracking_uri).get_run(adapter.mlflow_run_id)
    assert run.data.tags["sft_dataset.content_hash"] == dataset.content_hash


def test_training_progress_reaches_the_run_log(
    full_run: dg.ExecuteInProcessResult, instance: dg.DagsterInstance
) -> None:
    messages = [entry.user_message for entry in instance.all_logs(full_run.run_id)]
    assert any(message.startswith("step 1/2") for message in messages)


def test_broken_target_fails_the_blocking_check_and_stops_training(
    resources: dict[str, Any], instance: dg.DagsterInstance, monkeypatch: pytest.MonkeyPatch
) -> None:
    build = build_splits

    def build_with_one_broken_target(*args: Any, **kwargs: Any) -> BuiltSplits:
        built = build(*args, **kwargs)
        built.rows["train"][0]["completion"][0]["content"] = '{"split": "yoga"}'
        return built

    monkeypatch.setattr(sft_dataset_module, "build_splits", build_with_one_broken_target)
    result = _materialize(resources, instance, profiles=6)
    (check,) = [e for e in result.get_asset_check_evaluations() if e.check_name == "targets_parse"]
    assert not check.passed
    assert check.metadata["invalid"].value == 1
    assert "sft_dataset" in _materialised(result) and "lora_adapter" not in _materialised(result)

"""The reader group in-process on a tiny random encoder: train, evaluate, gate, register.

The tiny reader reads badly, so on the `tiny` profile the gate passes with the reading floor as a
warning; a champion reader that reads better makes the same gate refuse it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import dagster as dg
import pytest
from mlflow import MlflowClient

from domain.plan.reading_head import (
    ENCODER_FILE,
    HEAD_FILE,
    READER_ARTEFACT,
    REGISTERED_READER,
)
from evaluation.gate import READING_FLOOR_WARNING
from evaluation.handwritten import load_hand_notes
from evaluation.handwritten.loader import HOLDOUT_FILE
from evaluation.registry import (
    CHAMPION,
    alias_events,
    champion_history,
    register_reader,
    set_champion,
)
from evaluation.specs import READING_SPECS
from pipelines.defs.asset_checks.reader_gate import reader_gate
from pipelines.defs.assets.catalogs import catalogs
from pipelines.defs.assets.reader import (
    EXPERIMENT,
    ReaderEvalRecord,
    ReaderRecord,
    ReaderVersionRecord,
    notes_reader,
    notes_reader_eval,
    registered_reader,
)
from serving.engine.reader import ReaderSlot
from serving.service.reader_registry import RegisteredReader
from tests.utils.tiny_reader import tiny_encoder_dir

DEFINITIONS = [catalogs, notes_reader, notes_reader_eval, registered_reader, reader_gate]
TINY = {"reading_profiles": 30, "steps": 20, "encoder_epochs": 0}
PERFECT = {
    "reading_exact_rate": 1.0,
    "reading_unsafe_rate": 0.0,
    "reading_unsafe_upper95": 0.02,
    "hand_reading_exact_rate": 1.0,
    "hand_reading_unsafe_rate": 0.0,
    "hand_reading_unsafe_upper95": 0.016,
}


def _client(resources: dict[str, Any]) -> MlflowClient:
    uri = resources["mlflow"].tracking_uri
    return MlflowClient(uri, registry_uri=uri)


def _materialised(result: dg.ExecuteInProcessResult) -> set[str]:
    events = result.get_asset_materialization_events()
    return {event.asset_key.to_user_string() for event in events if event.asset_key is not None}


@pytest.fixture(scope="module")
def trained(
    resources: dict[str, Any],
    instance: dg.DagsterInstance,
    tmp_path_factory: pytest.TempPathFactory,
) -> dg.ExecuteInProcessResult:
    """The whole group on an empty registry: the first reader becomes the champion."""
    encoder_dir = tiny_encoder_dir(tmp_path_factory.mktemp("encoder"))
    return dg.materialize(
        DEFINITIONS,
        resources=resources,
        instance=instance,
        run_config={
            "ops": {
                "notes_reader": {"config": {**TINY, "encoder_dir": str(encoder_dir)}},
                "notes_reader_eval": {"config": {"threads": 1}},
            }
        },
        raise_on_error=False,
    )


@pytest.fixture(scope="module")
def refused(
    trained: dg.ExecuteInProcessResult,
    resources: dict[str, Any],
    instance: dg.DagsterInstance,
) -> tuple[dg.ExecuteInProcessResult, str]:
    """The same reader again, after a better reader became the champion.

    Returns:
        The run, and the champion version it was measured against.
    """
    client = _client(resources)
    source: ReaderEvalRecord = trained.output_for_node("notes_reader_eval")
    experiment = client.get_experiment_by_name(EXPERIMENT)
    assert experiment is not None
    run_id = client.create_run(experiment.experiment_id, run_name="better").info.run_id
    client.log_artifacts(run_id, source.reader.reader_dir, READER_ARTEFACT)
    for name, value in PERFECT.items():
        client.log_metric(run_id, name, value)
    client.set_terminated(run_id)
    better = register_reader(client, run_id, metrics=PERFECT)
    set_champion(client, better, name=REGISTERED_READER)
    result = dg.materialize(
        DEFINITIONS,
        selection=dg.AssetSelection.assets(notes_reader_eval, registered_reader),
        resources=resources,
        instance=instance,
        run_config={"ops": {"notes_reader_eval": {"config": {"threads": 1}}}},
        raise_on_error=False,
    )
    return result, better


def test_the_group_materialises_and_registers_the_reader(
    trained: dg.ExecuteInProcessResult,
) -> None:
    assert trained.success
    assert _materialised(trained) == {
        "food_catalog",
        "exercise_catalog",
        "notes_reader",
        "notes_reader_eval",
        "registered_reader",
    }


def test_the_reader_is_trained_under_the_artifacts_root_with_its_profile(
    trained: dg.ExecuteInProcessResult, resources: dict[str, Any]
) -> None:
    record: ReaderRecord = trained.output_for_node("notes_reader")
    folder = Path(record.reader_dir)
    assert folder.parent == Path(resources["artifact_store"].root) / "notes_reader"
    assert (folder / HEAD_FILE).is_file() and (folder / ENCODER_FILE).is_file()
    assert record.profile == "tiny"
    assert record.manifest.dataset["reading_profiles"] == TINY["reading_profiles"]
    assert record.manifest.config["encoder_epochs"] == "0"


def test_the_registered_champion_holds_the_reader_folder_serving_follows(
    trained: dg.ExecuteInProcessResult, resources: dict[str, Any], tmp_path: Path
) -> None:
    client = _client(resources)
    version: ReaderVersionRecord = trained.output_for_node("registered_reader")
    evaluated: ReaderEvalRecord = trained.output_for_node("notes_reader_eval")
    assert version.alias == CHAMPION
    assert champion_history(client, name=REGISTERED_READER)[0] == version.version
    assert {"action": "set", "alias": CHAMPION, "version": version.version} in [
        {key: event[key] for key in ("action", "alias", "version")}
        for event in alias_events(client, name=REGISTERED_READER)
        if isinstance(event, dict)
    ]
    registered = client.get_model_version(REGISTERED_READER, version.version)
    assert registered.run_id == evaluated.mlflow_run_id
    logged = {f.path for f in client.list_artifacts(registered.run_id, READER_ARTEFACT)}
    assert {f"{READER_ARTEFACT}/{HEAD_FILE}", f"{READER_ARTEFACT}/{ENCODER_FILE}"} <= logged
    slot = ReaderSlot()
    serving = RegisteredReader(
        slot, registered_model=REGISTERED_READER, cache_dir=tmp_path, threads=1
    )
    assert serving.refresh(client) is None  # downloaded, smoke-read and swapped in
    assert slot.version == f"{REGISTERED_READER} v{version.version}"


def test_the_evaluation_run_holds_the_reading_metrics_and_tables(
    trained: dg.ExecuteInProcessResult, resources: dict[str, Any]
) -> None:
    evaluated: ReaderEvalRecord = trained.output_for_node("notes_reader_eval")
    metrics = evaluated.metrics
    assert metrics["hand_reading_examples"] == len(load_hand_notes())
    assert metrics["holdout_reading_examples"] == len(load_hand_notes(HOLDOUT_FILE))
    assert metrics["served_hand_reading_examples"] == metrics["hand_reading_examples"]
    # the rule guards only tighten a reading: serving misses no more than the reader
    assert metrics["served_hand_reading_unsafe_rate"] <= metrics["hand_reading_unsafe_rate"]
    assert metrics["reading_examples"] > 0
    assert 0 < metrics["hand_ms_per_note_p50"] <= metrics["hand_ms_per_note_p95"]
    run = _client(resources).get_run(evaluated.mlflow_run_id)
    assert {spec.name for spec in READING_SPECS} <= set(run.data.metrics)
    assert run.data.params["training_profile"] == "tiny"
    files = {f.path for f in _client(resources).list_artifacts(evaluated.mlflow_run_id)}
    assert {"hand_reading_tags.md", "reading.md", READER_ARTEFACT} <= files


def test_the_gate_passes_on_the_smoke_profile_with_the_reading_floor_as_a_warning(
    trained: dg.ExecuteInProcessResult,
) -> None:
    [check] = trained.get_asset_check_evaluations()
    assert check.passed
    assert check.metadata["production_floors_enforced"].value is False
    warnings = check.metadata["warnings"].value
    assert isinstance(warnings, list) and len(warnings) == 1
    assert str(warnings[0]).startswith(f"{READING_FLOOR_WARNING}: hand_reading_exact_rate=")
    assert check.metadata["champion_version"].value == "None"


def test_training_progress_reaches_the_run_log(
    trained: dg.ExecuteInProcessResult, instance: dg.DagsterInstance
) -> None:
    messages = [
        event.user_message
        for event in instance.all_logs(trained.run_id)
        if event.step_key == "notes_reader"
    ]
    assert any(message.startswith("read rows:") for message in messages)


def test_a_reader_worse_than_the_champion_is_refused_and_not_registered(
    refused: tuple[dg.ExecuteInProcessResult, str], resources: dict[str, Any]
) -> None:
    result, better = refused
    [check] = result.get_asset_check_evaluations()
    assert not check.passed
    assert check.metadata["champion_version"].value == better
    failures = check.metadata["failures"].value
    assert isinstance(failures, list)
    assert any("hand_reading_exact_rate" in str(failure) for failure in failures)
    assert all("worse than champion" in str(failure) for failure in failures)
    assert _materialised(result) == {"notes_reader_eval"}
    client = _client(resources)
    assert str(client.get_model_version_by_alias(REGISTERED_READER, CHAMPION).version) == better

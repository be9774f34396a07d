from __future__ import annotations

from pathlib import Path

import pytest
from mlflow import MlflowClient

from domain.plan.reading_head import ENCODER_FILE, HEAD_FILE, READER_ARTEFACT
from evaluation.registry import (
    CHAMPION,
    RegistryError,
    champion_reader_metrics,
    current_aliases,
    download_champion_reader,
    register_reader,
    set_champion,
    version_metrics,
)

METRICS = {"hand_reading_exact_rate": 0.68, "hand_reading_unsafe_rate": 0.165}


def _evaluation_run(client: MlflowClient, folder: Path, files: tuple[str, ...]) -> str:
    """A finished run holding `files` under `reader/` and `METRICS`."""
    folder.mkdir()
    for name in files:
        (folder / name).write_text("{}")
    experiment = client.get_experiment_by_name("nexfitra-registry")
    assert experiment is not None
    run_id = str(client.create_run(experiment.experiment_id).info.run_id)
    client.log_artifacts(run_id, str(folder), READER_ARTEFACT)
    for name, value in METRICS.items():
        client.log_metric(run_id, name, value)
    client.set_terminated(run_id)
    return run_id


def test_a_version_points_at_the_runs_reader_folder(
    mlflow_client: MlflowClient, model_name: str, tmp_path: Path
) -> None:
    run_id = _evaluation_run(mlflow_client, tmp_path / "r", (ENCODER_FILE, HEAD_FILE, "vocab.txt"))
    number = register_reader(
        mlflow_client, run_id, metrics=METRICS, tags={"training_profile": "quick"}, name=model_name
    )
    version = mlflow_client.get_model_version(model_name, number)
    assert version.run_id == run_id
    assert version.source == f"{mlflow_client.get_run(run_id).info.artifact_uri}/{READER_ARTEFACT}"
    assert version.tags["training_profile"] == "quick"
    assert version_metrics(version) == METRICS
    assert current_aliases(mlflow_client, name=model_name) == {}  # the caller sets the alias


def test_a_run_without_the_files_serving_needs_is_not_registered(
    mlflow_client: MlflowClient, model_name: str, tmp_path: Path
) -> None:
    run_id = _evaluation_run(mlflow_client, tmp_path / "r", (ENCODER_FILE,))
    with pytest.raises(RegistryError, match=HEAD_FILE):
        register_reader(mlflow_client, run_id, metrics=METRICS, name=model_name)


def test_the_champions_metrics_are_its_runs(
    mlflow_client: MlflowClient, model_name: str, tmp_path: Path
) -> None:
    assert champion_reader_metrics(mlflow_client, name=model_name) is None  # no model yet
    run_id = _evaluation_run(mlflow_client, tmp_path / "r", (ENCODER_FILE, HEAD_FILE))
    number = register_reader(mlflow_client, run_id, metrics={}, name=model_name)
    assert champion_reader_metrics(mlflow_client, name=model_name) is None  # no champion yet
    set_champion(mlflow_client, number, name=model_name)
    assert current_aliases(mlflow_client, name=model_name) == {CHAMPION: number}
    assert champion_reader_metrics(mlflow_client, name=model_name) == (number, METRICS)


def test_the_champions_folder_is_downloaded_once(
    mlflow_client: MlflowClient, model_name: str, tmp_path: Path
) -> None:
    dest = tmp_path / "downloads"
    assert download_champion_reader(mlflow_client, dest, name=model_name) is None
    run_id = _evaluation_run(mlflow_client, tmp_path / "r", (ENCODER_FILE, HEAD_FILE))
    number = register_reader(mlflow_client, run_id, metrics={}, name=model_name)
    set_champion(mlflow_client, number, name=model_name)
    found = download_champion_reader(mlflow_client, dest, name=model_name)
    assert found == (number, dest / f"v{number}" / READER_ARTEFACT)
    head = found[1] / HEAD_FILE
    assert head.read_text() == "{}" and (found[1] / ENCODER_FILE).is_file()
    head.write_text("kept")
    assert download_champion_reader(mlflow_client, dest, name=model_name) == found
    assert head.read_text() == "kept"  # the folder there is reused, not fetched again

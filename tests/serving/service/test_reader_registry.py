"""Serving follows the registered notes reader's @champion: loaded, swapped, refused, removed."""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from mlflow import MlflowClient
from prometheus_client import CollectorRegistry

from domain.api.serving import ModelsResponse
from domain.plan.reading_head import HEAD_FILE, READER_ARTEFACT
from serving.engine.head_reader import HeadNotesReader
from serving.engine.reader import ReaderSlot
from serving.service.app import build_service, create_app
from serving.service.metrics import ServingMetrics
from serving.service.reader_registry import RegisteredReader
from serving.service.settings import ServingSettings
from tests.serving.service.factories import make_watcher, unreachable
from tests.utils.tiny_reader import ROOT, train_tiny_reader

NOTE = "Allergic to peanuts. Bad left knee."


@pytest.fixture(scope="module")
def reader_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return train_tiny_reader(tmp_path_factory.mktemp("tiny-reader"))


@pytest.fixture
def reader_model() -> str:
    return f"reader-{uuid.uuid4().hex[:8]}"


def _register(client: MlflowClient, model: str, folder: Path, *, champion: bool = True) -> str:
    """A version whose run holds `folder` under `reader/`, as the pipelines register one."""
    experiment = client.get_experiment_by_name("nexfitra-registry")
    assert experiment is not None
    run = client.create_run(experiment.experiment_id)
    client.log_artifacts(run.info.run_id, str(folder), READER_ARTEFACT)
    client.set_terminated(run.info.run_id)
    if not client.search_registered_models(f"name = '{model}'"):
        client.create_registered_model(model)
    version = client.create_model_version(
        model, f"{run.info.artifact_uri}/{READER_ARTEFACT}", run_id=run.info.run_id
    )
    if champion:
        client.set_registered_model_alias(model, "champion", version.version)
    return str(version.version)


def _corrupt(reader_dir: Path, tmp_path: Path) -> Path:
    broken = tmp_path / "broken-reader"
    shutil.copytree(reader_dir, broken)
    (broken / HEAD_FILE).write_text("not a head")
    return broken


def _follower(reader_model: str, tmp_path: Path) -> RegisteredReader:
    return RegisteredReader(ReaderSlot(), registered_model=reader_model, cache_dir=tmp_path / "c")


def test_nothing_registered_leaves_the_models_reading(
    registry: MlflowClient, reader_model: str, tmp_path: Path
) -> None:
    follower = _follower(reader_model, tmp_path)
    assert follower.refresh(registry) is None
    assert follower.slot.reader is None and follower.slot.version is None


def test_a_registered_champion_is_loaded_then_swapped_when_the_alias_moves(
    registry: MlflowClient, reader_model: str, reader_dir: Path, tmp_path: Path
) -> None:
    follower = _follower(reader_model, tmp_path)
    first = _register(registry, reader_model, reader_dir)
    assert follower.refresh(registry) is None
    loaded = follower.slot.reader
    assert isinstance(loaded, HeadNotesReader)
    assert follower.slot.version == f"{reader_model} v{first}"
    follower.refresh(registry)
    assert follower.slot.reader is loaded  # nothing moved: nothing reloaded
    second = _register(registry, reader_model, reader_dir)
    follower.refresh(registry)
    assert follower.slot.reader is not loaded
    assert follower.slot.version == f"{reader_model} v{second}"


def test_a_corrupt_version_is_refused_once_and_the_last_good_reader_stays(
    registry: MlflowClient, reader_model: str, reader_dir: Path, tmp_path: Path
) -> None:
    follower = _follower(reader_model, tmp_path)
    good = _register(registry, reader_model, reader_dir)
    follower.refresh(registry)
    good_reader = follower.slot.reader
    bad = _register(registry, reader_model, _corrupt(reader_dir, tmp_path))
    reason = follower.refresh(registry)
    assert reason is not None and f"version {bad} refused" in reason
    assert follower.slot.reader is good_reader
    assert follower.slot.version == f"{reader_model} v{good}"
    assert follower.refresh(registry) is None  # refused once, not tried on every poll
    assert follower.problem == reason  # but said for as long as the alias points at it
    registry.set_registered_model_alias(reader_model, "champion", good)
    follower.refresh(registry)
    assert follower.problem is None


def test_removing_the_alias_hands_reading_back_to_the_models(
    registry: MlflowClient, reader_model: str, reader_dir: Path, tmp_path: Path
) -> None:
    follower = _follower(reader_model, tmp_path)
    _register(registry, reader_model, reader_dir)
    follower.refresh(registry)
    registry.delete_registered_model_alias(reader_model, "champion")
    follower.refresh(registry)
    assert follower.slot.reader is None and follower.slot.version is None


def test_the_watcher_follows_the_reader_in_its_polls_and_reports_a_refusal(
    registry: MlflowClient,
    reader_model: str,
    reader_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    watcher = make_watcher(registry)
    watcher.reader = _follower(reader_model, tmp_path)
    _register(registry, reader_model, _corrupt(reader_dir, tmp_path))
    for _ in range(2):  # refused on the first poll, and still said on the next
        watcher.refresh()
        assert watcher.last_error is not None
        assert "notes reader version 1 refused" in watcher.last_error
    assert watcher.metrics.registry_events.labels("refused")._value.get() == 1
    _register(registry, reader_model, reader_dir)
    watcher.refresh()
    assert watcher.last_error is None  # a later good poll clears what no longer holds
    assert isinstance(watcher.reader.slot.reader, HeadNotesReader)

    monkeypatch.setattr(registry, "get_registered_model", unreachable)
    watcher.refresh()
    assert watcher.last_refresh_failed
    assert isinstance(watcher.reader.slot.reader, HeadNotesReader)  # kept while unreachable


def test_a_served_process_reads_the_planners_notes_with_the_registered_reader(
    registry: MlflowClient, reader_model: str, reader_dir: Path, tmp_path: Path
) -> None:
    uri = registry.tracking_uri
    data_dir = Path(os.environ.get("NEXFITRA_DATA_DIR", str(ROOT / "data")))
    settings = ServingSettings(
        mlflow_tracking_uri=uri,
        data_dir=data_dir,
        notes_reader_model=reader_model,
        model_cache_dir=tmp_path / "models",
    )
    service = build_service(settings, ServingMetrics(CollectorRegistry()))
    reference = service.watcher.live.reference.engine
    service.watcher.refresh()
    assert reference.reader is None  # no reader registered yet: the planner reads nothing
    _register(registry, reader_model, reader_dir)
    service.watcher.refresh()
    assert isinstance(reference.reader, HeadNotesReader)
    _, _, generation = reference.read(NOTE)
    assert generation is not None and generation.forward_passes == 1
    app = create_app()
    app.state.service = service
    models = ModelsResponse.model_validate(TestClient(app).get("/v1/models").json())
    assert models.notes_reader == f"{reader_model} v1"


def test_a_pinned_folder_wins_over_the_registry(reader_dir: Path, tmp_path: Path) -> None:
    data_dir = Path(os.environ.get("NEXFITRA_DATA_DIR", str(ROOT / "data")))
    settings = ServingSettings(
        mlflow_tracking_uri=f"sqlite:///{tmp_path / 'mlflow.db'}",
        data_dir=data_dir,
        notes_reader_dir=reader_dir,
    )
    service = build_service(settings, ServingMetrics(CollectorRegistry()))
    assert service.watcher.reader is None
    assert service.watcher.live.reference.engine.dedicated.version == f"folder {reader_dir}"

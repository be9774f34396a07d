from __future__ import annotations

from pathlib import Path

import pytest
from mlflow.tracking import MlflowClient

from training import tracking
from training.config import TrackingSettings
from training.tracking import ensure_experiment, resolve_tracking_uri, start_run


def test_uri_prefers_config_then_environment_then_local_sqlite(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(tracking, "DEFAULT_DB", tmp_path / "store" / "mlflow.db")
    monkeypatch.delenv("MLFLOW_TRACKING_URI", raising=False)

    assert resolve_tracking_uri(TrackingSettings()) == f"sqlite:///{tmp_path}/store/mlflow.db"
    assert (tmp_path / "store").is_dir()

    monkeypatch.setenv("MLFLOW_TRACKING_URI", "http://mlflow:5000")
    assert resolve_tracking_uri(TrackingSettings()) == "http://mlflow:5000"
    assert resolve_tracking_uri(TrackingSettings(tracking_uri="sqlite:///x.db")) == "sqlite:///x.db"


def test_run_records_params_metrics_artifacts_and_status(
    tracking_dir: Path, tmp_path: Path
) -> None:
    settings = TrackingSettings(
        experiment="tracking-test",
        tracking_uri=f"sqlite:///{tracking_dir / 'mlflow.db'}",
        artifact_root=tracking_dir / "artifacts",
    )
    (tmp_path / "adapter.txt").write_text("weights", encoding="utf-8")

    tracker = start_run(settings, "unit", {"dataset_hash": "sha256:abc"})
    tracker.log_params({f"p{i}": i for i in range(150)})  # more than one MLflow batch
    tracker.log_metrics({"loss": 1.5}, step=1)
    tracker.log_metrics({"loss": 0.5}, step=2)
    tracker.log_artifacts(tmp_path, "adapter")
    tracker.end(succeeded=False)

    client = MlflowClient(settings.tracking_uri)
    run = client.get_run(tracker.run_id)
    assert run.info.status == "FAILED"
    assert run.data.tags["dataset_hash"] == "sha256:abc"
    assert len(run.data.params) == 150 and run.data.params["p149"] == "149"
    history = client.get_metric_history(tracker.run_id, "loss")
    assert [(m.step, m.value) for m in history] == [(1, 1.5), (2, 0.5)]
    assert [a.path for a in client.list_artifacts(tracker.run_id, "adapter")] == [
        "adapter/adapter.txt"
    ]
    assert str(tracking_dir / "artifacts" / "tracking-test") in run.info.artifact_uri


def test_ensure_experiment_places_a_local_store_s_artefacts_and_reuses_it(
    tracking_dir: Path,
) -> None:
    client = MlflowClient(f"sqlite:///{tracking_dir / 'mlflow.db'}")
    root = tracking_dir / "artifacts"

    created = ensure_experiment(client, "placed", artifact_root=root)

    assert ensure_experiment(client, "placed", artifact_root=None) == created
    experiment = client.get_experiment(created)
    assert experiment.artifact_location == (root / "placed").as_uri()

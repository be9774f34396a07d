"""A small MLflow wrapper: one explicit client and run id, no global active-run state.

Explicit runs keep concurrent Dagster ops from logging into each other's run, the failure mode of
`mlflow.start_run` and of the legacy dagster-mlflow hook.
"""

from __future__ import annotations

import os
import time
from collections.abc import Mapping
from pathlib import Path

from mlflow.entities import Metric, Param, RunStatus
from mlflow.tracking import MlflowClient

from training.config import PROJECT_ROOT, TrackingSettings

DEFAULT_DB = PROJECT_ROOT / "var" / "mlflow" / "mlflow.db"


def resolve_tracking_uri(settings: TrackingSettings) -> str:
    """The config's URI, else `MLFLOW_TRACKING_URI`, else a SQLite file under `var/mlflow`.

    Returns:
        The URI; for a local SQLite store its folder has been created.
    """
    uri = (
        settings.tracking_uri or os.environ.get("MLFLOW_TRACKING_URI") or f"sqlite:///{DEFAULT_DB}"
    )
    if uri.startswith("sqlite:///"):
        Path(uri.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    return uri


class RunTracker:
    """Logs to one MLflow run."""

    def __init__(self, client: MlflowClient, run_id: str) -> None:
        self.client = client
        self.run_id = run_id

    def log_params(self, params: Mapping[str, object]) -> None:
        """Log flat params; values are stringified as MLflow stores them."""
        items = [Param(key, str(value)) for key, value in params.items()]
        for start in range(0, len(items), 100):  # MLflow caps a batch at 100 params
            self.client.log_batch(self.run_id, params=items[start : start + 100])

    def log_metrics(self, metrics: Mapping[str, float], step: int) -> None:
        """Log numeric metrics at a training step."""
        now = int(time.time() * 1000)
        batch = [Metric(key, float(value), now, step) for key, value in metrics.items()]
        self.client.log_batch(self.run_id, metrics=batch)

    def log_artifacts(self, local_dir: Path, artifact_path: str) -> None:
        """Copy a folder into the run's artefacts under `artifact_path`."""
        self.client.log_artifacts(self.run_id, str(local_dir), artifact_path)

    def end(self, *, succeeded: bool) -> None:
        """Close the run as FINISHED or FAILED."""
        status = RunStatus.FINISHED if succeeded else RunStatus.FAILED
        self.client.set_terminated(self.run_id, status=RunStatus.to_string(status))


def ensure_experiment(client: MlflowClient, name: str, *, artifact_root: Path | None) -> str:
    """The id of experiment `name`, created if missing.

    Args:
        client: Client bound to the tracking store.
        name: Experiment name.
        artifact_root: Folder for a local store's artefacts (the experiment's go to
            `artifact_root/name`); None lets the store choose, as a server does. Without it a
            local SQLite store would put them in `./mlruns` of whatever folder the caller ran in.
    """
    experiment = client.get_experiment_by_name(name)
    if experiment is not None:
        return str(experiment.experiment_id)
    location = (artifact_root / name).as_uri() if artifact_root is not None else None
    return str(client.create_experiment(name, artifact_location=location))


def start_run(settings: TrackingSettings, run_name: str, tags: Mapping[str, str]) -> RunTracker:
    """Open an MLflow run, creating the experiment (with a local artefact root) if needed.

    Args:
        settings: the config's `tracking` section.
        run_name: shown in the MLflow UI.
        tags: run tags, e.g. the dataset hash.

    Returns:
        A tracker bound to the new run; call `end` when done.
    """
    uri = resolve_tracking_uri(settings)
    client = MlflowClient(tracking_uri=uri)
    local_root = settings.artifact_root if uri.startswith("sqlite:") else None
    experiment_id = ensure_experiment(client, settings.experiment, artifact_root=local_root)
    run = client.create_run(experiment_id, run_name=run_name, tags=dict(tags))
    return RunTracker(client, run.info.run_id)

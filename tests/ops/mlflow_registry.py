"""A small MLflow registry for the backup tests, driven in a child process.

`python -m tests.ops.mlflow_registry create|describe TRACKING_URI ARTIFACT_DIR`. A child process,
because MLflow keeps its SQLAlchemy engines per URI for the life of a process: after the test
deletes and restores the database file, a cached engine could still read the deleted one.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from mlflow import MlflowClient

MODEL = "nexfitra-planner"


def create(client: MlflowClient, artifacts: Path) -> None:
    """Two registered versions of one model, each with a logged file; the second is champion."""
    experiment = client.create_experiment("backup-test", artifact_location=artifacts.as_uri())
    client.create_registered_model(MODEL)
    for version in (1, 2):
        run = client.create_run(experiment)
        run_id = run.info.run_id
        client.log_text(run_id, f"adapter weights {version}", "model/adapter.txt")
        client.log_metric(run_id, "validity", 0.9 + version / 100)
        client.set_terminated(run_id)
        client.create_model_version(MODEL, source=f"{run.info.artifact_uri}/model", run_id=run_id)
    client.set_registered_model_alias(MODEL, "champion", "2")


def describe(client: MlflowClient) -> dict[str, Any]:
    """Every registered model's aliases and versions, with each version's logged file."""
    models: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for model in client.search_registered_models():
            versions = {}
            for version in client.search_model_versions(f"name='{model.name}'"):
                local = client.download_artifacts(version.run_id, "model/adapter.txt", scratch)
                versions[version.version] = {
                    "run_id": version.run_id,
                    "source": version.source,
                    "file": Path(local).read_text(),
                    "validity": client.get_run(version.run_id).data.metrics["validity"],
                }
            models[model.name] = {"aliases": model.aliases, "versions": versions}
    return models


if __name__ == "__main__":
    command, uri, artifact_dir = sys.argv[1:]
    mlflow_client = MlflowClient(tracking_uri=uri, registry_uri=uri)
    if command == "create":
        create(mlflow_client, Path(artifact_dir))
    else:
        sys.stdout.write(json.dumps(describe(mlflow_client)) + "\n")

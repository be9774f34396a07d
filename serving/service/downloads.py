"""Registry versions for serving: what an alias points at, and one download per version."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from mlflow import MlflowClient
from mlflow.exceptions import MlflowException
from mlflow.protos.databricks_pb2 import RESOURCE_DOES_NOT_EXIST, ErrorCode

COMPLETE = ".complete"
"""Written last into a downloaded folder: without it the folder is fetched again."""


@dataclass(frozen=True)
class VersionRef:
    """What an alias points at."""

    version: str
    run_id: str


def alias_versions(
    client: MlflowClient, registered_model: str, aliases: Iterable[str]
) -> dict[str, VersionRef]:
    """The version each of `aliases` points at; an alias that is not set is left out, and a
    model never registered has none.

    Raises:
        MlflowException: The registry could not be asked.
    """
    try:
        model = client.get_registered_model(registered_model)
    except MlflowException as error:
        if error.error_code == ErrorCode.Name(RESOURCE_DOES_NOT_EXIST):
            return {}
        raise
    found = {}
    for alias in aliases:
        version = model.aliases.get(alias)
        if version is not None:
            details = client.get_model_version(registered_model, str(version))
            found[alias] = VersionRef(str(version), str(details.run_id))
    return found


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def download_once(client: MlflowClient, run_id: str, paths: list[str], target: Path) -> Path:
    """A run's artefacts in `target`, downloaded once (atomically, by rename).

    Each of `paths` lands in `target` under its last part (`model/onnx` as `target/onnx`); a
    `target` holding the completion marker is used as it is, across restarts.
    """
    if (target / COMPLETE).is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        staging = Path(tmp) / "build"
        staging.mkdir()
        for path in paths:
            client.download_artifacts(run_id, path, str(staging))
        (staging / COMPLETE).touch()
        shutil.rmtree(target, ignore_errors=True)
        staging.rename(target)
    return target

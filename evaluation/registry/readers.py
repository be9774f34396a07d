"""The dedicated notes reader in the registry: versions of `nexfitra-notes-reader`.

A version's source is its evaluation run's `reader/` folder (encoder, tokenizer, head, training
manifest), so what was measured is what is registered, and serving downloads `reader/` from the
version's run. The champion's metrics are that run's metrics, which the reader gate compares with.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

from mlflow import MlflowClient
from mlflow.exceptions import MlflowException

from domain.plan.reading_head import ENCODER_FILE, HEAD_FILE, READER_ARTEFACT, REGISTERED_READER
from evaluation.registry.aliases import RegistryError
from evaluation.registry.names import CHAMPION
from evaluation.registry.versions import ensure_registered_model, eval_tags

logger = logging.getLogger(__name__)

REQUIRED_FILES = (ENCODER_FILE, HEAD_FILE)
"""What serving cannot load a reader without."""


def register_reader(
    client: MlflowClient,
    run_id: str,
    *,
    metrics: Mapping[str, float],
    tags: Mapping[str, str] | None = None,
    name: str = REGISTERED_READER,
) -> str:
    """Register the `reader/` folder of an evaluation run as a new version of `name`.

    Args:
        client: Client bound to the tracking and registry stores.
        run_id: The evaluation run holding the reader folder under `READER_ARTEFACT`.
        metrics: The run's evaluation metrics, put on the version as `eval.<metric>` tags.
        tags: Further version tags (e.g. the training profile).
        name: Registered model name.

    Returns:
        The new version's number.

    Raises:
        RegistryError: If the run's `reader/` folder lacks a file serving needs.
    """
    logged = {
        artefact.path.rsplit("/", 1)[-1]
        for artefact in client.list_artifacts(run_id, READER_ARTEFACT)
    }
    missing = [file for file in REQUIRED_FILES if file not in logged]
    if missing:
        raise RegistryError(f"run {run_id} has no {missing} under `{READER_ARTEFACT}/`")
    ensure_registered_model(client, name, description="NexFitra dedicated notes readers")
    source = f"{client.get_run(run_id).info.artifact_uri}/{READER_ARTEFACT}"
    version = client.create_model_version(
        name, source=source, run_id=run_id, tags={**eval_tags(metrics), **(tags or {})}
    )
    logger.info("registered %s version %s from run %s", name, version.version, run_id)
    return str(version.version)


def _champion(client: MlflowClient, name: str) -> tuple[str, str] | None:
    """The version `@champion` points at and its run, or None without one.

    Raises:
        RegistryError: If the champion version has no source run.
    """
    try:
        champion = client.get_model_version_by_alias(name, CHAMPION)
    except MlflowException:  # no registered model or no champion yet
        return None
    if not champion.run_id:
        raise RegistryError(f"{name} version {champion.version} (@{CHAMPION}) has no run")
    return str(champion.version), champion.run_id


def champion_reader_metrics(
    client: MlflowClient, *, name: str = REGISTERED_READER
) -> tuple[str, dict[str, float]] | None:
    """The champion reader's version and the metrics its run logged, or None without one.

    Raises:
        RegistryError: If the champion version has no source run.
    """
    champion = _champion(client, name)
    if champion is None:
        return None
    version, run_id = champion
    return version, dict(client.get_run(run_id).data.metrics)


def download_champion_reader(
    client: MlflowClient, dest: Path, *, name: str = REGISTERED_READER
) -> tuple[str, Path] | None:
    """The champion reader's version and its folder, downloaded under `dest` as serving does.

    Returns:
        The version and `<dest>/v<version>/reader`, or None without a champion; a folder
        already there is reused.

    Raises:
        RegistryError: If the champion version has no source run.
    """
    champion = _champion(client, name)
    if champion is None:
        return None
    version, run_id = champion
    folder = dest / f"v{version}"
    if not (folder / READER_ARTEFACT / HEAD_FILE).is_file():
        folder.mkdir(parents=True, exist_ok=True)
        client.download_artifacts(run_id, READER_ARTEFACT, str(folder))
    return version, folder / READER_ARTEFACT

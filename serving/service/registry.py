"""Watch the MLflow registry's aliases and hot-swap the builds they point at.

Every poll resolves `@champion` and `@challenger`. A version not loaded yet is downloaded
(`model/onnx` and `model/manifest.json` of its run), checked and loaded in the watcher's thread,
and only then swapped in; requests in flight finish on the model they started with. An
unreachable registry keeps the last good models; a build that is corrupt or was trained on another
prompt format is refused (and not tried again) while the previous model stays. With no champion
at all the reference planner serves.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from mlflow import MlflowClient

from domain.api.serving import Variant
from domain.prompt import PROMPT_FORMAT_VERSION
from serving.service.downloads import VersionRef, alias_versions, download_once, now
from serving.service.metrics import ServingMetrics
from serving.service.reader_registry import RegisteredReader
from serving.service.variants import LiveModel, LiveVariants

logger = logging.getLogger(__name__)

ALIASES = (Variant.champion, Variant.challenger)
ARTEFACT_ROOT = "model"
MANIFEST = "manifest.json"
RETRY_SECONDS = 2.0


class RefusedBuild(Exception):
    """A registry version serving will not run: corrupt, incomplete or incompatible."""


LoadBuild = Callable[[Variant, Path, dict[str, Any]], LiveModel]
"""Turns a downloaded build (`onnx/` beside `manifest.json`) into a live model, or raises."""


class RegistryWatcher:
    """Keeps `live` in step with the registry's aliases.

    Args:
        client: Makes the registry client, on the first poll: a store that cannot be opened
            then counts as unreachable instead of failing the process's start.
        registered_model: Name of the registered model.
        cache_dir: Where builds are downloaded, one folder per version (kept across restarts).
        load: Loads a checked build (see `LoadBuild`).
        reference: The reference planner's live model, always present.
        metrics: Serving's metrics.
        reader: Follows the registered notes reader in the same polls; None: not followed
            (no reader, or one pinned to a folder).
    """

    def __init__(
        self,
        client: Callable[[], MlflowClient],
        *,
        registered_model: str,
        cache_dir: Path,
        load: LoadBuild,
        reference: LiveModel,
        metrics: ServingMetrics,
        reader: RegisteredReader | None = None,
    ) -> None:
        self.make_client = client
        self.reader = reader
        self._client: MlflowClient | None = None
        self.registered_model = registered_model
        self.cache_dir = cache_dir
        self.load = load
        self.metrics = metrics
        self.live = LiveVariants(reference=reference)
        self.last_refresh: str | None = None
        self.last_refresh_failed = False
        self.last_error: str | None = None
        self.refused: dict[str, str] = {}
        self._refreshing = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def refresh(self) -> LiveVariants:
        """One poll: resolve the aliases, load what changed, swap. Never raises.

        Returns:
            The live variants after the poll.
        """
        with self._refreshing:
            try:
                aliases = self._aliases()
                refused_reader = self.reader.refresh(self.client) if self.reader else None
            except Exception as error:  # any store failure: keep the last good models
                self.last_refresh_failed = True
                self._failed("unreachable", f"registry unreachable: {error}")
                return self.live
            self.last_refresh_failed = False
            self.last_error = None  # from now on, only what this poll finds wrong
            if refused_reader is not None:
                self._failed("refused", refused_reader)
            elif self.reader is not None and self.reader.problem is not None:
                self.last_error = self.reader.problem  # still what the alias points at
            live = self.live
            for variant in ALIASES:
                live = self._resolve(live, variant, aliases.get(variant))
            self._swap(live)
            self.last_refresh = now()
            return self.live

    @property
    def client(self) -> MlflowClient:
        if self._client is None:
            self._client = self.make_client()
        return self._client

    def start(self, poll_seconds: float) -> None:
        """Poll now, then every `poll_seconds`, in a daemon thread until `stop`; after a failed
        poll, sooner (from 2 s, doubling), so a registry that starts late is found quickly."""

        def loop() -> None:
            retry = RETRY_SECONDS
            while True:
                self.refresh()
                if self.last_refresh_failed:
                    wait, retry = min(retry, poll_seconds), retry * 2
                else:
                    wait, retry = poll_seconds, RETRY_SECONDS
                if self._stop.wait(wait):
                    return

        self._thread = threading.Thread(target=loop, name="registry-watcher", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def _aliases(self) -> dict[Variant, VersionRef]:
        """Nothing registered yet: empty, and the reference planner serves."""
        found = alias_versions(self.client, self.registered_model, map(str, ALIASES))
        return {Variant(alias): ref for alias, ref in found.items()}

    def _resolve(
        self, live: LiveVariants, variant: Variant, ref: VersionRef | None
    ) -> LiveVariants:
        current = live.get(variant)
        if ref is None:
            if current is not None:
                logger.info("@%s removed: version %s no longer served", variant, current.version)
            return live.with_model(variant, None)
        if current is not None and current.version == ref.version:
            return live
        other = live.get(Variant.challenger if variant is Variant.champion else Variant.champion)
        if other is not None and other.version == ref.version:  # promoted: reuse the load
            moved = replace(other, variant=variant)  # same engine, same lock
            return live.with_model(variant, moved)
        if ref.version in self.refused:  # still what the alias points at: still worth saying
            self.last_error = self.refused[ref.version]
            return live
        try:
            model = self._load(variant, ref)
        except Exception as error:  # a corrupt build can fail anywhere, native code included
            reason = f"version {ref.version} refused for @{variant}: {error}"
            self.refused[ref.version] = reason
            self._failed("refused", reason)
            return live
        self.metrics.registry_events.labels("loaded").inc()
        logger.info("@%s now serves version %s", variant, ref.version)
        return live.with_model(variant, model)

    def _load(self, variant: Variant, ref: VersionRef) -> LiveModel:
        build = self._download(ref)
        manifest = json.loads((build / MANIFEST).read_text())
        trained_on = manifest.get("prompt_format_version")
        if trained_on != PROMPT_FORMAT_VERSION:
            raise RefusedBuild(
                f"trained on prompt format {trained_on}, serving writes {PROMPT_FORMAT_VERSION}"
            )
        if not (build / "onnx" / "genai_config.json").is_file():
            raise RefusedBuild("the version has no ONNX build (model/onnx/genai_config.json)")
        model = self.load(variant, build, manifest)
        return replace(model, version=ref.version, run_id=ref.run_id, loaded_at=now())

    def _download(self, ref: VersionRef) -> Path:
        target = self.cache_dir / f"{self.registered_model}-v{ref.version}"
        paths = [f"{ARTEFACT_ROOT}/{part}" for part in ("onnx", MANIFEST)]
        return download_once(self.client, ref.run_id, paths, target)

    def _swap(self, live: LiveVariants) -> None:
        if live is self.live:
            return
        self.live = live
        self.metrics.model_info.clear()
        for variant in ALIASES:
            model = live.get(variant)
            if model is not None and model.version is not None:
                self.metrics.model_info.labels(str(variant), model.version).set(1)

    def _failed(self, outcome: str, message: str) -> None:
        self.last_error = message
        self.metrics.registry_events.labels(outcome).inc()
        logger.warning(message)

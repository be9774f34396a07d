"""The serving ASGI app (`uvicorn serving.main:app`): engine, registry watcher, lane, metrics."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from mlflow import MlflowClient
from prometheus_client import CollectorRegistry
from prometheus_fastapi_instrumentator import Instrumentator

from catalogs.store import load_catalog
from domain.api.serving import API_VERSION, Variant
from domain.catalog import Catalog
from serving.engine import PlanEngine
from serving.engine.head_reader import HeadNotesReader
from serving.engine.reader import ReaderSlot
from serving.engine.runtimes.ort import OnnxRuntime
from serving.service.api.errors import install_error_handlers
from serving.service.api.routes import health, models, plans, reading
from serving.service.lane import ModelLane
from serving.service.metrics import ServingMetrics
from serving.service.planning import PlanningService
from serving.service.reader_registry import RegisteredReader
from serving.service.registry import LoadBuild, RegistryWatcher
from serving.service.router import ABRouter
from serving.service.settings import ServingSettings, get_settings
from serving.service.variants import LiveModel

logger = logging.getLogger(__name__)

SMOKE_NOTE = "I train with dumbbells at home."
"""Read once by every build before it is swapped in: a build that cannot run fails here."""


def build_loader(
    catalog: Catalog, settings: ServingSettings, notes_reader: ReaderSlot | None
) -> LoadBuild:
    """Loads a registry build into an engine and runs one reading through it."""

    def load(variant: Variant, build: Path, manifest: dict[str, Any]) -> LiveModel:
        runtime = OnnxRuntime(build / "onnx", name=str(variant))
        engine = PlanEngine(
            catalog,
            runtime,
            seed=settings.seed,
            reading_cache=settings.reading_cache,
            notes_reader=notes_reader,
        )
        engine.read(SMOKE_NOTE)
        precision = manifest.get("onnx_precision")
        return LiveModel(variant, engine, onnx_precision=str(precision) if precision else None)

    return load


def notes_reader_of(settings: ServingSettings) -> tuple[ReaderSlot, RegisteredReader | None]:
    """The slot every engine reads through, and what keeps it in step with the registry.

    A pinned folder (`SERVING_NOTES_READER`) fills the slot for good; otherwise the registered
    reader's `@champion` fills it once the watcher finds one (None: nothing is followed).
    """
    folder = settings.notes_reader_dir
    if folder is not None:
        logger.info("notes are read by the dedicated reader pinned in %s", folder)
        return ReaderSlot(HeadNotesReader.load(folder), f"folder {folder}"), None
    slot = ReaderSlot()
    if not settings.notes_reader_model:
        return slot, None
    followed = RegisteredReader(
        slot, registered_model=settings.notes_reader_model, cache_dir=settings.model_cache_dir
    )
    return slot, followed


def build_service(settings: ServingSettings, metrics: ServingMetrics) -> PlanningService:
    """Everything a request needs, from settings; the watcher is not started."""
    catalog = load_catalog(settings.data_dir)
    notes_reader, followed = notes_reader_of(settings)
    reference = LiveModel(
        Variant.reference,
        PlanEngine(catalog, None, seed=settings.seed, notes_reader=notes_reader),
    )
    uri = settings.mlflow_tracking_uri
    watcher = RegistryWatcher(
        lambda: MlflowClient(uri, registry_uri=uri),
        registered_model=settings.registered_model,
        cache_dir=settings.model_cache_dir,
        load=build_loader(catalog, settings, notes_reader),
        reference=reference,
        metrics=metrics,
        reader=followed,
    )
    lane = ModelLane(
        concurrency=settings.max_concurrency,
        max_queue=settings.max_queue,
        timeout=settings.queue_timeout_seconds,
        metrics=metrics,
    )
    router = ABRouter(settings.experiment, settings.challenger_weight)
    return PlanningService(watcher=watcher, router=router, lane=lane, metrics=metrics)


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Build the service; the watcher loads the champion in its own thread, so /healthz
    answers at once and /readyz once the registry was asked."""
    settings = get_settings()
    service = build_service(settings, app.state.metrics)
    app.state.service = service
    service.watcher.start(settings.registry_poll_seconds)
    try:
        yield
    finally:
        service.watcher.stop()
        service.lane.close()


def create_app() -> FastAPI:
    """The FastAPI application; reads nothing from the environment until it starts."""
    app = FastAPI(
        title="NexFitra serving",
        version=API_VERSION,
        lifespan=lifespan,
        description="Plans from the registered champion and challenger, A/B routed.",
    )
    registry = CollectorRegistry()
    app.state.metrics = ServingMetrics(registry)
    Instrumentator(registry=registry, excluded_handlers=["/metrics"]).instrument(app).expose(
        app, include_in_schema=False
    )
    install_error_handlers(app)
    for module in (plans, reading, models, health):
        app.include_router(module.router)
    return app

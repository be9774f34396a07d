"""Live models, services and apps for serving tests, on the domain's small test catalog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from fastapi import FastAPI
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException
from prometheus_client import CollectorRegistry

from domain.api.serving import Variant
from domain.catalog import Catalog
from serving.engine import PlanEngine
from serving.service.app import create_app
from serving.service.lane import ModelLane
from serving.service.metrics import ServingMetrics
from serving.service.planning import PlanningService
from serving.service.registry import LoadBuild, RegistryWatcher
from serving.service.router import ABRouter
from serving.service.variants import LiveModel, LiveVariants
from tests.evaluation.factories import CATALOG, reference_text
from tests.serving.fakes import ScriptedRuntime

PROFILE: dict[str, Any] = {
    "sex": "female",
    "age": 35,
    "height_cm": 165,
    "weight_kg": 70,
    "goal": "maintain",
    "activity_level": "moderate",
    "experience": "intermediate",
    "days_per_week": 3,
}


def order(user: str = "u1", **fields: Any) -> dict[str, Any]:
    """A `PlanOrder` body for the default profile (the test catalog plans it)."""
    body: dict[str, Any] = {"user": {"id": user}, "profile": dict(PROFILE), "notes": ""}
    body.update(fields)
    return body


def scripted(
    variant: Variant, version: str, draft: Callable[[str], str] | None = None, **kwargs: Any
) -> LiveModel:
    """A live model whose runtime writes `draft(user message)` (a valid draft by default)."""
    runtime = ScriptedRuntime(str(variant), draft or (lambda _: reference_text()), **kwargs)
    return LiveModel(variant, PlanEngine(CATALOG, runtime), version=version, run_id="run")


def reference_model(catalog: Catalog = CATALOG) -> LiveModel:
    return LiveModel(Variant.reference, PlanEngine(catalog, None))


def unused_loader(variant: Variant, build: Path, manifest: dict[str, Any]) -> LiveModel:
    raise AssertionError("this test loads no build")


def unreachable(*_: object) -> None:
    """Stands in for a registry call when the store does not answer."""
    raise MlflowException("API request failed: connection refused")


def make_watcher(
    client: MlflowClient | None = None,
    *,
    load: LoadBuild = unused_loader,
    cache_dir: Path = Path("/nonexistent"),
    registered_model: str = "nexfitra-planner",
) -> RegistryWatcher:

    return RegistryWatcher(
        lambda: client or cast(MlflowClient, object()),  # None: tests that set `live` directly
        registered_model=registered_model,
        cache_dir=cache_dir,
        load=load,
        reference=reference_model(),
        metrics=ServingMetrics(CollectorRegistry()),
    )


def make_app(
    live: LiveVariants | None = None,
    *,
    challenger_weight: float = 0.5,
    concurrency: int = 1,
    max_queue: int = 8,
    timeout: float = 30.0,
) -> FastAPI:
    """The real app with a service around `live` (lifespan not run: no registry, no thread)."""
    app = create_app()
    metrics = app.state.metrics
    watcher = make_watcher()
    watcher.metrics = metrics
    watcher.live = live or LiveVariants(reference=reference_model())
    lane = ModelLane(concurrency=concurrency, max_queue=max_queue, timeout=timeout, metrics=metrics)
    router = ABRouter("test-ab", challenger_weight)
    app.state.service = PlanningService(watcher=watcher, router=router, lane=lane, metrics=metrics)
    return app

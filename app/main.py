"""The ASGI app (`uvicorn app.main:app`): settings, engine and migrations load in the lifespan."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from asgi_correlation_id import CorrelationIdMiddleware
from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool

from app.api.deps import API_PREFIX
from app.api.errors import install_error_handlers
from app.api.main import api_router
from app.api.middleware import BodySizeLimitMiddleware
from app.api.routes import health, web
from app.core.config import get_settings
from app.core.db import make_engine, upgrade_to_head
from app.core.logs import REQUEST_ID_HEADER, configure_logging
from app.core.metrics import instrument
from app.services.catalog import CatalogProvider
from app.services.throttle import LoginThrottle
from app.worker import QUEUE, Workers, build_runner, is_sqlite, queue_probe, serving_client

# How long shutdown waits for the embedded workers' jobs in hand; one cut off is claimed again
# when its lease runs out.
EMBEDDED_STOP_SECONDS = 10.0


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Build the engine, bring the schema to head, share per-process state, start workers."""
    settings = get_settings()
    configure_logging(settings.log_level)
    engine = make_engine(settings.database_url)
    if settings.run_migrations:
        await run_in_threadpool(upgrade_to_head, engine)
    app.state.settings = settings
    app.state.engine = engine
    app.state.login_throttle = LoginThrottle(
        max_failures=settings.login_max_failures, window_seconds=settings.login_window_seconds
    )
    app.state.catalog_provider = CatalogProvider(settings.data_dir)
    # For reads a request waits on (the models in service); plans go through the job queue.
    app.state.serving_client = serving_client(settings)
    app.state.queue_metrics.register(QUEUE, queue_probe(engine))
    workers = None
    if settings.embedded_worker:
        threads = 1 if is_sqlite(engine) else settings.worker_threads
        workers = Workers(
            build_runner(engine, settings),
            threads=threads,
            poll_seconds=settings.worker_poll_seconds,
        )
        workers.start()
    try:
        yield
    finally:
        if workers is not None:
            await run_in_threadpool(workers.stop, EMBEDDED_STOP_SECONDS)
        app.state.serving_client.close()
        engine.dispose()


def create_app() -> FastAPI:
    """The FastAPI application; reads nothing from the environment until it starts."""
    app = FastAPI(
        title="NexFitra API",
        version="1.0.0",
        lifespan=lifespan,
        openapi_url=f"{API_PREFIX}/openapi.json",
    )
    app.add_middleware(
        BodySizeLimitMiddleware, max_bytes=lambda: int(app.state.settings.max_body_bytes)
    )
    install_error_handlers(app)
    app.include_router(health.router)
    app.include_router(api_router, prefix=API_PREFIX)
    app.state.queue_metrics = instrument(app)
    # Last: its catch-all path must not shadow any route above (/metrics included).
    app.include_router(web.router)
    # Added last, so outermost: even a 413 from the body limit carries the request id.
    app.add_middleware(CorrelationIdMiddleware, header_name=REQUEST_ID_HEADER)
    return app


app = create_app()

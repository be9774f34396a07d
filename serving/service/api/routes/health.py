"""Liveness and readiness for orchestrators."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from serving.service.api.deps import WatcherDep

router = APIRouter(tags=["health"])


@router.get("/healthz")
def healthz() -> dict[str, str]:
    """The process answers."""
    return {"status": "ok"}


@router.get("/readyz", response_model=None)
def readyz(watcher: WatcherDep) -> JSONResponse:
    """Ready once the registry was asked once: then the champion, or the reference, answers."""
    if watcher.last_refresh is None and watcher.last_error is None:
        return JSONResponse({"status": "starting"}, status_code=503)
    return JSONResponse({"status": "ready", "last_error": watcher.last_error})

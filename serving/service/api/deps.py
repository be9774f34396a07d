"""Request dependencies: the planning service and the watcher, from the app's state."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from serving.service.planning import PlanningService
from serving.service.registry import RegistryWatcher


def _service(request: Request) -> PlanningService:
    service: PlanningService = request.app.state.service
    return service


def _watcher(request: Request) -> RegistryWatcher:
    watcher: RegistryWatcher = request.app.state.service.watcher
    return watcher


ServiceDep = Annotated[PlanningService, Depends(_service)]
WatcherDep = Annotated[RegistryWatcher, Depends(_watcher)]

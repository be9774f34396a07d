"""The notes reading alone, so the app can show the user what was understood."""

from __future__ import annotations

from fastapi import APIRouter

from domain.api.serving import ReadOrder, ReadResponse
from serving.service.api.deps import ServiceDep
from serving.service.api.routes.plans import ERRORS

router = APIRouter(tags=["reading"])


@router.post("/v1/read", response_model=ReadResponse, responses=ERRORS)
async def read_notes(order: ReadOrder, service: ServiceDep) -> ReadResponse:
    """The constraints the model reads in free-text notes (allergies, diet, equipment, injuries)."""
    return await service.read(order)

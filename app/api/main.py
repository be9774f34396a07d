"""The versioned API router: one sub-router per resource."""

from __future__ import annotations

from fastapi import APIRouter

from app.api.routes import (
    admin,
    auth,
    catalog,
    expenditure,
    experiments,
    feedback,
    grocery,
    me,
    meals,
    notes,
    plans,
    profile,
    progress,
    targets,
    weights,
    workouts,
)

api_router = APIRouter()
for module in (
    auth,
    me,
    profile,
    targets,
    weights,
    workouts,
    meals,
    progress,
    plans,
    notes,
    feedback,
    grocery,
    expenditure,
    admin,
    catalog,
    experiments,
):
    api_router.include_router(module.router)

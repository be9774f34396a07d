"""The versioned API router: one sub-router per resource."""

from __future__ import annotations

from fastapi import APIRouter

from app.api.routes import (
    admin,
    auth,
    catalog,
    me,
    meals,
    profile,
    progress,
    targets,
    weights,
    workouts,
)

api_router = APIRouter()
for module in (auth, me, profile, targets, weights, workouts, meals, progress, admin, catalog):
    api_router.include_router(module.router)

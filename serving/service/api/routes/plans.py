"""Plans: a week of training and meals, or the meals alone for renewals."""

from __future__ import annotations

from fastapi import APIRouter

from domain.api.serving import InfeasibleBody, MealPlanResponse, PlanOrder, PlanResponse
from serving.service.api.deps import ServiceDep

router = APIRouter(tags=["plans"])

ERRORS: dict[int | str, dict[str, object]] = {
    403: {"description": "`model` given by a role that may not choose"},
    409: {"description": "the forced variant has no live model"},
    422: {"model": InfeasibleBody, "description": "bad input, or no plan can meet the constraints"},
    429: {"description": "queue full; see Retry-After"},
    503: {"description": "no lane freed up in time; see Retry-After"},
}


@router.post("/v1/plans", response_model=PlanResponse, responses=ERRORS)
async def create_plan(order: PlanOrder, service: ServiceDep) -> PlanResponse:
    """A weekly workout schedule and meal plan for a profile, its targets and notes."""
    return await service.plan(order)


@router.post("/generate-plan", response_model=PlanResponse, responses=ERRORS)
async def generate_plan(order: PlanOrder, service: ServiceDep) -> PlanResponse:
    """Alias of `POST /v1/plans`, under the name the original plan gave it."""
    return await service.plan(order)


@router.post("/v1/plans/meals", response_model=MealPlanResponse, responses=ERRORS)
async def create_meal_plan(order: PlanOrder, service: ServiceDep) -> MealPlanResponse:
    """The week's meals alone, for renewals after a weight or height change."""
    return await service.meals(order)

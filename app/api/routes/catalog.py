"""Food and exercise catalog search."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from app.api.deps import MAX_PAGE_SIZE, CatalogProviderDep
from app.schemas.catalog import ExercisesPublic, FoodsPublic
from app.services.errors import NotFoundError
from domain.catalog import Food, Muscle
from domain.profile import Equipment, Experience

router = APIRouter(tags=["catalog"])

Page = Annotated[int, Query(ge=1, le=100_000, description="1-based page number")]
PageSize = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)]
Text = Annotated[str | None, Query(max_length=100)]


@router.get("/foods")
def search_foods(
    catalog: CatalogProviderDep,
    q: Text = None,
    group: Text = None,
    page: Page = 1,
    page_size: PageSize = 20,
) -> FoodsPublic:
    """Search foods by name words and food group (nutrients per 100 g)."""
    found = catalog.get().search_foods(
        q=q, group=group, offset=(page - 1) * page_size, limit=page_size
    )
    return FoodsPublic(data=list(found.items), count=found.total, page=page, page_size=page_size)


@router.get("/foods/{food_id}")
def read_food(food_id: str, catalog: CatalogProviderDep) -> Food:
    """Read one food by its USDA NDB number."""
    food = catalog.get().foods_by_id.get(food_id)
    if food is None:
        raise NotFoundError(f"food {food_id!r} not found")
    return food


@router.get("/exercises")
def search_exercises(
    catalog: CatalogProviderDep,
    q: Text = None,
    muscle: Muscle | None = None,
    equipment: Equipment | None = None,
    level: Experience | None = None,
    page: Page = 1,
    page_size: PageSize = 20,
) -> ExercisesPublic:
    """Search exercises by name words, muscle, equipment and level."""
    found = catalog.get().search_exercises(
        q=q,
        muscle=muscle,
        equipment=equipment,
        level=level,
        offset=(page - 1) * page_size,
        limit=page_size,
    )
    return ExercisesPublic(
        data=list(found.items), count=found.total, page=page, page_size=page_size
    )

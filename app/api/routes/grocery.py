"""The current user's grocery list."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Annotated

from fastapi import APIRouter, Query

from app.api.deps import CatalogProviderDep, CurrentUser, SessionDep
from app.schemas.grocery import GroceryPublic
from app.services.grocery import grocery_list
from app.services.plans import require_current
from domain.plan.schemas import Plan

router = APIRouter(prefix="/me", tags=["grocery"])
WEEK = 7


@router.get("/grocery")
def read_grocery(
    user: CurrentUser,
    session: SessionDep,
    catalog: CatalogProviderDep,
    date_from: Annotated[
        date | None, Query(alias="from", description="first day, inclusive (default today)")
    ] = None,
    date_to: Annotated[
        date | None, Query(alias="to", description="last day, inclusive (default a week on)")
    ] = None,
) -> GroceryPublic:
    """The current plan's foods over a date range, per food in grams and household units."""
    start = date_from or date.today()
    end = date_to or start + timedelta(days=WEEK - 1)
    row = require_current(session=session, user_id=user.id)
    return grocery_list(
        version=row.version,
        plan=Plan.model_validate(row.plan),
        start=start,
        end=end,
        catalog=catalog.get,
    )

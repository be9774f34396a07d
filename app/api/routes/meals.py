"""The current user's meal log."""

from __future__ import annotations

from fastapi import APIRouter, status

from app.api.deps import CatalogProviderDep, CipherDep, CurrentUser, DatePageDep, RowId, SessionDep
from app.schemas.logs import MealCreate, MealPublic, MealsPublic, MealUpdate
from app.services import meals

router = APIRouter(prefix="/me/meals", tags=["meals"])


@router.post("", status_code=status.HTTP_201_CREATED)
def log_meal(
    body: MealCreate,
    user: CurrentUser,
    session: SessionDep,
    cipher: CipherDep,
    catalog: CatalogProviderDep,
) -> MealPublic:
    """Log a catalog food by grams, or a free-form meal with its macros."""
    row = meals.log_meal(
        session=session,
        user_id=user.id,
        fields=body.model_dump(exclude_none=True),
        cipher=cipher,
        catalog=catalog.get,
    )
    return MealPublic.from_row(row, cipher)


@router.get("")
def list_meals(
    user: CurrentUser, session: SessionDep, cipher: CipherDep, page: DatePageDep
) -> MealsPublic:
    """List logged meals, newest first."""
    rows, count = meals.list_meals(session=session, user_id=user.id, page=page)
    return MealsPublic(data=[MealPublic.from_row(row, cipher) for row in rows], count=count)


@router.get("/{meal_id}")
def read_meal(
    meal_id: RowId, user: CurrentUser, session: SessionDep, cipher: CipherDep
) -> MealPublic:
    """Read one logged meal."""
    return MealPublic.from_row(
        meals.get_meal(session=session, user_id=user.id, meal_id=meal_id), cipher
    )


@router.patch("/{meal_id}")
def update_meal(
    meal_id: RowId,
    body: MealUpdate,
    user: CurrentUser,
    session: SessionDep,
    cipher: CipherDep,
    catalog: CatalogProviderDep,
) -> MealPublic:
    """Change a logged meal; new grams of a catalog food recompute its macros."""
    row = meals.update_meal(
        session=session,
        user_id=user.id,
        meal_id=meal_id,
        changes=body.model_dump(exclude_unset=True),
        cipher=cipher,
        catalog=catalog.get,
    )
    return MealPublic.from_row(row, cipher)


@router.delete("/{meal_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_meal(meal_id: RowId, user: CurrentUser, session: SessionDep) -> None:
    """Delete a logged meal."""
    meals.delete_meal(session=session, user_id=user.id, meal_id=meal_id)

"""The meal log: catalog foods (macros from the catalog per 100 g) or free-form entries."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from app.core.crypto import Cipher
from app.models import Meal
from app.services.errors import InvalidRequestError
from app.services.owned import DatePage, apply_changes, get_owned, list_owned
from domain.catalog import Catalog, Food

MACROS = ("kcal", "protein_g", "carbs_g", "fat_g")
_REQUIRED = frozenset({"eaten_on", "name", "grams", *MACROS})


def macros_for(food: Food, grams: float) -> dict[str, float]:
    """Macros of `grams` of a food whose nutrients are given per 100 g."""
    return {name: round(getattr(food, name) * grams / 100, 2) for name in MACROS}


def _food(catalog: Catalog, food_id: str) -> Food:
    food = catalog.foods_by_id.get(food_id)
    if food is None:
        raise InvalidRequestError(f"food_id {food_id!r} is not in the food catalog")
    return food


def log_meal(
    *,
    session: Session,
    user_id: int,
    fields: dict[str, Any],
    cipher: Cipher,
    catalog: Callable[[], Catalog],
) -> Meal:
    """Store a meal; for a catalog food, name and macros come from the catalog.

    `catalog` is called only for catalog foods, so free-form meals work without catalog data.

    Raises:
        InvalidRequestError: `food_id` is not in the catalog.
    """
    notes = cipher.encrypt(fields.pop("notes", None))
    if fields.get("food_id") is not None:
        food = _food(catalog(), fields["food_id"])
        fields.update(name=food.name, **macros_for(food, fields["grams"]))
    row = Meal(user_id=user_id, notes_encrypted=notes, **fields)
    session.add(row)
    session.commit()
    return row


def get_meal(*, session: Session, user_id: int, meal_id: int) -> Meal:
    return get_owned(session=session, model=Meal, user_id=user_id, row_id=meal_id)


def list_meals(*, session: Session, user_id: int, page: DatePage) -> tuple[list[Meal], int]:
    return list_owned(session=session, model=Meal, user_id=user_id, day=Meal.eaten_on, page=page)


def update_meal(
    *,
    session: Session,
    user_id: int,
    meal_id: int,
    changes: dict[str, Any],
    cipher: Cipher,
    catalog: Callable[[], Catalog],
) -> Meal:
    """Patch a meal; changing the grams of a catalog meal recomputes its macros.

    Raises:
        InvalidRequestError: macros or a name sent for a catalog meal, or grams for a free one.
    """
    row = get_meal(session=session, user_id=user_id, meal_id=meal_id)
    if row.food_id is not None:
        derived = sorted(name for name in ("name", *MACROS) if name in changes)
        if derived:
            raise InvalidRequestError(
                f"{derived} of a catalog meal come from its food; change grams instead"
            )
        if changes.get("grams") is not None:
            changes.update(macros_for(_food(catalog(), row.food_id), changes["grams"]))
    elif "grams" in changes:
        raise InvalidRequestError("grams applies only to catalog meals (food_id)")
    if "notes" in changes:
        changes["notes_encrypted"] = cipher.encrypt(changes.pop("notes"))
    apply_changes(row, changes, required=_REQUIRED)
    session.commit()
    return row


def delete_meal(*, session: Session, user_id: int, meal_id: int) -> None:
    session.delete(get_meal(session=session, user_id=user_id, meal_id=meal_id))
    session.commit()

"""The body-weight log: the weight rows of the body-metrics history."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from app.models import BodyMetric
from app.services.owned import DatePage, apply_changes, get_owned, list_owned

_HAS_WEIGHT = (BodyMetric.weight_kg.is_not(None),)


def log_weight(
    *, session: Session, user_id: int, weight_kg: float, measured_on: date
) -> BodyMetric:
    """Append a weight; the latest one is the profile's current weight, so targets follow."""
    row = BodyMetric(user_id=user_id, weight_kg=weight_kg, measured_on=measured_on)
    session.add(row)
    session.commit()
    return row


def get_weight(*, session: Session, user_id: int, weight_id: int) -> BodyMetric:
    return get_owned(
        session=session, model=BodyMetric, user_id=user_id, row_id=weight_id, where=_HAS_WEIGHT
    )


def list_weights(*, session: Session, user_id: int, page: DatePage) -> tuple[list[BodyMetric], int]:
    return list_owned(
        session=session,
        model=BodyMetric,
        user_id=user_id,
        day=BodyMetric.measured_on,
        page=page,
        where=_HAS_WEIGHT,
    )


def update_weight(
    *, session: Session, user_id: int, weight_id: int, changes: dict[str, Any]
) -> BodyMetric:
    """Correct a logged weight or its date."""
    row = get_weight(session=session, user_id=user_id, weight_id=weight_id)
    apply_changes(row, changes, required=frozenset(changes))
    session.commit()
    return row


def delete_weight(*, session: Session, user_id: int, weight_id: int) -> None:
    """Delete a weight entry; a height recorded on the same row survives."""
    row = get_weight(session=session, user_id=user_id, weight_id=weight_id)
    if row.height_cm is None:
        session.delete(row)
    else:
        row.weight_kg = None
    session.commit()

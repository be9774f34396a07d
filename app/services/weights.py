"""The body-weight log: the weight rows of the body-metrics history."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from app.models import BodyMetric
from app.services.owned import DatePage, apply_changes, get_owned, list_owned
from app.services.profiles import OnChange, ProfileChange, latest_measurement

_HAS_WEIGHT = (BodyMetric.weight_kg.is_not(None),)


def _current(session: Session, user_id: int) -> float | None:
    return latest_measurement(session=session, user_id=user_id, column=BodyMetric.weight_kg)


def _commit(
    session: Session, user_id: int, before: float | None, on_change: OnChange | None
) -> None:
    """Tell `on_change` of the weigh-in (and of a new current weight), then commit both."""
    if on_change is not None:
        session.flush()
        now = _current(session, user_id)
        changed = {"weight_kg": before} if now != before else {}
        on_change(session, ProfileChange(user_id=user_id, before=changed, weighed_in=True))
    session.commit()


def log_weight(
    *,
    session: Session,
    user_id: int,
    weight_kg: float,
    measured_on: date,
    on_change: OnChange | None = None,
) -> BodyMetric:
    """Append a weight; the latest one is the profile's current weight, so targets follow."""
    before = _current(session, user_id)
    row = BodyMetric(user_id=user_id, weight_kg=weight_kg, measured_on=measured_on)
    session.add(row)
    _commit(session, user_id, before, on_change)
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
    *,
    session: Session,
    user_id: int,
    weight_id: int,
    changes: dict[str, Any],
    on_change: OnChange | None = None,
) -> BodyMetric:
    """Correct a logged weight or its date."""
    row = get_weight(session=session, user_id=user_id, weight_id=weight_id)
    before = _current(session, user_id)
    apply_changes(row, changes, required=frozenset(changes))
    _commit(session, user_id, before, on_change)
    return row


def delete_weight(
    *, session: Session, user_id: int, weight_id: int, on_change: OnChange | None = None
) -> None:
    """Delete a weight entry; a height recorded on the same row survives."""
    row = get_weight(session=session, user_id=user_id, weight_id=weight_id)
    before = _current(session, user_id)
    if row.height_cm is None:
        session.delete(row)
    else:
        row.weight_kg = None
    _commit(session, user_id, before, on_change)

"""The workout log."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from app.core.crypto import Cipher
from app.models import Workout
from app.services.owned import DatePage, apply_changes, get_owned, list_owned

_REQUIRED = frozenset({"exercise", "performed_on"})


def log_workout(
    *, session: Session, user_id: int, fields: dict[str, Any], cipher: Cipher
) -> Workout:
    """Store a workout; its notes are encrypted at rest."""
    notes = cipher.encrypt(fields.pop("notes", None))
    row = Workout(user_id=user_id, notes_encrypted=notes, **fields)
    session.add(row)
    session.commit()
    return row


def get_workout(*, session: Session, user_id: int, workout_id: int) -> Workout:
    return get_owned(session=session, model=Workout, user_id=user_id, row_id=workout_id)


def list_workouts(*, session: Session, user_id: int, page: DatePage) -> tuple[list[Workout], int]:
    return list_owned(
        session=session, model=Workout, user_id=user_id, day=Workout.performed_on, page=page
    )


def update_workout(
    *, session: Session, user_id: int, workout_id: int, changes: dict[str, Any], cipher: Cipher
) -> Workout:
    row = get_workout(session=session, user_id=user_id, workout_id=workout_id)
    if "notes" in changes:
        changes["notes_encrypted"] = cipher.encrypt(changes.pop("notes"))
    apply_changes(row, changes, required=_REQUIRED)
    session.commit()
    return row


def delete_workout(*, session: Session, user_id: int, workout_id: int) -> None:
    session.delete(get_workout(session=session, user_id=user_id, workout_id=workout_id))
    session.commit()

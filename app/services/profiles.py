"""Profiles and their body-metrics history (every height or weight change is a dated row)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from copy import copy
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.core.crypto import Cipher
from app.models import BodyMetric, Profile
from app.services.errors import NotFoundError

MEASUREMENTS = ("height_cm", "weight_kg")
# What a field resets to when a PUT leaves it out (the rest reset to None).
_DEFAULTS: dict[str, Any] = {
    "units": "metric",
    **dict.fromkeys(
        (
            "equipment",
            "injuries",
            "liked_exercises",
            "liked_foods",
            "disliked_foods",
            "allergies",
            "diets",
        ),
        [],
    ),
}


@dataclass(frozen=True)
class ProfileState:
    """A profile row plus the current measurements (the latest of the history)."""

    profile: Profile
    height_cm: float | None
    weight_kg: float | None


@dataclass(frozen=True)
class ProfileChange:
    """What one write changed: each changed field's value before it (`notes` in plain text).

    `weighed_in` is set by the weight log even when the new entry is not the latest weight: a
    back-filled weigh-in still feeds the expenditure estimate.
    """

    user_id: int
    before: Mapping[str, Any] = field(default_factory=dict)
    weighed_in: bool = False

    @property
    def fields(self) -> frozenset[str]:
        return frozenset(self.before)


OnChange = Callable[[Session, ProfileChange], None]
"""Called inside the writing transaction, after the change is flushed and before the commit,
so whatever it adds (a renewal job, a notes reading) commits with the change or not at all."""


def latest_measurement(
    *, session: Session, user_id: int, column: InstrumentedAttribute[float | None]
) -> float | None:
    """The most recent non-null value of one body-metrics column."""
    return session.scalar(
        select(column)
        .where(BodyMetric.user_id == user_id, column.is_not(None))
        .order_by(BodyMetric.measured_on.desc(), BodyMetric.id.desc())
        .limit(1)
    )


def get_profile(*, session: Session, user_id: int) -> ProfileState:
    """Load a user's profile and current measurements.

    Raises:
        NotFoundError: the user has no profile (every registered user gets one).
    """
    profile = session.get(Profile, user_id)
    if profile is None:
        raise NotFoundError(f"user {user_id} has no profile")
    return ProfileState(
        profile=profile,
        height_cm=latest_measurement(session=session, user_id=user_id, column=BodyMetric.height_cm),
        weight_kg=latest_measurement(session=session, user_id=user_id, column=BodyMetric.weight_kg),
    )


def update_profile(
    *,
    session: Session,
    user_id: int,
    changes: dict[str, Any],
    cipher: Cipher,
    today: date,
    on_change: OnChange | None = None,
) -> ProfileState:
    """Apply field changes; a changed height or weight appends a dated body-metrics row.

    A None height or weight leaves the history alone: measurements are only ever added.
    `on_change` hears of every field whose value actually changed.
    """
    state = get_profile(session=session, user_id=user_id)
    before: dict[str, Any] = {}
    measured: dict[str, float] = {}
    for name in MEASUREMENTS:
        value = changes.pop(name, None)
        if value is not None and value != getattr(state, name):
            measured[name] = value
            before[name] = getattr(state, name)
    if "notes" in changes:
        old_notes = cipher.decrypt(state.profile.notes_encrypted)
        new_notes = changes.pop("notes")
        if new_notes != old_notes:
            before["notes"] = old_notes
            changes["notes_encrypted"] = cipher.encrypt(new_notes)
    for name, value in changes.items():
        old = getattr(state.profile, name)
        setattr(state.profile, name, copy(_DEFAULTS.get(name)) if value is None else value)
        if name != "notes_encrypted" and getattr(state.profile, name) != old:
            before[name] = old
    if measured:
        session.add(BodyMetric(user_id=user_id, measured_on=today, **measured))
    if on_change is not None and before:
        session.flush()
        on_change(session, ProfileChange(user_id=user_id, before=before))
    session.commit()
    return get_profile(session=session, user_id=user_id)

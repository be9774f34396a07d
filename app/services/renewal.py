"""What a profile or weight change sets off: a notes reading, a check-in, a new plan version.

Rules, applied inside the transaction of the change (`profiles.OnChange`):
- changed notes are read again (a reading job);
- a weigh-in is an expenditure check-in for users who opted in (`adaptive_targets.check_in`);
- a user with a plan gets a new version when it no longer fits: a whole new week when what the
  workout rests on changed (goal, days, equipment, injuries, experience); otherwise a new meal
  plan, the workout week kept, when the targets moved by more than `TARGET_TOLERANCE` (a
  height or weight change, a check-in) or a food constraint changed. A renewal still waiting
  for a worker is updated rather than joined by another, so a burst of weigh-ins makes one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.crypto import Cipher
from app.models import JobKind, JobStatus, PlanJob, User
from app.services import adaptive_targets, plans, readings
from app.services.plan_diff import TARGET_NAMES
from app.services.profiles import ProfileChange, ProfileState, get_profile
from app.services.targets import missing_for_targets
from domain.targets import CalorieFloors, MacroTargets

WORKOUT_FIELDS: Final = frozenset({"goal", "days_per_week", "equipment", "injuries", "experience"})
FOOD_FIELDS: Final = frozenset({"allergies", "diets", "disliked_foods", "liked_foods"})
TARGET_TOLERANCE: Final = 0.02


def _describe(change: ProfileChange, state: ProfileState) -> str:
    """Why a version is made, in the user's words: "weight 70 -> 68 kg; goal changed"."""
    parts = []
    for name in ("height_cm", "weight_kg"):
        if name in change.fields:
            unit = name.rsplit("_", 1)[1]
            old, new = change.before[name], getattr(state, name)
            parts.append(f"{name.split('_')[0]} {_number(old)} -> {_number(new)} {unit}")
    parts += [
        f"{name.replace('_', ' ')} changed"
        for name in sorted(change.fields)
        if name in WORKOUT_FIELDS | FOOD_FIELDS
    ]
    return "; ".join(parts) or "targets changed"


def _number(value: float | None) -> str:
    return "none" if value is None else f"{value:g}"


def _moved(old: MacroTargets, new: MacroTargets) -> str:
    """The targets that moved by more than the tolerance, as "calories 2100 -> 2020"."""
    return ", ".join(
        f"{name} {getattr(old, name)} -> {getattr(new, name)}"
        for name in TARGET_NAMES
        if abs(getattr(new, name) - getattr(old, name))
        > TARGET_TOLERANCE * max(getattr(old, name), 1)
    )


@dataclass(frozen=True)
class Renewal:
    """The `OnChange` reaction bound to one request: who, keys, floors, the day."""

    user: User
    cipher: Cipher
    floors: CalorieFloors
    today: date
    request_id: str | None = None

    def __call__(self, session: Session, change: ProfileChange) -> None:
        state = get_profile(session=session, user_id=self.user.id)
        encrypted = state.profile.notes_encrypted
        if "notes" in change.fields and (self.cipher.decrypt(encrypted) or "").strip():
            assert encrypted is not None
            readings.request_reading(
                session=session,
                user=self.user,
                notes_encrypted=encrypted,
                request_id=self.request_id,
            )
        if missing_for_targets(state):
            return
        if change.weighed_in or change.fields & {"height_cm", "weight_kg"}:
            adaptive_targets.check_in(
                session=session, state=state, floors=self.floors, today=self.today
            )
        self.renew(session, state, change.fields, _describe(change, state))

    def renew(
        self, session: Session, state: ProfileState, fields: frozenset[str], why: str
    ) -> None:
        """Queue the version the profile now needs, if the user has a plan (no commit)."""
        current = plans.current_version(session=session, user_id=self.user.id)
        if current is None or not state.profile.days_per_week:
            return
        targets = adaptive_targets.effective_targets(
            session=session, state=state, floors=self.floors, today=self.today
        )
        full = bool(fields & WORKOUT_FIELDS)
        moved = _moved(MacroTargets.model_validate(current.targets), targets)
        if not (full or moved or fields & FOOD_FIELDS):
            return
        kind = JobKind.plan if full else JobKind.meals
        detail = why + (f"; {moved}" if moved else "")
        waiting = session.scalar(
            select(PlanJob).where(
                PlanJob.user_id == self.user.id,
                PlanJob.kind == kind,
                PlanJob.reason == "renewal",
                PlanJob.status == JobStatus.pending,
            )
        )
        if waiting is not None:
            # Never sent: replaced by one for the profile as it is now, keeping its reasons.
            detail = f"{waiting.detail}; then {detail}"
            session.delete(waiting)
        plans.request_plan(
            session=session,
            user=self.user,
            state=state,
            targets=targets,
            today=self.today,
            kind=kind,
            reason="renewal",
            detail=detail,
            request_id=self.request_id,
        )

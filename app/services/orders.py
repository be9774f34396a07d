"""What the app sends serving: the confirmed structured profile, its targets, the notes as context.

Safety never rests on the model having read a note right: every constraint the user confirmed is
in the structured `profile`, which serving enforces whatever the notes say; the notes travel as
context the model may read to tighten the plan further, never to loosen it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from pydantic import ValidationError

from app.models import User
from app.schemas.profile import age_on
from app.services.errors import InvalidRequestError, problems
from app.services.profiles import ProfileState
from app.services.targets import IncompleteProfileError, missing_for_targets
from domain.api.serving import MAX_LIKES, PlanOrder, PlanProfile, PlanUser, ReadOrder, TargetsIn
from domain.targets import MacroTargets


def plan_user(user: User) -> PlanUser:
    """The user as serving knows them: an id to route the A/B split by, and the role."""
    return PlanUser(id=str(user.id), role=user.role)


def check_plannable(state: ProfileState) -> None:
    """Raise unless the profile holds what a plan needs: the targets' fields and the days.

    Raises:
        IncompleteProfileError: Naming every missing field.
    """
    missing = missing_for_targets(state)
    if not state.profile.days_per_week:
        missing.append("days_per_week")
    if missing:
        raise IncompleteProfileError(missing)


def plan_order(*, user: User, state: ProfileState, targets: MacroTargets, today: date) -> PlanOrder:
    """The order for a plan of this profile and targets, without the notes (added at send time).

    Raises:
        IncompleteProfileError: A field a plan needs is empty.
        InvalidRequestError: The profile or targets fall outside what serving accepts.
    """
    check_plannable(state)
    profile = state.profile
    fields: dict[str, Any] = {
        "sex": profile.sex,
        "age": age_on(profile.birth_date, today) if profile.birth_date else profile.age,
        "height_cm": state.height_cm,
        "weight_kg": state.weight_kg,
        "body_fat_pct": profile.body_fat_pct,
        "goal": profile.goal,
        "activity_level": profile.activity_level,
        "days_per_week": profile.days_per_week,
        "equipment": profile.equipment,
        "injuries": profile.injuries,
        "allergies": profile.allergies,
        "diets": profile.diets,
        "liked_exercises": profile.liked_exercises,
        "liked_foods": profile.liked_foods,
        "disliked_foods": profile.disliked_foods,
    }
    if profile.experience:
        fields["experience"] = profile.experience
    try:
        return PlanOrder(
            user=plan_user(user),
            profile=PlanProfile.model_validate(fields),
            targets=TargetsIn.model_validate(
                targets.model_dump(include=set(TargetsIn.model_fields))
            ),
        )
    except ValidationError as exc:
        raise InvalidRequestError(f"serving cannot plan this profile: {problems(exc)}") from exc


def wire_plan_order(order: dict[str, Any], notes: str | None, avoid: Iterable[str]) -> PlanOrder:
    """The stored order as sent: the notes back in, `avoid` added to the dislikes.

    `avoid` names the foods a regeneration replaces, so the new meal differs from the old; it
    fills only the room the user's own dislikes leave (`MAX_LIKES`).
    """
    wire = PlanOrder.model_validate({**order, "notes": notes or ""})
    dislikes = list(wire.profile.disliked_foods)
    room = MAX_LIKES - len(dislikes)
    extra = [name[:64] for name in dict.fromkeys(avoid) if name not in dislikes][: max(room, 0)]
    profile = wire.profile.model_copy(update={"disliked_foods": (*dislikes, *extra)})
    return wire.model_copy(update={"profile": profile})


def read_order(*, user: User) -> dict[str, Any]:
    """A stored reading order: the notes come from the job's encrypted copy at send time."""
    return {"user": plan_user(user).model_dump(mode="json")}


def wire_read_order(order: dict[str, Any], notes: str | None) -> ReadOrder:
    return ReadOrder.model_validate({**order, "notes": notes or ""})

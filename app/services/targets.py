"""Calorie and macro targets from a profile (the arithmetic lives in `domain.targets`)."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.schemas.profile import age_on
from app.services.errors import ConflictError
from app.services.profiles import ProfileState
from domain.profile import ActivityLevel, Goal, Sex
from domain.targets import CalorieFloors, MacroTargets, compute_targets


class IncompleteProfileError(ConflictError):
    """The profile lacks fields the targets need; `missing` names them."""

    def __init__(self, missing: list[str]) -> None:
        super().__init__(f"the profile lacks fields needed for targets: {', '.join(missing)}")
        self.missing = missing


def _inputs(state: ProfileState, today: date) -> dict[str, Any]:
    profile = state.profile
    return {
        "sex": profile.sex,
        "age": age_on(profile.birth_date, today) if profile.birth_date else profile.age,
        "height_cm": state.height_cm,
        "weight_kg": state.weight_kg,
        "activity_level": profile.activity_level,
        "goal": profile.goal,
    }


def missing_for_targets(state: ProfileState) -> list[str]:
    """Names of the profile fields that targets need and the profile does not have."""
    return [name for name, value in _inputs(state, date.today()).items() if value is None]


def targets_for(*, state: ProfileState, floors: CalorieFloors, today: date) -> MacroTargets:
    """Compute today's targets for a profile.

    Raises:
        IncompleteProfileError: a field the formulas need is missing.
    """
    inputs = _inputs(state, today)
    missing = [name for name, value in inputs.items() if value is None]
    if missing:
        raise IncompleteProfileError(missing)
    return compute_targets(
        sex=Sex(inputs["sex"]),
        age=inputs["age"],
        height_cm=inputs["height_cm"],
        weight_kg=inputs["weight_kg"],
        activity_level=ActivityLevel(inputs["activity_level"]),
        goal=Goal(inputs["goal"]),
        body_fat_pct=state.profile.body_fat_pct,
        floors=floors,
    )

"""The current user's calorie and macro targets."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter

from app.api.deps import CurrentUser, FloorsDep, SessionDep
from app.services.adaptive_targets import effective_targets
from app.services.profiles import get_profile
from domain.targets import MacroTargets

router = APIRouter(prefix="/me", tags=["targets"])


@router.get("/targets")
def read_targets(user: CurrentUser, session: SessionDep, floors: FloorsDep) -> MacroTargets:
    """Current calorie and macro targets, with the formula used and any warnings."""
    state = get_profile(session=session, user_id=user.id)
    return effective_targets(session=session, state=state, floors=floors, today=date.today())

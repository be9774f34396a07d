"""The current user's progress report."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query

from app.api.deps import CurrentUser, FloorsDep, SessionDep
from app.schemas.progress import ProgressPublic
from app.services.progress import progress_report

router = APIRouter(prefix="/me", tags=["progress"])


@router.get("/progress")
def read_progress(
    user: CurrentUser,
    session: SessionDep,
    floors: FloorsDep,
    days: Annotated[int, Query(ge=1, le=366, description="window length, ending today")] = 28,
) -> ProgressPublic:
    """Weight trend, intake adherence and workout completion over the last `days` days."""
    return progress_report(
        session=session, user_id=user.id, days=days, today=date.today(), floors=floors
    )

"""What serving read in the current user's notes, and the constraints the user confirms."""

from __future__ import annotations

from fastapi import APIRouter, status
from sqlalchemy.orm import Session

from app.api.deps import CipherDep, CurrentUser, RenewalDep, RequestIdDep, SessionDep
from app.api.routes.profile import public_profile
from app.models import NoteReading, PlanJob
from app.schemas.notes import Constraints, ReadingAccept, ReadingPublic
from app.schemas.plans import PlanJobPublic
from app.schemas.profile import ProfilePublic
from app.services import readings
from app.services.errors import ConflictError
from app.services.profiles import get_profile, update_profile
from domain.plan.reading import NotesReading

router = APIRouter(prefix="/me/notes", tags=["notes"])
TOPICS = tuple(Constraints.model_fields)
READING_TOPICS = tuple(NotesReading.model_fields)
"""The topics serving's reading holds; the others (disliked foods) come beside it."""


def _public(session: Session, row: NoteReading) -> ReadingPublic:
    profile = get_profile(session=session, user_id=row.user_id).profile
    read = NotesReading.model_validate(row.reading or {})
    found = Constraints.model_validate(
        {name: sorted(getattr(read, name)) for name in READING_TOPICS}
        | {"disliked_foods": row.refused_foods or []}
    )
    new = Constraints.model_validate(
        {
            name: [v for v in getattr(found, name) if v not in getattr(profile, name)]
            for name in TOPICS
        }
    )
    job = None if row.job_id is None else session.get(PlanJob, row.job_id)
    return ReadingPublic(
        status=row.status,
        notes_read=row.notes_read,
        suggestions=found,
        new=new,
        job=None if job is None else PlanJobPublic.build(job, None),
        created_at=row.created_at,
        decided_at=row.decided_at,
    )


@router.get("/reading")
def read_reading(user: CurrentUser, session: SessionDep) -> ReadingPublic:
    """What serving understood in the notes, as suggestions to accept or edit."""
    return _public(session, readings.latest_reading(session=session, user_id=user.id))


@router.post("/reading", status_code=status.HTTP_202_ACCEPTED)
def request_reading(
    user: CurrentUser, session: SessionDep, cipher: CipherDep, request_id: RequestIdDep
) -> ReadingPublic:
    """Read the current notes again (saving changed notes already does)."""
    encrypted = get_profile(session=session, user_id=user.id).profile.notes_encrypted
    if encrypted is None or not (cipher.decrypt(encrypted) or "").strip():
        raise ConflictError("the profile has no notes to read")
    row = readings.request_reading(
        session=session, user=user, notes_encrypted=encrypted, request_id=request_id
    )
    session.commit()
    return _public(session, row)


@router.post("/reading/accept")
def accept_reading(
    body: ReadingAccept,
    user: CurrentUser,
    session: SessionDep,
    cipher: CipherDep,
    renew: RenewalDep,
) -> ProfilePublic:
    """Confirm constraints (the suggestions or your edits): they join the profile's fields."""
    readings.confirm(session=session, user_id=user.id)
    profile = get_profile(session=session, user_id=user.id).profile
    current = {name: getattr(profile, name) for name in TOPICS}
    state = update_profile(
        session=session,
        user_id=user.id,
        changes=readings.merged(current, body.model_dump()),
        cipher=cipher,
        today=renew.today,
        on_change=renew,
    )
    return public_profile(state, cipher)

"""The notes reading the user confirms: serving reads the notes, the user accepts or edits.

A reading is a suggestion and nothing more: it changes no plan by itself. Only what the user
confirms (`accept`) enters the profile's structured fields, which every later plan enforces. A
reading is a job like a plan, so it survives serving being down.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.models import JobKind, JobStatus, NoteReading, PlanJob, ReadingStatus, User, utcnow
from app.services import jobs
from app.services.errors import ConflictError, NotFoundError
from app.services.orders import read_order
from domain.api.serving import ReadResponse


def request_reading(
    *, session: Session, user: User, notes_encrypted: str, request_id: str | None = None
) -> NoteReading:
    """Queue a reading of these notes (no commit); older unfinished readings are superseded."""
    session.execute(
        update(PlanJob)
        .where(
            PlanJob.user_id == user.id,
            PlanJob.kind == JobKind.read,
            PlanJob.status == JobStatus.pending,
        )
        .values(status=JobStatus.failed, error="superseded by newer notes", finished_at=utcnow())
    )
    job = jobs.enqueue(
        session=session,
        user_id=user.id,
        kind=JobKind.read,
        reason="notes",
        detail="the notes changed",
        order=read_order(user=user),
        notes_encrypted=notes_encrypted,
        request_id=request_id,
    )
    reading = NoteReading(user_id=user.id, job_id=job.id)
    session.add(reading)
    session.flush()
    return reading


def latest_reading(*, session: Session, user_id: int) -> NoteReading:
    """The user's most recent reading.

    Raises:
        NotFoundError: The notes were never read.
    """
    row = session.scalar(
        select(NoteReading)
        .where(NoteReading.user_id == user_id)
        .order_by(NoteReading.id.desc())
        .limit(1)
    )
    if row is None:
        raise NotFoundError("no reading of the notes yet: save notes in the profile first")
    return row


def record(*, session: Session, job_id: int, answer: ReadResponse) -> None:
    """Store serving's reading for the job's row (in the caller's transaction)."""
    session.execute(
        update(NoteReading)
        .where(NoteReading.job_id == job_id)
        .values(
            status=ReadingStatus.ready,
            reading=answer.reading.model_dump(mode="json"),
            refused_foods=list(answer.refused_foods),
            notes_read=answer.notes_read,
            exposure=answer.exposure.model_dump(mode="json"),
        )
    )


def record_failure(*, session: Session, job_id: int) -> None:
    session.execute(
        update(NoteReading).where(NoteReading.job_id == job_id).values(status=ReadingStatus.failed)
    )


def confirm(*, session: Session, user_id: int) -> NoteReading:
    """Mark the latest reading confirmed (no commit); the caller applies what was confirmed.

    Raises:
        NotFoundError: Nothing was read yet.
        ConflictError: The reading is still pending.
    """
    reading = latest_reading(session=session, user_id=user_id)
    if reading.status == ReadingStatus.pending:
        raise ConflictError("the notes are still being read; try again when the reading is ready")
    reading.status = ReadingStatus.accepted
    reading.decided_at = utcnow()
    return reading


def merged(current: dict[str, Any], confirmed: dict[str, Any]) -> dict[str, Any]:
    """Profile changes that add the confirmed constraints to the ones already there.

    Confirming only ever adds, so every topic is a union: a confirmed diet joins the profile's
    diets (every food must then fit both), the most restrictive reading and so the safe one.
    """
    return {
        name: [*current[name], *(v for v in values if v not in current[name])]
        for name, values in confirmed.items()
        if values
    }

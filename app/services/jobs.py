"""The job queue in the product database: enqueue with the request, claim, finish, retry.

A job is a row, added in the same transaction as whatever asked for it, so a request the user
was told is pending exists. Workers claim jobs with `SELECT ... FOR UPDATE SKIP LOCKED`
(PostgreSQL), so any number of them share the queue without waiting on each other, and mark
the claim with a random token and a lease. Every later transition is a compare-and-set on that
token: a worker that outlived its lease (and whose job another worker claimed) changes nothing.
SQLite ignores `FOR UPDATE`; there the single in-process worker is the only claimant.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session

from app.models import JobKind, JobStatus, PlanJob
from app.services.errors import NotFoundError


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff with jitter between attempts of one job.

    The n-th retry waits between half and all of `min(max, base * 2**(n-1))` seconds: the
    exponent spaces retries out while serving is down, the random half spreads the burst of
    jobs that all failed at once, so they do not all return in the same second. Serving's
    Retry-After, when it sends one, is the floor.
    """

    base_seconds: float
    max_seconds: float

    def delay(self, attempts: int, retry_after: float | None, rng: random.Random) -> float:
        ceiling = min(self.max_seconds, self.base_seconds * 2.0 ** max(attempts - 1, 0))
        jittered = ceiling / 2 + rng.uniform(0, ceiling / 2)
        return max(jittered, retry_after or 0.0)


@dataclass(frozen=True)
class ClaimedJob:
    """What a worker needs of a job it holds; the token proves the claim is still its own."""

    id: int
    user_id: int
    kind: JobKind
    reason: str
    detail: str
    order: dict[str, Any]
    scope: dict[str, Any]
    notes_encrypted: str | None
    idempotency_key: str
    request_id: str | None
    attempts: int
    token: str


def enqueue(
    *,
    session: Session,
    user_id: int,
    kind: JobKind,
    reason: str,
    detail: str,
    order: dict[str, Any],
    notes_encrypted: str | None,
    scope: dict[str, Any] | None = None,
    request_id: str | None = None,
) -> PlanJob:
    """Add a job to the caller's transaction (flushed, not committed: the caller commits both)."""
    job = PlanJob(
        user_id=user_id,
        kind=kind,
        reason=reason,
        detail=detail,
        order=order,
        scope=scope or {},
        notes_encrypted=notes_encrypted,
        idempotency_key=str(uuid.uuid4()),
        request_id=request_id,
    )
    session.add(job)
    session.flush()
    return job


def claim(*, session: Session, now: datetime, lease_seconds: float) -> ClaimedJob | None:
    """Claim the job due longest, or one whose worker's lease ran out; commits the claim.

    Returns:
        The claimed job, or None when nothing is due.
    """
    due = or_(
        and_(PlanJob.status == JobStatus.pending, PlanJob.next_attempt_at <= now),
        and_(PlanJob.status == JobStatus.running, PlanJob.lease_until < now),
    )
    job = session.scalar(
        select(PlanJob)
        .where(due)
        .order_by(PlanJob.next_attempt_at, PlanJob.id)
        .limit(1)
        .with_for_update(skip_locked=True)
    )
    if job is None:
        session.rollback()
        return None
    job.status = JobStatus.running
    job.claim_token = str(uuid.uuid4())
    job.lease_until = now + timedelta(seconds=lease_seconds)
    job.attempts += 1
    claimed = ClaimedJob(
        id=job.id,
        user_id=job.user_id,
        kind=JobKind(job.kind),
        reason=job.reason,
        detail=job.detail,
        order=job.order,
        scope=job.scope,
        notes_encrypted=job.notes_encrypted,
        idempotency_key=job.idempotency_key,
        request_id=job.request_id,
        attempts=job.attempts,
        token=job.claim_token,
    )
    session.commit()
    return claimed


def _transition(session: Session, job: ClaimedJob, **values: Any) -> bool:
    """Apply `values` if the claim is still this worker's; the caller commits."""
    result = session.execute(
        update(PlanJob)
        .where(
            PlanJob.id == job.id,
            PlanJob.claim_token == job.token,
            PlanJob.status == JobStatus.running,
        )
        .values(**values)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def finish(*, session: Session, job: ClaimedJob, now: datetime) -> bool:
    """Mark the job done in the caller's transaction (with its result); False: claim lost."""
    return _transition(
        session, job, status=JobStatus.done, finished_at=now, updated_at=now, lease_until=None
    )


def fail(
    *, session: Session, job: ClaimedJob, error: str, reasons: list[dict[str, str]], now: datetime
) -> bool:
    """Mark the job failed for good in the caller's transaction; False: claim lost."""
    return _transition(
        session,
        job,
        status=JobStatus.failed,
        error=error,
        reasons=reasons,
        finished_at=now,
        updated_at=now,
        lease_until=None,
    )


def retry_later(
    *,
    session: Session,
    job: ClaimedJob,
    error: str,
    delay: float,
    now: datetime,
    scope: dict[str, Any] | None = None,
) -> bool:
    """Put the job back in the queue, due after `delay` seconds; commits."""
    changed = _transition(
        session,
        job,
        status=JobStatus.pending,
        error=error,
        next_attempt_at=now + timedelta(seconds=delay),
        claim_token=None,
        lease_until=None,
        updated_at=now,
        **({} if scope is None else {"scope": scope}),
    )
    session.commit()
    return changed


def get_job(*, session: Session, user_id: int, job_id: int) -> PlanJob:
    """One of the user's jobs.

    Raises:
        NotFoundError: No such job, or another user's.
    """
    job = session.scalar(select(PlanJob).where(PlanJob.id == job_id, PlanJob.user_id == user_id))
    if job is None:
        raise NotFoundError(f"plan job {job_id} not found")
    return job


def latest_job(*, session: Session, user_id: int, kinds: tuple[JobKind, ...]) -> PlanJob | None:
    """The user's most recent job of these kinds."""
    return session.scalar(
        select(PlanJob)
        .where(PlanJob.user_id == user_id, PlanJob.kind.in_(kinds))
        .order_by(PlanJob.id.desc())
        .limit(1)
    )


def queue_stats(*, session: Session, now: datetime) -> tuple[int, float]:
    """Jobs waiting to be claimed and the age in seconds of the oldest (0 when none)."""
    depth, oldest = session.execute(
        select(func.count(), func.min(PlanJob.created_at)).where(
            PlanJob.status == JobStatus.pending
        )
    ).one()
    if oldest is not None and oldest.tzinfo is None:
        oldest = oldest.replace(tzinfo=now.tzinfo)  # SQLite drops the offset of an aggregate
    return int(depth), 0.0 if oldest is None else max((now - oldest).total_seconds(), 0.0)

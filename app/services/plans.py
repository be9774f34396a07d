"""Plan versions: requested as jobs, recorded from serving's answers, read, locked, regenerated.

Versions are numbered per user from 1. Each records what it was made for (the order, the
targets, the reading), which variant and model answered, how long it took, whether serving
repaired a draft or fell back to the exact planner, why it was made, and its diff against the
version before.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import JobKind, JobStatus, PlanJob, PlanVersion, User
from app.schemas.plans import ItemLock
from app.services import jobs
from app.services.errors import ConflictError, InvalidRequestError, NotFoundError
from app.services.orders import plan_order
from app.services.plan_diff import diff_plans
from app.services.plan_merge import compose, replaced_names, surviving_locks, with_meals
from app.services.profiles import ProfileState
from domain.api.serving import Exposure, MealDay, Provenance, Variant
from domain.plan.provenance import PlanSource
from domain.plan.schemas import Plan
from domain.targets import MacroTargets

FALLBACK_SOURCES = frozenset({PlanSource.reference, PlanSource.reference_form})
PlanStatus = Literal["none", "pending", "ready", "failed"]


def current_version(*, session: Session, user_id: int) -> PlanVersion | None:
    return session.scalar(
        select(PlanVersion)
        .where(PlanVersion.user_id == user_id)
        .order_by(PlanVersion.version.desc())
        .limit(1)
    )


def require_current(*, session: Session, user_id: int) -> PlanVersion:
    """The user's current version.

    Raises:
        NotFoundError: The user has no plan yet.
    """
    row = current_version(session=session, user_id=user_id)
    if row is None:
        raise NotFoundError("no plan yet: request one with POST /api/v1/me/plans")
    return row


def get_version(*, session: Session, user_id: int, version: int) -> PlanVersion:
    """One of the user's versions.

    Raises:
        NotFoundError: No such version for this user.
    """
    row = session.scalar(
        select(PlanVersion).where(PlanVersion.user_id == user_id, PlanVersion.version == version)
    )
    if row is None:
        raise NotFoundError(f"plan version {version} not found")
    return row


def list_versions(
    *, session: Session, user_id: int, offset: int, limit: int
) -> tuple[list[PlanVersion], int]:
    """A page of the user's versions, newest first, and their count."""
    where = PlanVersion.user_id == user_id
    count = session.scalar(select(func.count()).select_from(PlanVersion).where(where)) or 0
    rows = session.scalars(
        select(PlanVersion)
        .where(where)
        .order_by(PlanVersion.version.desc())
        .offset(offset)
        .limit(limit)
    ).all()
    return list(rows), count


def versions_until(*, session: Session, user_id: int, end: date) -> list[PlanVersion]:
    """The user's versions made up to the end of `end` (UTC), oldest first."""
    return list(
        session.scalars(
            select(PlanVersion)
            .where(
                PlanVersion.user_id == user_id,
                PlanVersion.created_at < datetime.combine(end + timedelta(days=1), time(), UTC),
            )
            .order_by(PlanVersion.version)
        )
    )


def plan_status(version: PlanVersion | None, job: PlanJob | None) -> PlanStatus:
    """What the user sees: `pending` while the latest job waits (serving down or busy),
    `failed` when it failed after the current version, else `ready`, or `none` before any."""
    if job is not None and job.status in (JobStatus.pending, JobStatus.running):
        return "pending"
    if job is not None and job.status == JobStatus.failed:
        if version is None or (version.job_id or 0) < job.id:
            return "failed"
    return "none" if version is None else "ready"


def version_of_job(*, session: Session, job_id: int) -> int | None:
    return session.scalar(select(PlanVersion.version).where(PlanVersion.job_id == job_id))


def request_plan(
    *,
    session: Session,
    user: User,
    state: ProfileState,
    targets: MacroTargets,
    today: date,
    kind: JobKind = JobKind.plan,
    reason: str = "requested",
    detail: str = "requested by the user",
    scope: dict[str, Any] | None = None,
    request_id: str | None = None,
) -> PlanJob:
    """Queue a plan (or meals) job for the profile as it is now; the caller commits.

    Raises:
        IncompleteProfileError, InvalidRequestError: See `orders.plan_order`.
    """
    order = plan_order(user=user, state=state, targets=targets, today=today)
    return jobs.enqueue(
        session=session,
        user_id=user.id,
        kind=kind,
        reason=reason,
        detail=detail,
        order=order.model_dump(mode="json", exclude={"notes"}),
        notes_encrypted=state.profile.notes_encrypted,
        scope=scope,
        request_id=request_id,
    )


def _current_or_conflict(session: Session, user_id: int, version: int) -> PlanVersion:
    row = get_version(session=session, user_id=user_id, version=version)
    current = current_version(session=session, user_id=user_id)
    if current is not None and current.version != version:
        raise ConflictError(f"version {version} is not the current plan ({current.version})")
    return row


def set_locks(
    *, session: Session, user_id: int, version: int, locks: Sequence[ItemLock]
) -> PlanVersion:
    """Replace the current version's locks; each must name a meal (and item) of it.

    Raises:
        NotFoundError: No such version.
        ConflictError: It is not the current version.
        InvalidRequestError: A lock names no meal or item of the plan.
    """
    row = _current_or_conflict(session, user_id, version)
    wanted = [lock.model_dump() for lock in locks]
    kept = surviving_locks(Plan.model_validate(row.plan), wanted)
    unknown = [lock for lock in wanted if lock not in kept]
    if unknown:
        raise InvalidRequestError(f"locks name no meal or item of version {version}: {unknown}")
    row.locks = [dict(lock) for lock in {tuple(sorted(d.items())): d for d in wanted}.values()]
    session.commit()
    return row


def regeneration_scope(
    *, session: Session, user_id: int, version: int, day: int, meal: int | None
) -> dict[str, Any]:
    """The scope of a meals job redoing one day or meal of the current version.

    Raises:
        NotFoundError, ConflictError: See `set_locks`.
        InvalidRequestError: The day has no such meal, or everything in scope is locked.
    """
    row = _current_or_conflict(session, user_id, version)
    plan = Plan.model_validate(row.plan)
    meals = next(d for d in plan.days if d.day == day).meals
    if meal is not None and meal >= len(meals):
        raise InvalidRequestError(f"day {day} has {len(meals)} meals; meal {meal} is not one")
    avoid = replaced_names(plan, row.locks, day=day, meal=meal)
    if not avoid:
        raise InvalidRequestError("everything to regenerate is locked; unlock an item first")
    return {"day": day, "meal": meal, "avoid": avoid}


def record(
    *,
    session: Session,
    job: jobs.ClaimedJob,
    served: Plan | Sequence[MealDay],
    targets: MacroTargets,
    exposure: Exposure,
    provenance: Provenance,
) -> PlanVersion:
    """Add the version a job's answer makes, in the caller's transaction.

    The user's row is locked first (PostgreSQL), so two workers answering two jobs of one user
    number their versions one after the other and each builds on the other's.

    Raises:
        ConflictError: A meals answer with no version to put it in.
    """
    session.execute(select(User.id).where(User.id == job.user_id).with_for_update())
    previous = current_version(session=session, user_id=job.user_id)
    before = None if previous is None else Plan.model_validate(previous.plan)
    if isinstance(served, Plan):
        fresh = served
    elif before is None:
        raise ConflictError("a meals-only answer needs a plan to put the meals in")
    else:
        fresh = with_meals(before, served)
    locks = [] if previous is None else previous.locks
    plan = compose(before, fresh, locks=locks, day=job.scope.get("day"), meal=job.scope.get("meal"))
    number = 1 if previous is None else previous.version + 1
    diff = None
    if previous is not None and before is not None:
        old_targets = MacroTargets.model_validate(previous.targets)
        diff = diff_plans((previous.version, before, old_targets), (number, plan, targets))
    row = PlanVersion(
        user_id=job.user_id,
        version=number,
        job_id=job.id,
        kind=job.kind,
        reason=job.reason,
        detail=job.detail,
        order=job.order,
        notes_encrypted=job.notes_encrypted,
        plan=plan.model_dump(mode="json"),
        targets=targets.model_dump(mode="json"),
        exposure=exposure.model_dump(mode="json"),
        provenance=provenance.model_dump(mode="json"),
        experiment=exposure.experiment,
        variant=exposure.variant,
        model_version=exposure.model_version,
        in_experiment=exposure.in_experiment and not exposure.forced,
        source=provenance.source,
        notes_read=provenance.notes_read,
        repaired=provenance.source == PlanSource.repaired,
        fallback=exposure.variant != Variant.reference and provenance.source in FALLBACK_SOURCES,
        latency_s=provenance.seconds,
        locks=surviving_locks(plan, locks),
        diff=None if diff is None else diff.model_dump(mode="json"),
    )
    session.add(row)
    session.flush()
    return row

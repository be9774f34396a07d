"""The current user's plans: request (a job), read current and history, diff, lock, regenerate."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Annotated

from fastapi import APIRouter, Path, Query, status
from sqlalchemy.orm import Session

from app.api.deps import (
    MAX_OFFSET,
    MAX_PAGE_SIZE,
    CurrentUser,
    FloorsDep,
    RequestIdDep,
    RowId,
    SessionDep,
)
from app.models import JobKind, PlanJob
from app.schemas.plans import (
    AdherencePublic,
    CurrentPlanPublic,
    LocksUpdate,
    PlanDiff,
    PlanJobPublic,
    PlanVersionPublic,
    PlanVersionsPublic,
    PlanVersionSummary,
    RegenerateRequest,
)
from app.services import jobs, plans
from app.services.adaptive_targets import effective_targets
from app.services.adherence import adherence, schedule
from app.services.orders import check_plannable
from app.services.plan_diff import diff_plans
from app.services.profiles import get_profile
from domain.plan.schemas import Plan
from domain.targets import MacroTargets

router = APIRouter(prefix="/me/plans", tags=["plans"])

Version = Annotated[int, Path(ge=1, le=2**31 - 1, description="the user's plan version")]
PLAN_KINDS = (JobKind.plan, JobKind.meals)


def _job(session: Session, job: PlanJob) -> PlanJobPublic:
    return PlanJobPublic.build(job, plans.version_of_job(session=session, job_id=job.id))


@router.post("", status_code=status.HTTP_202_ACCEPTED)
def request_plan(
    user: CurrentUser, session: SessionDep, floors: FloorsDep, request_id: RequestIdDep
) -> PlanJobPublic:
    """Ask for a new plan (a week of training and meals); poll the job or GET /me/plans."""
    state = get_profile(session=session, user_id=user.id)
    check_plannable(state)
    today = date.today()
    targets = effective_targets(session=session, state=state, floors=floors, today=today)
    job = plans.request_plan(
        session=session,
        user=user,
        state=state,
        targets=targets,
        today=today,
        request_id=request_id,
    )
    session.commit()
    return _job(session, job)


@router.get("")
def read_current(user: CurrentUser, session: SessionDep) -> CurrentPlanPublic:
    """The current plan and the latest job: `pending` until serving has answered."""
    version = plans.current_version(session=session, user_id=user.id)
    job = jobs.latest_job(session=session, user_id=user.id, kinds=PLAN_KINDS)
    return CurrentPlanPublic(
        status=plans.plan_status(version, job),
        plan=None if version is None else PlanVersionPublic.from_row(version),
        job=None if job is None else _job(session, job),
    )


@router.get("/history")
def list_history(
    user: CurrentUser,
    session: SessionDep,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 20,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> PlanVersionsPublic:
    """Every plan version, newest first, with why each was made."""
    rows, count = plans.list_versions(session=session, user_id=user.id, offset=offset, limit=limit)
    return PlanVersionsPublic(data=[PlanVersionSummary.from_row(r) for r in rows], count=count)


@router.get("/jobs/{job_id}")
def read_job(job_id: RowId, user: CurrentUser, session: SessionDep) -> PlanJobPublic:
    """One plan job: pending, running, done (with its version) or failed (with reasons)."""
    return _job(session, jobs.get_job(session=session, user_id=user.id, job_id=job_id))


@router.get("/adherence")
def read_adherence(
    user: CurrentUser,
    session: SessionDep,
    days: Annotated[int, Query(ge=1, le=366, description="window length, ending today")] = 28,
) -> AdherencePublic:
    """Planned meals and exercises logged as done over the last `days` days."""
    end = date.today()
    start = end - timedelta(days=days - 1)
    rows = plans.versions_until(session=session, user_id=user.id, end=end)
    done = adherence(session=session, user_id=user.id, start=start, end=end, plan_on=schedule(rows))
    return AdherencePublic(
        start=start,
        end=end,
        meals_done=done.meals_done,
        meals_planned=done.meals_planned,
        exercises_done=done.exercises_done,
        exercises_planned=done.exercises_planned,
        percent=round(100 * done.done / done.planned, 1) if done.planned else None,
    )


@router.get("/{version}")
def read_version(version: Version, user: CurrentUser, session: SessionDep) -> PlanVersionPublic:
    """One plan version, with its targets, variant, model, reading and diff."""
    return PlanVersionPublic.from_row(
        plans.get_version(session=session, user_id=user.id, version=version)
    )


@router.get("/{version}/diff/{other}")
def diff_versions(
    version: Version, other: Version, user: CurrentUser, session: SessionDep
) -> PlanDiff:
    """What changed from `version` to `other`: targets, meal items, exercises."""
    rows = [
        plans.get_version(session=session, user_id=user.id, version=number)
        for number in (version, other)
    ]
    old, new = (
        (row.version, Plan.model_validate(row.plan), MacroTargets.model_validate(row.targets))
        for row in rows
    )
    return diff_plans(old, new)


@router.put("/{version}/locks")
def set_locks(
    version: Version, body: LocksUpdate, user: CurrentUser, session: SessionDep
) -> PlanVersionPublic:
    """Lock meals or items of the current plan: regenerations and renewals keep them."""
    row = plans.set_locks(session=session, user_id=user.id, version=version, locks=body.locks)
    return PlanVersionPublic.from_row(row)


@router.post("/{version}/regenerate", status_code=status.HTTP_202_ACCEPTED)
def regenerate(
    version: Version,
    body: RegenerateRequest,
    user: CurrentUser,
    session: SessionDep,
    floors: FloorsDep,
    request_id: RequestIdDep,
) -> PlanJobPublic:
    """Redo one day's meals, or one meal, as a new version; locked items stay."""
    scope = plans.regeneration_scope(
        session=session, user_id=user.id, version=version, day=body.day, meal=body.meal
    )
    state = get_profile(session=session, user_id=user.id)
    today = date.today()
    what = f"day {body.day}" if body.meal is None else f"meal {body.meal} of day {body.day}"
    job = plans.request_plan(
        session=session,
        user=user,
        state=state,
        targets=effective_targets(session=session, state=state, floors=floors, today=today),
        today=today,
        kind=JobKind.meals,
        reason="regenerate_day" if body.meal is None else "regenerate_meal",
        detail=f"regenerate {what} of version {version}",
        scope=scope,
        request_id=request_id,
    )
    session.commit()
    return _job(session, job)

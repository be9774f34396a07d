"""The A/B export (`domain.api.experiments`): one row per user, and the feedback with its plans.

Who counts: versions whose exposure was assigned by the experiment's hash (`in_experiment`, not
forced by a scientist): a user served while only one variant was live was not randomised. A
user's variant is the one of their first such exposure (intention to treat); their later
versions count while the router keeps them in it. User ids leave as an HMAC keyed by a key
derived from SECRET_KEY: stable across exports, opaque without the server's secret.
"""

from __future__ import annotations

import hashlib
import hmac
from collections import defaultdict
from datetime import date, datetime, timedelta
from typing import Any, Final

from pydantic import ValidationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.crypto import Cipher
from app.models import Meal, PlanRating, PlanThumb, PlanVersion, Workout
from app.schemas.experiments import ExperimentSummary
from app.services.adherence import adherence, schedule
from app.services.errors import ConflictError, InvalidRequestError, NotFoundError, problems
from app.services.feedback import feedback_on, with_feedback
from domain.api.experiments import ExperimentUnits, PreferenceRecord, UnitMetrics
from domain.api.serving import PlanOrder, Variant
from domain.experiments import ExperimentReport, ReportSettings, build_report
from domain.plan.from_draft import draft_from_plan
from domain.plan.reading import NotesReading, apply_reading
from domain.plan.request import request_from_profile
from domain.plan.schemas import Plan
from domain.prompt import serialise_draft
from domain.targets import MacroTargets

PRE_PERIOD_DAYS: Final = 28
_UNIT_KEY_LABEL: Final = b"nexfitra experiment units"


class UnitHasher:
    """Salted, keyed hash of user ids (HMAC-SHA256 under a key derived from the secret)."""

    def __init__(self, secret_key: str) -> None:
        self._key = hmac.new(secret_key.encode(), _UNIT_KEY_LABEL, hashlib.sha256).digest()

    def __call__(self, user_id: int) -> str:
        return hmac.new(self._key, str(user_id).encode(), hashlib.sha256).hexdigest()[:32]


def list_experiments(*, session: Session) -> list[ExperimentSummary]:
    """Every experiment key in plan exposures, with counts, most recently seen first."""
    per_variant: defaultdict[str, dict[Variant, int]] = defaultdict(dict)
    for key, variant, count in session.execute(
        select(PlanVersion.experiment, PlanVersion.variant, func.count()).group_by(
            PlanVersion.experiment, PlanVersion.variant
        )
    ):
        per_variant[key][Variant(variant)] = count
    rows = session.execute(
        select(
            PlanVersion.experiment,
            func.count(),
            func.count(func.distinct(PlanVersion.user_id)),
            func.count().filter(PlanVersion.in_experiment),
            func.min(PlanVersion.created_at),
            func.max(PlanVersion.created_at),
        )
        .group_by(PlanVersion.experiment)
        .order_by(func.max(PlanVersion.created_at).desc())
    ).all()
    return [
        ExperimentSummary(
            key=key,
            plans=plans,
            users=users,
            in_experiment_plans=assigned,
            variants=per_variant[key],
            first_seen=first,
            last_seen=last,
        )
        for key, plans, users, assigned, first, last in rows
    ]


def export_units(
    *, session: Session, key: str, hasher: UnitHasher, today: date, now: datetime
) -> ExperimentUnits:
    """Every randomised user of experiment `key`, their outcomes aggregated per user.

    Raises:
        NotFoundError: No randomised plan was served under `key`.
    """
    rows = session.scalars(
        select(PlanVersion)
        .where(PlanVersion.experiment == key, PlanVersion.in_experiment)
        .order_by(PlanVersion.user_id, PlanVersion.created_at, PlanVersion.id)
    ).all()
    if not rows:
        raise NotFoundError(f"no randomised plan was served under experiment {key!r}")
    by_user: defaultdict[int, list[PlanVersion]] = defaultdict(list)
    for row in rows:
        by_user[row.user_id].append(row)
    latest = max(rows, key=lambda row: (row.created_at, row.id))
    weights = {Variant(v): w for v, w in latest.exposure.get("weights", {}).items()}
    return ExperimentUnits(
        experiment=key,
        exported_at=now,
        control=Variant.champion if Variant.champion in weights else Variant.reference,
        weights=weights,
        units=[
            _unit(session, hasher(user_id), versions, today)
            for user_id, versions in by_user.items()
        ],
    )


def report(export: ExperimentUnits, settings: dict[str, Any]) -> ExperimentReport:
    """The A/B report of an export (`domain.experiments.build_report`).

    Raises:
        InvalidRequestError: A setting is not valid (an unknown metric...).
        ConflictError: The split has no treatment to compare yet (a single live variant).
    """
    try:
        chosen = ReportSettings.model_validate(settings)
    except ValidationError as exc:
        raise InvalidRequestError(problems(exc)) from exc
    try:
        return build_report(export, chosen)
    except ValueError as exc:
        raise ConflictError(f"no report for {export.experiment!r} yet: {exc}") from exc


def _unit(session: Session, unit: str, versions: list[PlanVersion], today: date) -> UnitMetrics:
    variant = versions[0].variant
    counted = [row for row in versions if row.variant == variant]
    ids = [row.id for row in counted]
    user_id, first = counted[0].user_id, counted[0].created_at
    stars = session.scalars(
        select(PlanRating.stars).where(
            PlanRating.version_id.in_(ids),
            PlanRating.variant == variant,
            PlanRating.stars.is_not(None),
        )
    ).all()
    thumbs = session.scalars(
        select(PlanThumb.up).where(PlanThumb.version_id.in_(ids), PlanThumb.variant == variant)
    ).all()
    after = adherence(
        session=session, user_id=user_id, start=first.date(), end=today, plan_on=schedule(counted)
    )
    pre_hits = pre_total = None
    pre_start, pre_end = first.date() - timedelta(days=PRE_PERIOD_DAYS), first.date() - timedelta(1)
    if _has_logs(session, user_id, pre_start, pre_end):
        # The first plan held against the weeks before it: the same metric, before treatment.
        first_plan = Plan.model_validate(counted[0].plan)
        pre = adherence(
            session=session,
            user_id=user_id,
            start=pre_start,
            end=pre_end,
            plan_on=lambda _day: first_plan,
        )
        pre_hits, pre_total = float(pre.done), float(pre.planned)
    return UnitMetrics(
        unit=unit,
        variant=Variant(variant),
        model_version=counted[-1].model_version,
        first_exposure=first,
        plans=len(counted),
        ratings=len(stars),
        rating_sum=float(sum(s for s in stars if s is not None)),
        ratings_4plus=sum(1 for s in stars if s is not None and s >= 4),
        thumbs_up=sum(thumbs),
        thumbs_down=len(thumbs) - sum(thumbs),
        adherence_hits=float(after.done),
        adherence_total=float(after.planned),
        repaired=sum(row.repaired for row in counted),
        fallbacks=sum(row.fallback for row in counted),
        latencies=[row.latency_s for row in counted],
        pre_adherence_hits=pre_hits,
        pre_adherence_total=pre_total,
    )


def _has_logs(session: Session, user_id: int, start: date, end: date) -> bool:
    meals = select(Meal.id).where(Meal.user_id == user_id, Meal.eaten_on.between(start, end))
    workouts = select(Workout.id).where(
        Workout.user_id == user_id, Workout.performed_on.between(start, end)
    )
    return bool(session.scalar(select(meals.exists()))) or bool(
        session.scalar(select(workouts.exists()))
    )


def prompt_request(row: PlanVersion) -> str:
    """The `PlanRequest` a version was made for, as JSON: the form, its targets, the reading."""
    order = PlanOrder.model_validate(row.order)
    form = request_from_profile(**order.profile.model_dump())
    form = form.model_copy(update={"targets": MacroTargets.model_validate(row.targets)})
    reading = NotesReading.model_validate(row.provenance["reading"])
    return apply_reading(form, reading).model_dump_json()


def preference_records(
    *,
    session: Session,
    experiment: str | None,
    since: datetime | None,
    hasher: UnitHasher,
    cipher: Cipher,
    offset: int,
    limit: int,
) -> list[PreferenceRecord]:
    """Feedback with what was served, one record per rated or thumbed version, newest first;
    with `since`, only versions given feedback after it (what a sensor has not seen)."""
    versions, _ = with_feedback(
        session=session,
        user_id=None,
        experiment=experiment,
        since=since,
        offset=offset,
        limit=limit,
    )
    records = []
    for row in versions:
        said = feedback_on(session=session, row=row, cipher=cipher)
        assert said.updated_at is not None  # every version here has some feedback
        records.append(
            PreferenceRecord(
                unit=hasher(row.user_id),
                variant=said.variant,
                model_version=said.model_version,
                prompt_request=prompt_request(row),
                notes=cipher.decrypt(row.notes_encrypted) or "",
                draft=serialise_draft(draft_from_plan(Plan.model_validate(row.plan))),
                stars=said.stars,
                thumbs={t.item: 1 if t.up else -1 for t in said.thumbs},
                at=said.updated_at,
            )
        )
    return records

"""Stars, comments and thumbs on plan versions, kept with the variant and model that made them.

The variant and model version are copied onto each row: the A/B report and the preference
export read feedback without joining back through versions, and a row stays self-describing.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session

from app.core.crypto import Cipher
from app.models import PlanRating, PlanThumb, PlanVersion
from app.schemas.feedback import FeedbackPublic, ThumbIn, ThumbPublic
from app.services.errors import InvalidRequestError
from app.services.plans import get_version
from domain.plan.schemas import Plan

MEAL_JOINER = " + "


def item_name(plan: Plan, kind: str, day: int, position: int) -> str:
    """The exercise, or the meal's foods joined by " + ", at a position of a plan day.

    Raises:
        InvalidRequestError: The day has no such meal or exercise.
    """
    planned = plan.days[day - 1]
    if kind == "meal" and position < len(planned.meals):
        return MEAL_JOINER.join(item.name for item in planned.meals[position].items)
    if kind == "exercise" and position < len(planned.exercises):
        return planned.exercises[position].name
    count = len(planned.meals if kind == "meal" else planned.exercises)
    raise InvalidRequestError(f"day {day} has {count} {kind}s; there is no {kind} {position}")


def rate(
    *,
    session: Session,
    user_id: int,
    version: int,
    stars: int | None,
    comment: str | None,
    cipher: Cipher,
) -> None:
    """Set (or replace) the stars and comment of a version.

    Raises:
        NotFoundError: No such version.
    """
    row = get_version(session=session, user_id=user_id, version=version)
    rating = session.scalar(select(PlanRating).where(PlanRating.version_id == row.id))
    if rating is None:
        rating = PlanRating(
            user_id=user_id, version_id=row.id, variant=row.variant, model_version=row.model_version
        )
        session.add(rating)
    rating.stars = stars
    rating.notes_encrypted = cipher.encrypt(comment)
    session.commit()


def thumb(*, session: Session, user_id: int, version: int, body: ThumbIn) -> None:
    """Set, change or take back (`up` None) a thumb on one meal or exercise of a version.

    Raises:
        NotFoundError: No such version.
        InvalidRequestError: No such meal or exercise in it.
    """
    row = get_version(session=session, user_id=user_id, version=version)
    name = item_name(Plan.model_validate(row.plan), body.kind, body.day, body.position)
    existing = session.scalar(
        select(PlanThumb).where(
            PlanThumb.version_id == row.id,
            PlanThumb.kind == body.kind,
            PlanThumb.day == body.day,
            PlanThumb.position == body.position,
        )
    )
    if body.up is None:
        if existing is not None:
            session.delete(existing)
    elif existing is None:
        session.add(
            PlanThumb(
                user_id=user_id,
                version_id=row.id,
                kind=body.kind,
                day=body.day,
                position=body.position,
                item=name,
                up=body.up,
                variant=row.variant,
                model_version=row.model_version,
            )
        )
    else:
        existing.up = body.up
    session.commit()


def feedback_on(*, session: Session, row: PlanVersion, cipher: Cipher) -> FeedbackPublic:
    """All feedback on one version."""
    rating = session.scalar(select(PlanRating).where(PlanRating.version_id == row.id))
    thumbs = session.scalars(
        select(PlanThumb)
        .where(PlanThumb.version_id == row.id)
        .order_by(PlanThumb.day, PlanThumb.kind, PlanThumb.position)
    ).all()
    times = [t.created_at for t in thumbs] + ([rating.updated_at] if rating else [])
    return FeedbackPublic(
        version=row.version,
        variant=row.variant,
        model_version=row.model_version,
        stars=None if rating is None else rating.stars,
        comment=None if rating is None else cipher.decrypt(rating.notes_encrypted),
        thumbs=[
            ThumbPublic(kind=t.kind, day=t.day, position=t.position, item=t.item, up=t.up)
            for t in thumbs
        ],
        updated_at=max(times, default=None),
    )


def with_feedback(
    *,
    session: Session,
    user_id: int | None,
    offset: int,
    limit: int,
    experiment: str | None = None,
    since: datetime | None = None,
) -> tuple[list[PlanVersion], int]:
    """Versions with feedback (given after `since`, if set), newest first: one user's, or
    everyone's in an experiment."""
    rated = exists().where(PlanRating.version_id == PlanVersion.id)
    thumbed = exists().where(PlanThumb.version_id == PlanVersion.id)
    if since is not None:
        rated = rated.where(PlanRating.updated_at > since)
        thumbed = thumbed.where(PlanThumb.created_at > since)
    where = [or_(rated, thumbed)]
    if user_id is not None:
        where.append(PlanVersion.user_id == user_id)
    if experiment is not None:
        where.append(PlanVersion.experiment == experiment)
    count = session.scalar(select(func.count()).select_from(PlanVersion).where(*where)) or 0
    rows = session.scalars(
        select(PlanVersion)
        .where(*where)
        .order_by(PlanVersion.created_at.desc(), PlanVersion.id.desc())
        .offset(offset)
        .limit(limit)
    ).all()
    return list(rows), count

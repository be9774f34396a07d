"""The current user's feedback on plan versions: stars and a comment, thumbs per item."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from app.api.deps import MAX_OFFSET, MAX_PAGE_SIZE, CipherDep, CurrentUser, SessionDep
from app.schemas.feedback import FeedbackPublic, FeedbacksPublic, RatingIn, ThumbIn
from app.services import feedback
from app.services.plans import get_version

router = APIRouter(prefix="/me/feedback", tags=["feedback"])

Version = Annotated[int, Path(ge=1, le=2**31 - 1, description="the user's plan version")]


@router.get("")
def list_feedback(
    user: CurrentUser,
    session: SessionDep,
    cipher: CipherDep,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 20,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> FeedbacksPublic:
    """Feedback on every version that has some, newest first."""
    rows, count = feedback.with_feedback(
        session=session, user_id=user.id, offset=offset, limit=limit
    )
    return FeedbacksPublic(
        data=[feedback.feedback_on(session=session, row=row, cipher=cipher) for row in rows],
        count=count,
    )


@router.get("/{version}")
def read_feedback(
    version: Version, user: CurrentUser, session: SessionDep, cipher: CipherDep
) -> FeedbackPublic:
    """Feedback on one plan version."""
    row = get_version(session=session, user_id=user.id, version=version)
    return feedback.feedback_on(session=session, row=row, cipher=cipher)


@router.put("/{version}")
def rate_version(
    version: Version, body: RatingIn, user: CurrentUser, session: SessionDep, cipher: CipherDep
) -> FeedbackPublic:
    """Rate a plan version 1-5 stars, with an optional comment (encrypted at rest)."""
    feedback.rate(
        session=session,
        user_id=user.id,
        version=version,
        stars=body.stars,
        comment=body.comment,
        cipher=cipher,
    )
    return read_feedback(version, user, session, cipher)


@router.put("/{version}/thumbs")
def thumb_item(
    version: Version, body: ThumbIn, user: CurrentUser, session: SessionDep, cipher: CipherDep
) -> FeedbackPublic:
    """Thumbs up or down on one meal or exercise of a plan version (null takes it back)."""
    feedback.thumb(session=session, user_id=user.id, version=version, body=body)
    return read_feedback(version, user, session, cipher)

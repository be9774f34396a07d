"""Promotion requests: recorded here, carried out by the pipelines, which report back.

The app never touches the MLflow registry. A scientist asks to make the challenger the champion
(`domain.api.promotions`); the pipelines' sensor lists the pending requests, moves the alias,
and posts the outcome.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import PlanVersion, PromotionRequest, utcnow
from app.services.errors import ConflictError, InvalidRequestError, NotFoundError
from domain.api.promotions import PromotionOutcome, PromotionStatus
from domain.api.serving import Variant


def request_promotion(
    *, session: Session, experiment: str, challenger_version: str | None, user_id: int
) -> PromotionRequest:
    """Record a request to promote the challenger of `experiment`.

    Raises:
        InvalidRequestError: The challenger never served `challenger_version` in the experiment.
        ConflictError: A request for the experiment is already pending.
    """
    if challenger_version is not None:
        served = session.scalar(
            select(PlanVersion.id)
            .where(
                PlanVersion.experiment == experiment,
                PlanVersion.variant == Variant.challenger,
                PlanVersion.model_version == challenger_version,
            )
            .limit(1)
        )
        if served is None:
            raise InvalidRequestError(
                f"the challenger never served model version {challenger_version!r} in "
                f"experiment {experiment!r}"
            )
    pending = session.scalar(
        select(PromotionRequest.id).where(
            PromotionRequest.experiment == experiment,
            PromotionRequest.status == PromotionStatus.pending,
        )
    )
    if pending is not None:
        raise ConflictError(f"promotion request {pending} for {experiment!r} is still pending")
    row = PromotionRequest(
        experiment=experiment, challenger_version=challenger_version, requested_by=user_id
    )
    session.add(row)
    session.commit()
    return row


def list_promotions(
    *, session: Session, status: PromotionStatus | None, offset: int, limit: int
) -> list[PromotionRequest]:
    """Requests, oldest first: the order the pipelines carry them out in."""
    where = [] if status is None else [PromotionRequest.status == status]
    return list(
        session.scalars(
            select(PromotionRequest)
            .where(*where)
            .order_by(PromotionRequest.requested_at, PromotionRequest.id)
            .offset(offset)
            .limit(limit)
        )
    )


def complete(
    *, session: Session, request_id: int, outcome: PromotionOutcome, user_id: int
) -> PromotionRequest:
    """Record what the pipelines' promotion did.

    Raises:
        InvalidRequestError: The outcome is `pending`, which completes nothing.
        NotFoundError: No such request.
        ConflictError: It was completed already.
    """
    if outcome.status is PromotionStatus.pending:
        raise InvalidRequestError("an outcome is done or failed, not pending")
    row = session.get(PromotionRequest, request_id)
    if row is None:
        raise NotFoundError(f"promotion request {request_id} not found")
    if row.status != PromotionStatus.pending:
        raise ConflictError(f"promotion request {request_id} is already {row.status}")
    row.status = outcome.status
    row.champion_version = outcome.champion_version
    row.detail = outcome.detail
    row.completed_by = user_id
    row.completed_at = utcnow()
    session.commit()
    return row

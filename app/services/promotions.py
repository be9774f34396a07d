"""Promotion requests: recorded here, carried out by the pipelines, which report back.

The app never touches the MLflow registry. A scientist asks to promote a model version that was
served in an experiment; the pipelines list the pending requests, move the registry alias, and
mark each done or failed.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import PlanVersion, PromotionRequest, PromotionStatus, utcnow
from app.services.errors import ConflictError, InvalidRequestError, NotFoundError
from domain.api.serving import Variant


def request_promotion(
    *, session: Session, experiment: str, variant: Variant, model_version: str, user_id: int
) -> PromotionRequest:
    """Record a request to promote a version served in `experiment`.

    Raises:
        InvalidRequestError: The variant never served that version in the experiment.
        ConflictError: A request for the experiment is already pending.
    """
    served = session.scalar(
        select(PlanVersion.id)
        .where(
            PlanVersion.experiment == experiment,
            PlanVersion.variant == variant,
            PlanVersion.model_version == model_version,
        )
        .limit(1)
    )
    if served is None:
        raise InvalidRequestError(
            f"{variant} never served model version {model_version!r} in experiment {experiment!r}"
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
        experiment=experiment, variant=variant, model_version=model_version, requested_by=user_id
    )
    session.add(row)
    session.commit()
    return row


def list_promotions(
    *, session: Session, status: PromotionStatus | None, offset: int, limit: int
) -> tuple[list[PromotionRequest], int]:
    """Requests, oldest first (the order the pipelines should carry them out in)."""
    where = [] if status is None else [PromotionRequest.status == status]
    count = session.scalar(select(func.count()).select_from(PromotionRequest).where(*where)) or 0
    rows = session.scalars(
        select(PromotionRequest)
        .where(*where)
        .order_by(PromotionRequest.created_at, PromotionRequest.id)
        .offset(offset)
        .limit(limit)
    ).all()
    return list(rows), count


def complete(
    *, session: Session, request_id: int, status: PromotionStatus, detail: str, user_id: int
) -> PromotionRequest:
    """Mark a pending request done or failed, as the pipelines report it.

    Raises:
        NotFoundError: No such request.
        ConflictError: It is not pending any more.
    """
    row = session.get(PromotionRequest, request_id)
    if row is None:
        raise NotFoundError(f"promotion request {request_id} not found")
    if row.status != PromotionStatus.pending:
        raise ConflictError(f"promotion request {request_id} is already {row.status}")
    row.status = status
    row.detail = detail
    row.completed_by = user_id
    row.completed_at = utcnow()
    session.commit()
    return row

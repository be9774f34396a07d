"""The current user's body-weight log."""

from __future__ import annotations

from fastapi import APIRouter, status

from app.api.deps import CurrentUser, DatePageDep, RenewalDep, RowId, SessionDep
from app.schemas.logs import WeightCreate, WeightPublic, WeightsPublic, WeightUpdate
from app.services import weights

router = APIRouter(prefix="/me/weights", tags=["weights"])


@router.post("", status_code=status.HTTP_201_CREATED)
def log_weight(
    body: WeightCreate, user: CurrentUser, session: SessionDep, renew: RenewalDep
) -> WeightPublic:
    """Log a body weight; the latest becomes the current weight and renews the meal plan."""
    row = weights.log_weight(
        session=session,
        user_id=user.id,
        weight_kg=body.weight_kg,
        measured_on=body.measured_on,
        on_change=renew,
    )
    return WeightPublic.from_row(row)


@router.get("")
def list_weights(user: CurrentUser, session: SessionDep, page: DatePageDep) -> WeightsPublic:
    """List logged weights, newest first."""
    rows, count = weights.list_weights(session=session, user_id=user.id, page=page)
    return WeightsPublic(data=[WeightPublic.from_row(row) for row in rows], count=count)


@router.get("/{weight_id}")
def read_weight(weight_id: RowId, user: CurrentUser, session: SessionDep) -> WeightPublic:
    """Read one logged weight."""
    return WeightPublic.from_row(
        weights.get_weight(session=session, user_id=user.id, weight_id=weight_id)
    )


@router.patch("/{weight_id}")
def update_weight(
    weight_id: RowId, body: WeightUpdate, user: CurrentUser, session: SessionDep, renew: RenewalDep
) -> WeightPublic:
    """Correct a logged weight or its date."""
    row = weights.update_weight(
        session=session,
        user_id=user.id,
        weight_id=weight_id,
        changes=body.model_dump(exclude_unset=True),
        on_change=renew,
    )
    return WeightPublic.from_row(row)


@router.delete("/{weight_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_weight(
    weight_id: RowId, user: CurrentUser, session: SessionDep, renew: RenewalDep
) -> None:
    """Delete a logged weight."""
    weights.delete_weight(session=session, user_id=user.id, weight_id=weight_id, on_change=renew)

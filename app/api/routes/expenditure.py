"""The current user's measured energy expenditure, beside the formula's."""

from __future__ import annotations

from datetime import date, timedelta

from fastapi import APIRouter
from sqlalchemy.orm import Session

from app.api.deps import CurrentUser, FloorsDep, RenewalDep, SessionDep
from app.schemas.expenditure import ExpenditurePublic, ExpenditureUpdate
from app.services import adaptive_targets
from app.services.profiles import get_profile
from app.services.targets import missing_for_targets, targets_for
from domain.targets import CalorieFloors

router = APIRouter(prefix="/me", tags=["expenditure"])


def _public(session: Session, user_id: int, floors: CalorieFloors) -> ExpenditurePublic:
    today = date.today()
    state = get_profile(session=session, user_id=user_id)
    estimate = adaptive_targets.current_estimate(session=session, user_id=user_id, today=today)
    complete = not missing_for_targets(state)
    formula = targets_for(state=state, floors=floors, today=today) if complete else None
    targets = (
        adaptive_targets.effective_targets(session=session, state=state, floors=floors, today=today)
        if complete
        else None
    )
    opted_in = state.profile.targets_from_expenditure
    last = (
        adaptive_targets.latest_adjustment(session=session, user_id=user_id) if opted_in else None
    )
    step = timedelta(days=adaptive_targets.CHECK_IN_DAYS)
    return ExpenditurePublic(
        formula_tdee_kcal=None if formula is None else round(formula.tdee, 1),
        expenditure_kcal=(
            None if estimate.expenditure_kcal is None else round(estimate.expenditure_kcal, 1)
        ),
        start=estimate.start,
        end=estimate.end,
        mean_intake_kcal=estimate.mean_intake_kcal,
        trend_change_kg=estimate.trend_change_kg,
        intake_days=estimate.intake_days,
        weigh_ins=estimate.weigh_ins,
        missing=estimate.missing,
        use_for_targets=opted_in,
        calories=None if targets is None else targets.calories,
        last_check_in=None if last is None else last.made_on,
        next_check_in=None if last is None else last.made_on + step,
        max_weekly_step_kcal=adaptive_targets.MAX_WEEKLY_STEP_KCAL,
    )


@router.get("/expenditure")
def read_expenditure(
    user: CurrentUser, session: SessionDep, floors: FloorsDep
) -> ExpenditurePublic:
    """Expenditure measured from intake and trend weight, beside the formula's TDEE."""
    return _public(session, user.id, floors)


@router.put("/expenditure")
def set_expenditure(
    body: ExpenditureUpdate,
    user: CurrentUser,
    session: SessionDep,
    floors: FloorsDep,
    renew: RenewalDep,
) -> ExpenditurePublic:
    """Opt in to (or out of) targets from measured expenditure, changing a step a week."""
    state = get_profile(session=session, user_id=user.id)
    if state.profile.targets_from_expenditure != body.use_for_targets:
        state.profile.targets_from_expenditure = body.use_for_targets
        if not missing_for_targets(state):
            adaptive_targets.check_in(
                session=session, state=state, floors=floors, today=renew.today, restart=True
            )
            why = "targets from measured expenditure" if body.use_for_targets else "formula targets"
            renew.renew(session, state, frozenset(), why)
        session.commit()
    return _public(session, user.id, floors)

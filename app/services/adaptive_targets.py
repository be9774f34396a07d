"""Targets from measured expenditure, for users who opt in, moving at most a step a week.

The formula's targets stay the default. A user who opts in gets weekly check-ins: each sets the
calories to the measured expenditure plus the goal's adjustment (the formula's own deficit or
surplus, so a fat-loss goal keeps its deficit), but moves at most `MAX_WEEKLY_STEP_KCAL` from
the calories before, so a noisy week never makes targets jump; the calorie floor still holds.
Protein, fat and carbohydrate are split again from the new calories by the same rules
(`domain.macros.split_macros`).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import BodyMetric, Meal, TargetAdjustment
from app.services.expenditure import WINDOW_DAYS, Estimate, estimate_expenditure
from app.services.profiles import ProfileState
from app.services.targets import targets_for
from domain.macros import split_macros
from domain.plan.request import low_carb_targets
from domain.profile import Diet, Goal, Sex
from domain.targets import (
    PROTEIN_G_PER_KG,
    CalorieFloors,
    MacroTargets,
    protein_reference_mass_kg,
)

MAX_WEEKLY_STEP_KCAL: Final = 100
CHECK_IN_DAYS: Final = 7
# Weights further back only warm the trend up, and after this long it has forgotten them.
TREND_HISTORY_DAYS: Final = 180


def current_estimate(*, session: Session, user_id: int, today: date) -> Estimate:
    """The expenditure the user's logs measure now (`app.services.expenditure`)."""
    intake = session.execute(
        select(Meal.eaten_on, func.sum(Meal.kcal))
        .where(
            Meal.user_id == user_id,
            Meal.eaten_on > today - timedelta(days=WINDOW_DAYS),
            Meal.eaten_on <= today,
        )
        .group_by(Meal.eaten_on)
    ).all()
    weights = session.execute(
        select(BodyMetric.measured_on, func.avg(BodyMetric.weight_kg))
        .where(
            BodyMetric.user_id == user_id,
            BodyMetric.weight_kg.is_not(None),
            BodyMetric.measured_on > today - timedelta(days=TREND_HISTORY_DAYS),
        )
        .group_by(BodyMetric.measured_on)
    ).all()
    return estimate_expenditure(
        intake={day: float(kcal) for day, kcal in intake},
        weights={day: float(kg) for day, kg in weights},
        today=today,
    )


def latest_adjustment(*, session: Session, user_id: int) -> TargetAdjustment | None:
    return session.scalar(
        select(TargetAdjustment)
        .where(TargetAdjustment.user_id == user_id)
        .order_by(TargetAdjustment.made_on.desc(), TargetAdjustment.id.desc())
        .limit(1)
    )


def effective_targets(
    *, session: Session, state: ProfileState, floors: CalorieFloors, today: date
) -> MacroTargets:
    """The targets plans are made for: the formula's, or the latest check-in's when opted in.

    Low-carb among the diets caps carbohydrate as serving would (`low_carb_targets`): serving
    plans to the targets it is sent, so they must already be the diet's.

    Raises:
        IncompleteProfileError: The formula lacks a profile field.
    """
    targets = targets_for(state=state, floors=floors, today=today)
    adjustment = None
    if state.profile.targets_from_expenditure:
        adjustment = latest_adjustment(session=session, user_id=state.profile.user_id)
    if adjustment is not None:
        note = (
            f"Calories from your measured expenditure ({adjustment.expenditure_kcal:.0f} "
            f"kcal/day, checked in on {adjustment.made_on}); they change by at most "
            f"{MAX_WEEKLY_STEP_KCAL} kcal a week."
        )
        targets = _with_calories(targets, adjustment.calories, state, note)
    return low_carb_targets(targets) if Diet.low_carb in state.profile.diets else targets


def check_in(
    *,
    session: Session,
    state: ProfileState,
    floors: CalorieFloors,
    today: date,
    restart: bool = False,
) -> TargetAdjustment | None:
    """Take this week's step toward the measured expenditure, if one is due (no commit).

    Args:
        restart: Step from the formula's calories, ignoring earlier check-ins (on opting in).

    Returns:
        The new adjustment, or None: not opted in, no estimate yet, or checked in this week.
    """
    profile = state.profile
    if not profile.targets_from_expenditure:
        return None
    last = None if restart else latest_adjustment(session=session, user_id=profile.user_id)
    if last is not None and (today - last.made_on).days < CHECK_IN_DAYS:
        return None
    estimate = current_estimate(session=session, user_id=profile.user_id, today=today)
    if estimate.expenditure_kcal is None:
        return None
    formula = targets_for(state=state, floors=floors, today=today)
    start = formula.calories if last is None else last.calories
    wanted = estimate.expenditure_kcal + (formula.calories - formula.tdee)
    step = min(max(wanted - start, -MAX_WEEKLY_STEP_KCAL), MAX_WEEKLY_STEP_KCAL)
    floor = floors.female if profile.sex == Sex.female else floors.male
    adjustment = TargetAdjustment(
        user_id=profile.user_id,
        made_on=today,
        expenditure_kcal=estimate.expenditure_kcal,
        formula_tdee_kcal=formula.tdee,
        calories=max(round(start + step), floor),
    )
    session.add(adjustment)
    session.flush()
    return adjustment


def _with_calories(
    formula: MacroTargets, calories: int, state: ProfileState, note: str
) -> MacroTargets:
    profile = state.profile
    # targets_for checked that the profile holds every field used here.
    assert state.height_cm and state.weight_kg and profile.sex and profile.goal
    mass = protein_reference_mass_kg(
        sex=Sex(profile.sex),
        height_cm=state.height_cm,
        weight_kg=state.weight_kg,
        body_fat_pct=profile.body_fat_pct,
    )
    split = split_macros(
        calories=calories,
        protein_goal_g=PROTEIN_G_PER_KG[Goal(profile.goal)] * mass,
        mass_kg=mass,
    )
    return formula.model_copy(
        update={
            "calories": calories,
            "protein_g": split.protein_g,
            "carbs_g": split.carbs_g,
            "fat_g": split.fat_g,
            "warnings": (*split.warnings, note),
        }
    )

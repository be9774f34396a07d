"""Measured energy expenditure beside the formula's, and the opt-in to targets based on it."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field

from app.schemas.common import StrictInput


class ExpenditurePublic(BaseModel):
    formula_tdee_kcal: float | None = Field(description="BMR x activity factor; None if incomplete")
    expenditure_kcal: float | None = Field(
        description="intake minus the change in trend weight (7700 kcal/kg); None until the "
        "logs allow it (see `missing`)"
    )
    start: date | None = Field(description="first weigh-in the estimate spans")
    end: date | None = Field(description="last weigh-in the estimate spans")
    mean_intake_kcal: float | None
    trend_change_kg: float | None
    intake_days: int
    weigh_ins: int
    missing: str | None = Field(description="which logs are still needed for an estimate")
    use_for_targets: bool
    calories: int | None = Field(description="today's calorie target")
    last_check_in: date | None
    next_check_in: date | None
    max_weekly_step_kcal: int


class ExpenditureUpdate(StrictInput):
    use_for_targets: bool

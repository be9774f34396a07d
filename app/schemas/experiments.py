"""The experiments seen in plan exposures (role scientist)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from app.schemas.common import StrictInput
from domain.api.promotions import PromotionRequest
from domain.api.serving import NO_CONTROL, Variant


class ExperimentSummary(BaseModel):
    key: str
    plans: int = Field(description="plan versions served under this experiment key")
    users: int
    in_experiment_plans: int = Field(description="versions assigned by the experiment's hash")
    variants: dict[Variant, int] = Field(description="versions per variant")
    first_seen: datetime
    last_seen: datetime


class ExperimentsPublic(BaseModel):
    data: list[ExperimentSummary]
    count: int


class PromotionCreate(StrictInput):
    """The challenger version the scientist approved; None promotes whatever `@challenger` is
    when the pipelines run (they refuse if it moved since an approved version)."""

    challenger_version: str | None = Field(
        default=None, min_length=1, max_length=64, pattern=NO_CONTROL
    )


class PromotionPublic(PromotionRequest):
    """A request as the pipelines read it (`domain.api.promotions`), and what became of it."""

    model_config = ConfigDict(from_attributes=True)

    requested_by: int | None
    champion_version: str | None
    detail: str
    completed_by: int | None
    completed_at: datetime | None

"""The experiments seen in plan exposures (role scientist)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from app.models import PromotionStatus
from app.schemas.common import StrictInput
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
    """Which served model version to promote (the pipelines move the registry alias)."""

    variant: Variant = Variant.challenger
    model_version: str = Field(min_length=1, max_length=64, pattern=NO_CONTROL)


class PromotionComplete(StrictInput):
    status: Literal[PromotionStatus.done, PromotionStatus.failed]
    detail: str = Field(default="", max_length=2000, pattern=NO_CONTROL)


class PromotionPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    experiment: str
    variant: Variant
    model_version: str
    requested_by: int | None
    status: PromotionStatus
    detail: str
    created_at: datetime
    completed_by: int | None
    completed_at: datetime | None


class PromotionsPublic(BaseModel):
    data: list[PromotionPublic]
    count: int

"""The experiments seen in plan exposures (role scientist)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from domain.api.serving import Variant


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

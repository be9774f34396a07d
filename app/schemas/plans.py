"""Plan jobs, plan versions, their diffs, locks and regeneration requests."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from app.models import JobKind, JobStatus, PlanJob, PlanVersion
from app.schemas.common import StrictInput
from domain.api.serving import Exposure, Provenance, Variant
from domain.plan.planner_limits import MAX_MEALS_PER_DAY
from domain.plan.provenance import PlanSource
from domain.plan.schemas import Plan
from domain.targets import MacroTargets

Day = Field(ge=1, le=7, description="1 = Monday")
MealIndex = Field(ge=0, lt=MAX_MEALS_PER_DAY, description="position of the meal in its day")


class Reason(BaseModel):
    code: str
    message: str


class PlanJobPublic(BaseModel):
    """A queued call to serving; `pending` and `running` mean the answer has not come yet."""

    id: int
    kind: JobKind
    status: JobStatus
    reason: str
    detail: str
    attempts: int
    next_attempt_at: datetime
    error: str | None = Field(description="the last failure, permanent or to be retried")
    reasons: list[Reason] = Field(description="serving's reasons when a profile cannot be planned")
    version: int | None = Field(description="the plan version the job made, once done")
    created_at: datetime
    finished_at: datetime | None

    @classmethod
    def build(cls, job: PlanJob, version: int | None) -> PlanJobPublic:
        return cls.model_validate(
            {
                **{name: getattr(job, name) for name in cls.model_fields if name != "version"},
                "version": version,
            }
        )


class ItemLock(StrictInput):
    """A locked meal (no `food_id`) or one locked item of it: regeneration keeps it."""

    day: int = Day
    meal: int = MealIndex
    food_id: str | None = Field(default=None, min_length=1, max_length=16)


class LocksUpdate(StrictInput):
    locks: list[ItemLock] = Field(max_length=7 * MAX_MEALS_PER_DAY * 10)


class RegenerateRequest(StrictInput):
    """Redo one day's meals, or one meal of it; everything else and every lock stays."""

    day: int = Day
    meal: int | None = Field(default=None, ge=0, lt=MAX_MEALS_PER_DAY)


class TargetChange(BaseModel):
    name: str
    before: float
    after: float


class ItemChange(BaseModel):
    day: int
    meal: int
    slot: str
    change: Literal["added", "removed", "changed"]
    name: str
    food_id: str
    grams_before: float | None
    grams_after: float | None


class ExerciseChange(BaseModel):
    day: int
    change: Literal["added", "removed"]
    name: str


class PlanDiff(BaseModel):
    """What changed from one version to another: targets, meal items, exercises."""

    from_version: int
    to_version: int
    targets: list[TargetChange]
    meals: list[ItemChange]
    exercises: list[ExerciseChange]


class _VersionFacts(BaseModel):
    version: int
    kind: JobKind
    reason: str
    detail: str = Field(description="why this version was made")
    created_at: datetime
    variant: Variant
    model_version: str | None
    source: PlanSource
    notes_read: bool
    repaired: bool
    fallback: bool = Field(description="the exact planner answered for a model variant")
    latency_s: float


class PlanVersionSummary(_VersionFacts):
    calories: int

    @classmethod
    def from_row(cls, row: PlanVersion) -> PlanVersionSummary:
        return cls.model_validate({**_facts(row), "calories": row.targets["calories"]})


class PlanVersionPublic(_VersionFacts):
    plan: Plan
    targets: MacroTargets
    exposure: Exposure
    provenance: Provenance
    locks: list[ItemLock]
    diff: PlanDiff | None = Field(description="against the version before; None for the first")

    @classmethod
    def from_row(cls, row: PlanVersion) -> PlanVersionPublic:
        names = ("plan", "targets", "exposure", "provenance", "locks", "diff")
        return cls.model_validate({**_facts(row), **{name: getattr(row, name) for name in names}})


def _facts(row: PlanVersion) -> dict[str, Any]:
    return {name: getattr(row, name) for name in _VersionFacts.model_fields}


class PlanVersionsPublic(BaseModel):
    data: list[PlanVersionSummary]
    count: int


class CurrentPlanPublic(BaseModel):
    """The plan now, and the job that will replace it: `pending` while serving is away."""

    status: Literal["none", "pending", "ready", "failed"] = Field(
        description="pending while serving has not answered (down or busy): the request is kept"
    )
    plan: PlanVersionPublic | None
    job: PlanJobPublic | None = Field(description="the latest plan or meals job")


class AdherencePublic(BaseModel):
    """Planned meals and exercises the user logged as done over a window."""

    start: date
    end: date
    meals_done: int
    meals_planned: int
    exercises_done: int
    exercises_planned: int
    percent: float | None

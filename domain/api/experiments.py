"""What the product API exports about an A/B experiment, for the report and preference data.

The unit of randomisation is the user: serving assigns each user stickily to a variant, so every
metric is aggregated per user first (`UnitMetrics`), and ratio metrics (mean rating, adherence)
are ratios of per-user sums, which the report's delta method expects. User ids leave the product
database only as an opaque, salted hash.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from domain.api.serving import Variant


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class UnitMetrics(Strict):
    """One user's outcomes under the variant they were assigned, since their first exposure.

    Attributes:
        unit: Opaque hash of the user id (stable within one export).
        variant: The variant the user's plans came from.
        model_version: Registry version of that variant at the user's latest plan.
        first_exposure: When the user first got a plan in this experiment.
        plans: Plan versions made for the user.
        ratings, rating_sum, ratings_4plus: Plan ratings (1-5 stars): count, sum, count >= 4.
        thumbs_up, thumbs_down: Per-meal and per-exercise thumbs.
        adherence_hits, adherence_total: Planned meals and workouts the user logged as done,
            over those planned so far (a ratio metric).
        repaired, fallbacks: Plans served from a repaired draft, and by the exact planner
            although a model variant was assigned.
        latencies: Serving latency of each plan, seconds.
        pre_adherence_hits, pre_adherence_total: The same adherence over the weeks before the
            first exposure (the covariate CUPED adjusts by); None without a pre-period.
    """

    unit: str
    variant: Variant
    model_version: str | None
    first_exposure: datetime
    plans: int = Field(ge=0)
    ratings: int = Field(default=0, ge=0)
    rating_sum: float = Field(default=0.0, ge=0)
    ratings_4plus: int = Field(default=0, ge=0)
    thumbs_up: int = Field(default=0, ge=0)
    thumbs_down: int = Field(default=0, ge=0)
    adherence_hits: float = Field(default=0.0, ge=0)
    adherence_total: float = Field(default=0.0, ge=0)
    repaired: int = Field(default=0, ge=0)
    fallbacks: int = Field(default=0, ge=0)
    latencies: list[float] = []
    pre_adherence_hits: float | None = None
    pre_adherence_total: float | None = None


class ExperimentUnits(Strict):
    """`GET /api/v1/experiments/{key}/units` (role scientist): every unit of one experiment.

    Attributes:
        experiment: Experiment key (serving's `SERVING_EXPERIMENT`).
        exported_at: When the export was made.
        control: The control variant (the champion, or the reference with no champion).
        weights: Intended split at the latest exposure (variant to share): what the
            sample-ratio-mismatch test expects.
        units: One row per user.
    """

    experiment: str
    exported_at: datetime
    control: Variant
    weights: dict[Variant, float]
    units: list[UnitMetrics]


class PreferenceRecord(Strict):
    """One piece of feedback on one served plan version, with what was served.

    `GET /api/v1/experiments/feedback` (role scientist) lists them; the pipelines turn them into
    chosen/rejected pairs for preference tuning (same user, or same request shape).

    Attributes:
        unit: Opaque hash of the user id.
        variant, model_version: Where the plan came from.
        prompt_request: The `PlanRequest` (JSON) the plan was made for, notes' reading applied.
        notes: The user's notes.
        draft: The served plan written as a lean draft (`domain.plan.draft.PlanDraft` JSON).
        stars: 1-5 stars for the plan version, or None.
        thumbs: Item name to +1 / -1 for per-meal and per-exercise thumbs.
        at: When the feedback was given.
    """

    unit: str
    variant: Variant
    model_version: str | None
    prompt_request: str
    notes: str
    draft: str
    stars: int | None = Field(default=None, ge=1, le=5)
    thumbs: dict[str, int] = {}
    at: datetime

"""The A/B report as typed data: what the product API returns as JSON and the pipelines render."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from domain.api.serving import Variant
from domain.experiments.inference import DEFAULT_ALPHA, DEFAULT_TUNING
from domain.experiments.metrics import METRICS_BY_NAME
from domain.experiments.srm import SRM_THRESHOLD


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ReportSettings(Strict):
    """How the report tests and decides.

    Attributes:
        alpha: Two-sided level of every interval and test.
        sequential_tuning: GrowthBook's sequential tuning parameter: the users (both arms) at
            which the always-valid interval is tightest.
        srm_threshold: p-value under which the split counts as broken.
        target_power: Power the "users still needed" estimate aims for.
        treatment: The variant compared with the export's control.
        primary: The metric the decision rests on.
        guardrails: Metrics the treatment must not be significantly worse on.
    """

    alpha: float = Field(default=DEFAULT_ALPHA, gt=0, lt=1)
    sequential_tuning: float = Field(default=DEFAULT_TUNING, gt=0)
    srm_threshold: float = Field(default=SRM_THRESHOLD, gt=0, lt=1)
    target_power: float = Field(default=0.8, gt=0, lt=1)
    treatment: Variant = Variant.challenger
    primary: str = "adherence"
    guardrails: tuple[str, ...] = ("fallback_rate", "latency_p95", "mean_rating")

    @model_validator(mode="after")
    def _known_metrics(self) -> Self:
        unknown = {self.primary, *self.guardrails} - set(METRICS_BY_NAME)
        if unknown:
            raise ValueError(f"unknown metrics {sorted(unknown)}: use {sorted(METRICS_BY_NAME)}")
        if self.primary in self.guardrails:
            raise ValueError(f"primary metric {self.primary!r} cannot also be a guardrail")
        return self


class SampleRatio(Strict):
    """The split check, flagged before anything else is read."""

    users: dict[Variant, int]
    weights: dict[Variant, float]
    p_value: float
    mismatch: bool


class VariantSummary(Strict):
    """One variant's users, plans and unadjusted metric values (None where undefined)."""

    variant: Variant
    model_versions: list[str]
    users: int
    plans: int
    values: dict[str, float | None]


class Role(StrEnum):
    primary = "primary"
    guardrail = "guardrail"
    secondary = "secondary"


class Verdict(StrEnum):
    """Where the always-valid interval puts the treatment, in the metric's good direction."""

    better = "better"
    worse = "worse"
    inconclusive = "inconclusive"


class MetricResult(Strict):
    """Treatment against control on one metric; lifts are relative (0.05 = +5 %).

    Attributes:
        control, treatment: Unadjusted values.
        lift: CUPED-adjusted relative lift when `cuped_theta` is non-zero.
        std_error: Its delta-method standard error.
        users: Users in both arms (events for a latency quantile).
        ci, p_value: Fixed-horizon 95 % interval and p-value (valid if read once).
        sequential_ci, sequential_p_value: Always-valid interval and p-value (safe to peek).
        chance_to_win: Posterior probability the treatment is better.
        risk: Expected relative loss of shipping the treatment.
        verdict: From the sequential interval.
        note: Why there is no lift, when there is none.
    """

    metric: str
    description: str
    role: Role
    higher_is_better: bool
    control: float | None
    treatment: float | None
    lift: float | None = None
    std_error: float | None = None
    users: int = 0
    ci: tuple[float, float] | None = None
    p_value: float | None = None
    sequential_ci: tuple[float, float] | None = None
    sequential_p_value: float | None = None
    chance_to_win: float | None = None
    risk: float | None = None
    cuped_theta: float = 0.0
    verdict: Verdict = Verdict.inconclusive
    note: str | None = None


class Action(StrEnum):
    promote = "promote_challenger"
    keep_champion = "keep_champion"
    keep_collecting = "keep_collecting"


class Recommendation(Strict):
    """What to do, why, and for `keep_collecting` how many users would settle it.

    Attributes:
        users_needed: Users in both compared arms at which one look has the target power at
            the observed lift (None when no lift was observed).
        additional_users: `users_needed` less the users already in.
    """

    action: Action
    reason: str
    users_needed: int | None = None
    additional_users: int | None = None


class ExperimentReport(Strict):
    """The whole report: split check first, then each variant, each metric, the decision."""

    experiment: str
    exported_at: datetime
    control: Variant
    treatment: Variant
    settings: ReportSettings
    sample_ratio: SampleRatio
    warnings: list[str]
    variants: list[VariantSummary]
    metrics: list[MetricResult]
    recommendation: Recommendation

    def metric(self, name: str) -> MetricResult:
        """The result of one metric by name."""
        for result in self.metrics:
            if result.metric == name:
                return result
        raise KeyError(f"no metric {name!r} in the report")

"""Simulated A/B populations with known true effects, and plan feedback, for the report and
preference-data tests.

Each user has an adherence propensity `p ~ Beta(4, 6)` (mean 0.4) kept across the pre-exposure
weeks and the experiment, so the pre-period predicts the post-period the way CUPED expects; a
treatment multiplies it by `1 + lift`, so the true relative lift of the adherence ratio is exactly
`lift` (p (1 + lift) stays below 1 for the lifts used here but with negligible probability).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import numpy as np

from domain.api.experiments import ExperimentUnits, PreferenceRecord, UnitMetrics
from domain.api.serving import Variant
from domain.plan.from_draft import draft_from_plan
from domain.plan.planner import make_plan
from domain.plan.request import PlanRequest
from domain.prompt import serialise_draft
from tests.domain.plan.factories import make_catalog

NOW = datetime(2026, 12, 1, tzinfo=UTC)


def adherence_columns(rng: np.random.Generator, users: int, lift: float) -> np.ndarray:
    """Per-user `(hits, total, pre_hits, pre_total)`, shape `(users, 4)`."""
    propensity = rng.beta(4, 6, size=users)
    total = 1 + rng.poisson(20, size=users)
    pre_total = 1 + rng.poisson(20, size=users)
    hits = rng.binomial(total, np.minimum(propensity * (1 + lift), 1.0))
    pre_hits = rng.binomial(pre_total, propensity)
    return np.column_stack([hits, total, pre_hits, pre_total]).astype(np.float64)


@dataclass(frozen=True)
class Arm:
    """How one variant behaves: true effects relative to a plain champion."""

    users: int
    adherence_lift: float = 0.0
    rating_shift: float = 0.0
    fallback_rate: float = 0.02
    latency_scale: float = 1.0
    version: str | None = "1"


@dataclass(frozen=True)
class Population:
    """A whole experiment: arms, intended weights and whether users have a pre-period."""

    arms: dict[Variant, Arm]
    weights: dict[Variant, float] = field(
        default_factory=lambda: {Variant.champion: 0.5, Variant.challenger: 0.5}
    )
    control: Variant = Variant.champion
    pre_period: bool = True


def _units(rng: np.random.Generator, variant: Variant, arm: Arm, pre: bool) -> list[UnitMetrics]:
    columns = adherence_columns(rng, arm.users, arm.adherence_lift)
    plans = 1 + rng.poisson(2, size=arm.users)
    ratings = rng.poisson(1.5, size=arm.users)
    user_speed = rng.normal(0, 0.3, size=arm.users)
    units = []
    for index in range(arm.users):
        stars = np.clip(np.rint(rng.normal(3.6 + arm.rating_shift, 1.0, ratings[index])), 1, 5)
        latencies = arm.latency_scale * np.exp(
            0.5 + user_speed[index] + rng.normal(0, 0.4, plans[index])
        )
        hits, total, pre_hits, pre_total = columns[index]
        units.append(
            UnitMetrics(
                unit=f"{variant}-{index}",
                variant=variant,
                model_version=arm.version,
                first_exposure=NOW,
                plans=int(plans[index]),
                ratings=int(ratings[index]),
                rating_sum=float(stars.sum()),
                ratings_4plus=int((stars >= 4).sum()),
                adherence_hits=hits,
                adherence_total=total,
                repaired=int(rng.binomial(plans[index], 0.1)),
                fallbacks=int(rng.binomial(plans[index], arm.fallback_rate)),
                latencies=[float(value) for value in latencies],
                pre_adherence_hits=pre_hits if pre else None,
                pre_adherence_total=pre_total if pre else None,
            )
        )
    return units


def simulate_export(population: Population, seed: int, experiment: str = "ab") -> ExperimentUnits:
    """The export the product API would give for `population`, seeded."""
    rng = np.random.default_rng(seed)
    units = [
        unit
        for variant, arm in population.arms.items()
        for unit in _units(rng, variant, arm, population.pre_period)
    ]
    return ExperimentUnits(
        experiment=experiment,
        exported_at=NOW,
        control=population.control,
        weights=population.weights,
        units=units,
    )


def plan_draft(request: PlanRequest, seed: int) -> str:
    """A served plan written as a draft; seeds give different drafts for one request."""
    return serialise_draft(draft_from_plan(make_plan(request, make_catalog(), seed=seed)))


def feedback(
    unit: str,
    request: PlanRequest,
    draft: str,
    *,
    stars: int | None = None,
    thumbs: dict[str, int] | None = None,
    minutes: int = 0,
    notes: str = "no dairy please",
) -> PreferenceRecord:
    """One piece of feedback on a served draft, `minutes` after `NOW`."""
    return PreferenceRecord(
        unit=unit,
        variant=Variant.challenger,
        model_version="2",
        prompt_request=request.model_dump_json(),
        notes=notes,
        draft=draft,
        stars=stars,
        thumbs=thumbs or {},
        at=NOW + timedelta(minutes=minutes),
    )

"""From an HTTP order to a served plan: route, queue, run the variant's engine, describe it.

A variant's model that fails outright (a runtime error, not an infeasible request) is replaced by
the reference planner for that request, and the response says so: every valid profile gets a
plan. Only a profile that truly cannot be planned raises (`PlanInfeasible`: a 422 naming why).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from domain.api.serving import (
    Exposure,
    MealDay,
    MealPlanResponse,
    PassTiming,
    PlanOrder,
    PlanProfile,
    PlanResponse,
    Provenance,
    ReadOrder,
    ReadResponse,
    Role,
    TargetsIn,
    Variant,
)
from domain.plan.errors import PlanInfeasible
from domain.plan.provenance import PlanSource
from domain.plan.reading import note_sentences
from domain.plan.request import PlanRequest, request_from_profile
from serving.engine import EngineResult
from serving.engine.runtimes.base import Generation
from serving.service.lane import ModelLane
from serving.service.metrics import ServingMetrics
from serving.service.registry import RegistryWatcher
from serving.service.router import ABRouter, Assignment
from serving.service.variants import LiveModel

logger = logging.getLogger(__name__)

FORCING_ROLES = frozenset({Role.scientist, Role.admin})


class ForbiddenChoice(Exception):
    """A user without a scientist's role asked for a variant."""


def form_request(profile: PlanProfile, targets: TargetsIn | None) -> PlanRequest:
    """The request the form states, with the product API's targets when it sent them."""
    request = request_from_profile(**profile.model_dump())
    if targets is None:
        return request
    return request.model_copy(
        update={"targets": request.targets.model_copy(update=targets.model_dump())}
    )


def _timings(result: EngineResult) -> list[PassTiming]:
    passes: list[tuple[str, Generation | None]] = [
        ("reading", result.reading_generation),
        ("draft", result.draft_generation),
    ]
    return [
        PassTiming(
            task=task,
            new_tokens=len(g.token_ids),
            forward_passes=g.forward_passes,
            prompt_tokens=g.prompt_tokens,
            seconds=g.seconds,
        )
        for task, g in passes
        if g is not None
    ]


@dataclass(frozen=True)
class Planned:
    result: EngineResult
    variant: Variant
    seconds: float


class PlanningService:
    """Routes each order, queues it on the model lane and runs it on its variant's engine."""

    def __init__(
        self,
        *,
        watcher: RegistryWatcher,
        router: ABRouter,
        lane: ModelLane,
        metrics: ServingMetrics,
    ) -> None:
        self.watcher = watcher
        self.router = router
        self.lane = lane
        self.metrics = metrics

    def assign(
        self, user_id: str, role: Role, model: Variant | None
    ) -> tuple[Assignment, LiveModel]:
        """The variant for this user and its live model, taken once for the whole request.

        Raises:
            ForbiddenChoice: `model` was given by a role that may not choose.
            VariantNotLive: The forced variant has no live model.
        """
        if model is not None and role not in FORCING_ROLES:
            raise ForbiddenChoice("only roles scientist and admin may choose `model`")
        live = self.watcher.live
        assignment = self.router.assign(user_id, live, model)
        chosen = live.require(assignment.variant)
        self.metrics.exposures.labels(self.router.experiment, str(assignment.variant)).inc()
        return assignment, chosen

    def exposure(self, assignment: Assignment, model: LiveModel) -> Exposure:
        return Exposure(
            experiment=self.router.experiment,
            variant=assignment.variant,
            model_version=model.version,
            in_experiment=assignment.in_experiment,
            forced=assignment.forced,
            weights=self.router.weights(self.watcher.live),
        )

    async def plan(self, order: PlanOrder) -> PlanResponse:
        """A week of training and meals for the order, on its variant.

        Raises:
            ForbiddenChoice, VariantNotLive: See `assign`.
            Overloaded: No lane in time.
            PlanInfeasible: The form cannot be planned.
        """
        result, exposure, provenance = await self._serve(order, meals_only=False)
        return PlanResponse(
            plan=result.served.plan,
            targets=result.served.request.targets,
            exposure=exposure,
            provenance=provenance,
        )

    async def meals(self, order: PlanOrder) -> MealPlanResponse:
        """The week's meals alone (renewals); raises as `plan` does."""
        result, exposure, provenance = await self._serve(order, meals_only=True)
        days = [
            MealDay(day=d.day, kind=d.kind, meals=d.meals, target=d.target, totals=d.totals)
            for d in result.served.plan.days
        ]
        return MealPlanResponse(
            days=days,
            targets=result.served.request.targets,
            exposure=exposure,
            provenance=provenance,
        )

    async def _serve(
        self, order: PlanOrder, *, meals_only: bool
    ) -> tuple[EngineResult, Exposure, Provenance]:
        form = form_request(order.profile, order.targets)
        assignment, model = self.assign(order.user.id, order.user.role, order.model)
        planned = await self.lane.run(
            lambda: self._run(model, form, order.notes, meals_only=meals_only)
        )
        self._record(planned, "meals" if meals_only else "plans")
        result = planned.result
        provenance = Provenance(
            source=result.source,
            notes_read=result.notes_read,
            reading=result.reading,
            repairs=result.served.repairs,
            passes=_timings(result),
            seconds=planned.seconds,
            wishes=result.wishes,
            refused_foods=result.refused_foods,
        )
        return result, self.exposure(assignment, model), provenance

    async def read(self, order: ReadOrder) -> ReadResponse:
        """What the variant's model reads in the notes (nothing for the reference planner)."""
        assignment, model = self.assign(order.user.id, order.user.role, order.model)

        def work() -> ReadResponse:
            started = time.perf_counter()
            with model.lock:
                reading, _, _ = model.engine.read(order.notes)
                refused = model.engine.refused(order.notes)
            return ReadResponse(
                reading=reading,
                refused_foods=refused,
                notes_read=model.engine.reader is not None,
                sentences=len(note_sentences(order.notes)),
                exposure=self.exposure(assignment, model),
                seconds=time.perf_counter() - started,
            )

        response = await self.lane.run(work)
        source = "model" if response.notes_read else "reference"
        self.metrics.plans.labels(str(assignment.variant), "read", source).inc()
        return response

    def _run(self, model: LiveModel, form: PlanRequest, notes: str, *, meals_only: bool) -> Planned:
        started = time.perf_counter()
        try:
            with model.lock:
                result = model.engine.plan(form, notes, meals_only=meals_only)
        except PlanInfeasible:
            raise
        except Exception:
            if model.engine.runtime is None:
                raise
            logger.exception("variant %s failed; the reference planner serves", model.variant)
            reference = self.watcher.live.reference
            with reference.lock:
                result = reference.engine.plan(form, notes, meals_only=meals_only)
        return Planned(result, model.variant, time.perf_counter() - started)

    def _record(self, planned: Planned, endpoint: str) -> None:
        variant, result = str(planned.variant), planned.result
        self.metrics.plans.labels(variant, endpoint, str(result.source)).inc()
        self.metrics.plan_seconds.labels(variant, endpoint).observe(planned.seconds)
        model_variant = planned.variant is not Variant.reference
        if model_variant and result.source in (PlanSource.reference, PlanSource.reference_form):
            self.metrics.fallbacks.labels(variant, str(result.source)).inc()
        for timing in _timings(result):
            self.metrics.pass_seconds.labels(variant, timing.task).observe(timing.seconds)
            self.metrics.generated_tokens.labels(variant, timing.task).inc(timing.new_tokens)
            self.metrics.forward_passes.labels(variant, timing.task).inc(timing.forward_passes)
            if timing.seconds > 0:
                rate = timing.new_tokens / timing.seconds
                self.metrics.tokens_per_second.labels(variant, timing.task).set(rate)

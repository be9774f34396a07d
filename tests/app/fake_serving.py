"""Serving's HTTP contract answered in-process, for the product API's unit tests.

Plans come from the domain's exact planner over the domain's test catalog, so every answer is a
real, valid plan for the order; the tests choose the variant, the reading, outages and refusals.
The app itself is never given serving's code: it only sees HTTP (`httpx.MockTransport`).
"""

from __future__ import annotations

import itertools
import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import Engine

from app.core.crypto import cipher_for
from app.services.job_runner import JobRunner
from app.services.jobs import Backoff
from app.services.serving_client import ServingClient
from domain.api.serving import (
    Exposure,
    InfeasibleBody,
    MealDay,
    MealPlanResponse,
    ModelsResponse,
    PlanOrder,
    PlanResponse,
    Provenance,
    ReadOrder,
    ReadResponse,
    Variant,
    VariantInfo,
)
from domain.catalog import Catalog, Portion
from domain.plan.errors import PlanInfeasible
from domain.plan.planner import make_plan
from domain.plan.provenance import PlanSource
from domain.plan.reading import NotesReading, apply_reading
from domain.plan.request import PlanRequest, request_from_profile
from tests.app.conftest import PRIMARY_KEY
from tests.domain.plan.factories import make_catalog

CATALOG = make_catalog()
EXPERIMENT = "planner-ab"
PORTIONS = (Portion(label="1 cup, chopped", grams=136), Portion(label="1 large", grams=50))


class PlannedFoods:
    """A `CatalogProvider` of the foods the fake plans with (each with a cup and a 50 g piece),
    so users can log the planned foods by id."""

    catalog = Catalog(
        foods=[f.food.model_copy(update={"portions": PORTIONS}) for f in CATALOG.everyday],
        everyday=CATALOG.everyday,
        exercises=CATALOG.exercises,
    )

    def get(self) -> Catalog:
        return self.catalog


def served_request(order: PlanOrder, reading: NotesReading) -> PlanRequest:
    """What serving plans for an order: the form, the app's targets, tightened by the reading."""
    form = request_from_profile(**order.profile.model_dump())
    if order.targets is not None:
        targets = form.targets.model_copy(update=order.targets.model_dump())
        form = form.model_copy(update={"targets": targets})
    return apply_reading(form, reading)


@dataclass
class FakeServing:
    """A stand-in for `uvicorn serving.main:app`, with knobs.

    Attributes:
        variant, model_version, in_experiment: What the exposure says.
        source: What the provenance says (repaired, reference...).
        reading: What a reading finds; `notes_read` False means no model read.
        refused_foods: The foods a reading finds refused (when `notes_read`).
        down: Refuse connections (serving stopped).
        statuses: Answer these statuses first, one per request (429, 503...).
        calls: (path, body, headers) of every request that reached it.
    """

    variant: Variant = Variant.reference
    model_version: str | None = None
    in_experiment: bool = False
    source: PlanSource = PlanSource.reference
    reading: NotesReading = field(default_factory=NotesReading)
    refused_foods: tuple[str, ...] = ()
    notes_read: bool = False
    down: bool = False
    statuses: list[int] = field(default_factory=list)
    seconds: float = 0.25
    calls: list[tuple[str, dict[str, Any], dict[str, str]]] = field(default_factory=list)
    on_request: Callable[[str], None] | None = None

    def exposure(self) -> Exposure:
        split = {Variant.champion: 0.9, Variant.challenger: 0.1}
        weights = split if self.in_experiment else {self.variant: 1.0}
        return Exposure(
            experiment=EXPERIMENT,
            variant=self.variant,
            model_version=self.model_version,
            in_experiment=self.in_experiment,
            weights=weights,
        )

    def provenance(self, reading: NotesReading) -> Provenance:
        return Provenance(
            source=self.source,
            notes_read=self.notes_read,
            reading=reading,
            repairs=[],
            passes=[],
            seconds=self.seconds,
        )

    def models(self) -> ModelsResponse:
        """`GET /v1/models`: the exposure's variants, live."""
        return ModelsResponse(
            experiment=EXPERIMENT,
            registered_model="nexfitra-planner",
            variants=[
                VariantInfo(
                    variant=variant,
                    model_version=None if variant is Variant.reference else self.model_version,
                    weight=weight,
                )
                for variant, weight in self.exposure().weights.items()
            ],
            last_refresh="2024-06-11T10:00:00+00:00",
            last_error=None,
        )

    def handle(self, request: httpx.Request) -> httpx.Response:
        if self.down:
            raise httpx.ConnectError("connection refused", request=request)
        path = request.url.path
        if path == "/v1/models":
            return httpx.Response(200, json=self.models().model_dump(mode="json"))
        body = json.loads(request.content)
        self.calls.append((path, body, dict(request.headers)))
        if self.on_request is not None:
            self.on_request(path)
        if self.statuses:
            status = self.statuses.pop(0)
            return httpx.Response(status, json={"detail": "busy"}, headers={"Retry-After": "1"})
        if path == "/v1/read":
            order = ReadOrder.model_validate(body)
            reading = self.reading if self.notes_read else NotesReading()
            answer = ReadResponse(
                reading=reading,
                refused_foods=self.refused_foods if self.notes_read else (),
                notes_read=self.notes_read,
                sentences=len(order.notes.split(".")),
                exposure=self.exposure(),
                seconds=0.01,
            )
            return httpx.Response(200, json=answer.model_dump(mode="json"))
        return self._plan(path, PlanOrder.model_validate(body))

    def _plan(self, path: str, order: PlanOrder) -> httpx.Response:
        reading = self.reading if self.notes_read and order.notes else NotesReading()
        request = served_request(order, reading)
        try:
            plan = make_plan(request, CATALOG, seed=0)
        except PlanInfeasible as exc:
            refusal = InfeasibleBody(
                detail=f"no plan can meet these constraints: {exc}",
                reasons=[{"code": str(r.code), "message": r.message} for r in exc.reasons],
            )
            return httpx.Response(422, json=refusal.model_dump())
        common = {
            "targets": request.targets,
            "exposure": self.exposure(),
            "provenance": self.provenance(reading),
        }
        answer: PlanResponse | MealPlanResponse
        if path == "/v1/plans/meals":
            days = [
                MealDay(day=d.day, kind=d.kind, meals=d.meals, target=d.target, totals=d.totals)
                for d in plan.days
            ]
            answer = MealPlanResponse(days=days, **common)
        else:
            answer = PlanResponse(plan=plan, **common)
        return httpx.Response(200, json=answer.model_dump(mode="json"))

    def paths(self) -> list[str]:
        return [path for path, _, _ in self.calls]


class Clock:
    """Real UTC time plus an offset tests move forward, so retries come due without sleeping."""

    def __init__(self) -> None:
        self.offset = timedelta()

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += timedelta(seconds=seconds)


def fake_client(fake: FakeServing) -> ServingClient:
    """A serving client that talks to `fake` over a mock transport."""
    return ServingClient(
        base_url="http://serving.test",
        timeout=5,
        connect_timeout=1,
        transport=httpx.MockTransport(fake.handle),
    )


def make_runner(engine: Engine, fake: FakeServing, clock: Clock | None = None) -> JobRunner:
    """A job runner that talks to `fake` over a mock transport."""
    return JobRunner(
        engine=engine,
        client=fake_client(fake),
        cipher=cipher_for((PRIMARY_KEY,)),
        backoff=Backoff(base_seconds=1.0, max_seconds=8.0),
        lease_seconds=60,
        rng=random.Random(0),
        clock=clock or Clock(),
    )


def drain(runner: JobRunner, limit: int = 50) -> int:
    """Run due jobs until none is due; returns how many attempts were made."""
    for attempts in itertools.count():
        if attempts >= limit:
            raise AssertionError(f"jobs still due after {limit} attempts")
        if not runner.run_once():
            return attempts
    raise AssertionError("unreachable")

"""Serving over HTTP: plans for every variant, clear refusals, and the fallback chain."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from domain.api.serving import (
    MealPlanResponse,
    ModelsResponse,
    PlanProfile,
    PlanResponse,
    ReadResponse,
    Variant,
)
from domain.plan.checks import check_plan
from domain.plan.reading import NotesReading
from domain.profile import Allergen, Diet
from serving.service.planning import form_request
from serving.service.variants import LiveVariants
from tests.evaluation.factories import CATALOG, NO_VEGAN_PROTEIN
from tests.serving.fakes import NOTHING
from tests.serving.service.factories import PROFILE, make_app, order, reference_model, scripted

FISH = NotesReading(allergies=frozenset({Allergen.fish})).model_dump_json()


def _live(**models: Any) -> LiveVariants:
    return LiveVariants(reference=reference_model(), **models)


def test_the_reference_variant_plans_and_says_the_notes_were_not_read() -> None:
    client = TestClient(make_app())
    response = client.post("/v1/plans", json=order(notes="No fish, please."))
    assert response.status_code == 200, response.text
    body = PlanResponse.model_validate(response.json())
    assert body.exposure.variant is Variant.reference and body.exposure.model_version is None
    assert (body.provenance.source, body.provenance.notes_read) == ("reference", False)
    truth = form_request(PlanProfile.model_validate(PROFILE), None)
    assert check_plan(body.plan, truth, CATALOG) == []
    assert body.targets == truth.targets


def test_the_champion_reads_the_notes_and_enforces_them() -> None:
    champion = scripted(Variant.champion, "7", read=lambda n: FISH if "fish" in n else NOTHING)
    client = TestClient(make_app(_live(champion=champion)))
    body = PlanResponse.model_validate(
        client.post("/v1/plans", json=order(notes="I walk a lot. No fish, please.")).json()
    )
    assert (body.exposure.variant, body.exposure.model_version) == (Variant.champion, "7")
    assert body.exposure.weights == {Variant.champion: 1.0}
    assert body.provenance.notes_read and body.provenance.reading.allergies == {Allergen.fish}
    assert [p.task for p in body.provenance.passes] == ["reading", "draft"]
    foods = {item.name for day in body.plan.days for meal in day.meals for item in meal.items}
    assert "Salmon fillet" not in foods


def test_generate_plan_is_an_alias_and_meals_come_alone() -> None:
    client = TestClient(make_app(_live(champion=scripted(Variant.champion, "1"))))
    alias = client.post("/generate-plan", json=order())
    assert alias.status_code == 200 and PlanResponse.model_validate(alias.json())
    meals = MealPlanResponse.model_validate(client.post("/v1/plans/meals", json=order()).json())
    assert [day.day for day in meals.days] == list(range(1, 8))
    assert {day.kind for day in meals.days} == {"train", "rest"}


def test_app_targets_are_planned_to() -> None:
    client = TestClient(make_app())
    targets = {"calories": 2100, "protein_g": 140, "carbs_g": 230, "fat_g": 70}
    body = PlanResponse.model_validate(client.post("/v1/plans", json=order(targets=targets)).json())
    assert body.targets.calories == 2100
    week_kcal = sum(day.totals.kcal for day in body.plan.days)
    assert abs(week_kcal / 7 - 2100) / 2100 < 0.03


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"profile": {**PROFILE, "age": 350}}, "age"),
        ({"profile": {**PROFILE, "days_per_week": 0}}, "days_per_week"),
        ({"profile": {**PROFILE, "diets": ["carnivore"]}}, "diets"),
        ({"notes": "x" * 2001}, "notes"),
        ({"notes": "bad\x00byte"}, "notes"),
        ({"user": {"id": ""}}, "id"),
        ({"colour": "red"}, "colour"),
    ],
)
def test_bad_input_is_a_422_naming_the_field(change: dict[str, Any], field: str) -> None:
    response = TestClient(make_app()).post("/v1/plans", json=order(**change))
    assert response.status_code == 422
    assert any(field in error["loc"] for error in response.json()["detail"])


def test_a_profile_that_cannot_be_planned_is_a_422_with_reasons() -> None:
    impossible = {**PROFILE, "diets": ["vegan"], "disliked_foods": list(NO_VEGAN_PROTEIN)}
    response = TestClient(make_app()).post("/v1/plans", json=order(profile=impossible))
    assert response.status_code == 422
    body = response.json()
    assert "no plan can meet these constraints" in body["detail"]
    assert body["reasons"] and all("vegan" in r["message"] for r in body["reasons"])


def test_only_scientists_choose_a_variant_and_only_live_ones() -> None:
    client = TestClient(make_app(_live(champion=scripted(Variant.champion, "1"))))
    refused = client.post("/v1/plans", json=order(model="reference"))
    assert refused.status_code == 403 and "scientist" in refused.json()["detail"]
    scientist = {"id": "s1", "role": "scientist"}
    forced = client.post(
        "/v1/plans", json=order(user=scientist["id"], model="reference") | {"user": scientist}
    )
    assert forced.status_code == 200
    exposure = forced.json()["exposure"]
    assert (exposure["variant"], exposure["forced"]) == ("reference", True)
    missing = client.post("/v1/plans", json=order(model="challenger") | {"user": scientist})
    assert missing.status_code == 409 and "challenger" in missing.json()["detail"]


def test_a_failing_model_falls_back_to_the_reference_planner() -> None:
    def crash(_: str) -> str:
        raise RuntimeError("onnxruntime: bad allocation")

    app = make_app(_live(champion=scripted(Variant.champion, "3", draft=crash)))
    response = TestClient(app).post("/v1/plans", json=order())
    assert response.status_code == 200
    body = PlanResponse.model_validate(response.json())
    assert body.exposure.variant is Variant.champion
    assert body.provenance.source == "reference"
    metrics = TestClient(app).get("/metrics").text
    assert 'nexfitra_serving_fallbacks_total{source="reference",variant="champion"} 1.0' in metrics


def test_unusable_drafts_fall_back_through_the_chain() -> None:
    garbage = scripted(Variant.champion, "4", draft=lambda _: "not json at all")
    body = TestClient(make_app(_live(champion=garbage))).post("/v1/plans", json=order()).json()
    assert body["provenance"]["source"] == "reference"
    vegan = NotesReading(diets=frozenset({Diet.vegan})).model_dump_json()
    reads_vegan = scripted(Variant.champion, "5", read=lambda _: vegan)
    no_vegan_protein = {**PROFILE, "disliked_foods": list(NO_VEGAN_PROTEIN)}
    response = TestClient(make_app(_live(champion=reads_vegan))).post(
        "/v1/plans", json=order(profile=no_vegan_protein, notes="I'm vegan.")
    )
    body = PlanResponse.model_validate(response.json())
    assert body.provenance.source == "reference_form"  # the reading left nothing: the form
    assert body.provenance.reading.diets == {Diet.vegan}


def test_read_shows_what_was_understood() -> None:
    champion = scripted(Variant.champion, "2", read=lambda n: FISH if "fish" in n else NOTHING)
    client = TestClient(make_app(_live(champion=champion)))
    body = ReadResponse.model_validate(
        client.post(
            "/v1/read", json={"user": {"id": "u"}, "notes": "Hi. No fish! I hate tofu."}
        ).json()
    )
    assert body.reading.allergies == {Allergen.fish}
    assert (body.notes_read, body.sentences, body.refused_foods) == (True, 3, ("salmon", "tofu"))
    blank = client.post("/v1/read", json={"user": {"id": "u"}, "notes": "   "})
    assert blank.status_code == 422


def test_models_lists_live_variants_with_their_weights() -> None:
    live = _live(
        champion=scripted(Variant.champion, "1"), challenger=scripted(Variant.challenger, "2")
    )
    body = ModelsResponse.model_validate(
        TestClient(make_app(live, challenger_weight=0.1)).get("/v1/models").json()
    )
    weights = {v.variant: (v.model_version, v.weight) for v in body.variants}
    assert weights[Variant.champion] == ("1", pytest.approx(0.9))
    assert weights[Variant.challenger] == ("2", pytest.approx(0.1))
    assert weights[Variant.reference] == (None, 0.0)


def test_health_readiness_and_metrics() -> None:
    app = make_app()
    client = TestClient(app)
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").status_code == 503  # the registry was never asked
    app.state.service.watcher.last_refresh = "now"
    assert client.get("/readyz").status_code == 200
    client.post("/v1/plans", json=order())
    metrics = client.get("/metrics").text
    for name in (
        "http_requests_total",
        "http_request_duration_seconds",
        'nexfitra_serving_plans_total{endpoint="plans",source="reference",variant="reference"}',
        "nexfitra_serving_exposures_total",
        "nexfitra_serving_plan_seconds_bucket",
        "nexfitra_serving_in_flight_requests",
        "nexfitra_serving_queue_depth",
    ):
        assert name in metrics, name


def test_overload_answers_429_then_503_with_retry_after() -> None:
    """One read runs, one waits, a third finds the queue full; the waiting one times out.

    The test waits for the lane's own counts rather than for fixed sleeps, and does not assume
    which of the first two the event loop started first: on a loaded machine either can be.
    """
    release = threading.Event()

    def slow(_: str) -> str:
        release.wait(10)
        return NOTHING

    champion = scripted(Variant.champion, "1", read=slow)
    app = make_app(_live(champion=champion), max_queue=1, timeout=1.0)
    lane = app.state.service.lane

    async def burst() -> tuple[httpx.Response, list[httpx.Response]]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://serving") as client:
            body = {"user": {"id": "u"}, "notes": "slow."}
            tasks = [asyncio.create_task(client.post("/v1/read", json=body)) for _ in range(2)]
            while (lane.running, lane.waiting) != (1, 1):
                await asyncio.sleep(0.01)
            full = await client.post("/v1/read", json=body)  # one running, one queued
            while lane.waiting:  # the queued one gives up after the lane's timeout
                await asyncio.sleep(0.01)
            release.set()
            return full, list(await asyncio.gather(*tasks))

    full, pair = asyncio.run(burst())
    assert full.status_code == 429 and int(full.headers["Retry-After"]) >= 1
    timed_out, served = sorted(pair, key=lambda response: response.status_code, reverse=True)
    assert timed_out.status_code == 503 and int(timed_out.headers["Retry-After"]) >= 1
    assert served.status_code == 200


def test_hot_swap_under_concurrent_requests_fails_none() -> None:
    """Requests in flight finish on the model they started with while aliases move."""
    versions = [
        _live(
            champion=scripted(Variant.champion, str(v)),
            challenger=scripted(Variant.challenger, str(v + 10)),
        )
        for v in (1, 2)
    ]
    app = make_app(versions[0], concurrency=2, max_queue=100, timeout=600)
    watcher = app.state.service.watcher
    stop = threading.Event()

    def swap() -> None:
        flips = 0
        while not stop.is_set():
            watcher.live = versions[flips % 2]
            flips += 1
            stop.wait(0.005)

    async def burst() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://serving") as client:
            return await asyncio.gather(
                *(client.post("/v1/plans", json=order(user=f"u{i}")) for i in range(40))
            )

    swapper = threading.Thread(target=swap)
    swapper.start()
    try:
        responses = asyncio.run(burst())
    finally:
        stop.set()
        swapper.join()
    assert [r.status_code for r in responses] == [200] * 40
    served = {r.json()["exposure"]["model_version"] for r in responses}
    assert served <= {"1", "2", "11", "12"} and len(served) > 1

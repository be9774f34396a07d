"""The experiment export for scientists: keys, per-user units, feedback with its plans."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from app.api.deps import get_catalog_provider, get_serving_client
from domain.api.experiments import ExperimentUnits, PreferenceRecord
from domain.api.promotions import PromotionOutcome, PromotionRequest, PromotionStatus
from domain.api.serving import ModelsResponse, Variant
from domain.experiments import Action, ExperimentReport
from domain.plan.draft import PlanDraft
from domain.plan.provenance import PlanSource
from domain.plan.request import PlanRequest
from tests.app.fake_serving import (
    EXPERIMENT,
    FakeServing,
    PlannedFoods,
    drain,
    fake_client,
    make_runner,
)
from tests.app.utils import FULL_PROFILE, auth_headers

URL = "/api/v1/experiments"


def _user_with_plan(
    client: TestClient, engine: Engine, email: str, fake: FakeServing, notes: str = ""
) -> dict[str, str]:
    headers = auth_headers(client, email)
    client.put("/api/v1/me/profile", headers=headers, json={**FULL_PROFILE, "notes": notes})
    client.post("/api/v1/me/plans", headers=headers)
    drain(make_runner(engine, fake))
    return headers


@pytest.fixture
def scientist(client: TestClient) -> dict[str, str]:
    admin = auth_headers(client, "root@example.com")
    headers = auth_headers(client, "sci@example.com")
    user_id = client.get("/api/v1/me", headers=headers).json()["id"]
    client.patch(f"/api/v1/admin/users/{user_id}/role", headers=admin, json={"role": "scientist"})
    return headers


def test_only_scientists_and_admins_read_experiments(
    client: TestClient, scientist: dict[str, str]
) -> None:
    user = auth_headers(client, "plain@example.com")
    for url in (URL, f"{URL}/{EXPERIMENT}/units", f"{URL}/feedback"):
        assert client.get(url, headers=user).status_code == 403
    assert client.get(URL, headers=scientist).json() == {"data": [], "count": 0}
    assert client.get(f"{URL}/nope/units", headers=scientist).status_code == 404


def test_units_and_feedback_of_an_experiment(
    client: TestClient, engine: Engine, scientist: dict[str, str]
) -> None:
    client.app.dependency_overrides[get_catalog_provider] = PlannedFoods  # type: ignore[attr-defined]
    champion = FakeServing(
        variant=Variant.champion,
        model_version="3",
        in_experiment=True,
        seconds=1.5,
        source=PlanSource.repaired,
    )
    yesterday = str(date.today() - timedelta(days=1))
    alice = auth_headers(client, "alice@example.com")
    stew = {"name": "Stew", "kcal": 500, "protein_g": 30, "carbs_g": 40, "fat_g": 20}
    client.post("/api/v1/me/meals", headers=alice, json={**stew, "eaten_on": yesterday})
    client.put("/api/v1/me/profile", headers=alice, json={**FULL_PROFILE, "notes": "No fish."})
    client.post("/api/v1/me/plans", headers=alice)
    drain(make_runner(engine, champion))
    _user_with_plan(
        client,
        engine,
        "bob@example.com",
        FakeServing(variant=Variant.challenger, model_version="4", in_experiment=True),
    )
    _user_with_plan(client, engine, "carol@example.com", FakeServing())  # not randomised

    version = client.get("/api/v1/me/plans/1", headers=alice).json()
    today = version["plan"]["days"][date.today().isoweekday() - 1]
    eaten = today["meals"][0]["items"][0]
    client.post("/api/v1/me/meals", headers=alice, json={"food_id": eaten["food_id"], "grams": 100})
    client.put("/api/v1/me/feedback/1", headers=alice, json={"stars": 5, "comment": "yum"})
    thumb = {"kind": "meal", "day": 1, "position": 0, "up": False}
    client.put("/api/v1/me/feedback/1/thumbs", headers=alice, json=thumb)

    listed = client.get(URL, headers=scientist).json()
    assert listed["count"] == 1
    summary = listed["data"][0]
    assert (summary["key"], summary["plans"], summary["users"]) == (EXPERIMENT, 3, 3)
    assert summary["in_experiment_plans"] == 2
    assert summary["variants"] == {"champion": 1, "challenger": 1, "reference": 1}

    export = ExperimentUnits.model_validate(
        client.get(f"{URL}/{EXPERIMENT}/units", headers=scientist).json()
    )
    assert export.control is Variant.champion and export.weights[Variant.challenger] == 0.1
    units: dict[Variant, Any] = {unit.variant: unit for unit in export.units}
    assert set(units) == {Variant.champion, Variant.challenger}
    alice_id = client.get("/api/v1/me", headers=alice).json()["id"]
    assert all(len(u.unit) == 32 and u.unit != str(alice_id) for u in export.units)
    a = units[Variant.champion]
    assert (a.plans, a.model_version, a.latencies) == (1, "3", [1.5])
    assert (a.repaired, a.fallbacks) == (1, 0)
    assert (a.ratings, a.rating_sum, a.ratings_4plus) == (1, 5.0, 1)
    assert (a.thumbs_up, a.thumbs_down) == (0, 1)
    assert a.adherence_hits == 1 and a.adherence_total >= len(today["meals"])
    assert a.pre_adherence_total is not None and a.pre_adherence_hits == 0
    b = units[Variant.challenger]
    assert (b.ratings, b.adherence_hits, b.pre_adherence_total) == (0, 0, None)
    assert (b.repaired, b.fallbacks) == (0, 1)  # the exact planner answered for a model

    records = [
        PreferenceRecord.model_validate(r)
        for r in client.get(f"{URL}/feedback", headers=scientist).json()
    ]
    assert len(records) == 1
    record = records[0]
    assert (record.unit, record.variant, record.stars) == (a.unit, Variant.champion, 5)
    assert record.notes == "No fish."
    meal = " + ".join(i["name"] for i in version["plan"]["days"][0]["meals"][0]["items"])
    assert record.thumbs == {meal: -1}
    assert (
        PlanRequest.model_validate_json(record.prompt_request).targets.calories
        == (version["targets"]["calories"])
    )
    assert PlanDraft.model_validate_json(record.draft).menus
    other = client.get(f"{URL}/feedback", headers=scientist, params={"experiment": "x"}).json()
    assert other == []


def test_promotions_are_requested_here_and_carried_out_by_the_pipelines(
    client: TestClient, engine: Engine, scientist: dict[str, str]
) -> None:
    challenger = FakeServing(variant=Variant.challenger, model_version="4", in_experiment=True)
    _user_with_plan(client, engine, "dan@example.com", challenger)
    promote = f"{URL}/{EXPERIMENT}/promote"
    never = client.post(promote, headers=scientist, json={"challenger_version": "5"})
    assert never.status_code == 422 and "never served" in never.json()["detail"][0]["msg"]
    asked = client.post(promote, headers=scientist, json={"challenger_version": "4"})
    assert asked.status_code == 201
    again = client.post(promote, headers=scientist, json={})
    assert again.status_code == 409 and "still pending" in again.json()["detail"]
    # What the pipelines' sensor reads, with the domain's own contract.
    pending = client.get(f"{URL}/promotions", headers=scientist, params={"status": "pending"})
    requests = [PromotionRequest.model_validate(r) for r in pending.json()]
    assert [(r.id, r.experiment, r.challenger_version) for r in requests] == [
        (asked.json()["id"], EXPERIMENT, "4")
    ]
    done_url = f"{URL}/promotions/{requests[0].id}/complete"
    outcome = PromotionOutcome(status=PromotionStatus.done, champion_version="4", detail="moved")
    done = client.post(done_url, headers=scientist, json=outcome.model_dump(mode="json"))
    assert done.status_code == 200
    assert (done.json()["status"], done.json()["champion_version"]) == ("done", "4")
    assert done.json()["completed_at"]
    failed = {"status": "failed", "detail": "late"}
    assert client.post(done_url, headers=scientist, json=failed).status_code == 409
    assert (
        client.get(f"{URL}/promotions", headers=scientist, params={"status": "pending"}).json()
        == []
    )
    assert len(client.get(f"{URL}/promotions", headers=scientist).json()) == 1
    user = auth_headers(client, "plain@example.com")
    assert client.post(promote, headers=user, json={}).status_code == 403
    missing = client.post(f"{URL}/promotions/999/complete", headers=scientist, json=failed)
    assert missing.status_code == 404
    pending_outcome = client.post(done_url, headers=scientist, json={"status": "pending"})
    assert pending_outcome.status_code == 422


def test_the_report_compares_the_arms_once_a_challenger_is_live(
    client: TestClient, engine: Engine, scientist: dict[str, str]
) -> None:
    single = FakeServing(variant=Variant.champion, model_version="3")
    _user_with_plan(client, engine, "solo@example.com", single)
    assert client.get(f"{URL}/{EXPERIMENT}/report", headers=scientist).status_code == 404
    for n in range(6):
        variant = Variant.champion if n % 2 else Variant.challenger
        fake = FakeServing(variant=variant, model_version=str(3 + n % 2), in_experiment=True)
        headers = _user_with_plan(client, engine, f"arm{n}@example.com", fake)
        client.put("/api/v1/me/feedback/1", headers=headers, json={"stars": 3 + n % 3})
    response = client.get(f"{URL}/{EXPERIMENT}/report", headers=scientist)
    assert response.status_code == 200
    report = ExperimentReport.model_validate(response.json())
    assert (report.control, report.treatment) == (Variant.champion, Variant.challenger)
    assert report.sample_ratio.users == {Variant.champion: 3, Variant.challenger: 3}
    assert report.metric("mean_rating").users == 6
    assert report.recommendation.action in set(Action)
    other = client.get(
        f"{URL}/{EXPERIMENT}/report", headers=scientist, params={"primary": "share_4plus"}
    )
    assert other.json()["settings"]["primary"] == "share_4plus"
    unknown = client.get(f"{URL}/{EXPERIMENT}/report", headers=scientist, params={"primary": "x"})
    assert unknown.status_code == 422 and "unknown metrics" in unknown.json()["detail"][0]["msg"]


def test_feedback_since_leaves_out_what_a_sensor_has_seen(
    client: TestClient, engine: Engine, scientist: dict[str, str]
) -> None:
    headers = _user_with_plan(client, engine, "eve@example.com", FakeServing())
    client.put("/api/v1/me/feedback/1", headers=headers, json={"stars": 2})
    first = client.get(f"{URL}/feedback", headers=scientist).json()
    assert len(first) == 1
    seen = first[0]["at"]
    assert client.get(f"{URL}/feedback", headers=scientist, params={"since": seen}).json() == []
    thumb = {"kind": "meal", "day": 1, "position": 0, "up": True}
    client.put("/api/v1/me/feedback/1/thumbs", headers=headers, json=thumb)
    newer = client.get(f"{URL}/feedback", headers=scientist, params={"since": seen}).json()
    assert len(newer) == 1 and list(newer[0]["thumbs"].values()) == [1]


def test_scientists_see_the_models_serving_has_live(
    client: TestClient, scientist: dict[str, str]
) -> None:
    fake = FakeServing(variant=Variant.champion, model_version="3", in_experiment=True)
    reads = fake_client(fake)
    client.app.dependency_overrides[get_serving_client] = lambda: reads  # type: ignore[attr-defined]
    user = auth_headers(client, "plain@example.com")
    assert client.get(f"{URL}/models", headers=user).status_code == 403

    models = ModelsResponse.model_validate(client.get(f"{URL}/models", headers=scientist).json())
    assert models.experiment == EXPERIMENT
    assert {(v.variant, v.model_version, v.weight) for v in models.variants} == {
        (Variant.champion, "3", 0.9),
        (Variant.challenger, "3", 0.1),
    }

    fake.down = True
    down = client.get(f"{URL}/models", headers=scientist)
    assert down.status_code == 503
    assert down.json()["detail"].startswith("serving cannot say which models are live")

"""Plans through the API: a request is a job, a worker asks (fake) serving, versions follow."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select

from app.models import PlanJob, PlanVersion
from app.services import plans
from domain.profile import Allergen
from tests.app.fake_serving import Clock, FakeServing, drain, make_runner
from tests.app.utils import FULL_PROFILE, auth_headers

URL = "/api/v1/me/plans"
REQUEST_ID = "0f4c2a9e8b7d4c61a3e5f2b1c9d8e7a6"


@pytest.fixture
def headers(client: TestClient) -> dict[str, str]:
    headers = auth_headers(client, "plan@example.com")
    response = client.put("/api/v1/me/profile", headers=headers, json=FULL_PROFILE)
    assert response.status_code == 200
    return headers


def _plan(client: TestClient, headers: dict[str, str]) -> dict[str, Any]:
    body: dict[str, Any] = client.get(URL, headers=headers).json()
    return body


def test_a_request_is_pending_until_a_worker_gets_the_plan(
    client: TestClient, engine: Engine, headers: dict[str, str]
) -> None:
    fake = FakeServing()
    job = client.post(URL, headers={**headers, "X-Request-ID": REQUEST_ID})
    assert job.status_code == 202
    assert job.json()["status"] == "pending" and job.json()["kind"] == "plan"
    assert _plan(client, headers)["status"] == "pending"
    assert drain(make_runner(engine, fake)) == 1
    current = _plan(client, headers)
    assert current["status"] == "ready"
    version = current["plan"]
    assert version["version"] == 1 and version["reason"] == "requested"
    assert version["variant"] == "reference" and version["source"] == "reference"
    assert len(version["plan"]["days"]) == 7 and version["diff"] is None
    assert version["latency_s"] == 0.25
    done = client.get(f"{URL}/jobs/{job.json()['id']}", headers=headers).json()
    assert (done["status"], done["version"], done["attempts"]) == ("done", 1, 1)
    path, body, sent = fake.calls[0]
    assert path == "/v1/plans"
    assert body["profile"]["weight_kg"] == FULL_PROFILE["weight_kg"]
    assert (
        body["targets"]["calories"]
        == client.get("/api/v1/me/targets", headers=headers).json()["calories"]
    )
    # One id follows the request from the API, through the queue, to serving.
    assert sent["idempotency-key"] and sent["x-request-id"] == REQUEST_ID


def test_serving_down_keeps_the_request_and_it_arrives_later(
    client: TestClient, engine: Engine, headers: dict[str, str]
) -> None:
    fake, clock = FakeServing(down=True), Clock()
    runner = make_runner(engine, fake, clock)
    client.post(URL, headers=headers)
    drain(runner)
    current = _plan(client, headers)
    assert current["status"] == "pending"
    assert "unreachable" in current["job"]["error"] and current["job"]["attempts"] == 1
    fake.down = False
    fake.statuses = [503, 429]
    for _ in range(3):
        clock.advance(60)
        drain(runner)
    current = _plan(client, headers)
    assert current["status"] == "ready" and current["job"]["attempts"] == 4


def test_an_infeasible_profile_fails_the_job_with_servings_reasons(
    client: TestClient, engine: Engine, headers: dict[str, str]
) -> None:
    every_allergen = [str(allergen) for allergen in Allergen]
    client.patch(
        "/api/v1/me/profile",
        headers=headers,
        json={"diets": ["vegan"], "allergies": every_allergen},
    )
    client.post(URL, headers=headers)
    drain(make_runner(engine, FakeServing()))
    current = _plan(client, headers)
    assert current["status"] == "failed" and current["plan"] is None
    job = current["job"]
    assert job["status"] == "failed" and "no plan can meet" in job["error"]
    assert job["reasons"] and all(set(r) == {"code", "message"} for r in job["reasons"])


def test_an_incomplete_profile_is_refused_at_once(client: TestClient) -> None:
    headers = auth_headers(client, "empty@example.com")
    response = client.post(URL, headers=headers)
    assert response.status_code == 409
    assert "days_per_week" in response.json()["missing"]


def test_a_retried_job_never_makes_two_versions(
    client: TestClient, engine: Engine, headers: dict[str, str]
) -> None:
    """The answer of a claim that was lost (lease ran out, another worker took over) is dropped."""
    fake, clock = FakeServing(), Clock()
    slow, fast = make_runner(engine, fake, clock), make_runner(engine, fake, clock)

    def lose_the_lease(path: str) -> None:
        fake.on_request = None
        clock.advance(120)  # past the 60 s lease: the job is due again
        assert fast.run_once()

    fake.on_request = lose_the_lease
    client.post(URL, headers=headers)
    assert slow.run_once()
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(PlanVersion)) == 1
    keys = {sent["idempotency-key"] for _, _, sent in fake.calls}
    assert len(fake.calls) == 2 and len(keys) == 1


def _first_plan(client: TestClient, engine: Engine, headers: dict[str, str]) -> FakeServing:
    fake = FakeServing()
    client.post(URL, headers=headers)
    drain(make_runner(engine, fake))
    return fake


def test_a_weight_change_renews_the_meals_and_keeps_the_workout(
    client: TestClient, engine: Engine, headers: dict[str, str]
) -> None:
    fake = _first_plan(client, engine, headers)
    first = client.get(f"{URL}/1", headers=headers).json()
    client.post("/api/v1/me/weights", headers=headers, json={"weight_kg": 60.3})
    assert _plan(client, headers)["status"] == "ready"  # 0.3 kg moves no target by 2 %
    client.post("/api/v1/me/weights", headers=headers, json={"weight_kg": 68})
    client.post("/api/v1/me/weights", headers=headers, json={"weight_kg": 70})
    pending = _plan(client, headers)
    assert pending["status"] == "pending" and pending["job"]["kind"] == "meals"
    # Two weigh-ins before a worker came: one renewal, giving both reasons.
    assert pending["job"]["detail"].startswith("weight 60.3 -> 68 kg; calories")
    assert "; then weight 68 -> 70 kg; calories" in pending["job"]["detail"]
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(PlanJob)) == 2
    drain(make_runner(engine, fake))
    assert fake.paths() == ["/v1/plans", "/v1/plans/meals"]
    renewed = _plan(client, headers)["plan"]
    assert (renewed["version"], renewed["kind"], renewed["reason"]) == (2, "meals", "renewal")
    assert "calories" in renewed["detail"]
    names = {change["name"] for change in renewed["diff"]["targets"]}
    assert "calories" in names and renewed["diff"]["meals"]
    workouts = [[e["name"] for e in d["exercises"]] for d in renewed["plan"]["days"]]
    assert workouts == [[e["name"] for e in d["exercises"]] for d in first["plan"]["days"]]
    assert renewed["targets"]["calories"] > first["targets"]["calories"]
    history = client.get(f"{URL}/history", headers=headers).json()
    assert history["count"] == 2 and [v["version"] for v in history["data"]] == [2, 1]
    diff = client.get(f"{URL}/1/diff/2", headers=headers).json()
    assert diff == renewed["diff"]


def test_a_goal_change_renews_the_whole_week(
    client: TestClient, engine: Engine, headers: dict[str, str]
) -> None:
    fake = _first_plan(client, engine, headers)
    client.patch("/api/v1/me/profile", headers=headers, json={"goal": "gain_muscle"})
    job = _plan(client, headers)["job"]
    assert (job["kind"], job["reason"], job["detail"]) == ("plan", "renewal", job["detail"])
    assert job["detail"].startswith("goal changed")
    drain(make_runner(engine, fake))
    assert fake.paths()[-1] == "/v1/plans"


def test_a_diets_change_renews_the_meals_to_fit_every_diet(
    client: TestClient, engine: Engine, headers: dict[str, str]
) -> None:
    fake = _first_plan(client, engine, headers)
    diets = ["vegetarian", "gluten_free"]
    client.patch("/api/v1/me/profile", headers=headers, json={"diets": diets})
    job = _plan(client, headers)["job"]
    assert (job["kind"], job["reason"], job["detail"]) == ("meals", "renewal", "diets changed")
    drain(make_runner(engine, fake))
    path, order, _ = fake.calls[-1]
    assert path == "/v1/plans/meals" and set(order["profile"]["diets"]) == set(diets)


def test_locked_items_survive_regenerating_their_meal(
    client: TestClient, engine: Engine, headers: dict[str, str]
) -> None:
    fake = _first_plan(client, engine, headers)
    first = client.get(f"{URL}/1", headers=headers).json()
    lunch = first["plan"]["days"][0]["meals"][1]
    kept, replaced = lunch["items"][0], [item["name"] for item in lunch["items"][1:]]
    lock = {"day": 1, "meal": 1, "food_id": kept["food_id"]}
    locked = client.put(f"{URL}/1/locks", headers=headers, json={"locks": [lock]})
    assert locked.status_code == 200 and locked.json()["locks"] == [lock]
    job = client.post(f"{URL}/1/regenerate", headers=headers, json={"day": 1, "meal": 1})
    assert job.status_code == 202 and job.json()["reason"] == "regenerate_meal"
    drain(make_runner(engine, fake))
    _, order, _ = fake.calls[-1]
    assert set(replaced) <= set(order["profile"]["disliked_foods"])  # so the meal changes
    second = _plan(client, headers)["plan"]
    day = second["plan"]["days"][0]
    assert day["meals"][1]["items"][0] == kept
    assert not {item["name"] for item in day["meals"][1]["items"]} & set(replaced)
    assert day["meals"][0] == first["plan"]["days"][0]["meals"][0]  # other meals untouched
    assert second["plan"]["days"][1:] == first["plan"]["days"][1:]
    assert second["locks"] == [lock]
    assert {c["meal"] for c in second["diff"]["meals"]} == {1}
    totals = day["meals"][1]["totals"]
    assert totals["kcal"] == pytest.approx(
        sum(item["macros"]["kcal"] for item in day["meals"][1]["items"]), abs=0.1
    )


def test_locks_and_regeneration_refuse_what_does_not_fit(
    client: TestClient, engine: Engine, headers: dict[str, str]
) -> None:
    _first_plan(client, engine, headers)
    bad = client.put(f"{URL}/1/locks", headers=headers, json={"locks": [{"day": 1, "meal": 4}]})
    assert bad.status_code == 422 and "name no meal" in bad.json()["detail"][0]["msg"]
    all_of_day_one = [{"day": 1, "meal": meal} for meal in range(3)]
    client.put(f"{URL}/1/locks", headers=headers, json={"locks": all_of_day_one})
    refused = client.post(f"{URL}/1/regenerate", headers=headers, json={"day": 1})
    assert refused.status_code == 422 and "locked" in refused.json()["detail"][0]["msg"]
    assert (
        client.post(f"{URL}/1/regenerate", headers=headers, json={"day": 1, "meal": 4}).status_code
        == 422
    )
    assert client.post(f"{URL}/2/regenerate", headers=headers, json={"day": 1}).status_code == 404
    assert client.get(f"{URL}/1/diff/3", headers=headers).status_code == 404


def test_a_regeneration_that_avoiding_makes_infeasible_is_retried_without_avoiding(
    client: TestClient, engine: Engine, headers: dict[str, str]
) -> None:
    fake = _first_plan(client, engine, headers)
    client.post(f"{URL}/1/regenerate", headers=headers, json={"day": 2})
    fake.statuses = [422]
    drain(make_runner(engine, fake))
    assert _plan(client, headers)["plan"]["version"] == 2
    assert fake.calls[-2][1]["profile"]["disliked_foods"]
    assert fake.calls[-1][1]["profile"]["disliked_foods"] == []


def test_an_answer_that_cannot_be_recorded_fails_the_job(
    client: TestClient, engine: Engine, headers: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(**_: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(plans, "record", broken)
    client.post(URL, headers=headers)
    drain(make_runner(engine, FakeServing()))
    current = _plan(client, headers)
    assert current["status"] == "failed" and "a bug" in current["job"]["error"]

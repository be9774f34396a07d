"""The product loop end to end, against a real serving process and real PostgreSQL.

With an empty registry no model is live, so serving's reference variant answers: it plans, and
says it read nothing (`notes_read: false`). The flow handles that as a user would: the reading
suggests nothing, and the user enters the constraints by hand before confirming them. (The
suggestion-and-confirm path with a model's reading is `tests/app/api/routes/test_notes.py`.)
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select

from app.core.config import get_settings
from app.main import create_app
from app.models import JobStatus, PlanJob, PlanVersion
from catalogs.store import load_catalog
from domain.profile import Allergen
from tests.app.serving_process import REPO, ServingProcess
from tests.app.utils import FULL_PROFILE, PASSWORD
from tests.utils.servers import answers, free_port

WAIT_SECONDS = 120
FAST_RETRIES = {
    "JOB_RETRY_BASE_SECONDS": "0.2",
    "JOB_RETRY_MAX_SECONDS": "1",
    "WORKER_POLL_SECONDS": "0.1",
}


@pytest.fixture(scope="module")
def serving(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServingProcess]:
    process = ServingProcess(tmp_path_factory.mktemp("serving"))
    process.start()
    yield process
    process.stop()


def _app_env(monkeypatch: pytest.MonkeyPatch, serving: ServingProcess, embedded: bool) -> None:
    for name, value in {
        **FAST_RETRIES,
        "SERVING_URL": serving.url,
        "EMBEDDED_WORKER": str(embedded).lower(),
        "WORKER_THREADS": "2",
    }.items():
        monkeypatch.setenv(name, value)
    get_settings.cache_clear()


@pytest.fixture
def loop_client(
    client: TestClient, serving: ServingProcess, monkeypatch: pytest.MonkeyPatch
) -> Iterator[TestClient]:
    """The API with its embedded workers (the default deployment) calling real serving."""
    _app_env(monkeypatch, serving, embedded=True)
    with TestClient(create_app()) as loop:
        yield loop
    get_settings.cache_clear()


def _until(check: Callable[[], Any], what: str) -> Any:
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def _sign_up(client: TestClient, email: str) -> dict[str, str]:
    client.post("/api/v1/auth/register", json={"email": email, "password": PASSWORD})
    login = client.post("/api/v1/auth/login", data={"username": email, "password": PASSWORD})
    return {"Authorization": f"Bearer {login.json()['access_token']}"}


def _version(client: TestClient, headers: dict[str, str], number: int) -> dict[str, Any]:
    def ready() -> dict[str, Any] | None:
        current = client.get("/api/v1/me/plans", headers=headers).json()
        assert current["status"] != "failed", current
        plan = current["plan"]
        return plan if current["status"] == "ready" and plan["version"] == number else None

    found: dict[str, Any] = _until(ready, f"plan version {number}")
    return found


def test_register_read_confirm_plan_renew_regenerate_shop_rate(loop_client: TestClient) -> None:
    client = loop_client
    headers = _sign_up(client, "loop@example.com")
    notes = "No fish, please. I train at home with dumbbells."
    profile = client.put(
        "/api/v1/me/profile", headers=headers, json={**FULL_PROFILE, "notes": notes}
    )
    assert profile.status_code == 200

    reading = _until(
        lambda: (
            (r := client.get("/api/v1/me/notes/reading", headers=headers).json())["status"]
            != "pending"
            and r
        ),
        "the notes reading",
    )
    assert reading["status"] == "ready" and reading["notes_read"] is False  # no champion
    assert reading["suggestions"] == {
        "allergies": [],
        "diets": [],
        "equipment": [],
        "injuries": [],
        "disliked_foods": [],
    }
    confirmed = {"allergies": ["fish"], "equipment": ["dumbbell"]}  # entered by the user
    accepted = client.post("/api/v1/me/notes/reading/accept", headers=headers, json=confirmed)
    assert accepted.json()["allergies"] == ["fish"]

    job = client.post("/api/v1/me/plans", headers=headers)
    assert job.status_code == 202
    first = _version(client, headers, 1)
    assert (first["variant"], first["source"], first["notes_read"]) == (
        "reference",
        "reference",
        False,
    )
    catalog = load_catalog(get_settings().data_dir)
    foods = [i for d in first["plan"]["days"] for m in d["meals"] for i in m["items"]]
    assert foods and not any(
        Allergen.fish in catalog.foods_by_id[i["food_id"]].allergens for i in foods
    )

    client.patch("/api/v1/me/profile", headers=headers, json={"weight_kg": 68})
    renewed = _version(client, headers, 2)
    assert (renewed["kind"], renewed["reason"]) == ("meals", "renewal")
    assert renewed["detail"].startswith("weight 60 -> 68 kg")
    assert {c["name"] for c in renewed["diff"]["targets"]} >= {"calories", "protein_g"}
    assert renewed["diff"]["meals"] and renewed["diff"]["exercises"] == []
    assert renewed["targets"]["calories"] > first["targets"]["calories"]

    lunch = renewed["plan"]["days"][0]["meals"][1]
    kept = lunch["items"][0]
    lock = {"day": 1, "meal": 1, "food_id": kept["food_id"]}
    client.put("/api/v1/me/plans/2/locks", headers=headers, json={"locks": [lock]})
    client.post("/api/v1/me/plans/2/regenerate", headers=headers, json={"day": 1, "meal": 1})
    third = _version(client, headers, 3)
    new_lunch = third["plan"]["days"][0]["meals"][1]
    assert new_lunch["items"][0] == kept
    assert {i["food_id"] for i in new_lunch["items"][1:]}.isdisjoint(
        i["food_id"] for i in lunch["items"][1:]
    )
    assert third["plan"]["days"][1:] == renewed["plan"]["days"][1:]

    grocery = client.get("/api/v1/me/grocery", headers=headers).json()
    assert grocery["version"] == 3 and grocery["count"] > 0
    week_grams = sum(
        i["grams"] for d in third["plan"]["days"] for m in d["meals"] for i in m["items"]
    )
    assert sum(item["grams"] for item in grocery["data"]) == pytest.approx(
        week_grams, abs=grocery["count"]
    )
    assert any(item["household"] for item in grocery["data"])

    rated = client.put("/api/v1/me/feedback/3", headers=headers, json={"stars": 4, "comment": "ok"})
    assert rated.json()["stars"] == 4 and rated.json()["variant"] == "reference"
    assert client.get("/api/v1/me/plans/history", headers=headers).json()["count"] == 3


def _worker(
    database_url: str, serving: ServingProcess, log: Path, metrics_port: int | None = None
) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        **FAST_RETRIES,
        "DATABASE_URL": database_url,
        "SERVING_URL": serving.url,
        "RUN_MIGRATIONS": "false",
        **({} if metrics_port is None else {"METRICS_PORT": str(metrics_port)}),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "app.worker"],
        cwd=REPO,
        env=env,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
    )


def test_serving_killed_during_a_burst_loses_no_request(
    client: TestClient,
    engine: Engine,
    serving: ServingProcess,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """Two `python -m app.worker` processes share the queue; serving dies mid-burst."""
    _app_env(monkeypatch, serving, embedded=False)
    metrics = free_port()
    workers = [
        _worker(database_url, serving, tmp_path / f"worker-{n}.log", metrics if n == 0 else None)
        for n in range(2)
    ]
    try:
        with TestClient(create_app()) as api:
            users = [_sign_up(api, f"burst{n}@example.com") for n in range(6)]
            for headers in users:
                api.put("/api/v1/me/profile", headers=headers, json=FULL_PROFILE)
            accepted = [api.post("/api/v1/me/plans", headers=h).status_code for h in users[:3]]
            serving.kill()
            accepted += [api.post("/api/v1/me/plans", headers=h).status_code for h in users * 2]
            assert accepted == [202] * 15
            _until(
                lambda: any(
                    "unreachable"
                    in (api.get("/api/v1/me/plans", headers=h).json()["job"]["error"] or "")
                    for h in users
                ),
                "a job that found serving down",
            )
            statuses = {api.get("/api/v1/me/plans", headers=h).json()["status"] for h in users}
            assert statuses == {"pending"}  # pending, not an error
            scrape_url = f"http://127.0.0.1:{metrics}/metrics"
            _until(lambda: answers(scrape_url), "the worker's metrics")
            with urllib.request.urlopen(scrape_url) as scrape:
                gauges = scrape.read().decode()
            depth = re.search(
                r'^nexfitra_app_queue_depth\{queue="plan_jobs"\} (\S+)$', gauges, re.MULTILINE
            )
            assert depth is not None and float(depth[1]) > 0
            serving.start()

            def all_done() -> bool:
                with engine.connect() as conn:
                    open_jobs = conn.scalar(
                        select(func.count())
                        .select_from(PlanJob)
                        .where(PlanJob.status != JobStatus.done)
                    )
                return open_jobs == 0

            _until(all_done, "every job done")
            with engine.connect() as conn:
                versions = conn.scalar(select(func.count()).select_from(PlanVersion))
                jobs_with_versions = conn.scalar(
                    select(func.count(func.distinct(PlanVersion.job_id)))
                )
                retried = conn.scalar(
                    select(func.count()).select_from(PlanJob).where(PlanJob.attempts > 1)
                )
            assert versions == jobs_with_versions == 15  # one version per request, none twice
            assert retried >= 12  # those sent after the kill found serving down, then retried
            for headers in users:
                current = api.get("/api/v1/me/plans", headers=headers).json()
                assert current["status"] == "ready" and current["plan"]["version"] >= 2
    finally:
        for worker in workers:
            worker.send_signal(signal.SIGTERM)
        codes = [worker.wait(60) for worker in workers]
        get_settings.cache_clear()
    assert codes == [0, 0], [(tmp_path / f"worker-{n}.log").read_text()[-2000:] for n in range(2)]

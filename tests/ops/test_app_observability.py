"""The product API's `/metrics`, request ids and JSON logs, on an app over a fresh SQLite file."""

from __future__ import annotations

import io
import json
import logging
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families
from prometheus_client.samples import Sample

from app.core.config import get_settings
from app.core.logs import REQUEST_ID_HEADER, configure_logging, request_id_headers
from app.core.metrics import QUEUE_DEPTH, QUEUE_OLDEST_AGE, QueueMetrics, QueueStats
from app.main import create_app

INBOUND_ID = "0f4c2a9e8b7d4c61a3e5f2b1c9d8e7a6"


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FastAPI]:
    """A fresh app with one extra route that answers with the headers it would pass on."""
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'app.db'}")
    monkeypatch.setenv("NEXFITRA_DATA_DIR", str(tmp_path / "no-data"))
    get_settings.cache_clear()
    application = create_app()

    @application.get("/test/outgoing-headers")
    def outgoing_headers() -> dict[str, str]:
        logging.getLogger("tests.ops").info("passing the id on", extra={"target": "serving"})
        return request_id_headers()

    # Ahead of the web app's catch-all route, which would answer this path with a 404.
    application.router.routes.insert(0, application.router.routes.pop())

    yield application
    get_settings.cache_clear()


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as test_client:
        yield test_client


def scrape(client: TestClient) -> list[Sample]:
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    return [s for family in text_string_to_metric_families(response.text) for s in family.samples]


def find(samples: list[Sample], name: str, **labels: str) -> list[Sample]:
    return [s for s in samples if s.name == name and labels.items() <= s.labels.items()]


def test_metrics_count_requests_errors_and_latency(client: TestClient) -> None:
    assert client.get("/api/v1/foods").status_code == 503  # no catalog fetched: a server error
    for _ in range(2):
        client.post("/api/v1/auth/login", data={"username": "x@example.com", "password": "wrong"})
    client.get("/healthz")
    samples = scrape(client)

    [errors] = find(samples, "http_requests_total", handler="/api/v1/foods", status="5xx")
    assert errors.value == 1 and errors.labels["method"] == "GET"
    [refused] = find(samples, "http_requests_total", handler="/api/v1/auth/login", status="4xx")
    assert refused.value == 2
    buckets = find(samples, "http_request_duration_seconds_bucket", handler="/api/v1/auth/login")
    assert {b.labels["le"] for b in buckets} >= {"0.005", "0.1", "1.0", "10.0", "+Inf"}
    counts = find(samples, "http_request_duration_seconds_count")
    assert sum(c.value for c in counts) == 3
    assert find(samples, "process_resident_memory_bytes")
    # Probes and scrapes are not measured as requests.
    measured = {s.labels.get("handler") for s in find(samples, "http_requests_total")}
    assert measured.isdisjoint({"/healthz", "/readyz", "/metrics"})


def test_queue_gauges_come_from_registered_probes(client: TestClient) -> None:
    queues: QueueMetrics = client.app.state.queue_metrics  # type: ignore[attr-defined]
    # The app's own probe: its plan-job queue, read from the (empty) database.
    assert [(s.labels, s.value) for s in find(scrape(client), QUEUE_DEPTH)] == [
        ({"queue": "plan_jobs"}, 0)
    ]

    def broken() -> QueueStats:
        raise RuntimeError("database unreachable")

    queues.register("plan", lambda: QueueStats(depth=3, oldest_age_seconds=42.5))
    queues.register("broken", broken)
    samples = scrape(client)

    assert [s.value for s in find(samples, QUEUE_DEPTH, queue="plan")] == [3]
    assert not find(samples, QUEUE_DEPTH, queue="broken")
    assert [s.value for s in find(samples, QUEUE_OLDEST_AGE, queue="plan")] == [42.5]
    assert find(samples, "process_resident_memory_bytes")  # the rest of the scrape is there
    with pytest.raises(ValueError, match="already has a probe"):
        queues.register("plan", lambda: QueueStats(depth=0, oldest_age_seconds=0))


def test_request_id_is_made_echoed_and_passed_on(client: TestClient) -> None:
    made = client.get("/healthz").headers[REQUEST_ID_HEADER]
    assert re.fullmatch("[0-9a-f]{32}", made)
    assert client.get("/healthz").headers[REQUEST_ID_HEADER] != made

    echoed = client.get("/test/outgoing-headers", headers={REQUEST_ID_HEADER: INBOUND_ID})
    assert echoed.headers[REQUEST_ID_HEADER] == INBOUND_ID
    assert echoed.json() == {REQUEST_ID_HEADER: INBOUND_ID}

    forged = client.get("/healthz", headers={REQUEST_ID_HEADER: "x\r\nlevel: fake"})
    assert re.fullmatch("[0-9a-f]{32}", forged.headers[REQUEST_ID_HEADER])
    assert request_id_headers() == {}  # outside a request there is nothing to pass on


def test_refused_bodies_are_measured_and_carry_a_request_id(client: TestClient) -> None:
    oversized = client.post("/api/v1/auth/register", content=b"x" * (1 << 20))
    bogus = client.post("/api/v1/auth/register", content=b"{}", headers={"Content-Length": "x"})
    assert oversized.status_code == bogus.status_code == 413
    assert REQUEST_ID_HEADER in oversized.headers and REQUEST_ID_HEADER in bogus.headers
    [refused] = find(scrape(client), "http_requests_total", handler="/api/v1/auth/register")
    assert refused.value == 2 and refused.labels["status"] == "4xx"


def test_logs_are_json_lines_carrying_the_request_id(client: TestClient) -> None:
    stream = io.StringIO()
    configure_logging("INFO", stream=stream)
    client.get("/test/outgoing-headers", headers={REQUEST_ID_HEADER: INBOUND_ID})
    logging.getLogger("tests.ops").warning("outside any request")
    logging.getLogger("uvicorn.error").info("served", extra={"color_message": "\x1b[1mserved"})

    records = [json.loads(line) for line in stream.getvalue().splitlines()]
    inside = next(r for r in records if r["message"] == "passing the id on")
    assert inside["request_id"] == INBOUND_ID
    assert inside["level"] == "INFO" and inside["logger"] == "tests.ops"
    assert inside["target"] == "serving" and "time" in inside
    outside = next(r for r in records if r["message"] == "outside any request")
    assert outside["request_id"] is None
    server = next(r for r in records if r["message"] == "served")
    assert server["logger"] == "uvicorn.error" and "color_message" not in server

"""Prometheus metrics of the product API, served at `/metrics`.

Request rate, errors and latency come from prometheus-fastapi-instrumentator: `http_requests_total`
and the histogram `http_request_duration_seconds`, both by handler, method and status class.
Its default set is not used: its size summaries fail on a malformed Content-Length, and its
in-progress gauge ignores the registry it is given.
Job-queue gauges are read at scrape time from probes that the job code registers on
`app.state.queue_metrics` (`QueueMetrics.register`), so the numbers come from the database rather
than from one replica's memory.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from fastapi import FastAPI
from prometheus_client import (
    GC_COLLECTOR,
    PLATFORM_COLLECTOR,
    PROCESS_COLLECTOR,
    CollectorRegistry,
)
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector
from prometheus_fastapi_instrumentator import Instrumentator, metrics

logger = logging.getLogger(__name__)

QUEUE_DEPTH = "nexfitra_app_queue_depth"
QUEUE_OLDEST_AGE = "nexfitra_app_queue_oldest_age_seconds"
# Sub-10 ms reads up to multi-second plan requests, fine enough for p50 and p95.
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 10.0, 30.0)
# Probes and scrapes are not requests users make.
UNMEASURED_PATHS = ("^/metrics$", "^/healthz$", "^/readyz$")


@dataclass(frozen=True)
class QueueStats:
    """One queue at one instant."""

    depth: int
    """Jobs waiting to be claimed."""
    oldest_age_seconds: float
    """Seconds the oldest waiting job has waited; 0 when the queue is empty."""


QueueProbe = Callable[[], QueueStats]


class QueueMetrics(Collector):
    """Queue depth and age gauges, one label value per registered queue."""

    def __init__(self) -> None:
        self._probes: dict[str, QueueProbe] = {}

    def register(self, queue: str, probe: QueueProbe) -> None:
        """Report `queue` from now on; `probe` runs on every scrape, so keep it to one query."""
        if queue in self._probes:
            raise ValueError(f"queue {queue!r} already has a probe")
        self._probes[queue] = probe

    def describe(self) -> Iterator[GaugeMetricFamily]:
        """The metric names, without running probes (the registry asks at registration)."""
        yield from self._families()

    def collect(self) -> Iterator[GaugeMetricFamily]:
        depth, age = self._families()
        for queue, probe in sorted(self._probes.items()):
            try:
                stats = probe()
            except Exception:
                # A failing probe (database away) must not take the request metrics down with it:
                # the queue's samples are left out of this scrape and the failure is logged.
                logger.exception(
                    "queue probe %r failed; its gauges are missing from this scrape", queue
                )
                continue
            depth.add_metric([queue], stats.depth)
            age.add_metric([queue], stats.oldest_age_seconds)
        yield depth
        yield age

    @staticmethod
    def _families() -> tuple[GaugeMetricFamily, GaugeMetricFamily]:
        return (
            GaugeMetricFamily(QUEUE_DEPTH, "Jobs waiting to be claimed.", labels=["queue"]),
            GaugeMetricFamily(
                QUEUE_OLDEST_AGE, "Seconds the oldest waiting job has waited.", labels=["queue"]
            ),
        )


def instrument(app: FastAPI) -> QueueMetrics:
    """Measure every request of `app`, serve `/metrics`, and return the queue-gauge hook.

    Each app gets its own registry (tests build many apps in one process; the global one would
    refuse the second), holding the process metrics the global registry would have had.
    """
    registry = CollectorRegistry()
    for collector in (PROCESS_COLLECTOR, PLATFORM_COLLECTOR, GC_COLLECTOR):
        registry.register(collector)
    queues = QueueMetrics()
    registry.register(queues)
    instrumentator = Instrumentator(excluded_handlers=list(UNMEASURED_PATHS), registry=registry)
    instrumentator.add(
        metrics.requests(registry=registry),
        metrics.latency(buckets=LATENCY_BUCKETS, registry=registry),
    )
    instrumentator.instrument(app).expose(app, include_in_schema=False)
    return queues

"""Serving's Prometheus metrics, on a registry of their own per app (tests build many apps).

HTTP request counts and latencies come from prometheus-fastapi-instrumentator; these are what
only serving knows: variants, plan sources, model passes, the queue and the registry.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

PLAN_BUCKETS = (0.1, 0.25, 0.5, 1.0, 1.5, 2.0, 3.0, 5.0, 8.0, 13.0, 21.0, 34.0)


class ServingMetrics:
    """The metric families, registered on `registry`."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self.registry = registry
        self.plans = Counter(
            "nexfitra_serving_plans",
            "Plans and readings served, by variant, endpoint and where the plan came from",
            ["variant", "endpoint", "source"],
            registry=registry,
        )
        self.fallbacks = Counter(
            "nexfitra_serving_fallbacks",
            "Model variants' requests served by the exact planner instead of the draft",
            ["variant", "source"],
            registry=registry,
        )
        self.exposures = Counter(
            "nexfitra_serving_exposures",
            "A/B exposures by experiment and variant",
            ["experiment", "variant"],
            registry=registry,
        )
        self.plan_seconds = Histogram(
            "nexfitra_serving_plan_seconds",
            "Wall time of one plan (reading, draft and solver), queue excluded",
            ["variant", "endpoint"],
            buckets=PLAN_BUCKETS,
            registry=registry,
        )
        self.pass_seconds = Histogram(
            "nexfitra_serving_pass_seconds",
            "Wall time of one model pass",
            ["variant", "task"],
            buckets=PLAN_BUCKETS,
            registry=registry,
        )
        self.generated_tokens = Counter(
            "nexfitra_serving_generated_tokens",
            "Tokens generated (grammar-forced ones included)",
            ["variant", "task"],
            registry=registry,
        )
        self.forward_passes = Counter(
            "nexfitra_serving_forward_passes",
            "Model calls made (a forced run of tokens is one call)",
            ["variant", "task"],
            registry=registry,
        )
        self.tokens_per_second = Gauge(
            "nexfitra_serving_tokens_per_second",
            "Generated tokens per second of the latest pass",
            ["variant", "task"],
            registry=registry,
        )
        self.in_flight = Gauge(
            "nexfitra_serving_in_flight_requests",
            "Plans running or waiting for a lane (the autoscaling signal)",
            registry=registry,
        )
        self.queue_depth = Gauge(
            "nexfitra_serving_queue_depth", "Plans waiting for a lane", registry=registry
        )
        self.rejections = Counter(
            "nexfitra_serving_rejections",
            "Requests turned away: queue_full (429) or queue_timeout (503)",
            ["reason"],
            registry=registry,
        )
        self.model_info = Gauge(
            "nexfitra_serving_model_info",
            "The registry version each live variant runs (value 1)",
            ["variant", "version"],
            registry=registry,
        )
        self.registry_events = Counter(
            "nexfitra_serving_registry_events",
            "Registry watcher outcomes: loaded, refused (corrupt or incompatible), unreachable",
            ["outcome"],
            registry=registry,
        )
